/**
 * The storyline's vocabulary: content words of the watchlist's claims (English statements and the
 * seeds' own sentences), weighted by how few claims use them, so that a story about Roe Jr.'s
 * sailing trip and one about his letters can be told apart beyond the entity names.
 *
 * Words are compared by a crude stem (the first STEM_LENGTH letters of the folded word): "promoted",
 * "promotion" and "promotional" meet, and so do "election" and « élection ».
 */
import type { Watchlist } from '../config/watchlist.js';
import { foldText, isWordCode } from './normalize.js';

/** Letters kept from a word to compare it: long enough to tell words apart, short enough to merge inflections. */
export const STEM_LENGTH = 6;
/** Shorter words are mostly function words in every language we read. */
export const MIN_WORD_LENGTH = 4;

/** Function words, ordinals and newsroom verbs (en/fr/de/es), already folded; they say nothing about the storyline. */
export const STOPWORDS = new Set(
  `about above after again against also among another around because been before being below between both but
  could does doing down during each even every from further have having here however into itself just last later like
  made make many more most much must near never next only other over same says said saying should since some such
  than that their them then there these they this those through told under until upon very were what when where which
  while whom will with within without would year years your according reported reports report stated added asked
  told wrote week month today monday tuesday wednesday thursday friday saturday sunday people person
  first second third fourth fifth premier premiere deuxieme troisieme erste ersten erster zweite zweiten dritte
  primer primera primero segunda segundo tercer tercera
  avec aussi autre autres avait avaient avoir dans depuis donc dont elle elles encore entre etait etaient etre fait
  faire leur leurs lors mais meme moins notre nous plus pour quand quel quelle quels sans selon sont sous suite
  toujours tous tout toute toutes tres votre vous cette celui celle ceux chez comme comment apres avant ainsi alors
  aurait auraient declare indique affirme explique ecrit annee annees
  aber alle auch dass denn dies diese dieser dieses doch durch eine einem einen einer eines gegen hatte haben hier
  immer jetzt kann keine machen mehr nach nicht noch oder ohne sehr sein seine sind soll ueber unter viel vom
  wenn werden wird wurde wurden zwischen sagte
  ante bajo como con contra cual cuando desde donde durante ella ellos entre esta este esto estos hacia hasta mas
  para pero porque segun sobre tambien tiene todo todos tras una unos dijo segun anos
  affirmant affirment affirmait declarant indiquant expliquant ajoutant ajoute precisant precise
  sagt sagten erklarte erklarten betonte betont afirmo afirma explico indico senalo anadio`.split(/\s+/),
);

/**
 * A word's stem: a plural "s", then an "-ing", "-ed" or "-e" ending come off (while four letters are
 * left), then the first STEM_LENGTH letters are kept. "hacked", "hacking" and "hacks" meet; so do
 * "emails" and "email", « élections » and "elections", "elecciones" and « elección ».
 */
export function stemOf(word: string): string {
  let end = word.length;
  if (end > MIN_WORD_LENGTH && word.charCodeAt(end - 1) === 0x73 && word.charCodeAt(end - 2) !== 0x73) end--;
  if (end > MIN_WORD_LENGTH + 2 && word.endsWith('ing', end)) end -= 3;
  else if (end > MIN_WORD_LENGTH + 1 && word.endsWith('ed', end)) end -= 2;
  else if (end > MIN_WORD_LENGTH && word.charCodeAt(end - 1) === 0x65) end--;
  return word.slice(0, Math.min(end, STEM_LENGTH));
}

const TOKEN_RE = /\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu;

/** Stems of the content words of already-normalised text (numbers joined: "1,823" → "1823"). */
export function contentStems(normalized: string): Set<string> {
  const out = new Set<string>();
  for (const m of normalized.matchAll(TOKEN_RE)) {
    const token = m[0];
    if (/^\p{N}/u.test(token)) {
      const digits = token.replace(/\D/gu, '');
      if (digits.length >= 3) out.add(digits);
      continue;
    }
    if (token.length < MIN_WORD_LENGTH || STOPWORDS.has(token)) continue;
    out.add(stemOf(token));
  }
  return out;
}

export interface StorylineVocabulary {
  /** stem → inverse claim frequency */
  idf: Map<string, number>;
  /** claim id → stems of each of its wordings (the English statement, the seed's own sentence) */
  claimStems: Map<string, Set<string>[]>;
  /** every wording of every claim, with its total idf mass */
  wordings: { claim: string; total: number }[];
  /** stem → indexes in `wordings` of the wordings using it */
  postings: Map<string, number[]>;
  /** bitmap of the stems' first three letters (prefixHash), to skip most words without slicing them */
  prefixes: Uint8Array;
  /**
   * The storyline's sub-topics: each thread's words (its description, its claims' wordings) and
   * entities. A watchlist without `threads` gets them from its claims (scorer.ts); with none, it has one,
   * made of all its claims.
   */
  threads: { id: string; stems: Set<string>; entities: Set<string> }[];
  /** stem → bit k set when thread k uses it (threads past the 31st are read from `threads`) */
  threadBits: Map<string, number>;
  /** the words of each tangential topic (same broad topic, not this storyline) */
  tangential: Set<string>[];
}

/** Threads whose words are found with one bit each (a watchlist rarely has more than a dozen). */
export const MAX_THREAD_BITS = 31;

/** A 16-bit hash of three UTF-16 units. */
const prefixHash = (a: number, b: number, c: number) => ((a * 961 + b * 31 + c) >>> 0) & 0xffff;

/**
 * Content stems of every claim's statement and quote, minus the entity names (entities are scored
 * on their own): stems of single-word aliases and of every alias of a person.
 */
export function buildVocabulary(watchlist: Pick<Watchlist, 'entities' | 'claims'> & Partial<Pick<Watchlist, 'threads' | 'tangential'>>): StorylineVocabulary {
  const names = new Set<string>();
  for (const entity of watchlist.entities) {
    for (const alias of entity.aliases) {
      const stems = contentStems(foldText(alias.text));
      if (entity.type === 'person' || stems.size === 1) for (const s of stems) names.add(s);
    }
  }
  const claimStems = new Map<string, Set<string>[]>();
  const df = new Map<string, number>();
  const stemsOf = (text: string) => new Set([...contentStems(foldText(text))].filter((s) => !names.has(s)));
  for (const claim of watchlist.claims) {
    const parts = [claim.statement, claim.quote].filter(Boolean).map(stemsOf);
    claimStems.set(claim.id, parts);
    for (const s of new Set(parts.flatMap((p) => [...p]))) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = Math.max(1, watchlist.claims.length);
  const idf = new Map([...df].map(([s, f]) => [s, Math.log(1 + n / f)]));
  const wordings: StorylineVocabulary['wordings'] = [];
  const postings = new Map<string, number[]>();
  for (const [claim, parts] of claimStems) {
    for (const stems of parts) {
      const index = wordings.length;
      let total = 0;
      for (const s of stems) {
        total += idf.get(s)!;
        postings.set(s, [...(postings.get(s) ?? []), index]);
      }
      wordings.push({ claim, total });
    }
  }
  // threads: their descriptions' words weigh as a word of a thread's claims would (a typical idf)
  const typicalIdf = [...idf.values()].sort((a, b) => a - b)[Math.floor(idf.size / 2)] ?? 1;
  const threadList = watchlist.threads?.length
    ? watchlist.threads
    : [{ id: 'storyline', description: '', claims: watchlist.claims.map((c) => c.id), entities: [] as string[] }];
  const threads = threadList.map((t) => {
    const stems = stemsOf(t.description);
    for (const s of stems) if (!idf.has(s)) idf.set(s, typicalIdf);
    const entities = new Set(t.entities);
    for (const id of t.claims) {
      for (const part of claimStems.get(id) ?? []) for (const s of part) stems.add(s);
      for (const e of watchlist.claims.find((c) => c.id === id)?.entities ?? []) entities.add(e);
    }
    return { id: t.id, stems, entities };
  });
  // tangential topics: their words are looked up too, with no weight of their own
  const tangential = (watchlist.tangential ?? []).map((topic) => contentStems(foldText(topic))).filter((t) => t.size > 0);
  for (const topic of tangential) for (const s of topic) if (!idf.has(s)) idf.set(s, 0);
  const prefixes = new Uint8Array(0x10000);
  for (const stem of idf.keys()) if (stem.length >= 3) prefixes[prefixHash(stem.charCodeAt(0), stem.charCodeAt(1), stem.charCodeAt(2))] = 1;
  const threadBits = new Map<string, number>();
  threads.slice(0, MAX_THREAD_BITS).forEach((t, k) => {
    for (const stem of t.stems) threadBits.set(stem, (threadBits.get(stem) ?? 0) | (1 << k));
  });
  return { idf, claimStems, wordings, postings, prefixes, threads, tangential, threadBits };
}

/** The vocabulary's stems found in already-normalised story text (one scan, no allocation per word). */
export function storylineStems(normalized: string, vocabulary: StorylineVocabulary): Set<string> {
  const found = new Set<string>();
  const n = normalized.length;
  let i = 0;
  while (i < n) {
    const c = normalized.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c >= 48 && c <= 57) {
      // a number, digit groups joined: "1,823", "274 100", "1.823"
      let digits = '';
      for (;;) {
        while (i < n && isDigit(normalized.charCodeAt(i))) digits += normalized[i++];
        const sep = normalized.charCodeAt(i);
        if ((sep === 0x2c || sep === 0x2e || sep === 0x20) && isDigit(normalized.charCodeAt(i + 1)) && isDigit(normalized.charCodeAt(i + 2)) &&
          isDigit(normalized.charCodeAt(i + 3)) && !isDigit(normalized.charCodeAt(i + 4))) i++;
        else break;
      }
      if (digits.length >= 3 && vocabulary.idf.has(digits)) found.add(digits);
      while (i < n && isWordCode(normalized.charCodeAt(i))) i++;
      continue;
    }
    while (i < n && isWordCode(normalized.charCodeAt(i))) i++;
    if (i - start >= MIN_WORD_LENGTH && vocabulary.prefixes[prefixHash(c, normalized.charCodeAt(start + 1), normalized.charCodeAt(start + 2))]) {
      const stem = stemOf(normalized.slice(start, i));
      if (vocabulary.idf.has(stem)) found.add(stem);
    }
  }
  return found;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Per claim: the share of its wording (idf mass, best of its wordings) that the story's stems cover, 0..1. */
export function claimOverlaps(vocabulary: StorylineVocabulary, storyStems: ReadonlySet<string>): Map<string, number> {
  const matched = new Float64Array(vocabulary.wordings.length);
  for (const s of storyStems) {
    const w = vocabulary.idf.get(s) ?? 0;
    for (const index of vocabulary.postings.get(s) ?? []) matched[index] += w;
  }
  const out = new Map<string, number>();
  vocabulary.wordings.forEach((wording, index) => {
    if (!matched[index] || !wording.total) return;
    out.set(wording.claim, Math.max(out.get(wording.claim) ?? 0, matched[index] / wording.total));
  });
  return out;
}

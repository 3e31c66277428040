/**
 * Entities from name mentions counted across seed documents: surface forms grouped (same key, a
 * last name with its full name, an acronym or handle with the name it stands beside), kept when
 * seen in enough documents or often enough, typed by simple cues, with their aliases.
 */
import { aliasKey, foldText } from '../matchers/normalize.js';
import { bareLetters, endsWith, Groups, inOrder, isAcronymOf, slug, withoutRoman } from './name-groups.js';
import type { Mention, MentionKind } from './names.js';
import type { SeedMention } from './split-names.js';
import { guessType, MEDIA_SUFFIXES, typeCues, type EntityType, type TypeCues } from './entity-type.js';
import { isGivenName } from './given-names.js';
import { countryCode } from './gazetteer.js';
import { organisationOf } from './organisations.js';
import { COMPANY_SUFFIXES, GENERATIONAL_SUFFIXES, JOB_TITLES, LEADING_ARTICLES, NAME_PARTICLES, ORG_SUFFIXES, ROMAN_SUFFIXES, opensWithOrgHead } from './lexicon.js';

export interface ProposedAlias {
  text: string;
  lang: string[];
  kind?: string;
  needs_context?: boolean;
}

export interface ProposedEntity {
  id: string;
  type: EntityType;
  aliases: ProposedAlias[];
  /** mentions in all seeds, and in how many documents (for the review comment) */
  mentions: number;
  documents: number;
}

export interface EntityOptions {
  /**
   * Keep a name seen in at least this many documents…
   * @defaultValue 2
   */
  minDocs?: number;
  /**
   * …or at least this many times in all.
   * @defaultValue 3
   */
  minMentions?: number;
}

interface Candidate {
  key: string;
  /** mentions in a sentence proposed as a claim */
  inClaim: number;
  /** mentions in a sentence that carries a figure */
  withFigure: number;
  /** mentions written as a person's full name, a given name first ("Anna Keller") */
  fullName: number;
  kind: MentionKind;
  tokens: string[];
  surfaces: Map<string, number>;
  count: number;
  docs: Set<number>;
  cues: TypeCues;
}


/**
 * Mentions that make a name an entity of the storyline (or two documents). Two, not three: a lawyer
 * named twice in one seed ("Alan Futerfas … Futerfas a dit") is an actor stories will name. On
 * npm run eval:import, relevance AP of the imported watchlist over the hand-written one: tune halves
 * 0.920 / 0.872 (authored / real) → 0.919 / 0.881, report halves 0.897 / 0.880 → 0.905 / 0.897.
 */
export const DEFAULT_MIN_MENTIONS = 2;
/** A name given a figure needs only this many mentions. */
const MIN_MENTIONS_WITH_FIGURE = 2;
/** Acronyms this short collide with common abbreviations ("RT" = retweet): they count only in context. */
const MAX_CONTEXT_FREE_ACRONYM = 2;
/** Small words a name's acronym leaves out ("Office of Fair Trading" is "OFT"), besides the name particles. */
const INITIALS_SKIP = new Set(['of', 'and', 'for', 'the', 'et', 'und', 'fur', 'y', 'e']);
/** Between a name and its acronym or handle: "Zetagram, ou ZG", "Northwind Bank (NWB)". */
const APPOSITION_RE = /^\s*(?:\(\s*|,\s*(?:ou|or|oder|o|или|aka|alias|soit)\s+)$/iu;

/** Where a mention is counted: handles apart from names ("@openledger" is a handle alias of OpenLedger). */
export const candidateKey = (m: { key: string; kind: MentionKind }) => (m.kind === 'handle' ? `@${m.key}` : m.key);

export interface EntityProposal {
  entities: ProposedEntity[];
  /** candidateKey(mention) → entity id, for kept entities */
  idByKey: Map<string, string>;
  /** ids of the people kept only because the seeds name them in full: no claim's actors (see proposeEntities) */
  named: Set<string>;
}

/**
 * Entities of the seeds. `figures` holds the "doc:sentence" ids of sentences with a quantity: a
 * name seen twice and given a figure ("Zeta Group avait versé quelque 310 000 euros") is
 * what a contradicting story would be about, so it is kept even below the counts. `claimSentences`
 * holds the "doc:sentence" ids of the sentences proposed as claims: a full name (two words or more)
 * named there is one of the claim's actors ("Ike Kaveladze … a déclaré"), kept even
 * when the seeds name it once, or a story naming them could not be matched to the claim, unless
 * it reads as a phrase in capitals: `lowerWords` are the folded words the seeds write in lower case
 * (Capitalisation.lower, names.ts).
 * A person the seeds name once in full, a given name first, outside any claim ("a déclaré Marc
 * Lindqvist à Olga Weiss" where no claim is kept) is kept too, in `named`: stories about the
 * storyline name the same people, but no claim's sentence is about them, so they are no claim's actors.
 */
export function proposeEntities(
  found: readonly SeedMention[],
  sentences: readonly (readonly string[])[],
  options: EntityOptions = {},
  figures: ReadonlySet<string> = new Set(),
  claimSentences: ReadonlySet<string> = new Set(),
  lowerWords: ReadonlySet<string> = new Set(),
): EntityProposal {
  const minDocs = options.minDocs ?? 2;
  const minMentions = options.minMentions ?? DEFAULT_MIN_MENTIONS;
  const candidates = new Map<string, Candidate>();
  for (const f of found) {
    const { mention } = f;
    if (!mention.key) continue;
    const key = candidateKey(mention);
    let c = candidates.get(key);
    if (!c) {
      c = { key, inClaim: 0, withFigure: 0, fullName: 0, kind: mention.kind, tokens: mention.key.split(' '), surfaces: new Map(), count: 0, docs: new Set(), cues: typeCues() };
      candidates.set(key, c);
    }
    // "ROE:" heading a transcript's turn is the name "Roe" in capitals, not an acronym
    if (c.kind === 'acronym' && mention.kind === 'name') c.kind = 'name';
    c.surfaces.set(mention.surface, (c.surfaces.get(mention.surface) ?? 0) + 1);
    c.count++;
    c.docs.add(f.doc);
    if (figures.has(`${f.doc}:${f.sentence}`)) c.withFigure++;
    const named = mention.kind === 'name' && c.tokens.length >= 2 && properName(mention.surface) && !capitalisedPhrase(mention, lowerWords);
    if (named && claimSentences.has(`${f.doc}:${f.sentence}`)) c.inClaim++;
    if (named && isGivenName(c.tokens[0])) c.fullName++;
    c.cues.add(mention, sentences[f.doc][f.sentence]);
  }
  const passes = (count: number, docs: number, withFigure = 0, inClaim = 0) =>
    docs >= minDocs || count >= minMentions || (count >= MIN_MENTIONS_WITH_FIGURE && withFigure > 0) || inClaim > 0;
  const groups = new Groups();
  const keys = [...candidates.keys()].sort();
  keys.forEach((k) => groups.find(k));
  // one country in the seeds' languages ("Cyprus", « Zypern »): one place, its mentions counted together
  const countryOf = new Map<string, string>(); // candidate key → ISO code
  const firstOfCountry = new Map<string, string>();
  for (const k of keys) {
    const c = candidates.get(k)!;
    const code = c.kind === 'handle' ? null : countryCode(topSurface(c));
    if (!code) continue;
    countryOf.set(k, code);
    const first = firstOfCountry.get(code);
    if (first) groups.union(first, k);
    else firstOfCountry.set(code, k);
  }

  // an acronym or handle right beside a name: "Zetagram, ou ZG", "John Roe Jr. (@JohnQRoeJr)"
  const bySentence = new Map<string, SeedMention[]>();
  for (const f of found) {
    const id = `${f.doc}:${f.sentence}`;
    const list = bySentence.get(id) ?? [];
    list.push(f);
    bySentence.set(id, list);
  }
  for (const list of bySentence.values()) {
    list.sort((a, b) => a.mention.start - b.mention.start);
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i].mention;
      const b = list[i + 1].mention;
      const between = sentences[list[i].doc][list[i].sentence].slice(a.end, b.start);
      if (!APPOSITION_RE.test(between)) continue;
      const linked =
        (b.kind === 'handle' && between.includes('(')) ||
        (b.kind === 'acronym' && a.kind === 'name' && isAcronymOf(b.surface, a.surface)) ||
        (a.kind === 'acronym' && b.kind === 'name' && isAcronymOf(a.surface, b.surface));
      if (linked && a.key && b.key) groups.union(candidateKey(a), candidateKey(b));
    }
  }
  // an acronym whose letters are the initials of the words of one name of the seeds, though never written beside
  // it: "MSA" of "Medicines Safety Authority" (the small words aside: "Office of Fair Trading" is "OFT")
  const byInitials = new Map<string, string[]>();
  for (const c of candidates.values()) {
    if (c.kind !== 'name') continue;
    const words = c.tokens.filter((t) => !NAME_PARTICLES.has(t) && !INITIALS_SKIP.has(t));
    if (words.length < 2) continue;
    const initials = words.map((t) => t[0]).join('');
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), c.key]);
  }
  for (const c of candidates.values()) {
    if (c.kind !== 'acronym') continue;
    const named = byInitials.get(bareLetters(c.key));
    if (named?.length === 1) groups.union(named[0], c.key);
  }

  // a surname in capitals ("BLAKE:" heading a transcript's turn) is that name, not an acronym
  const lastWords = new Set([...candidates.values()].filter((c) => c.kind === 'name' && c.tokens.length >= 2).map((c) => c.tokens[c.tokens.length - 1]));
  for (const c of candidates.values()) {
    if (c.kind === 'acronym' && c.tokens.length === 1 && c.key.length >= 4 && lastWords.has(c.key)) c.kind = 'name';
    if (c.kind !== 'name') continue;
    // written as a name, "Blake", the way stories write it (an alias in capitals would ask for capitals)
    const named = new Map<string, number>();
    for (const [surface, n] of c.surfaces) {
      const text = surface.replace(/\p{Lu}{4,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
      named.set(text, (named.get(text) ?? 0) + n);
    }
    c.surfaces = named;
  }
  const names = keys.map((k) => candidates.get(k)!).filter((c) => c.kind === 'name');
  // "Robert Hale III" = "Robert Hale"
  for (const c of names) {
    const last = c.tokens[c.tokens.length - 1];
    if (c.tokens.length > 2 && ROMAN_SUFFIXES.has(last)) {
      const base = c.tokens.slice(0, -1).join(' ');
      if (candidates.get(base)?.kind === 'name') groups.union(base, c.key);
    }
  }
  // "The Zeta Bureau" = "Zeta Bureau", « Le Monde »'s article aside: the same name with its article, when both are found
  for (const c of names) {
    if (c.tokens.length < 2 || !LEADING_ARTICLES.has(c.tokens[0])) continue;
    const base = c.tokens.slice(1).join(' ');
    if (candidates.has(base)) groups.union(base, c.key);
  }
  // "The Times" with the one outlet named in full that ends so ("Harbour Times"): the way a text names it again
  for (const c of names) {
    if (c.tokens.length !== 2 || !LEADING_ARTICLES.has(c.tokens[0]) || !MEDIA_SUFFIXES.has(c.tokens[1])) continue;
    const full = names.filter((b) => b.tokens.length >= 2 && !LEADING_ARTICLES.has(b.tokens[0]) && b.tokens[b.tokens.length - 1] === c.tokens[1]);
    if (full.length === 1) groups.union(full[0].key, c.key);
  }
  // a handle spelling a name: "@openledger" = "OpenLedger", "@JohnQRoeJr" = "John Roe Jr."
  for (const h of keys.map((k) => candidates.get(k)!).filter((c) => c.kind === 'handle')) {
    const flat = h.tokens.join('').replace(/[^\p{L}\p{N}]/gu, '');
    const exact = names.filter((n) => n.tokens.join('') === flat);
    const spelled = exact.length ? exact : names.filter((n) => n.tokens.length >= 2 && inOrder(flat, n.tokens));
    const best = longest(spelled);
    if (best) groups.union(best.key, h.key);
  }
  // a full name with a middle name or initial is the same person: "John Q. Roe", "Pavel Ivanovich Orlov"
  // = "John Roe", "Pavel Orlov" (not "John Roe Jr.": its last word is another)
  for (const b of names) {
    const tokens = withoutRoman(b.tokens);
    if (tokens.length < 3 || tokens.length > 4) continue;
    for (const a of names) {
      if (a.tokens.length === 2 && a.tokens[0] === tokens[0] && a.tokens[1] === tokens[tokens.length - 1]) groups.union(a.key, b.key);
    }
  }
  // a last name (or "Roe Jr", or "Secretary Blake": a title and the last name) with the one full name it ends
  // (its forms with a middle name count as one)
  for (const a of names) {
    const titled = a.tokens.length === 2 && JOB_TITLES.has(a.tokens[0]);
    const tail = titled ? a.tokens.slice(1) : a.tokens;
    const longer = names.filter(
      (b) => b !== a && b.tokens.length > tail.length && !(b.tokens.length === 2 && JOB_TITLES.has(b.tokens[0])) && endsWith(withoutRoman(b.tokens), tail),
    );
    const kept = longer.filter((b) => passes(b.count, b.docs.size, b.withFigure));
    const oneGroup = (list: Candidate[]) => list.length > 0 && new Set(list.map((b) => groups.find(b.key))).size === 1;
    const target = oneGroup(kept) ? kept[0] : kept.length === 0 && oneGroup(longer) ? longer[0] : null;
    if (!target) continue;
    // "Group" alone is not "Mail.Ru Group"; "the Times" is the "Harbour Times" named again
    if (a.tokens.length === 1 && ORG_SUFFIXES.has(a.key) && !MEDIA_SUFFIXES.has(a.key)) continue;
    // "Amsterdam" is not the "Staatsanwaltschaft Amsterdam" named again, nor "France" the « Banque de France »:
    // a body named by what it is and where names the place, and a country is never a longer name's short form
    if (opensWithOrgHead(target.tokens) || countryOf.has(a.key)) continue;
    groups.union(target.key, a.key);
  }

  // a company by its name alone: "Acme" = "Acme Corp", "Velmora" = "Velmora Pharma", when one company is so named
  // (longest names first: "Acme Chemicals" joins "Acme Chemicals Ltd" before "Acme" looks for its one company)
  for (const a of [...names].sort((x, y) => y.tokens.length - x.tokens.length)) {
    if (countryOf.has(a.key)) continue;
    const full = names.filter(
      (b) => b.tokens.length > a.tokens.length && a.tokens.every((t, i) => b.tokens[i] === t) && b.tokens.slice(a.tokens.length).every((t) => COMPANY_SUFFIXES.has(t.replace(/\./g, ''))),
    );
    if (full.length && new Set(full.map((b) => groups.find(b.key))).size === 1) groups.union(full[0].key, a.key);
  }

  const members = new Map<string, Candidate[]>();
  for (const k of keys) {
    const root = groups.find(k);
    const list = members.get(root) ?? [];
    list.push(candidates.get(k)!);
    members.set(root, list);
  }

  const entities: ProposedEntity[] = [];
  const idByKey = new Map<string, string>();
  const usedIds = new Set<string>();
  const named = new Set<string>();
  const drafts = [...members.values()]
    .map((list) => {
      const count = sum(list.map((c) => c.count));
      const docs = new Set(list.flatMap((c) => [...c.docs])).size;
      // named often enough for the storyline, or else only named once in full (kept, as no claim's actor)
      const mentioned = passes(count, docs, sum(list.map((c) => c.withFigure)), sum(list.map((c) => c.inClaim)));
      return { list, count, docs, mentioned, namedInFull: list.some((c) => c.fullName > 0) };
    })
    .filter((g) => g.mentioned || g.namedInFull)
    .sort((a, b) => b.docs - a.docs || b.count - a.count || a.list[0].key.localeCompare(b.list[0].key));
  const allKeys = new Set(drafts.flatMap((g) => g.list.map((c) => c.key)));
  for (const g of drafts) {
    const canonical = pickCanonical(g.list);
    const surface = topSurface(canonical);
    let id = slug(surface) || `entity_${entities.length + 1}`;
    for (let n = 2; usedIds.has(id); n++) id = `${slug(surface)}_${n}`;
    usedIds.add(id);
    const lastName = personLastName(canonical);
    const cues = g.list.reduce((acc, c) => acc.merge(c.cues), typeCues());
    const type = guessType(cues, canonical.tokens, {
      lastNameAlone: g.list.some((c) => c.kind === 'name' && c.tokens.length === 1 && c.key === lastName),
      acronym: canonical.kind === 'acronym',
      // a body the gazetteers know is no person, whatever its first word ("Maison-Blanche" starts like a given name)
      givenName: isGivenName(canonical.tokens[0] ?? '') && organisationOf(surface) === null && countryCode(surface) === null,
    });
    const aliases = aliasesOf(g.list, canonical, surface, type, lastName, allKeys);
    entities.push({ id, type, aliases, mentions: g.count, documents: g.docs });
    if (!g.mentioned) named.add(id);
    for (const c of g.list) idByKey.set(c.key, id);
  }
  return { entities, idByKey, named };
}

function aliasesOf(list: Candidate[], canonical: Candidate, surface: string, type: EntityType, lastName: string | null, allKeys: ReadonlySet<string>): ProposedAlias[] {
  const forms = list
    .flatMap((c) => [...c.surfaces].map(([text, count]) => ({ text, count, c })))
    .sort((a, b) => Number(b.text === surface) - Number(a.text === surface) || b.count - a.count || a.text.localeCompare(b.text));
  const out: ProposedAlias[] = [];
  const seen = new Set<string>();
  for (const { text, c } of forms) {
    if (seen.has(text)) continue;
    seen.add(text);
    const alias: ProposedAlias = { text, lang: ['any'] };
    if (c.kind === 'handle') alias.kind = 'handle';
    if (c.kind === 'acronym') alias.kind = 'acronym';
    const isLastName = type === 'person' && c.kind === 'name' && c.key === lastName && canonical.tokens.length > 1;
    // "the Courier" for the "Ashby Courier": a word of the language as much as its name
    const typeWord = c.kind === 'name' && c.tokens.length === 1 && canonical.tokens.length > 1 && MEDIA_SUFFIXES.has(c.key);
    if (isLastName || typeWord || (c.kind === 'acronym' && bareLetters(text).length <= MAX_CONTEXT_FREE_ACRONYM)) alias.needs_context = true;
    out.push(alias);
  }
  // a person's last name alone ("von Trapp" with its particle), when no other name of the seeds is written that way
  const last = lastName ? lastNameWords(surface, lastName) : null;
  if (type === 'person' && last && canonical.tokens.length > 1 && !list.some((c) => c.key === lastName || c.key === aliasKey(last))) {
    if (!allKeys.has(lastName!) && !allKeys.has(aliasKey(last))) out.push({ text: last, lang: ['any'], needs_context: true });
  }
  return out;
}

/** The last name of a full name: its last word that is not "Jr." or "III"; null for one word. */
function personLastName(c: Candidate): string | null {
  const words = c.tokens.filter((t) => !GENERATIONAL_SUFFIXES.has(t));
  return c.kind === 'name' && words.length >= 2 ? words[words.length - 1] : null;
}

/** The last name as written, with the particles before it: "Anna von Trapp" → "von Trapp". */
function lastNameWords(surface: string, lastKey: string): string | null {
  const words = surface.split(/\s+/u);
  const at = words.findIndex((w) => aliasKey(w) === lastKey);
  if (at <= 0) return null;
  let from = at;
  while (from > 1 && NAME_PARTICLES.has(words[from - 1])) from--;
  return words.slice(from, at + 1).join(' ');
}

/**
 * The name an entity goes by: its longest name ("Rob Ashdown" over "Ashdown"), the most
 * frequent among equals; an acronym when the spelled-out name is a one-off ("ZG" over "Zetagram").
 */
function pickCanonical(list: Candidate[]): Candidate {
  // "Zeta Bureau" before "The Zeta Bureau": the name without the article it is also written with
  const withArticle = (c: Candidate) => c.tokens.length >= 2 && LEADING_ARTICLES.has(c.tokens[0]) && list.some((o) => o.key === c.tokens.slice(1).join(' '));
  const names = list.filter((c) => c.kind === 'name' && !withArticle(c));
  const acronyms = list.filter((c) => c.kind === 'acronym');
  let choices = names;
  if (!names.some((c) => c.count >= 2) && acronyms.some((c) => c.count >= 2)) choices = acronyms;
  if (!choices.length) choices = list;
  return [...choices].sort((a, b) => b.tokens.length - a.tokens.length || b.count - a.count || a.key.localeCompare(b.key))[0];
}

function topSurface(c: Candidate): string {
  return [...c.surfaces].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}

function longest(xs: Candidate[]): Candidate | null {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => b.tokens.length - a.tokens.length || b.count - a.count || a.key.localeCompare(b.key));
  return sorted.length > 1 && sorted[0].tokens.length === sorted[1].tokens.length && sorted[0].count === sorted[1].count ? null : sorted[0];
}

/** Every word of the name capitalised but its particles ("Anna von Trapp", not "State-backed"). */
const properName = (surface: string) => surface.split(/[\s-]+/u).every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));

/**
 * A phrase in capitals, no name: a word before its last that the seeds also write in lower case (folded)
 * (a sign reading "Happy Birthday Dear Crew", where the seeds speak of a birthday). The last word may
 * be common ("Harbour Department"), and so may a given name ("Mark Ortiz", though "mark" is a verb).
 */
function capitalisedPhrase(mention: Mention, lowerWords: ReadonlySet<string>): boolean {
  return mention.parts.slice(0, -1).some((p) => !p.particle && lowerWords.has(foldText(p.text)) && !isGivenName(foldText(p.text)));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

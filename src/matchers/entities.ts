/**
 * Entity matching: which watchlist entities a story mentions, where, and by which alias.
 *
 * Aliases match case- and accent-insensitively in any language (the alias `lang` is only a hint).
 * An alias marked `needs_context` ("ZG", "RT", "Lind", "Roe") counts only when it is written
 * like the name it stands for (acronyms in capitals, names capitalised), is not part of another
 * name ("Lind Partners", "ZG Cloud", "Eric Roe", "RT @user") and has context nearby: another
 * entity or a watchlist context word in the same sentence or within CONTEXT_WINDOW characters, or
 * the same entity named in full anywhere in the story.
 */
import type { Alias, Watchlist } from '../config/watchlist.js';
import type { StoryInput } from '../domain/types.js';
import { compileAliases, type AliasIndex, type AliasMatch } from './automaton.js';
import { normalizeForMatch, toOriginalSpan, type NormalizedText } from './normalize.js';
import { sentenceIndexAt, splitSentences, type Sentence } from './sentences.js';

/** Characters either side of an ambiguous alias in which context makes it count (about two sentences). */
export const CONTEXT_WINDOW = 200;

/** Titles before a surname that keep it the same person ("President Roe", "Special Counsel Hale"). */
const TITLE_WORDS = new Set([
  'president', 'presidente', 'président', 'präsident', 'президент', 'candidate', 'nominee', 'mr', 'mrs', 'ms', 'dr', 'm', 'mme',
  'herr', 'frau', 'señor', 'sr', 'counsel', 'director', 'senator', 'sen', 'secretary', 'attorney', 'general', 'judge', 'lawyer',
  'prosecutor', 'special', 'former', 'rep', 'gov', 'governor', 'ceo', 'chief', 'founder',
]);

/** Capitalised words after a name that do not make it another name ("Roe Tuesday", "Hale In"). */
const CAPITALISED_NON_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'and', 'or', 'but',
]);

/** Share of capitalised words from which capitals say nothing about names (a headline in title case). */
const CAPITALS_UNINFORMATIVE = 0.7;
/** German capitalises every noun: with two of these words a sentence is taken for German. */
const GERMAN_WORDS = /(?:^|[^\p{L}])(?:der|die|das|und|nicht|ist|mit|von|dem|den|sich|auf|wurde|eine|einen)(?=[^\p{L}]|$)/giu;

/** Do capitals mark names in this sentence (not title case, not German)? */
function capitalsMarkNames(text: string, lang: string | undefined): boolean {
  if (lang === 'de') return false;
  if (!lang && hasTwo(GERMAN_WORDS, text)) return false;
  return capitalShare(text) < CAPITALS_UNINFORMATIVE;
}

export interface EntityOccurrence {
  aliasIndex: number;
  /** offsets in StoryAnalysis.doc */
  start: number;
  end: number;
  inTitle: boolean;
  /** matched through a needs_context alias */
  ambiguous: boolean;
  sentence: number;
}

export interface EntityEvidence {
  id: string;
  type: string;
  /** the watchlist alias that matched first */
  alias: string;
  count: number;
  positions: { start: number; end: number }[];
  occurrences: EntityOccurrence[];
  inTitle: boolean;
  /** every occurrence came from a needs_context alias */
  ambiguousOnly: boolean;
  /** every occurrence is a post's author handle ("@handle:" opening the title or a line, "RT @handle:"): who wrote it, not what it says */
  authorOnly: boolean;
}

/**
 * What is named after a person or a company ("Acme Arena", "the Rowe Foundation", "Rowe-Preis"):
 * a single-word name followed by one of these nouns is another thing's name, in five languages.
 */
const NAMESAKE_HEADS = new Set(
  (
    'arena stadium stadion estadio stade hall halle sala salle foundation stiftung fondation fundacion fundación prize preis prix premio award ' +
    'cup pokal trophy trophee trophée trofeo park parc parque street strasse straße rue calle avenue allee platz square plaza place bridge brucke brücke ' +
    'pont puente school schule ecole école escuela museum museo musee musée theater theatre théâtre teatro'
  ).split(' '),
);
/** …and in Russian, by their stems (the noun is inflected: «на „Акме-Арене“»). */
const NAMESAKE_STEMS_RU = ['арен', 'стадион', 'фонд', 'преми', 'парк', 'улиц', 'мост', 'школ', 'музе', 'театр'];
const NAMESAKE_AFTER = /^[- ](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;
/** Is the single-word name ending at `end` the first word of something named after it? */
function namesakeOf(doc: string, end: number): boolean {
  const m = NAMESAKE_AFTER.exec(doc.slice(end, end + 24));
  if (!m) return false;
  const word = m[1].toLowerCase();
  return NAMESAKE_HEADS.has(word) || NAMESAKE_STEMS_RU.some((stem) => word.startsWith(stem));
}

export type RejectReason = 'case' | 'part-of-other-name' | 'no-context' | 'retweet';

export interface RejectedHit {
  entityId: string;
  alias: string;
  start: number;
  end: number;
  reason: RejectReason;
}

export interface StoryAnalysis {
  /** title and text as matched: `title + "\n\n" + text` (or the text alone when it starts with the title) */
  doc: string;
  titleEnd: number;
  norm: NormalizedText;
  sentences: Sentence[];
  /** in order of first occurrence */
  entities: EntityEvidence[];
  rejected: RejectedHit[];
  /** positions (in doc) of watchlist context words */
  contextWords: { start: number; end: number }[];
}

interface Hit extends AliasMatch {
  alias: Alias | null;
  orig: { start: number; end: number };
  sentence: number;
}

const UPPER_RE = /\p{Lu}/u;
const WORD_CHAR_RE = /[\p{L}\p{M}]/u;
const letterCache = new Map<number, boolean>();

/** A letter or a combining mark (not a digit), by UTF-16 unit; ASCII without a regular expression. */
function isLetterOrMark(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let hit = letterCache.get(c);
  if (hit === undefined) letterCache.set(c, (hit = WORD_CHAR_RE.test(String.fromCharCode(c))));
  return hit;
}
const LETTER_RE = /\p{L}/gu;

function isAcronym(text: string): boolean {
  const letters = text.match(LETTER_RE) ?? [];
  return letters.length >= 2 && letters.length <= 4 && letters.every((l) => UPPER_RE.test(l));
}

/** Is the occurrence written like the alias: acronyms in capitals, capitalised names capitalised? */
function caseFits(alias: string, written: string): boolean {
  if (isAcronym(alias)) return written.replace(/[^\p{L}]/gu, '') === written.replace(/[^\p{L}]/gu, '').toUpperCase();
  const first = alias.match(/\p{L}/u)?.[0];
  const firstWritten = written.match(/\p{L}/u)?.[0];
  return !first || !UPPER_RE.test(first) || (firstWritten !== undefined && UPPER_RE.test(firstWritten));
}

/** Share of words (longer than 3 letters) that start with a capital. */
/** Does the global regular expression match at least twice in text? */
function hasTwo(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.exec(text) !== null && re.exec(text) !== null;
  re.lastIndex = 0;
  return found;
}

function capitalShare(text: string): number {
  let long = 0;
  let capitalised = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (isLetter(d) || d === 0x27 || d === 0x2019) i++;
      else break;
    }
    if (i - start > 3) {
      long++;
      if (isUpper(c)) capitalised++;
    }
  }
  return long < 2 ? 0 : capitalised / long;
}

const ONE_LETTER_RE = /\p{L}/u;
const letterOnly = new Map<number, boolean>();
const upperCache = new Map<number, boolean>();
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let hit = letterOnly.get(c);
  if (hit === undefined) letterOnly.set(c, (hit = ONE_LETTER_RE.test(String.fromCharCode(c))));
  return hit;
}
function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let hit = upperCache.get(c);
  if (hit === undefined) upperCache.set(c, (hit = UPPER_RE.test(String.fromCharCode(c))));
  return hit;
}

/**
 * "Lind Partners", "ZG Cloud", "Eric Roe", "RT @user": the alias is part of another name here.
 * A capitalised word next to it makes another name unless it starts a watchlist hit (`firm`), is a
 * title, or is a word the watchlist itself writes before this entity's names (`before`: "Rob" Lind).
 */
function partOfOtherName(doc: string, start: number, end: number, sentenceStart: number, firm: Set<number>, before: Set<string>): boolean {
  const after = /^ ?(@|\p{Lu}[\p{L}\p{N}]*)/u.exec(doc.slice(end, end + 40));
  if (after) {
    if (after[1] === '@') return true;
    const nextStart = end + after[0].length - after[1].length;
    if (!firm.has(nextStart) && !CAPITALISED_NON_NAMES.has(after[1].toLowerCase())) return true;
  }
  // the word before, a dotted abbreviation whole ("U.S." reads as "us", as the watchlist writes it in "US intelligence")
  const prev = /((?:\p{L}\.){2,4}|\p{L}[\p{L}\p{N}]*)\.? $/u.exec(doc.slice(Math.max(sentenceStart, start - 40), start));
  if (prev && UPPER_RE.test(prev[1][0])) {
    const prevStart = start - prev[0].length;
    const word = prev[1].replace(/\./gu, '').toLowerCase();
    // a capitalised first word of a sentence may be capitalised only for its position
    if (prevStart > sentenceStart && !firm.has(prevStart) && !TITLE_WORDS.has(word) && !before.has(word)) return true;
  }
  return false;
}

export interface EntityMatcher {
  readonly aliases: AliasIndex;
  analyze(story: Pick<StoryInput, 'title' | 'text' | 'lang'>): StoryAnalysis;
}

/** "RT @handle": a post's retweet marker, whatever the watchlist calls "RT". */
const RETWEET_AFTER = /^:?[ \t]*@\w/;

function isRetweetMarker(doc: string, start: number, end: number): boolean {
  return end - start === 2 && doc.startsWith('RT', start) && RETWEET_AFTER.test(doc.slice(end, end + 4));
}

/** "@handle:" opening the title or a line, or after "RT ": a post's author, as feeds of posts write it. */
function isAuthorHandle(doc: string, start: number, end: number): boolean {
  if (doc[start] !== '@' && doc[--start] !== '@') return false; // the alias key leaves the "@" out
  if (doc[end] !== ':') return false;
  return start === 0 || doc[start - 1] === '\n' || doc.startsWith('RT ', start - 3);
}

/** Words between a place's name and the rest of an alias: « régie des eaux de Kelbach », "Bürgermeister von X". */
const PLACE_LINKS = new Set(['de', 'of', 'von', 'del', 'du', 'des', 'la', 'the', 'der', 'in', 'en']);
/** Letters from which what is left of an alias without its place names something ("municipal utility", not "spill"). */
const MIN_LOCAL_LETTERS = 8;

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * "Kelbach municipal utility", « régie des eaux de Kelbach », "Wasserwerk Kelbach": an alias made of
 * a watchlist place and words that say what of it. In a story naming the place, "the municipal utility" is that
 * one: such aliases without the place are added, ambiguous, and count only where the story names the place.
 */
function withLocalAliases(watched: Watchlist['entities']): { entities: Watchlist['entities']; placeOf: Map<Alias, string> } {
  const placeOf = new Map<Alias, string>();
  const places = watched
    .filter((e) => e.type === 'place')
    .flatMap((p) => p.aliases.filter((a) => !a.needs_context).map((a) => ({ id: p.id, words: plain(a.text).split(/\s+/u) })));
  if (!places.length) return { entities: watched, placeOf };
  const known = new Set(watched.flatMap((e) => e.aliases.map((a) => plain(a.text))));
  const entities = watched.map((entity) => {
    if (entity.type === 'place') return entity;
    const added: Alias[] = [];
    for (const alias of entity.aliases) {
      if (alias.needs_context) continue;
      const words = alias.text.split(/\s+/u);
      const lower = words.map(plain);
      for (const place of places) {
        const n = place.words.length;
        if (lower.length <= n) continue;
        let rest: string[] | null = null;
        if (place.words.every((w, i) => lower[i] === w)) rest = words.slice(n);
        else if (place.words.every((w, i) => lower[lower.length - n + i] === w)) rest = words.slice(0, -n);
        if (!rest) continue;
        while (rest.length && PLACE_LINKS.has(plain(rest[rest.length - 1]))) rest = rest.slice(0, -1);
        while (rest.length && PLACE_LINKS.has(plain(rest[0]))) rest = rest.slice(1);
        const text = rest.join(' ');
        if ((text.match(/\p{L}/gu) ?? []).length < MIN_LOCAL_LETTERS || known.has(plain(text))) continue;
        known.add(plain(text));
        const local: Alias = { text, lang: alias.lang, kind: 'local', needs_context: true };
        placeOf.set(local, place.id);
        added.push(local);
      }
    }
    return added.length ? { ...entity, aliases: [...entity.aliases, ...added] } : entity;
  });
  return { entities, placeOf };
}

/** Shortest stem of a place's name whose derived words count as the place's ("russ" of "Russia": "Russian", «russe»). */
const MIN_PLACE_STEM = 4;

/**
 * Stems of the watchlist's one-word place names, their final vowels cut ("Russia" → "russ", «Россия» → "росс"):
 * a word opening with one and going on ("Russian intelligence", «russe», "russische", «российский») speaks of
 * the place, the way stories mostly do, and is context for an ambiguous alias beside it ("the Clinton campaign").
 */
function placeStems(watched: Watchlist['entities']): string[] {
  const stems = new Set<string>();
  for (const place of watched) {
    if (place.type !== 'place') continue;
    for (const alias of place.aliases) {
      if (alias.needs_context || /[\s-]/u.test(alias.text.trim())) continue;
      const stem = plain(alias.text.trim()).replace(/[aeiouyяеиоуыьй]+$/u, '');
      if (stem.length >= MIN_PLACE_STEM && /^\p{L}+$/u.test(stem)) stems.add(stem);
    }
  }
  return [...stems];
}

/** Does the sentence write a word derived from a place's name (longer than its stem by two letters or more)? */
function namesPlaceByAdjective(sentence: string, stems: readonly string[]): boolean {
  if (!stems.length) return false;
  for (const m of sentence.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = plain(m[0]);
    if (stems.some((stem) => word.length >= stem.length + 2 && word.startsWith(stem))) return true;
  }
  return false;
}

/** Who a description can name besides its own entity: a person or an organisation ("Ortega's brother-in-law", "the Vantor chief"), not a platform it is likened to ("the Russian Facebook"). */
const NESTED_NAME_TYPES = new Set(['person', 'org']);

/** An entity's name, by its alias. */
interface NamedEntity {
  entityId: string;
  aliasIndex: number;
}

/**
 * Per description alias, the other entities whose names it writes: "Ortega's brother-in-law" names Salas,
 * and Ortega. Only their names count, not their own descriptions ("the mayor of Castrelo" inside "the deputy
 * mayor of Castrelo" is someone else).
 */
function namesInDescriptions(byId: ReadonlyMap<string, Watchlist['entities'][number]>, aliases: AliasIndex): Map<Alias, NamedEntity[]> {
  const nested = new Map<Alias, NamedEntity[]>();
  for (const entity of byId.values()) {
    for (const alias of entity.aliases) {
      if (alias.kind !== 'description') continue;
      const found = aliases.automaton.findAll(normalizeForMatch(alias.text).text);
      const named: NamedEntity[] = [];
      for (let i = 0; i < found.length; i += 3) {
        for (const { entityId, aliasIndex } of aliases.refs[found[i]]) {
          if (entityId === null || entityId === entity.id || named.some((n) => n.entityId === entityId)) continue;
          const other = byId.get(entityId)!;
          if (NESTED_NAME_TYPES.has(other.type) && other.aliases[aliasIndex].kind !== 'description') named.push({ entityId, aliasIndex });
        }
      }
      if (named.length) nested.set(alias, named);
    }
  }
  return nested;
}

/** Letters from which a name written as one word is no other word by chance. */
const MIN_JOINED_LETTERS = 8;

/**
 * A name of two to four words written as one word, as hashtags and handles write it ("#AlternativaVelmora",
 * "@TarnauWerke"): the entity's name too. Only names that need no context, of letters only.
 */
function withJoinedAliases(watched: Watchlist['entities']): Watchlist['entities'] {
  const known = new Set(watched.flatMap((e) => e.aliases.map((a) => plain(a.text))));
  return watched.map((entity) => {
    const added: Alias[] = [];
    for (const alias of entity.aliases) {
      if (alias.needs_context) continue;
      const words = alias.text.trim().split(/\s+/u);
      if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{L}+$/u.test(w))) continue;
      const text = words.join('');
      if (text.length < MIN_JOINED_LETTERS || known.has(plain(text))) continue;
      known.add(plain(text));
      added.push({ text, lang: alias.lang, kind: 'handle', needs_context: false });
    }
    return added.length ? { ...entity, aliases: [...entity.aliases, ...added] } : entity;
  });
}

export function createEntityMatcher(watchlist: Pick<Watchlist, 'entities' | 'context_words'>): EntityMatcher {
  const local = withLocalAliases(withJoinedAliases(watchlist.entities));
  const demonymStems = placeStems(watchlist.entities);
  const aliases = compileAliases({ entities: local.entities, context_words: watchlist.context_words });
  const entities = new Map(local.entities.map((e) => [e.id, e]));
  const nestedNames = namesInDescriptions(entities, aliases);
  // words the watchlist itself writes before an entity's names ("Rob" Lind, "President" Roe)
  const wordsBefore = new Map(
    local.entities.map((e) => [
      e.id,
      new Set(e.aliases.flatMap((a) => a.text.toLowerCase().split(/\s+/).slice(0, -1).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')))),
    ]),
  );

  function analyze(story: Pick<StoryInput, 'title' | 'text' | 'lang'>): StoryAnalysis {
    const title = (story.title ?? '').trim();
    const text = story.text ?? '';
    let lead = 0;
    while (lead < text.length && /\s/.test(text[lead])) lead++;
    const doc = !title || text.startsWith(title, lead) ? text : `${title}\n\n${text}`;
    const titleEnd = !title ? 0 : doc === text ? text.indexOf(title) + title.length : title.length;
    const norm = normalizeForMatch(doc);
    const lang = story.lang?.toLowerCase().slice(0, 2);
    const matches = aliases.match(norm.text);
    // most stories mention no entity at all: segment only those that do
    const sentences = matches.length ? splitSentences(doc) : [];

    const hits: Hit[] = matches.map((m) => {
      const orig = toOriginalSpan(norm, m.start, m.end);
      // cover the rest of the written word: a Russian case ending or a genitive s the key left out
      while (orig.end < doc.length && isLetterOrMark(doc.charCodeAt(orig.end))) orig.end++;
      const alias = m.entityId ? entities.get(m.entityId)!.aliases[m.aliasIndex] : null;
      return { entityId: m.entityId, aliasIndex: m.aliasIndex, start: m.start, end: m.end, alias, orig, sentence: sentenceIndexAt(sentences, orig.start) };
    });
    const firm = new Set(hits.map((h) => h.orig.start));
    const capitalsInTitle = capitalsMarkNames(title, lang);
    const capitalsIn = new Map<number, boolean>();
    const placeWordIn = new Map<number, boolean>();
    /** Does the sentence write a word derived from a watched place's name? (read once per sentence) */
    const namesPlace = (i: number) => {
      let found = placeWordIn.get(i);
      if (found === undefined) placeWordIn.set(i, (found = sentences[i] !== undefined && namesPlaceByAdjective(sentences[i].text, demonymStems)));
      return found;
    };
    const rejected: RejectedHit[] = [];
    const reject = (h: Hit, reason: RejectReason) =>
      rejected.push({ entityId: h.entityId!, alias: h.alias!.text, start: h.orig.start, end: h.orig.end, reason });

    // 1. ambiguous aliases must look like the name, and not be part of another name
    const candidates: Hit[] = [];
    for (const h of hits) {
      if (h.alias && isRetweetMarker(doc, h.orig.start, h.orig.end)) {
        reject(h, 'retweet');
        continue;
      }
      if (h.alias && !/[\s-]/u.test(h.alias.text.trim()) && namesakeOf(doc, h.orig.end) && !firm.has(h.orig.end + 1)) {
        reject(h, 'part-of-other-name');
        continue;
      }
      if (!h.alias?.needs_context) {
        candidates.push(h);
        continue;
      }
      const written = doc.slice(h.orig.start, h.orig.end);
      const sentence = sentences[h.sentence] ?? { start: 0, end: doc.length, text: doc };
      let capitals = capitalsIn.get(h.sentence);
      if (capitals === undefined) capitalsIn.set(h.sentence, (capitals = capitalsMarkNames(sentence.text, lang)));
      if (h.orig.start < titleEnd) capitals = capitalsInTitle;
      if (!caseFits(h.alias.text, written)) reject(h, 'case');
      else if (capitals && partOfOtherName(doc, h.orig.start, h.orig.end, sentence.start, firm, wordsBefore.get(h.entityId!)!))
        reject(h, 'part-of-other-name');
      else candidates.push(h);
    }
    // 2. ambiguous aliases need context: a firm hit, a context word, or another entity's ambiguous hit
    const near = (a: Hit, b: Hit) => a.sentence === b.sentence || Math.abs(a.start - b.start) <= CONTEXT_WINDOW;
    const namedInFull = new Set(candidates.filter((o) => o.entityId !== null && !o.alias?.needs_context).map((o) => o.entityId!));
    const accepted = candidates.filter((h) => {
      if (!h.alias?.needs_context) return true;
      // "the municipal utility" is Kelbach's where the story names Kelbach
      const place = local.placeOf.get(h.alias);
      if (place !== undefined) {
        const ok = namedInFull.has(place);
        if (!ok) reject(h, 'no-context');
        return ok;
      }
      const hinted = !lang || h.alias.lang.includes('any') || h.alias.lang.includes(lang);
      const ok =
        // the story has named it in full: its surname or short form, anywhere in the story, is the same one ("Henrik
        // Laubach said … Laubach stood by …")
        namedInFull.has(h.entityId!) ||
        candidates.some(
          (o) =>
            o !== h &&
            near(h, o) &&
            (o.entityId === null || !o.alias?.needs_context || (hinted && o.entityId !== h.entityId)),
        ) || namesPlace(h.sentence);
      if (!ok) reject(h, 'no-context');
      return ok;
    });

    // 3. a description names the people and organisations it writes, as sure as it is itself
    for (const h of accepted.slice()) {
      for (const named of (h.alias && nestedNames.get(h.alias)) || []) {
        const alias = { ...entities.get(named.entityId)!.aliases[named.aliasIndex], needs_context: h.alias!.needs_context };
        accepted.push({ ...h, entityId: named.entityId, aliasIndex: named.aliasIndex, alias });
      }
    }
    const byId = new Map<string, EntityEvidence>();
    for (const h of accepted) {
      if (!h.entityId || !h.alias) continue;
      let ev = byId.get(h.entityId);
      if (!ev) {
        ev = {
          id: h.entityId,
          type: entities.get(h.entityId)!.type,
          alias: h.alias.text,
          count: 0,
          positions: [],
          occurrences: [],
          inTitle: false,
          ambiguousOnly: true,
          authorOnly: true,
        };
        byId.set(h.entityId, ev);
      }
      const inTitle = h.orig.start < titleEnd;
      ev.count++;
      ev.positions.push(h.orig);
      ev.occurrences.push({ aliasIndex: h.aliasIndex, start: h.orig.start, end: h.orig.end, inTitle, ambiguous: h.alias.needs_context, sentence: h.sentence });
      ev.inTitle ||= inTitle;
      ev.ambiguousOnly &&= h.alias.needs_context;
      ev.authorOnly &&= isAuthorHandle(doc, h.orig.start, h.orig.end);
    }
    const contextWords = accepted.filter((h) => h.entityId === null).map((h) => h.orig);
    return { doc, titleEnd, norm, sentences, entities: [...byId.values()], rejected, contextWords };
  }

  return { aliases, analyze };
}

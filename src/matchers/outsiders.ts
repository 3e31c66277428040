/**
 * People a story is about who are not the storyline's: a report passage on another adviser's trip, an
 * article on someone else's case, names the watchlist never gives. A story whose names are mostly such
 * people is rarely about the storyline, however many broad names (the president, the platform, the
 * investigation) it also gives; relevance weighs the share (relevance-weights.ts, fitted).
 *
 * A person is a given name ("Carter", "Inés", "Jonas") and a capitalised word after it, a middle
 * initial allowed; the surname alone counts again later ("… said Page"). No rule of one language beyond
 * the given-name lists (English, French, German, Spanish, Italian, Dutch) and the words that end the
 * names of organisations and newspapers ("Justice Department", "Fox News").
 */
import { MEDIA_SUFFIXES } from '../seeds/entity-type.js';
import { isGivenName } from '../seeds/given-names.js';
import { ORG_SUFFIXES } from '../seeds/lexicon.js';
import type { EntityEvidence } from './entities.js';
import { foldText } from './normalize.js';

/**
 * "Given Surname" and "Given X. Surname" on one line, the surname of three letters or more ("Harm To Ongoing…"), no
 * capitalised word after it (a longer name: "Grace Period Act"). The given names are Latin-script (so are the lists):
 * a Latin-1 class there keeps the scan of a 20 KB report fast.
 */
const PERSON_RE = /(?<![\p{L}\p{N}])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)[ \t]+(?:\p{Lu}\.[ \t]+)?(\p{Lu}\p{Ll}[\p{Ll}-]*\p{Ll})(?![\p{L}\p{N}])(?![ \t]+\p{Lu}\p{Ll})/gu;
const LETTER_RE = /[\p{L}\p{N}-]/u;
/**
 * Outsiders' mentions from which their share counts in full (fewer weigh less). Chosen by the fit's cross-validation
 * (scripts/fit-matching.mjs, log-loss on the tuning halves): 3 .2569, 2 .2585, none .2588.
 */
const FULL_MENTIONS = 3;
/** What an organisation's or a newspaper's name ends with: no surname. */
const NOT_SURNAMES = new Set([...ORG_SUFFIXES, ...MEDIA_SUFFIXES].map((w) => foldText(w).trim()));

export interface Outsiders {
  /**
   * Mentions of people no watchlist entity names, as a share of those and of the mentions of the watchlist's
   * entities (smoothed by one), in full from three mentions: a stranger or two in a tweet is not a story about
   * strangers. 0 without any.
   */
  share: number;
  /** their names, the most mentioned first */
  names: string[];
}

/** `weight`: how far the watchlist follows people at all (its share counts that much). */
export function findOutsiders(doc: string, entities: readonly EntityEvidence[], weight = 1): Outsiders {
  let known = 0;
  const spans: { start: number; end: number }[] = [];
  for (const e of entities) {
    known += e.count;
    for (const o of e.occurrences) spans.push(o);
  }
  spans.sort((a, b) => a.start - b.start);
  /** surname → [full name, mentions] */
  const people = new Map<string, [string, number]>();
  let mentions = 0;
  for (const m of doc.matchAll(PERSON_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (overlaps(spans, start, end) || !isGivenName(foldText(m[1]).trim()) || NOT_SURNAMES.has(foldText(m[2]).trim())) continue;
    mentions++;
    const person = people.get(m[2]) ?? [m[0].replace(/\s+/gu, ' '), 0];
    person[1]++;
    people.set(m[2], person);
  }
  if (!mentions) return { share: 0, names: [] };
  // the surname alone, beyond its full names: the same person again (a few surnames looked up, many counted in one pass:
  // a page listing thousands of people costs one pass, not one per person)
  const written = people.size <= FEW_SURNAMES ? null : wordCounts(doc, people);
  for (const [surname, person] of people) {
    const extra = Math.max(0, (written ? (written.get(surname) ?? 0) : wordCount(doc, surname)) - person[1]);
    mentions += extra;
    person[1] += extra;
  }
  const names = [...people.values()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return { share: weight * (mentions / (mentions + known + 1)) * Math.min(1, mentions / FULL_MENTIONS), names };
}

/** Surnames from which their words are counted in one pass over the story. */
const FEW_SURNAMES = 32;
const WORD_RE = /[\p{L}\p{N}-]+/gu;

/** Does [start, end) overlap one of the spans (sorted by start)? */
function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  // the last span starting before `end`, and the ones before it that may still reach past `start`
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_NESTED_SPANS; k--) if (spans[k].end > start) return true;
  return false;
}
/** Spans starting before a match that are looked at (names nest a few deep at most: "Donald Trump Jr." and "Trump"). */
const MAX_NESTED_SPANS = 4;

/** How many times each of the surnames is written as a word of its own in `text`. */
function wordCounts(text: string, people: ReadonlyMap<string, unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(WORD_RE)) if (people.has(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** How many times `word` is written as a word of its own in `text`. */
function wordCount(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (!LETTER_RE.test(text[i - 1] ?? ' ') && !LETTER_RE.test(text[i + word.length] ?? ' ')) n++;
  }
  return n;
}

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

export function findOutsiders(doc: string, entities: readonly EntityEvidence[]): Outsiders {
  let known = 0;
  const spans: { start: number; end: number }[] = [];
  for (const e of entities) {
    known += e.count;
    for (const o of e.occurrences) spans.push(o);
  }
  /** surname → [full name, mentions] */
  const people = new Map<string, [string, number]>();
  let mentions = 0;
  for (const m of doc.matchAll(PERSON_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (spans.some((s) => s.start < end && s.end > start) || !isGivenName(foldText(m[1]).trim()) || NOT_SURNAMES.has(foldText(m[2]).trim())) continue;
    mentions++;
    const person = people.get(m[2]) ?? [m[0].replace(/\s+/gu, ' '), 0];
    person[1]++;
    people.set(m[2], person);
  }
  if (!mentions) return { share: 0, names: [] };
  // the surname alone, beyond its full names: the same person again
  for (const [surname, person] of people) {
    const extra = Math.max(0, wordCount(doc, surname) - person[1]);
    mentions += extra;
    person[1] += extra;
  }
  const names = [...people.values()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return { share: (mentions / (mentions + known + 1)) * Math.min(1, mentions / FULL_MENTIONS), names };
}

/** How many times `word` is written as a word of its own in `text`. */
function wordCount(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (!LETTER_RE.test(text[i - 1] ?? ' ') && !LETTER_RE.test(text[i + word.length] ?? ' ')) n++;
  }
  return n;
}

/**
 * What a folded word may start, memoised: a polarity cue, a date, a number, a relative day. A sentence none of
 * whose words may start one skips that parser (most sentences of a story have no number, no date
 * and no negation).
 */
import { CONCEPTS } from './lexicon-concepts.js';
import { MONTHS, RELATIVE_DAY_WORDS } from './lexicon-dates.js';
import { COUNTER_WORDS, MULTIPLIERS, NUMBER_WORDS, oneWordMultiple } from './lexicon-numbers.js';
import { CUES_BY_FIRST } from './lexicon-polarity.js';

export const CUE = 1;
export const DATE = 2;
export const NUMBER = 4;
export const RELATIVE = 8;

/** Words memoised before the memo starts over. */
const MEMO_SIZE = 50_000;
const memo = new Map<string, number>();

export function wordFlags(word: string): number {
  let flags = memo.get(word);
  if (flags !== undefined) return flags;
  flags = 0;
  if (CUES_BY_FIRST.has(word)) flags |= CUE;
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) flags |= NUMBER | DATE;
  if (MONTHS.has(word)) flags |= DATE;
  // "a"/"une" read as 1 only before a counter ("une seule fois"): the counter flags the sentence
  if (NUMBER_WORDS.has(word) || COUNTER_WORDS.has(word) || MULTIPLIERS.has(word)) flags |= NUMBER;
  // „das Siebenfache“: a number word and a multiple in one
  else if (oneWordMultiple(word) !== undefined) flags |= NUMBER;
  if (RELATIVE_DAY_WORDS.has(word)) flags |= RELATIVE;
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(word, flags);
  return flags;
}

/** A word of one or two UTF-16 units as a number (cheap to hash, unlike a fresh string). */
export const shortCode = (word: string) => word.charCodeAt(0) * 0x10000 + (word.length > 1 ? word.charCodeAt(1) : 0);

/**
 * Words of one or two letters that matter: cues ("no", «ne», «не», "ni"), months, number words,
 * concepts ("dm"). Every other short word ("de", "la", "of", «и») is skipped without a lookup.
 */
export const SHORT_WORDS_THAT_MATTER = new Set<number>(
  [...CUES_BY_FIRST.keys(), ...MONTHS.keys(), ...NUMBER_WORDS.keys(), ...COUNTER_WORDS, ...MULTIPLIERS.keys(), ...RELATIVE_DAY_WORDS, ...CONCEPTS.exact.keys(), ...CONCEPTS.prefixes.keys()]
    .filter((w) => w.length > 0 && w.length <= 2)
    .map(shortCode),
);

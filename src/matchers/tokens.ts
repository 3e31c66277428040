/**
 * Words of one sentence of normalised text, with clause numbers for scoping negation and the
 * symbols next to numbers ("$274,100", "1 823", "€228 000", "40 %").
 *
 * Numbers keep their digit groups in one token ("1,823", "274.100", "1 823" joined), English
 * contractions stay whole ("didn't", "norway's"), French elisions were already split by the
 * normaliser («n'a» reads "n a").
 */
import { CLAUSE_OPENERS } from './lexicon-polarity.js';
import { MONTHS } from './lexicon-dates.js';
import type { NormalizedText } from './normalize.js';

export interface Token {
  /** the folded word */
  text: string;
  /** span in the normalised text */
  start: number;
  end: number;
  /** clause number in the sentence: , ; : ( ) and contrast words ("but", «mais») open a new one */
  clause: number;
  /** the non-space character just before / after the token ('' for a space or a word; "?!" for an indignant "?!" or "!?") */
  before: string;
  after: string;
}

/**
 * One token: a number with its digit groups ("1 823" with at most three digits before a space-separated
 * group of three; "1,823", "274.100", "13,5", "9th", "1.9m"), a word (with an English contraction:
 * "didn't", "norway's"), or clause punctuation.
 */
const L = 'a-z\\u00b5\\u00c0-\\u1fff\\u2c00-\\ud7ff\\uf900-\\uffef'; // normalised text is lower case; symbols and punctuation excluded
const TOKEN_RE = new RegExp(`\\d{1,3}(?: \\d{3})+(?![${L}0-9])|\\d+(?:[.,]\\d+)*[${L}]*|[${L}][${L}0-9]*(?:'[${L}0-9]+)?|[,;:()[\\]?!]`, 'g');
const SPACE = 0x20;

/** , ; : ( ) [ ] ? ! end a clause. */
function isClausePunctuation(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x3f || c === 0x21;
}

/** Tokenise [from, to) of the normalised text (one regular expression: much faster than a loop in JS). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let pendingBoundary = false;
  const re = TOKEN_RE; // not reentrant: tokenize never calls itself
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let word = m[0];
    if (word.length === 1 && isClausePunctuation(word.charCodeAt(0))) {
      // (the comma of a date, "June 9, 2016", joins the day to its year: no clause ends there)
      const n = tokens.length;
      const dateComma = word === ',' && n >= 2 && /^\d{1,2}$/.test(tokens[n - 1].text) && MONTHS.has(tokens[n - 2].text) && yearAt(text, re.lastIndex);
      if (!dateComma) pendingBoundary = true;
      continue;
    }
    const start = m.index;
    let end = start + word.length;
    if (end > to) {
      word = word.slice(0, to - start);
      end = to;
    }
    if (pendingBoundary || (word.length <= MAX_OPENER_LENGTH && CLAUSE_OPENERS.has(word))) {
      if (tokens.length) clause++;
      pendingBoundary = false;
    }
    const b = start > from ? text.charCodeAt(start - 1) : SPACE;
    const a = end < to ? text.charCodeAt(end) : SPACE;
    // a percent sign after a space is the number's ("34 %", as French writes it)
    let after = a !== SPACE ? text[end] : end + 1 < to && text.charCodeAt(end + 1) === PERCENT ? '%' : '';
    // "…only admits it A WEEK later?!": indignation at a fact, not a question
    if ((after === '?' && text[end + 1] === '!') || (after === '!' && text[end + 1] === '?')) after = '?!';
    tokens.push({ text: word, start, end, clause, before: b === SPACE ? '' : text[start - 1], after });
  }
  return tokens;
}

const PERCENT = 0x25;
const YEAR_AHEAD_RE = /\s*\d{4}(?!\d)/y;
/** Does a four-digit year follow at `at` (after spaces)? */
function yearAt(text: string, at: number): boolean {
  YEAR_AHEAD_RE.lastIndex = at;
  return YEAR_AHEAD_RE.test(text);
}
const MAX_OPENER_LENGTH = Math.max(...[...CLAUSE_OPENERS].map((w) => w.length));

/** The words of tokens (memoised per token array: several parsers read the same sentence). */
const wordsMemo = new WeakMap<readonly Token[], string[]>();
export function wordsOf(tokens: readonly Token[]): string[] {
  let words = wordsMemo.get(tokens);
  if (!words) {
    words = new Array<string>(tokens.length);
    for (let k = 0; k < tokens.length; k++) words[k] = tokens[k].text;
    wordsMemo.set(tokens, words);
  }
  return words;
}

/** The normalised span of an original-text span (offsets are non-decreasing). */
export function normalizedSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: firstAtOrAfter(norm.offsets, start), end: firstAtOrAfter(norm.offsets, end) };
}

function firstAtOrAfter(offsets: Uint32Array, pos: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token containing (or first after) normalised offset pos, or -1. */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end > pos) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

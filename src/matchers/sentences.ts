/**
 * Sentence segmentation for evidence and claim candidates (en/fr/de/es/ru).
 *
 * Rule-based: a sentence ends at . ! ? … (plus closing quotes/brackets) before whitespace and a
 * capital, digit or opening quote — except after abbreviations (Jr., M., Dr., U.S., initials),
 * list numbers, and where the next word starts in lower case. Blank lines always end a sentence; a
 * single line break ends one unless the next line continues in lower case (wrapped report text).
 */

import { MONTHS } from './lexicon-dates.js';
import { foldText } from './normalize.js';

export interface Sentence {
  /** offsets in the original text */
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a period does not end a sentence (compared lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  // titles and honorifics (en/fr/de/es)
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'pres',
  'rev', 'hon', 'messrs', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'pr', 'hr', 'fr', 'frau', 'sr', 'sra', 'srta', 'dra', 'lic',
  // references and misc.
  'no', 'nr', 'nos', 'vol', 'p', 'pp', 'art', 'ch', 'fig', 'cf', 'vs', 'v', 'ca', 'approx', 'dept', 'est', 'ref', 'bzw', 'vgl',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'janv', 'févr', 'avr', 'juil', 'déc',
  // amounts: "1,5 Mio. Euro", "2 Mrd. Dollar", «3 mds €»
  'mio', 'mrd', 'mds', 'tsd',
  // ru
  'г', 'гг', 'т', 'е', 'им', 'ул', 'см', 'пр', 'стр', 'тыс', 'млн', 'млрд', 'руб', 'долл', 'тел', 'д',
]);

const LONGEST_ABBREVIATION = 8;

/** Abbreviations that often end a sentence too: break after them only before a typical sentence opener. */
const AMBIGUOUS_ENDINGS = new Set(['jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'llc', 'etc', 'al', 'bros']);

/** Words that typically open a sentence (en/fr/de/es), used after "U.S." or "Jr." to decide a break. */
const SENTENCE_OPENERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'a', 'an', 'this', 'that', 'these', 'those',
  'his', 'her', 'its', 'their', 'there', 'when', 'after', 'before', 'however', 'meanwhile', 'according', 'as', 'if', 'no', 'yet',
  'le', 'la', 'les', 'il', 'elle', 'ils', 'elles', 'ce', 'cette', 'mais', 'selon', 'un', 'une', 'des', 'en', 'dans',
  'der', 'die', 'das', 'er', 'sie', 'es', 'aber', 'el', 'los', 'las', 'él', 'ella', 'pero', 'según',
]);

const TERMINATORS = '.!?…';
/** Where a sentence may end: a line break or a terminator. */
const BOUNDARY_RE = /[\n.!?…]/g;
const CLOSERS = '"\'”’»)]';
const SPACED_CLOSERS = '»”';
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const BULLET_RE = /^(?:[-•*·–—]|\d{1,3}[.)])\s/;

/** Characters that open the token before a period: spaces and opening quotes or brackets. */
const TOKEN_OPENERS = new Set([...'("\'«“‘'].map((c) => c.charCodeAt(0)));
const isSpaceCode = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x202f || (c > 0x2000 && c <= 0x200a);

function tokenBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isSpaceCode(c) || TOKEN_OPENERS.has(c)) break;
    s--;
  }
  return text.slice(s, dot);
}

function wordAfter(text: string, from: number): string {
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(from, from + 40));
  return m ? m[0] : '';
}

/** Does the period at `dot` (followed by whitespace, then text[next]) end a sentence? */
function periodEndsSentence(text: string, dot: number, next: number): boolean {
  const token = tokenBefore(text, dot);
  // a long plain word before the period ends the sentence (no abbreviation is that long): most periods
  if (token.length > LONGEST_ABBREVIATION && /^[A-Za-z]+$/.test(token)) return true;
  // leading punctuation off ("(U.S." → "U.S."): a regular expression only when it is not ASCII
  let lead = 0;
  while (lead < token.length && token.charCodeAt(lead) < 128 && !/[A-Za-z0-9]/.test(token[lead])) lead++;
  const bare = (lead < token.length && token.charCodeAt(lead) >= 128 ? token.slice(lead).replace(/^[^\p{L}\p{N}]+/u, '') : token.slice(lead)).toLowerCase();
  if (!bare) return true;
  // a plain word before the period ends the sentence: most periods, decided without the regular expressions below
  if (bare.length > 3 && !bare.includes('.') && !ABBREVIATIONS.has(bare) && !AMBIGUOUS_ENDINGS.has(bare)) return true;
  const beforeOpener = () => SENTENCE_OPENERS.has(wordAfter(text, next).toLowerCase());
  // list number at the start of a line: "1. First item"
  if (/^\d{1,3}$/.test(bare) && (dot - token.length === 0 || text[dot - token.length - 1] === '\n')) return false;
  // a German ordinal day before its month: "am 4. März 2019"
  if (/^\d{1,2}$/.test(bare) && MONTHS.has(foldText(wordAfter(text, next)))) return false;
  if (ABBREVIATIONS.has(bare)) return false;
  // initials "J. Smith", "M. Macron"
  if (/^\p{L}$/u.test(bare)) return false;
  // dotted acronyms "U.S.", "e.g.", "EE.UU.": a break only before a typical opener
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(bare)) return beforeOpener();
  if (AMBIGUOUS_ENDINGS.has(bare)) return beforeOpener();
  return true;
}

/** Split text into sentences with their original offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  const re = new RegExp(BOUNDARY_RE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) {
      let j = i + 1;
      let blank = false;
      while (j < n && isWhitespace(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 0x0a) blank = true;
        j++;
      }
      if (j >= n) break;
      const continues = isLower(text.charCodeAt(j)) && !BULLET_RE.test(text.slice(j, j + 8));
      if (blank || !continues) {
        push(i);
        start = j;
      }
      re.lastIndex = j;
      continue;
    }
    let j = i + 1;
    while (j < n && TERMINATOR_CODES.has(text.charCodeAt(j))) j++;
    while (j < n && CLOSER_CODES.has(text.charCodeAt(j))) j++;
    // a report's footnote number glued to the period after a word ("…asked to leave early.41 Velm recalled"):
    // the sentence ends after it (a decimal has a digit before its point: "1.823 Russians")
    if (ch === 0x2e && j === i + 1) j = footnoteEnd(text, i);
    if (j >= n || !isInlineSpace(text.charCodeAt(j))) continue; // "1.823", "example.com", end of text
    let k = j;
    while (k < n && isInlineSpace(text.charCodeAt(k))) k++;
    // French spacing puts a space before the closing guillemet: « Non. » Il…
    while (k < n && SPACED_CLOSER_CODES.has(text.charCodeAt(k))) {
      j = ++k;
      while (k < n && isInlineSpace(text.charCodeAt(k))) k++;
    }
    if (k >= n || text.charCodeAt(k) === 0x0a) continue; // the line break decides
    const next = text.charCodeAt(k);
    if (isLower(next)) continue;
    if (!(isUpper(next) || OPENER_RE.test(text[k]))) continue;
    if (ch === 0x2e && j === i + 1 && !periodEndsSentence(text, i, k)) continue;
    push(j);
    start = k;
    re.lastIndex = k;
  }
  push(n);
  return out;
}

/** Digits of a footnote number at most. */
const FOOTNOTE_DIGITS = 4;

/**
 * After the period at `dot`: where a footnote number glued to it ends, when a word (or a word and a space) comes
 * before the period and a space and a capital after the number; else just after the period.
 */
function footnoteEnd(text: string, dot: number): number {
  let k = dot + 1;
  while (k < text.length && k - dot <= FOOTNOTE_DIGITS && isDigit(text.charCodeAt(k))) k++;
  if (k === dot + 1 || isDigit(text.charCodeAt(k))) return dot + 1;
  const before = text.charCodeAt(dot - 1) === 0x20 ? dot - 2 : dot - 1;
  if (before < 0 || !isLower(text.charCodeAt(before))) return dot + 1;
  let after = k;
  while (after < text.length && isInlineSpace(text.charCodeAt(after))) after++;
  return after > k && after < text.length && isUpper(text.charCodeAt(after)) ? k : dot + 1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const TERMINATOR_CODES = new Set([...TERMINATORS].map((c) => c.charCodeAt(0)));
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
const SPACED_CLOSER_CODES = new Set([...SPACED_CLOSERS].map((c) => c.charCodeAt(0)));
/** What else may open a sentence: a digit, a quote or bracket, an inverted mark, a dash. */
const OPENER_RE = /[\p{N}"'«“‘(\[¿¡—–-]/u;
const isInlineSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f;
const WHITESPACE_RE = /\s/u;
const isWhitespace = (c: number) => (c < 128 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : WHITESPACE_RE.test(String.fromCharCode(c)));
const isLower = (c: number) => (c < 128 ? c >= 0x61 && c <= 0x7a : LOWER_RE.test(String.fromCharCode(c)));
const isUpper = (c: number) => (c < 128 ? c >= 0x41 && c <= 0x5a : UPPER_RE.test(String.fromCharCode(c)));

/** Index of the sentence containing original offset `pos` (sentences sorted by start), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Quantities in a seed sentence: a number (digits in any usual grouping, or a number word), a
 * scale ("100 millions", "2 Mrd"), a unit guessed from the word after it ("d’utilisateurs",
 * "tweets", "euros", "€"), and whether it is approximate ("environ", "près de", "about", "etwa").
 */
import { CURRENCY_WORDS, UNIT_FAMILY_OF } from '../matchers/lexicon-numbers.js';
import { foldText } from '../matchers/normalize.js';
import { compoundNumberWords } from '../matchers/quantities.js';
import { APPROX_NUMBER_WORDS, APPROX_PHRASES, foldedPhrases, MONTHS, NOT_UNITS, NUMBER_WORDS, SCALE_WORDS, wordsKey } from './lexicon.js';

export interface FoundQuantity {
  value: number;
  unit?: string;
  approx: boolean;
  /** the words of the sentence it was read from */
  text: string;
  start: number;
  end: number;
}

/** Digits: "1823", "1 823", "1.823", "1,823", "228 000", "1,5", "12.5"; not parts of dates, times or words. */
const NUMERAL_RE = /(?<![\p{L}\p{N}/:.,-])([€$£]\s?)?(\d{1,3}(?:(?:[ \u00a0\u202f]|[.,](?=\d{3}(?![\p{N}])))\d{3})+|\d+)(?:[.,](\d+))?(?![\p{N}/]|[hH:]\d)/gu;
const WORD_RE = /(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])/gu;
/** Between a number (or its scale) and its unit: "de", "d’", "of", "von", "de la"; a word of its own ("two deaths" is not "two de aths"). */
const CONNECTOR_RE = /^\s*(?:(?:de|of|von|der|del|de la)\s+|d['’]\s*)?/iu;
const UNIT_RE = /^([\p{L}][\p{L}\p{M}-]*|%|€|\$|£)/u;
const SCALE_RE = /^\s*([\p{L}]+)\.?/u;
/** The two words after a unit's first word, when only spaces stand between ("suspicious transfers"). */
const UNIT_LOOKAHEAD_RE = /^(?:\s+[\p{L}][\p{L}\p{M}-]*){1,2}/u;
const CURRENCY: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
/**
 * A number after one of these is a label, not a count: "gate No. 9", « le pylône n° 12 », "Sala número 2",
 * "Halle Nr. 3", «дело № 12», "case #12".
 */
const LABEL_BEFORE_RE = /(?:^|[^\p{L}])(?:n\s?[°º]|no\.|nr\.?|num\.|numero|número|numéro|number|nummer|номер)\s*$|(?:№|#)\s*$/iu;
/** Look this far back for a label word. */
const LABEL_LOOKBACK = 12;
/** A bare number below this without a unit is a list item or a footnote ("(1, 2, 3)"), not a quantity. */
const MIN_BARE_VALUE = 10;
/** Look this far back for "environ", "près de", "about". */
const APPROX_LOOKBACK = 24;
const APPROX_KEYS = foldedPhrases(APPROX_PHRASES);

function readUnit(rest: string): { unit: string; length: number } | null {
  const connector = CONNECTOR_RE.exec(rest)?.[0] ?? '';
  const after = rest.slice(connector.length);
  const m = UNIT_RE.exec(after);
  if (!m) return null;
  const word = m[1];
  if (CURRENCY[word]) return { unit: CURRENCY[word], length: connector.length + word.length };
  const folded = foldText(word);
  if (NOT_UNITS.has(word.toLowerCase()) || NOT_UNITS.has(folded) || MONTHS[word.toLowerCase()] !== undefined) return null;
  // "4,000 suspicious transfers": the counted noun may come after an adjective or two (English puts them
  // first); a word of a unit family the matcher knows is what is counted
  if (!UNIT_FAMILY_OF.has(folded)) {
    const next = UNIT_LOOKAHEAD_RE.exec(after.slice(word.length));
    for (const w of next?.[0].trim().split(/\s+/u) ?? []) {
      if (!UNIT_FAMILY_OF.has(foldText(w))) continue;
      const end = word.length + next![0].indexOf(w) + w.length;
      return { unit: w.toLowerCase(), length: connector.length + end };
    }
  }
  return { unit: word.toLowerCase(), length: connector.length + word.length };
}

/** A scale word right after a number ("100 millions", "2 Mrd.", « fünf Millionen »): its factor and length. */
function readScale(rest: string): { factor: number; length: number } | null {
  const scale = SCALE_RE.exec(rest);
  const factor = scale ? SCALE_WORDS[scale[1].toLowerCase()] : undefined;
  return factor === undefined ? null : { factor, length: scale![0].length };
}

function approxBefore(sentence: string, start: number): number | null {
  const before = sentence.slice(Math.max(0, start - APPROX_LOOKBACK), start);
  const key = wordsKey(before);
  const hit = APPROX_KEYS.find((k) => key.endsWith(k));
  if (!hit && !/~\s*$/u.test(before)) return null;
  if (!hit) return start - (before.length - before.lastIndexOf('~'));
  // walk back over as many words as the phrase has
  const words = hit.trim().split(' ').length;
  const spans = [...before.matchAll(/[\p{L}\p{N}]+/gu)];
  const first = spans[spans.length - words];
  return first ? start - before.length + first.index : null;
}

function parseNumeral(intPart: string, decimals: string | undefined): number {
  const digits = intPart.replace(/[ \u00a0\u202f.,]/g, '');
  return Number(decimals ? `${digits}.${decimals}` : digits);
}

/** Words of a number written out, joined by spaces or hyphens. */
const NUMBER_RUN_WORD_RE = /[\s\u00a0-]*(\p{L}+)/uy;
/** At most this many words make one number ("quatre vingt dix sept"). */
const MAX_NUMBER_WORDS = 5;

/** « Soixante-trois », "sixty-three", "treinta y un" from `at`: the value and where its words end, or null. */
function compoundAt(sentence: string, at: number): { value: number; end: number } | null {
  const words: string[] = [];
  const ends: number[] = [];
  NUMBER_RUN_WORD_RE.lastIndex = at;
  for (let m = NUMBER_RUN_WORD_RE.exec(sentence); m && words.length < MAX_NUMBER_WORDS; m = NUMBER_RUN_WORD_RE.exec(sentence)) {
    words.push(foldText(m[1]).trim());
    ends.push(NUMBER_RUN_WORD_RE.lastIndex);
    // the first two words tell whether a number starts here (« quatre vingt »): most words are no number
    if (words.length === 2 && !compoundNumberWords(words)) return null;
  }
  const found = compoundNumberWords(words);
  return found ? { value: found.value, end: ends[found.length - 1] } : null;
}

/** After a number whose unit is left out: the end of its clause, or a preposition naming whom it is for. */
const ELIDED_AFTER_RE = /^\s*(?:[.,;:)]|$|(?:for|para|pour|für|fur|для)\s)/iu;
const CURRENCY_CODES = new Set(Object.values(CURRENCY));

/**
 * The unit a number word leaves out because the sentence gave it to the figure before ("six years for Velm and
 * four for Tarnau"): that figure's, when the number closes its clause. Not an amount of money: "€5 million to one
 * and three to the other" leaves out its scale too.
 */
function elidedUnit(sentence: string, start: number, end: number, found: readonly FoundQuantity[]): { unit: string; length: number } | null {
  if (!ELIDED_AFTER_RE.test(sentence.slice(end))) return null;
  let before: FoundQuantity | undefined;
  for (const q of found) if (q.end <= start && q.unit !== undefined && (!before || q.end > before.end)) before = q;
  if (!before || CURRENCY_CODES.has(before.unit!) || CURRENCY_WORDS.has(foldText(before.unit!).trim())) return null;
  return { unit: before.unit!, length: 0 };
}

/** Quantities of a sentence, in order; `exclude` spans (dates) are not read as numbers. */
export function findQuantities(sentence: string, exclude: readonly { start: number; end: number }[] = []): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  const free = (s: number, e: number) => exclude.every((x) => e <= x.start || s >= x.end) && out.every((x) => e <= x.start || s >= x.end);
  for (const m of sentence.matchAll(NUMERAL_RE)) {
    const numStart = m.index + (m[1]?.length ?? 0);
    let end = m.index + m[0].length;
    if (!free(numStart, end)) continue;
    if (!m[1] && LABEL_BEFORE_RE.test(sentence.slice(Math.max(0, m.index - LABEL_LOOKBACK), m.index))) continue;
    let value = parseNumeral(m[2], m[3]);
    if (!Number.isFinite(value)) continue;
    let unit = m[1] ? CURRENCY[m[1].trim()] : undefined;
    const scale = readScale(sentence.slice(end));
    const scaled = scale !== null;
    if (scale) {
      value *= scale.factor;
      end += scale.length;
    }
    if (!unit) {
      const u = /^\s*%/.test(sentence.slice(end)) ? { unit: '%', length: sentence.slice(end).indexOf('%') + 1 } : readUnit(sentence.slice(end));
      if (u) {
        unit = u.unit;
        end += u.length;
      }
    }
    if (!unit && !scaled && value < MIN_BARE_VALUE) continue;
    const approxStart = approxBefore(sentence, m.index);
    const start = approxStart ?? m.index;
    out.push({ value, ...(unit ? { unit } : {}), approx: approxStart !== null, text: sentence.slice(start, end).trim(), start, end });
  }
  for (const m of sentence.matchAll(WORD_RE)) {
    const word = m[0].toLowerCase();
    const compound = compoundAt(sentence, m.index);
    const exact = compound?.value ?? NUMBER_WORDS[word];
    const collective = APPROX_NUMBER_WORDS[word];
    if (exact === undefined && collective === undefined) continue;
    let end = compound?.end ?? m.index + m[0].length;
    if (!free(m.index, end)) continue;
    let value = exact ?? collective;
    // « fünf Millionen Euro », "two million users": the scale, then what it counts
    const scale = readScale(sentence.slice(end));
    if (scale) {
      value *= scale.factor;
      end += scale.length;
    }
    // "sept" alone, "deux" in "tous deux": a number word needs what it counts, unless the sentence said it just
    // before (« seis años para Velm y para Tarnau, cuatro », "six years for Velm and four for Tarnau")
    const u = readUnit(sentence.slice(end)) ?? elidedUnit(sentence, m.index, end, out);
    if (!u) continue;
    end += u.length;
    const approxStart = approxBefore(sentence, m.index);
    const start = approxStart ?? m.index;
    out.push({ value, unit: u.unit, approx: collective !== undefined || approxStart !== null, text: sentence.slice(start, end).trim(), start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

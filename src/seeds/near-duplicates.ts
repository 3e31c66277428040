/**
 * The same fact told by two seeds in nearly the same words — a wire story run by two outlets, a
 * sentence a later article repeats with a word changed — is one claim. Word sets of the statements
 * are compared (folded words of four letters or more: names, verbs, nouns, numbers' words). So is
 * the same distinctive figure told twice in other words (a headline's "2 870 hectares" and the
 * article's), when the second telling adds no name, number or date.
 */
import { foldText } from '../matchers/normalize.js';
import { distinctiveFigure } from '../matchers/quantities.js';

/** Statements sharing this share of their words (Jaccard) tell one fact. */
const MIN_SHARED_WORDS = 0.6;
/** Words shorter than this are function words in the five languages, mostly. */
const MIN_WORD_LENGTH = 4;

export const contentWords = (text: string): Set<string> =>
  new Set((foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= MIN_WORD_LENGTH || /\d/u.test(w)));

/** Do two statements tell the same fact in nearly the same words? Numbers must agree: "3,000" and "4,000" are two facts. */
export function nearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  if (!union || shared / union < MIN_SHARED_WORDS) return false;
  const numbers = (s: ReadonlySet<string>) => [...s].filter((w) => /\d/u.test(w)).sort().join(' ');
  return numbers(a) === numbers(b);
}

interface Facts {
  entities: readonly string[];
  quantities: readonly { value: number; unit?: string }[];
  dates: readonly { value: string }[];
}

/**
 * Does `later` tell a distinctive figure of `earlier` (1,650 residents, 2,870 hectares: three significant
 * digits, of the same unit) and nothing that `earlier` does not (every name, number and date of it is there:
 * "the indictment says Vantor paid the €1.35 million through Lomas" names who the money went through)?
 */
export function sameFigure(earlier: Facts, later: Facts): boolean {
  const key = (q: { value: number; unit?: string }) => `${q.value} ${foldText(q.unit ?? '').trim()}`;
  const has = new Set(earlier.quantities.map(key));
  if (!later.quantities.some((q) => q.unit && distinctiveFigure(q.value) && has.has(key(q)))) return false;
  const dates = new Set(earlier.dates.map((d) => d.value));
  return later.entities.every((id) => earlier.entities.includes(id)) && later.quantities.every((q) => has.has(key(q))) && later.dates.every((d) => dates.has(d.value));
}

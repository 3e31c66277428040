/**
 * The same fact told by two seeds in nearly the same words — a wire story run by two outlets, a
 * sentence a later article repeats with a word changed — is one claim. Word sets of the statements
 * are compared (folded words of four letters or more: names, verbs, nouns, numbers' words).
 */
import { foldText } from '../matchers/normalize.js';

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

/**
 * How words are compared between claims and stories: by a stem key (the first six letters of the
 * folded word; a shorter word whole, with room for an ending: "page" finds "pages", not "pageant"),
 * or by a general concept (lexicon-concepts.ts). Function words, cues, numbers and months are no
 * predicate words.
 */
import { conceptOf } from './lexicon-concepts.js';
import { MONTHS } from './lexicon-dates.js';
import { APPROX_WORDS, COUNTER_WORDS, MULTIPLIERS, NUMBER_WORDS } from './lexicon-numbers.js';
import { CUES_BY_FIRST } from './lexicon-polarity.js';
import { isContentWord } from './polarity.js';

/**
 * Three-letter words that carry a story's fact ("a ban", "tax returns", "the ads"), in the languages we read;
 * other words that short are function words. Compared whole, or with a plural ending.
 */
export const SHORT_CONTENT_WORDS = new Set(
  'ads ban bid fee gas gun job law oil sue tax war aid jet loi vol don gaz ley paz'.split(' '),
);

/** The short content word a plural is of ("bans", "taxes" → "ban", "tax"), null for any other word. */
const shortSingular = (w: string) =>
  ((w.length === 4 && w.endsWith('s')) || (w.length === 5 && w.endsWith('es'))) && SHORT_CONTENT_WORDS.has(w.slice(0, 3)) ? w.slice(0, 3) : null;

/** Stem key of a folded word (null for numbers and short words). */
export function anchorKey(word: string): string | null {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return null;
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (c >= 0x400) return w.length >= 3 ? w.slice(0, 6) : null;
  if (w.length >= 6) return w.slice(0, 6);
  if (SHORT_CONTENT_WORDS.has(w)) return w;
  return shortSingular(w) ?? (w.length >= 4 ? w : null);
}

/** Keys under which a story word may find a claim's anchors (stems of 6, and short words with an ending). */
export function lookupKeys(word: string): string[] {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  const keys: string[] = [];
  if (w.length >= 6) keys.push(w.slice(0, 6));
  const min = w.charCodeAt(0) >= 0x400 ? 3 : 4;
  for (let l = 5; l >= min; l--) if (w.length >= l && w.length <= l + 2) keys.push(w.slice(0, l));
  if (w.length === 3) keys.push(w); // acronyms of seed-error notes ("KRV"), and "ads", "tax"
  else {
    const single = shortSingular(w); // "bans", "taxes"
    if (single) keys.push(single);
  }
  return keys;
}

/** Words that are no predicate: function words, cues, numbers, months. */
export function isPredicateWord(word: string): boolean {
  if (CUES_BY_FIRST.has(word) || MONTHS.has(word) || NUMBER_WORDS.has(word) || /^\d/.test(word)) return false;
  if (COUNTER_WORDS.has(word) || APPROX_WORDS.has(word) || MULTIPLIERS.has(word)) return false;
  return isContentWord(word) || SHORT_CONTENT_WORDS.has(word) || (word.length >= 2 && conceptOf(word) !== null); // "met", "dm"
}

/**
 * A story's language when the feed does not say: the script, then the most frequent function
 * words of en/fr/de/es in its first characters. Good enough to pick a date parser; not a
 * general language identifier.
 */

/** Characters of normalised text looked at. */
const SAMPLE = 1500;

const FUNCTION_WORDS: Record<string, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'that', 'was', 'with', 'for', 'his', 'said']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'dans', 'que', 'pour', 'a', 'au']),
  de: new Set(['der', 'die', 'das', 'und', 'nicht', 'ist', 'mit', 'von', 'dem', 'den', 'sich', 'auf']),
  es: new Set(['el', 'los', 'las', 'y', 'que', 'del', 'por', 'con', 'una', 'para', 'según', 'segun']),
};

/** ISO 639-1 code of the story's language: the feed's, or a guess from normalised text (null if unsure). */
export function storyLanguage(declared: string | null | undefined, normalized: string): string | null {
  if (declared) return declared.slice(0, 2).toLowerCase();
  const end = Math.min(normalized.length, SAMPLE);
  // one pass over the letters: the script's, and the function words (only words as short as one are looked up)
  let cyrillic = 0;
  let latin = 0;
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  let start = -1;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? normalized.charCodeAt(i) : 0;
    if (c >= 0x430 && c <= 0x44f) cyrillic++;
    else if (c >= 0x61 && c <= 0x7a) latin++;
    if (i < end && isLetter(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST_FUNCTION_WORD) {
      const bits = LANGUAGES_OF.get(normalized.slice(start, i));
      if (bits) for (let l = 0; l < LANGUAGES.length; l++) if (bits & (1 << l)) counts[l]++;
    }
    start = -1;
  }
  if (cyrillic > latin) return 'ru';
  let best = 0;
  for (let l = 1; l < LANGUAGES.length; l++) if (counts[l] > counts[best]) best = l;
  return counts[best] >= 2 ? LANGUAGES[best] : null;
}

const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** function word → bit per language using it */
const LANGUAGES_OF = new Map<string, number>();
LANGUAGES.forEach((lang, l) => {
  for (const w of FUNCTION_WORDS[lang]) LANGUAGES_OF.set(w, (LANGUAGES_OF.get(w) ?? 0) | (1 << l));
});
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGES_OF.keys()].map((w) => w.length));

/** A letter as \p{L} reads one, in the scripts stories are written in (Latin, Greek, Cyrillic…). */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || (c >= 0x2c00 && c < 0x2e00) || c >= 0x3040;
}

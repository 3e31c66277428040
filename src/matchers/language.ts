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
  const sample = normalized.slice(0, SAMPLE);
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x430 && c <= 0x44f) cyrillic++;
    else if (c >= 0x61 && c <= 0x7a) latin++;
  }
  if (cyrillic > latin) return 'ru';
  const counts: Record<string, number> = { en: 0, fr: 0, de: 0, es: 0 };
  for (const word of sample.split(/[^\p{L}]+/u)) {
    for (const lang in FUNCTION_WORDS) if (FUNCTION_WORDS[lang].has(word)) counts[lang]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n >= 2 ? best : null;
}

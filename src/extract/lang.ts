import { franc } from 'franc-min';

/** franc's ISO 639-3 answers we map to the ISO 639-1 codes the matchers know. */
const ISO3_TO_ISO1: Record<string, string> = { fra: 'fr', eng: 'en', deu: 'de', spa: 'es', rus: 'ru', ita: 'it', por: 'pt' };
/** Languages franc may answer with; the others would mostly be look-alikes of these (sco for en, glg for pt). */
const CANDIDATES = [...Object.keys(ISO3_TO_ISO1), 'nld', 'pol', 'ukr', 'tur', 'swe', 'ces', 'ron', 'hun', 'arb', 'cmn', 'jpn'];
/** Below this many characters trigram statistics guess more than they detect. */
const MIN_DETECT_CHARS = 80;
/** More text than this does not change franc's answer, only its cost. */
const MAX_DETECT_CHARS = 1_000;

/** "fr-FR", "fr_FR", "FR" → "fr"; null for anything that is not a language tag. */
export function toLangCode(value: string | null | undefined): string | undefined {
  const primary = value?.trim().slice(0, 35).split(/[-_\s]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** The language of a text by trigram statistics, as ISO 639-1 for fr/en/de/es/ru/it/pt; undefined otherwise. */
export function detectLang(text: string): string | undefined {
  if (text.length < MIN_DETECT_CHARS) return undefined;
  const code = franc(text.slice(0, MAX_DETECT_CHARS), { only: CANDIDATES, minLength: MIN_DETECT_CHARS });
  return ISO3_TO_ISO1[code];
}

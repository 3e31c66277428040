/**
 * Given names, to tell a person's name ("Julian Ortiz", "Maren Kowalczyk") from other two-word
 * names when the seeds give no other cue (no honorific, no role, no surname alone). The lists are
 * the `human-names` package's popular given names in English, French, German, Spanish, Italian and
 * Dutch (about 5,300 names), folded as names are compared.
 */
import { createRequire } from 'node:module';
import { foldText } from '../matchers/normalize.js';

const require = createRequire(import.meta.url);
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl'];

let names: Set<string> | undefined;

/** Is this folded word a given name ("julian", "kellyanne" is not in the lists, "steve" is)? */
export function isGivenName(folded: string): boolean {
  names ??= new Set(
    LANGUAGES.flatMap((lang) => ['male', 'female'].flatMap((sex) => require(`human-names/data/${sex}-human-names-${lang}.json`) as string[])).map((name) => foldText(name)),
  );
  return names.has(folded);
}

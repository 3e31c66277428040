/**
 * Person names across scripts: a Latin full name gets its Russian (Cyrillic) form, a Cyrillic one
 * its Latin form, by table-based transliteration (the cyrillic-to-translit-js package). Marked
 * kind "transliteration": a usual spelling (Дональд Трамп) may differ, the reviewer checks.
 */
import { createRequire } from 'node:module';
import type { ProposedEntity } from './entities.js';

interface Translit {
  transform(input: string, spaceReplacement?: string): string;
  reverse(input: string, spaceReplacement?: string): string;
}

const require = createRequire(import.meta.url);
let translit: Translit | null = null;
const ru = (): Translit => (translit ??= new (require('cyrillic-to-translit-js') as new (o: { preset: string }) => Translit)({ preset: 'ru' }));

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Robert Mueller III, Trump Jr.: the table would spell the suffix as letters. */
const SUFFIXES = new Set(['ii', 'iii', 'iv', 'jr', 'sr']);
const LATIN_NAME = /^[A-Za-z][A-Za-z' -]*$/u;

/** "Konstantin Sidorkov" → "Константин Сидорков"; "Наталья Весельницкая" → "Natalya Veselnitskaya". */
export function transliterateName(name: string): string | null {
  if (name.split(/\s+/u).some((w) => SUFFIXES.has(w.replace(/\.$/u, '').toLowerCase()))) return null;
  const out = CYRILLIC.test(name) ? ru().transform(name) : LATIN_NAME.test(name) ? ru().reverse(name) : null;
  // letters the table has no entry for stay as they are: a mixed-script name is no name
  if (!out || (CYRILLIC.test(out) && /[A-Za-z]/u.test(out))) return null;
  return out;
}

/** People with a full name (two words or more) get the other script's form of it. */
export function addTransliterations(entities: readonly ProposedEntity[]): ProposedEntity[] {
  return entities.map((e) => {
    if (e.type !== 'person') return e;
    const other = e.aliases
      .filter((a) => a.text.trim().split(/\s+/u).length >= 2 && !a.kind)
      .map((a) => transliterateName(a.text))
      .find((t) => t !== null);
    if (!other || e.aliases.some((a) => a.text === other)) return e;
    const lang = CYRILLIC.test(other) ? ['ru'] : ['en', 'fr', 'de', 'es'];
    return { ...e, aliases: [...e.aliases, { text: other, lang, kind: 'transliteration' }] };
  });
}

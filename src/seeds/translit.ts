/**
 * Names across scripts: a Latin full name gets its Russian (Cyrillic) forms, a Cyrillic one its Latin
 * form, by table-based transliteration (the cyrillic-to-translit-js package), and an English name
 * also its usual Russian spelling by sound (ru-practical.ts: Ronald Dunn → Рональд Данн, where the
 * table writes Роналд Дунн). In French, German or Spanish seeds, people and places also get their
 * Russian spelling by the rules of that language (ru-practical-langs.ts: Montignac → Монтиньак,
 * Rohrbach → Рорбах), as Russian news writes them. Marked kind "transliteration": the reviewer checks.
 */
import { createRequire } from 'node:module';
import type { ProposedEntity } from './entities.js';
import { readsAsEnglish, readsAsRussian, russianSpelling } from './ru-practical.js';
import { russianSpellingsIn, type PracticalLanguage } from './ru-practical-langs.js';

interface Translit {
  transform(input: string, spaceReplacement?: string): string;
  reverse(input: string, spaceReplacement?: string): string;
}

const require = createRequire(import.meta.url);
let translit: Translit | null = null;
const ru = (): Translit => (translit ??= new (require('cyrillic-to-translit-js') as new (o: { preset: string }) => Translit)({ preset: 'ru' }));

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Robert Hale III, Roe Jr.: the table would spell the suffix as letters. */
const SUFFIXES = new Set(['ii', 'iii', 'iv', 'jr', 'sr']);
const LATIN_NAME = /^[A-Za-z][A-Za-z' -]*$/u;

/** "Oleg Sidorenko" → "Олег Сидоренко"; "Марта Коваленко" → "Marta Kovalenko". */
/** A word of a name as a suffix would be written in SUFFIXES ("Jr." → "jr"). */
const suffixKey = (word: string) => word.replace(/\.$/u, '').toLowerCase();
const hasSuffix = (name: string) => name.split(/\s+/u).some((w) => SUFFIXES.has(suffixKey(w)));

export function transliterateName(name: string): string | null {
  if (hasSuffix(name)) return null;
  const out = CYRILLIC.test(name)
    ? ru().transform(name)
    : LATIN_NAME.test(name)
      ? // the table reads "y" after a vowel as "ы": Sergey is Сергей, not Сергеы
        ru().reverse(name).replace(/(?<=[аеёиоуыэюяАЕЁИОУЫЭЮЯ])ы/gu, 'й')
      : null;
  // letters the table has no entry for stay as they are: a mixed-script name is no name
  if (!out || (CYRILLIC.test(out) && /[A-Za-z]/u.test(out))) return null;
  return out;
}

/** "Ronald Dunn" → "Рональд Данн" (by sound); null for a Russian name in Latin letters or other letters. */
export function practicalRussianName(name: string): string | null {
  if (CYRILLIC.test(name) || readsAsRussian(name) || !readsAsEnglish(name) || hasSuffix(name)) return null;
  const spelled = name.trim().split(/\s+/u).map((w) => w.split('-').map(russianSpelling));
  if (spelled.some((parts) => parts.some((p) => p === null))) return null;
  return spelled.map((parts) => parts.join('-')).join(' ');
}

const PRACTICAL_LANGUAGES = new Set<string>(['en', 'fr', 'de', 'es']);
/** A capital after the first letter, or a digit: an acronym or a legal form ("AG", "BfR", "S.L."), which Russian news leaves in Latin letters. */
const KEEPS_LATIN = /^.[^]*\p{Lu}|\d/u;

/**
 * A name in its usual Russian spellings by the rules of `lang` (English, French, German, Spanish): each word
 * spelled, one name per way of spelling it (at most two); none for another language, Cyrillic, a word Russian
 * keeps in Latin, or, in English seeds, a name English rules would misspell (« de Villiers »).
 */
export function practicalRussianNamesIn(name: string, lang: string | null | undefined): string[] {
  if (!lang || !PRACTICAL_LANGUAGES.has(lang) || CYRILLIC.test(name) || readsAsRussian(name) || hasSuffix(name)) return [];
  const words = name.trim().split(/\s+/u).map((w) => w.split('-'));
  if (words.some((parts) => parts.some((p) => KEEPS_LATIN.test(p)))) return [];
  if (lang === 'en' && !readsAsEnglish(name)) return [];
  const spelled = words.map((parts) => parts.map((p) => russianSpellingsIn(p, lang as PracticalLanguage)));
  if (spelled.some((parts) => parts.some((p) => p === null))) return [];
  const way = (k: number) => spelled.map((parts) => parts.map((p) => p![Math.min(k, p!.length - 1)]).join('-')).join(' ');
  return [...new Set([way(0), way(1)])];
}

/**
 * A name's generation as Russian writes it: «-младший» and «-старший» joined to the surname for Jr. and Sr.,
 * a Roman numeral as it is ("Robert Hale III" → «Роберт Хейл III»), with the name without it (`base`);
 * null for a name without one.
 */
function generationOf(name: string): { base: string; word: string; hyphenated: boolean } | null {
  const words = name.trim().split(/\s+/u);
  const suffix = words.find((w) => SUFFIXES.has(suffixKey(w)));
  if (!suffix) return null;
  const base = words.filter((w) => !SUFFIXES.has(suffixKey(w))).join(' ');
  const key = suffixKey(suffix);
  if (key === 'jr') return { base, word: 'младший', hyphenated: true };
  if (key === 'sr') return { base, word: 'старший', hyphenated: true };
  return { base, word: suffix.toUpperCase(), hyphenated: false };
}

/** Kinds of entity that keep their name in Russian news, spelled in Cyrillic: people, places, bodies, things named. */
const SPELLED_TYPES = new Set(['person', 'place', 'org', 'other']);

type Alias = ProposedEntity['aliases'][number];

/**
 * People with a full name (two words or more) get the other script's forms of it; their surname alone,
 * when it is an alias, gets its Russian spelling by sound as well (Dunn → Данн, as ambiguous as it).
 */
export function addTransliterations(entities: readonly ProposedEntity[], lang?: string | null): ProposedEntity[] {
  return entities.map((e) => {
    if (e.type !== 'person') return SPELLED_TYPES.has(e.type) ? withNameSpellings(e, lang) : e;
    // a full name as the seeds write it, one the letter table can write if there is one
    const fullNames = e.aliases.filter((a) => a.text.trim().split(/\s+/u).length >= 2 && !a.kind);
    const full = fullNames.find((a) => transliterateName(a.text) !== null) ?? fullNames[0];
    if (!full) return e;
    const added: Alias[] = [];
    const add = (text: string | null, extra: Partial<Alias> = {}) => {
      if (!text || e.aliases.some((a) => a.text === text) || added.some((a) => a.text === text)) return;
      const lang = CYRILLIC.test(text) ? ['ru'] : ['en', 'fr', 'de', 'es'];
      added.push({ text, lang, kind: 'transliteration', ...extra });
    };
    add(transliterateName(full.text));
    const practical = practicalRussianName(full.text);
    add(practical);
    const surname = full.text.trim().split(/\s+/u).at(-1)!;
    const alone = e.aliases.find((a) => a.text === surname);
    for (const spelled of [practical, ...practicalRussianNamesIn(full.text, lang)]) {
      if (!spelled) continue;
      add(spelled);
      if (alone) add(spelled.split(' ').at(-1)!, alone.needs_context ? { needs_context: true } : {});
    }
    // "Donald Trump Jr." is «Дональд Трамп-младший», and «Трамп-младший» alone as surely him
    const generation = generationOf(full.text);
    if (generation) {
      const { base } = generation;
      for (const spelled of [transliterateName(base), practicalRussianName(base), ...practicalRussianNamesIn(base, lang)]) {
        if (!spelled || spelled.split(' ').length < 2) continue;
        add(generation.hyphenated ? `${spelled}-${generation.word}` : `${spelled} ${generation.word}`);
        if (generation.hyphenated) add(`${spelled.split(' ').at(-1)!}-${generation.word}`);
      }
    }
    return added.length ? { ...e, aliases: [...e.aliases, ...added] } : e;
  });
}

/** A place's, a body's or a thing's names as the seeds write them, in their Russian spellings by the seeds' language. */
function withNameSpellings(e: ProposedEntity, lang: string | null | undefined): ProposedEntity {
  // a name with its standard Russian form (a country from the gazetteer: «Россия») is not spelled by sound («Рюссия»)
  if (e.aliases.some((a) => !a.kind && a.lang.includes('ru') && CYRILLIC.test(a.text))) return e;
  const added: Alias[] = [];
  for (const a of e.aliases) {
    if (a.kind) continue;
    for (const text of practicalRussianNamesIn(a.text, lang)) {
      if (e.aliases.some((x) => x.text === text) || added.some((x) => x.text === text)) continue;
      added.push({ text, lang: ['ru'], kind: 'transliteration', ...(a.needs_context ? { needs_context: true } : {}) });
    }
  }
  return added.length ? { ...e, aliases: [...e.aliases, ...added] } : e;
}

/**
 * The usual Russian spelling of a French, German or Spanish name (practical transcription, by the
 * rules of the name's language: Montignac → Монтиньак, Helmstedt → Хельмштедт, Castrelo →
 * Кастрело), where English rules (ru-practical.ts) and letter tables misspell it (Монтигнак).
 * Rules, not a dictionary: ordered rewrites of the lowercase word, then a letter table. Where the
 * Russian press writes a letter two ways (German "v": Фолькер and Ганновер), both spellings come out.
 */

import { russianSpelling } from './ru-practical.js';

export type PracticalLanguage = 'en' | 'fr' | 'de' | 'es';

type Rewrite = [RegExp, string];

// (the Cyrillic vowels too: each rewrite sees the letters the ones before it wrote)
const V = '[aeiouyàâäéèêëîïôöûüùíóúáаеиоуыэюяё]';
const C = '[bcdfghjklmnpqrstvwxzßçñбвгджзйклмнпрстфхцчшщ]';
/** Consonants after which a French vowel and "n" are one nasal sound (not another "n" or "m": Rennes, Annecy). */
const NASAL_NEXT = '[bcdfgjklpqrstvwxzçбвгджзклпрстфхцчшщ]';

const FRENCH: Rewrite[] = [
  // silent endings first, then the final "e" that kept the consonant before it sounding (Sénarde → Сенард, Ferrand → Ферран)
  [/eaux?$/u, 'о'],
  [/(?<=[ao])ult$/u, ''],
  [/(?<=n)[dts]$/u, ''],
  [/(?<=[^è])s$/u, ''],
  [/ier$/u, 'ье'],
  [/[xtdz]$/u, ''],
  // (a particle keeps its vowel: «de», «le»)
  [new RegExp(`(?<=\\p{L}(?:${C}|u))e$`, 'u'), ''],
  [/(?<=e)s$/u, ''],
  [new RegExp(`(?<=\\p{L}${C})e$`, 'u'), ''],
  [/eau/gu, 'о'],
  [/(?<=[jg])ea/gu, 'а'],
  [/ll$/u, 'ль'],
  [/ll/gu, 'л'],
  [/gn/gu, 'нь'],
  [/ch/gu, 'ш'],
  [/ph/gu, 'ф'],
  [/th/gu, 'т'],
  [/qu/gu, 'к'],
  [/gu(?=[eéèêi])/gu, 'г'],
  [/ou/gu, 'у'],
  [/oi/gu, 'уа'],
  [/au/gu, 'о'],
  [/[ae]i/gu, 'е'],
  [/eu/gu, 'е'],
  // nasal vowels: a vowel before "n"/"m" that no vowel follows (Durand, Laurent, Martin)
  [new RegExp(`[ae][nm](?=${NASAL_NEXT}|$)`, 'gu'), 'ан'],
  [new RegExp(`o[nm](?=${NASAL_NEXT}|$)`, 'gu'), 'он'],
  [new RegExp(`[iu][nm](?=${NASAL_NEXT}|$)`, 'gu'), 'ен'],
  [/^h/u, ''],
  [/(?<=[^cpst])h/gu, ''],
  [/c(?=[eéèêiïy])/gu, 'с'],
  [/ç/gu, 'с'],
  [/g(?=[eéèêiïy])/gu, 'ж'],
  [/j/gu, 'ж'],
  [new RegExp(`(?<=${V})s(?=${V})`, 'gu'), 'з'],
  // "i" before a vowel softens the consonant before it (Coustières → Кустьер); "-ia" ends as «-ия» (Amélia)
  [/ia$/u, 'ия'],
  [new RegExp(`(?<=${C})i(?=[eéèêo])`, 'gu'), 'ь'],
  [new RegExp(`l(?=${C}|$)`, 'gu'), 'ль'],
  [/^[eéè]/u, 'э'],
  [/[uûù]/gu, 'ю'],
  [/y/gu, 'и'],
];

const GERMAN: Rewrite[] = [
  [/tsch/gu, 'ч'],
  [/sch/gu, 'ш'],
  [/ch/gu, 'х'],
  [/ck/gu, 'к'],
  [/ph/gu, 'ф'],
  [/th/gu, 'т'],
  [/qu/gu, 'кв'],
  [/t?z/gu, 'ц'],
  [/ß/gu, 'сс'],
  // "st", "sp" opening a word or one of its parts (Helmstedt, Darmstadt, Rothenstein)
  [/^s(?=[tp])/u, 'ш'],
  [/s(?=t(?:edt|adt|ein|ett|orf))/gu, 'ш'],
  [/[ae][iy]/gu, 'ай'],
  [/(?:eu|äu)/gu, 'ой'],
  [/ie/gu, 'и'],
  [/^h/u, 'х'],
  [new RegExp(`(?<=${V})h`, 'gu'), ''],
  [/^[eä]/u, 'э'],
  [/ä/gu, 'е'],
  [/ö/gu, 'е'],
  [/ü/gu, 'ю'],
  [/j/gu, 'й'],
  [/w/gu, 'в'],
  [new RegExp(`(?:^|(?<=${V}))s(?=${V})`, 'gu'), 'з'],
  [new RegExp(`(?<=${V})ll(?=${C}|$)`, 'gu'), 'лль'],
  [/ll/gu, 'лл'],
  [new RegExp(`(?<=${V})l(?=${C}|$)`, 'gu'), 'ль'],
  [/y/gu, 'ю'],
];

const SPANISH: Rewrite[] = [
  [/ch/gu, 'ч'],
  [/ll[aá]/gu, 'лья'],
  [/ll[oó]/gu, 'льо'],
  [/ll[uú]/gu, 'лью'],
  [/ll/gu, 'ль'],
  [/ñ[aá]/gu, 'нья'],
  [/ñ[oó]/gu, 'ньо'],
  [/ñ/gu, 'нь'],
  [/qu/gu, 'к'],
  [/gu(?=[eéií])/gu, 'г'],
  [/gü/gu, 'гу'],
  [/g(?=[eéií])/gu, 'х'],
  [/j/gu, 'х'],
  [/c(?=[eéií])/gu, 'с'],
  [/z/gu, 'с'],
  [/h/gu, ''],
  [/[ií]a$/u, 'ия'],
  [/ue/gu, 'уэ'],
  [new RegExp(`y(?=${C}|$)`, 'gu'), 'й'],
  [/y/gu, 'й'],
  [new RegExp(`l(?=${C}|$)`, 'gu'), 'ль'],
  [/^[eé]/u, 'э'],
];

const RULES: Record<Exclude<PracticalLanguage, 'en'>, Rewrite[]> = { fr: FRENCH, de: GERMAN, es: SPANISH };

const LETTERS: Record<string, string> = {
  a: 'а', à: 'а', â: 'а', á: 'а', b: 'б', c: 'к', d: 'д', e: 'е', é: 'е', è: 'е', ê: 'е', ë: 'е', f: 'ф', g: 'г', h: 'х',
  i: 'и', í: 'и', î: 'и', ï: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', ó: 'о', ô: 'о', p: 'п', q: 'к', r: 'р',
  s: 'с', t: 'т', u: 'у', ú: 'у', ü: 'ю', v: 'в', w: 'в', x: 'кс', y: 'и', z: 'з',
};

/** Letters the press writes two ways in a language: German "v" (Фолькер, Ганновер), "s" opening a word (Забине, Сабине). */
const SECOND_SPELLING: Record<Exclude<PracticalLanguage, 'en'>, [RegExp, string, string][]> = {
  fr: [],
  de: [
    [/v/gu, 'ф', 'в'],
    [/^з/u, 'з', 'с'],
  ],
  es: [],
};

const WORD = /^[a-zà-öø-ÿß']+$/u;

/** A capital where the name has one: «de», "von" stay in lower case. */
const casedAs = (word: string, cyrillic: string) => (/^\p{Lu}/u.test(word) ? cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1) : cyrillic.toLowerCase());

/**
 * One word in its usual Russian spellings by the rules of `lang` (one, or two where the press varies; English by
 * ru-practical.ts); null for other letters.
 */
export function russianSpellingsIn(word: string, lang: PracticalLanguage): string[] | null {
  if (lang === 'en') {
    const english = russianSpelling(word);
    return english ? [casedAs(word, english)] : null;
  }
  const lower = word.toLowerCase().replace(/['’]/gu, '');
  if (!WORD.test(lower) || lower.length < 2) return null;
  let out = lower;
  for (const [pattern, replacement] of RULES[lang]) out = out.replace(pattern, replacement);
  const spell = (text: string) => {
    const cyrillic = text.replace(/[a-zà-öø-ÿß]/gu, (letter) => LETTERS[letter] ?? letter);
    return /[a-zà-öø-ÿß]/u.test(cyrillic) ? null : casedAs(word, cyrillic);
  };
  const first = SECOND_SPELLING[lang].reduce((text, [pattern, one]) => text.replace(pattern, one), out);
  const second = SECOND_SPELLING[lang].reduce((text, [pattern, , other]) => text.replace(pattern, other), out);
  const spellings = [...new Set([spell(first), spell(second)])];
  return spellings.some((s) => s === null) ? null : (spellings as string[]);
}

/**
 * The usual Russian spelling of an English name (practical transcription, by sound: Dunn → Данн,
 * Julian Marange → Джулиан Марандж), which letter-by-letter tables miss (Дунн, Jулиан Маранге).
 * Rules, not a dictionary: ordered rewrites of the lowercase word, then a letter table. Names that
 * read as Russian already (Sidorenko, Kovalenko) are left to the letter table (translit.ts).
 */

const CONSONANT = '[bcdfgjklmnpqrstvwxz]';

/** Ordered rewrites; each sees the Cyrillic written by the ones before it, which no Latin pattern matches. */
/** A vowel before a consonant and a final silent e sounds long: Kate, Mike, Steve, Stone, Duke (and James, Miles). */
const LONG_VOWELS: [string, string][] = [['a', 'ей'], ['i', 'ай'], ['(?<!e)e', 'и'], ['(?<!o)o', 'оу'], ['u', 'ю']];

const REWRITES: [RegExp, string][] = [
  [/ge$/u, 'дж'],
  // Lowe, Howe: "owe" is one sound, the w no consonant of a long vowel
  [/owe$/u, 'оу'],
  ...LONG_VOWELS.slice(0, 2).map(([vowel, sound]): [RegExp, string] => [new RegExp(`${vowel}(${CONSONANT})es$`, 'u'), `${sound}$1с`]),
  ...LONG_VOWELS.map(([vowel, sound]): [RegExp, string] => [new RegExp(`${vowel}(${CONSONANT})e$`, 'u'), `${sound}$1`]),
  [new RegExp(`(${CONSONANT})e$`, 'u'), '$1'],
  // letter groups for one sound
  [/ssion/gu, 'шн'],
  [/igh/gu, 'ай'],
  [/^wr/gu, 'р'],
  [/^kn/gu, 'н'],
  [/tch/gu, 'ч'],
  [/ch(?=[rl])/gu, 'к'],
  [/sch/gu, 'ш'],
  [/sh/gu, 'ш'],
  [/ch/gu, 'ч'],
  [/zh/gu, 'ж'],
  [/kh/gu, 'х'],
  [/ph/gu, 'ф'],
  [/th/gu, 'т'],
  [/rh/gu, 'р'],
  [/wh/gu, 'у'],
  [/ck/gu, 'к'],
  [/oh/gu, 'о'],
  [/qu/gu, 'кв'],
  [/ee|ea/gu, 'и'],
  [/oo|ou/gu, 'у'],
  [/au|aw/gu, 'о'],
  [/ai|ay/gu, 'ей'],
  [/ey$/gu, 'и'],
  [/oy/gu, 'ой'],
  [/ow$/gu, 'оу'],
  [/uel$/gu, 'уэль'],
  [/ue/gu, 'ю'],
  [/ie$/gu, 'и'],
  [/ia$/gu, 'ия'],
  [/^y(?=[aeiou])/gu, 'й'],
  // "y" before a vowel: "я" ending a name (Sonya, Tanya), "и" after a double consonant (Kellyanne), else "ай" (Bryan, Ryan, Wyatt)
  [/(?<=[a-z])ya$/gu, 'я'],
  [new RegExp(`(?<=\\1(${CONSONANT}))y(?=[aeiou])`, 'gu'), 'и'],
  [new RegExp(`(?<=${CONSONANT})y(?=[aeiou])`, 'gu'), 'ай'],
  [/^e/gu, 'э'],
  // "u" in a closed syllable sounds "a": Dunn, Hunter, Duncan (not before "sh": Bush, Bushnell)
  [new RegExp(`u(?=${CONSONANT}{2}|${CONSONANT}$)`, 'gu'), 'а'],
  [/ld$/gu, 'льд'],
  [/c(?=[eiy])/gu, 'с'],
  [/x/gu, 'кс'],
  [/j/gu, 'дж'],
  [/y$/gu, 'и'],
  [new RegExp(`(?<=${CONSONANT})y(?=${CONSONANT})`, 'gu'), 'и'],
];

const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', y: 'й', z: 'з',
};

/** Endings of Russian (and other Slavic) names written in Latin letters: their letter-by-letter form is right. */
const SLAVIC_NAME = /(?:ov|ev|ova|eva|in|ina|sky|skiy|skaya|aya|enko|yuk|vich|ovna|evna)$/u;

/** Particles and letter groups of French, German, Dutch, Spanish or Italian names, which English rules would misspell. */
const NOT_ENGLISH_WORD = /^(?:de|du|des|la|le|von|van|der|den|di|da|del|dos|y)$/u;
const NOT_ENGLISH_LETTERS = /oi|eau|aux|eux|'/u;

/** True when a Latin full name reads as a Russian one (Oleg Sidorenko, Marta Kovalenko). */
export function readsAsRussian(name: string): boolean {
  return name.toLowerCase().split(/[\s-]+/u).some((word) => word.length > 3 && SLAVIC_NAME.test(word));
}

/** True when the English rules fit the name: no particle or letter group of another language (Marc-Antoine de Villiers). */
export function readsAsEnglish(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/u);
  return !words.some((word) => NOT_ENGLISH_WORD.test(word) || NOT_ENGLISH_LETTERS.test(word));
}

/** One Latin word in its usual Russian spelling, or null when it holds other letters. */
export function russianSpelling(word: string): string | null {
  if (!/^[A-Za-z']+$/u.test(word)) return null;
  let out = word.toLowerCase().replace(/'/gu, '');
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  out = out.replace(/[a-z]/gu, (letter) => LETTERS[letter] ?? letter);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * Text normalisation for matching (en/fr/de/es/ru), with an offset map back to the original text.
 *
 * One output character per input code point at most, except a few expansions (ß → ss, œ → oe,
 * NFKC ligatures); every output character remembers where it came from, so a match found in the
 * normalised text can be quoted from the original.
 */

/** Normalised text and, for each of its UTF-16 units, the index in the original it came from. */
export interface NormalizedText {
  /** the original text */
  source: string;
  text: string;
  /** offsets[i] = original index of text[i]; offsets[text.length] = original length */
  offsets: Uint32Array;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;

/** French (and Italian-style) elided words: « l’affaire », « d’Ekdal », « qu’il », « jusqu’à ». */
const ELISIONS = new Set(['l', 'd', 'n', 'qu', 'j', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0x02bb, 0xff07]);
const QUOTES = new Set([0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2039, 0x203a, 0x2033, 0xff02]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const EXTRA_FOLDS: Record<string, string> = {
  ...{ ß: 'ss', ẞ: 'ss', œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' },
  // superscript digits mark footnotes ("a fine of €75,000⁴", "the report³"): dropped, never joined to a figure
  ...Object.fromEntries([...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((d) => [d, ''])),
};

/**
 * Russian case endings (nouns and adjectives), longest first. Cyrillic words lose one, keeping at
 * least RU_MIN_STEM letters, in alias keys and stories alike: "Гартмана", "Гартманом" → "гартман",
 * "штабу Гартмана" meets "штаб Гартмана", "Зетаграме" meets "Зетаграма". "-ов"/"-ев" stay: they end
 * surnames ("Орлов", "Орлова", "Орловым" all read "орлов").
 */
const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'ией', 'иях', 'ием', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими',
  'ее', 'ие', 'ые', 'ое', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею',
  'ье', 'еи', 'ии', 'ям', 'ам', 'ах', 'ях', 'ию', 'ью', 'ия', 'ья',
  'а', 'е', 'и', 'й', 'о', 'у', 'ы', 'ь', 'ю', 'я',
];
const RU_MIN_STEM = 3;
/**
 * Russian numerals ending in a soft sign, and their oblique forms, stay whole: stemmed, «семь» (seven)
 * would meet «семья» (family), «пять» «пятый» (fifth), «шесть» «шест» (pole). A word whose stem would be
 * one of them loses the soft sign too («семьи» → «сем»).
 */
const RU_NUMERALS = new Set(
  (
    'пять пяти пятью шесть шести шестью семь семи восемь восьми восемью девять девяти девятью десять десяти десятью ' +
    'одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать ' +
    'одиннадцати двенадцати тринадцати четырнадцати пятнадцати шестнадцати семнадцати восемнадцати девятнадцати двадцати тридцати'
  ).split(' '),
);
const SOFT_SIGN = 'ь'.charCodeAt(0);
/** The longest numeral form, in letters. */
const RU_NUMERAL_MAX = Math.max(...[...RU_NUMERALS].map((w) => w.length));
/** The letters the numeral forms end with (ь, и, ю): any other word is no numeral, without building its string. */
const RU_NUMERAL_LAST = new Set([...RU_NUMERALS].map((w) => w.charCodeAt(w.length - 1)));
/** The endings by their last letter, longest first: a word is compared with those it can end with. */
const RU_ENDINGS_BY_LAST = new Map<number, string[]>();
for (const ending of RU_ENDINGS) {
  const last = ending.charCodeAt(ending.length - 1);
  RU_ENDINGS_BY_LAST.set(last, [...(RU_ENDINGS_BY_LAST.get(last) ?? []), ending]);
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/u;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const MARKS_RE = /\p{M}+/gu;
/** Invisible format characters (soft hyphen, zero-width joiners, BOM): dropped, so they do not split words. */
const FORMAT_RE = /\p{Cf}/gu;

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
/** per UTF-16 unit: 2 a word character, 1 not, 0 not yet looked at */
const WORD_UNITS = new Uint8Array(0x10000);

/** Unicode letter, digit or combining mark (surrogate halves count as non-word). */
export function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  const unit = code & 0xffff; // a code point beyond the BMP reads as its low unit, as String.fromCharCode does
  let known = WORD_UNITS[unit];
  if (known === 0) {
    const word = unit < 0xd800 || unit > 0xdfff ? WORD_RE.test(String.fromCharCode(unit)) : false;
    known = WORD_UNITS[unit] = word ? 2 : 1;
  }
  return known === 2;
}

/** Fold one code point: NFKC, accents stripped (Cyrillic kept, ё → е), lower case. '' drops it. */
function foldCodePoint(ch: string): string {
  const extra = EXTRA_FOLDS[ch];
  if (extra !== undefined) return extra;
  const nfkc = ch.normalize('NFKC').replace(FORMAT_RE, '');
  let out = '';
  for (const c of nfkc) {
    if (CYRILLIC_RE.test(c)) out += c === 'ё' || c === 'Ё' ? 'е' : c.toLowerCase();
    else out += c.normalize('NFD').replace(MARKS_RE, '').toLowerCase().normalize('NFC');
  }
  return out;
}

/** Per code point: the folded string, or a class marker for spaces, apostrophes and quotes. */
type Fold = string | typeof SPACE | typeof APOSTROPHE | typeof QUOTE;
const foldCache = new Map<number, Fold>();

function classify(cp: number): Fold {
  let f = foldCache.get(cp);
  if (f !== undefined) return f;
  const ch = String.fromCodePoint(cp);
  if (DASHES.has(cp) || SPACE_RE.test(ch) || cp === 0x200b) f = SPACE;
  else if (APOSTROPHES.has(cp)) f = APOSTROPHE;
  else if (QUOTES.has(cp)) f = QUOTE;
  else f = foldCodePoint(ch);
  foldCache.set(cp, f);
  return f;
}

const isCyrillicCode = (c: number) => c >= 0x400 && c <= 0x4ff;

/**
 * Code points below U+3000 that fold to one letter ("é" → "e", "Д" → "д"), by code point: the letter's
 * code + 1; -1 for any other fold; 0 until first seen. Most non-ASCII characters of news text take this path.
 */
const SINGLE_FOLDS = new Int32Array(0x3000);

function singleFoldOf(cp: number): number {
  const fold = classify(cp);
  return typeof fold === 'string' && fold.length === 1 && isWordCode(fold.charCodeAt(0)) ? fold.charCodeAt(0) + 1 : -1;
}

/** Output buffer of the normaliser: UTF-16 units and, for each, the original index. */
interface Out {
  codes: Uint16Array;
  offsets: Uint32Array;
  len: number;
}

/** Drop a Russian case ending from the Cyrillic word out.codes[start..len). */
function stemCyrillicWord(out: Out, start: number): void {
  const { codes } = out;
  const len = out.len - start;
  if (len <= RU_MIN_STEM) return;
  for (let k = start; k < out.len; k++) if (!isCyrillicCode(codes[k])) return;
  const numeral = (end: number) =>
    end - start <= RU_NUMERAL_MAX && RU_NUMERAL_LAST.has(codes[end - 1]) && RU_NUMERALS.has(String.fromCharCode(...codes.subarray(start, end)));
  if (numeral(out.len)) return;
  for (const ending of RU_ENDINGS_BY_LAST.get(codes[out.len - 1]) ?? []) {
    if (len - ending.length < RU_MIN_STEM) continue;
    let fits = true;
    for (let e = 0; e < ending.length && fits; e++) fits = codes[out.len - ending.length + e] === ending.charCodeAt(e);
    if (fits) {
      out.len -= ending.length;
      if (codes[out.len - 1] === SOFT_SIGN && numeral(out.len)) out.len--;
      return;
    }
  }
}

/** Is the run of output letters before the end a French elided word (l, d, qu, …) standing alone? */
function endsWithElision(out: Out): boolean {
  const end = out.len;
  let start = end;
  while (start > 0 && end - start < 7 && isWordCode(out.codes[start - 1])) start--;
  if (start === end || (start > 0 && isWordCode(out.codes[start - 1]))) return false;
  return ELISIONS.has(String.fromCharCode(...out.codes.subarray(start, end)));
}

const utf16 = new TextDecoder('utf-16le');
/** Reused output buffers (grown on demand): the normaliser runs for every story. */
let scratch: Out = { codes: new Uint16Array(1 << 14), offsets: new Uint32Array((1 << 14) + 1), len: 0 };

/**
 * Normalise for matching: NFKC, case and accent folding, dashes and whitespace runs → one space
 * (hyphenated names match with or without their hyphen: "Гартман-младший" = "Гартман младший"),
 * typographic apostrophes → ', quotes → ", a French elision apostrophe → space (so « d’Ekdal »
 * reads "d ekdal" and matches "ekdal"), Russian case endings dropped.
 */
export function normalizeForMatch(input: string): NormalizedText {
  const n = input.length;
  const cap = n * 3 + 4; // NFKC expansions stay well below 3 units per input unit in news text
  if (scratch.codes.length < cap) scratch = { codes: new Uint16Array(cap), offsets: new Uint32Array(cap + 1), len: 0 };
  const out = scratch;
  out.len = 0;
  const { codes, offsets } = out;
  let wordStart = -1; // where the word being written starts, -1 between words
  const endWord = () => {
    if (wordStart >= 0 && isCyrillicCode(codes[wordStart])) stemCyrillicWord(out, wordStart);
    wordStart = -1;
  };
  const emit = (code: number, from: number) => {
    if (out.len >= cap) return; // pathological expansion: truncate rather than overflow
    codes[out.len] = code;
    offsets[out.len++] = from;
  };
  for (let i = 0; i < n; ) {
    let cp = input.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = input.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
    }
    if (cp < 128 && ASCII_WORD[cp] === 1) {
      // a run of ASCII letters and digits, lower-cased in one go: most of any text in a Latin script
      if (wordStart < 0) wordStart = out.len;
      let len = out.len;
      let j = i;
      for (; j < n; j++) {
        let c = input.charCodeAt(j);
        if (c >= 65 && c <= 90) c += 32;
        else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
        if (len < cap) {
          codes[len] = c;
          offsets[len++] = j;
        }
      }
      out.len = len;
      i = j;
      continue;
    }
    if (cp < 128) {
      // ASCII punctuation and spaces (its letters and digits took the run above)
      if (cp === 0x2d && wordStart >= 0 && out.len - wordStart === 1 && isAsciiLetter(input.charCodeAt(i + 1)) && isAsciiLetter(input.charCodeAt(i + 2))) {
        // a one-letter prefix is part of its word: "e-mail" reads "email", as « E-Mail » and "e-book" do
      } else {
        endWord();
        if (cp === 0x2d || cp <= 0x20 || cp === 0x7f) {
          if (out.len && codes[out.len - 1] !== SPACE) emit(SPACE, i);
        } else if (cp === APOSTROPHE || cp === 0x60) emit(isWordCode(input.charCodeAt(i + 1)) && endsWithElision(out) ? SPACE : APOSTROPHE, i);
        else emit(cp, i);
      }
      i += width;
      continue;
    }
    if (cp < SINGLE_FOLDS.length) {
      let single = SINGLE_FOLDS[cp];
      if (single === 0) single = SINGLE_FOLDS[cp] = singleFoldOf(cp);
      if (single > 0) {
        if (wordStart < 0) wordStart = out.len;
        emit(single - 1, i);
        i += width;
        continue;
      }
    }
    const fold = classify(cp);
    if (typeof fold === 'string') {
      if (fold.length) {
        if (isWordCode(fold.charCodeAt(0))) {
          if (wordStart < 0) wordStart = out.len;
        } else endWord();
        for (let k = 0; k < fold.length; k++) emit(fold.charCodeAt(k), i);
      }
    } else {
      endWord();
      if (fold === SPACE) {
        if (out.len && codes[out.len - 1] !== SPACE) emit(SPACE, i);
      } else if (fold === APOSTROPHE) {
        emit(isWordCode(input.codePointAt(i + 1) ?? 0) && endsWithElision(out) ? SPACE : APOSTROPHE, i);
      } else emit(QUOTE, i);
    }
    i += width;
  }
  endWord();
  offsets[out.len] = n;
  const text = utf16.decode(new Uint8Array(codes.buffer, 0, out.len * 2));
  return { source: input, text, offsets: offsets.slice(0, out.len + 1) };
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Map a span [start, end) of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const last = norm.offsets.length - 1;
  const s = norm.offsets[Math.min(start, last)];
  if (end <= start) return { start: s, end: s };
  // just after the original code point the last normalised character came from, plus any marks it dropped
  const lastSource = norm.offsets[Math.min(end - 1, last)];
  const limit = norm.offsets[Math.min(end, last)];
  let e = lastSource + ((norm.source.codePointAt(lastSource) ?? 0) > 0xffff ? 2 : 1);
  while (e < limit && /\p{M}/u.test(norm.source[e])) e++;
  return { start: s, end: Math.max(e, s) };
}

/**
 * The original words behind a span of the normalised text, whole: a stemmed word ("жител") is quoted as
 * the story wrote it ("жителей"), with its capitals and accents.
 */
export function originalWords(norm: NormalizedText, start: number, end: number): string {
  const span = toOriginalSpan(norm, start, end);
  let e = span.end;
  while (e < norm.source.length && /[\p{L}\p{M}]/u.test(norm.source[e])) e++;
  return norm.source.slice(span.start, e);
}

/**
 * The key an alias is matched by: normalised, with leading/trailing non-word characters removed
 * ("John Roe Jr." → "john roe jr", "@JohnQRoeJr" → "johnqroejr", "«Приз…»" → "приз…").
 */
export function aliasKey(alias: string): string {
  const { text } = normalizeForMatch(alias);
  let start = 0;
  let end = text.length;
  while (start < end && !isWordCode(text.charCodeAt(start))) start++;
  while (end > start && !isWordCode(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Plain normalised string (no offsets), e.g. for comparing words. */
export function foldText(text: string): string {
  return normalizeForMatch(text).text;
}

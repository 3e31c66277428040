/**
 * Quantities in a sentence and their comparison with a claim's: "1,823", "1 823" and "1.823"
 * (European thousands) are one number; "100 millions", "13,5 milliards", "$1.9m" scale; "thirteen",
 * «treize», "dreizehn", "trece", «тринадцать», "a dozen" are numbers too; "€228,000" ≈ "$274,100"
 * through a rough exchange rate. What a number counts (its unit) comes from the words next to it:
 * a currency, a unit family ("sponsored tweets", «utilisateurs», "replied three times"), or the
 * noun phrase after it, which a claim's own unit words may name ("13 engineers").
 */
import {
  APPROX_WORDS,
  APPROXIMATE_NUMBER_WORDS,
  COUNTER_WORDS,
  CURRENCIES,
  CURRENCY_SYMBOLS,
  CURRENCY_TOLERANCE,
  CURRENCY_WORDS,
  LOWER_BOUND_WORDS,
  MULTIPLE_REFERENCE_WORDS,
  MULTIPLE_UNIT_WORDS,
  MULTIPLE_WORDS,
  MULTIPLIERS,
  NUMBER_JOINERS,
  NUMBER_WORDS,
  ONE_WORD_COMPOUND,
  ONE_WORDS,
  oneWordMultiple,
  PERCENT_PAIRS,
  RESTRICTIVE_WORDS,
  SCALE_AFTER_BOUND,
  SCALE_ALONE,
  SINGLE_WORDS,
  STANDING_FACT_WORDS,
  TIMES_WORDS,
  UNIT_FAMILY_OF,
  UNIT_STOP_WORDS,
  UPPER_BOUND_BEFORE,
  UPPER_BOUND_PAIRS,
  UPPER_BOUND_WORDS,
} from './lexicon-numbers.js';
import { conceptOf } from './lexicon-concepts.js';
import { foldText } from './normalize.js';
import { wordsOf, type Token } from './tokens.js';
import { STEM_LENGTH } from './vocabulary.js';

export interface Quantity {
  value: number;
  approx: boolean;
  /** "more than 1,800" is a lower bound, "under 0.1 %" an upper one */
  bound: 'lower' | 'upper' | null;
  /** a unit family (tweets, users, messages, replies, people, percent) or a currency code (USD, EUR…) */
  unit: string | null;
  /** the words after the number, up to the end of its noun phrase ("foreign", "engineers") */
  words: string[];
  /** index of the number's first token */
  token: number;
  /** as written (folded) */
  text: string;
  /** tokens [from, to) a reader is shown as the figure: its approximation or bound word, the number, its unit word */
  shown: [number, number];
  /** "one"/«un» without "only"/«seul» nearby: maybe an article, not a count to contradict with */
  weak: boolean;
  /** how long something lasted ("for 20 years", « pendant 20 ans », "seit 20 Jahren"): not an amount */
  duration: boolean;
  /** told of another instance of what it counts ("signed new deals worth €90 million", « d'autres amendes »): not the claim's own */
  another: boolean;
  /** how long after or before something else ("two days after the leak", « trois jours plus tard », „zwei Tage nach“): a gap, not a length */
  offset: boolean;
}

/** Tokens after the number searched for its unit. */
const UNIT_LOOKAHEAD = 3;
/** Tokens before a counter word ("answered … three times") searched for what is counted. */
const UNIT_LOOKBEHIND = 5;
/** Relative tolerance between an approximate figure and another. */
const APPROX_TOLERANCE = 0.1;
/** Between two exact figures (rounding in reports). */
const EXACT_TOLERANCE = 0.01;

const YEAR_RE = /^(?:1[89]|20)\d\d$/;
const NUMBER_RE = /^(\d+(?:[.,]\d+)*)(st|nd|rd|th|er|e|m|bn|k)?$/;
const SUFFIX_MULTIPLIER: Record<string, number> = { m: 1e6, bn: 1e9, k: 1e3 };

/** Value of a digit token: thousands separators vs decimal marks decided by the digit groups. */
export function parseNumberToken(text: string, beforeMultiplier = false): number | null {
  const m = NUMBER_RE.exec(text.replace(/ /g, ''));
  if (!m) return null;
  const digits = m[1];
  const seps = digits.replace(/\d/g, '');
  let value: number;
  if (!seps) value = Number(digits);
  else if (new Set(seps).size > 1) {
    // "1,234.56" or "1.234,56": the last separator is the decimal mark
    const last = seps[seps.length - 1];
    const other = last === '.' ? ',' : '.';
    value = Number(digits.split(other).join('').replace(last, '.'));
  } else if (/^\d{1,3}(?:[.,]\d{3})+$/.test(digits) && !(beforeMultiplier && seps.length === 1)) {
    // "1,823", "274.100", "1.823": thousands (a single group before "million" is a decimal: "1.823 million")
    value = Number(digits.replace(/[.,]/g, ''));
  } else if (seps.length === 1) value = Number(digits.replace(',', '.'));
  else return null;
  if (!Number.isFinite(value)) return null;
  const suffix = m[2];
  return suffix && SUFFIX_MULTIPLIER[suffix] ? scaled(value, SUFFIX_MULTIPLIER[suffix]) : value;
}

/** A figure times a multiplier, without the float's noise: 4.1 × 10⁶ is 4,100,000, not 4,099,999.9999999995. */
const scaled = (value: number, multiplier: number) => Number((value * multiplier).toPrecision(12));

/** Characters just before a figure that make it part of a date ("9/20/16") or a footnote mark ("[^253]", "^12"). */
const NOT_A_COUNT_MARKS = new Set(['/', '^']);
/** Words before a figure that make it another instance of what it counts, in five languages. */
const ANOTHER_WORDS = new Set(
  ('new other another further additional separate fresh nouveau nouvelle nouveaux nouvelles autre autres ' +
    'neue neuen neuer neues weitere weiteren weiterer andere anderen anderer nuevo nueva nuevos nuevas otro otra otros otras ' +
    'новый новая новые новых новое другой другая другие других')
    .split(' ')
    .map((w) => foldText(w).trim()),
);
/**
 * What a new figure of the same thing is called, and where it is told: a new toll, estimate or count revises it,
 * and so may a new report, study or filing ("a new report says 3,000 tweets").
 */
const RECOUNT_NOUNS = new Set(
  ('figure figures estimate estimates count toll tally total data bilan chiffre chiffres estimation decompte ' +
    'bilanz zahl zahlen schatzung angaben balance cifra cifras estimacion recuento datos оценка оценке данные данным подсчет ' +
    'report reports study analysis audit survey filing filings documents evidence investigation ' +
    'rapport etude analyse enquete documents bericht studie analyse untersuchung prufung dokumente unterlagen ' +
    'informe estudio analisis auditoria investigacion documentos доклад отчет исследование анализ документы')
    .split(' ')
    .map((w) => foldText(w).trim()),
);
/** How far before a figure such a word is read ("signed new deals worth €90 million"). */
const ANOTHER_REACH = 4;
/** "2.0", "3.0": how versions and names are numbered; a count is not written so. */
const VERSION_RE = /^\d+\.0$/;

const UNITS_OF_ONE_WORD: Record<string, number> = {
  ein: 1, un: 1, uno: 1, zwei: 2, dos: 2, drei: 3, tres: 3, vier: 4, cuatro: 4, funf: 5, cinco: 5,
  sechs: 6, seis: 6, sieben: 7, siete: 7, acht: 8, ocho: 8, neun: 9, nueve: 9,
};
const TENS_OF_ONE_WORD: Record<string, number> = {
  zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** "dreiundsechzig" = 63, "veintitrés" = 23. */
function oneWordCompound(w: string): number {
  const m = ONE_WORD_COMPOUND.exec(w)!;
  return m[3] !== undefined ? 20 + UNITS_OF_ONE_WORD[m[3]] : TENS_OF_ONE_WORD[m[2]] + UNITS_OF_ONE_WORD[m[1]];
}

/**
 * A number written out in words after its first one: "sixty-three", « soixante-trois », « quatre-vingt-dix-sept »,
 * « vingt et un », "sesenta y tres", «шестьдесят три» (the normaliser has dropped the hyphens). Returns the value
 * and the token after it: tens take the units after them, « dix » takes « sept », « huit », « neuf ».
 */
function compoundNumber(words: readonly string[], i: number, first: number): [number, number] {
  let value = first;
  let k = i + 1;
  // « quatre-vingt(s) » = 80
  if (first === 4 && (words[k] === 'vingt' || words[k] === 'vingts')) {
    value = 80;
    k++;
  }
  if (value === 10 && words[i] === 'dix') {
    const unit = NUMBER_WORDS.get(words[k] ?? '');
    return unit !== undefined && unit >= 7 && unit <= 9 ? [10 + unit, k + 1] : [value, k];
  }
  if (value < 20 || value > 90 || value % 10 !== 0) return [value, k];
  let j = k;
  if (NUMBER_JOINERS.has(words[j] ?? '')) j++;
  const next = words[j] ?? '';
  const unit = ONE_WORDS.has(next) ? 1 : NUMBER_WORDS.get(next);
  if (unit === undefined || APPROXIMATE_NUMBER_WORDS.has(next) || TIMES_WORDS.has(next)) return [value, k];
  // « soixante-dix-sept », « quatre-vingt-onze »: French 70–79 and 90–99 count on from 60 and 80 with 10–19
  if ((value === 60 || value === 80) && unit >= 10 && unit <= 19) {
    const more = unit === 10 ? NUMBER_WORDS.get(words[j + 1] ?? '') : undefined;
    return more !== undefined && more >= 7 && more <= 9 ? [value + 10 + more, j + 2] : [value + unit, j + 1];
  }
  return unit >= 1 && unit <= 9 ? [value + unit, j + 1] : [value, k];
}

/**
 * A number written out in several words or as one compound, from its first (folded) word: « soixante trois »
 * = 63, "sixty three", « quatre vingt dix » = 90, "treinta y un" = 31, "dreiundsechzig" = 63. Null unless the
 * first word is a tens word or a compound (a units word alone is read where it is used, with what it counts).
 */
export function compoundNumberWords(words: readonly string[]): { value: number; length: number } | null {
  const w = words[0] ?? '';
  if (ONE_WORD_COMPOUND.test(w)) return { value: oneWordCompound(w), length: 1 };
  const first = NUMBER_WORDS.get(w);
  const tens = first !== undefined && first >= 20 && first <= 90 && first % 10 === 0 && !APPROXIMATE_NUMBER_WORDS.has(w);
  if (!tens && !(first === 4 && (words[1] === 'vingt' || words[1] === 'vingts'))) return null;
  const [value, next] = compoundNumber(words, 0, first!);
  return { value, length: next };
}

/**
 * Every quantity of a sentence. `skip` holds tokens already read as parts of dates; `names` the tokens
 * of watchlist names: the unit phrase stops after one ("257 OpenLedger wrote…", a footnote mark before
 * a sentence, counts nothing the verb after the name says).
 */
export function findQuantities(tokens: readonly Token[], skip: ReadonlySet<number> = new Set(), names?: { has(token: number): boolean }): Quantity[] {
  const out: Quantity[] = [];
  const words = wordsOf(tokens);
  let numberEnd = 0; // the words of a number written out are not numbers of their own ("sixty-three" is not 3)
  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i) || i < numberEnd) continue;
    const w = words[i];
    let value: number | null = null;
    let approx = false;
    let next = i + 1;
    let counted = false; // "once", "une seule fois": a count of times
    let multiple = false; // "6.7 times the limit", „das Siebenfache“: a multiple of something
    const wordMultiple = oneWordMultiple(w);
    if (/^\d/.test(w)) {
      // "9/20/16" is a date, "[^253]" a footnote mark: neither counts anything
      if (NOT_A_COUNT_MARKS.has(tokens[i].before) || tokens[i].after === '/') continue;
      // "…at the waterworks.24 Supply was…", "…from the river,23 over…": a footnote mark glued to a word's punctuation
      if ((tokens[i].before === '.' || tokens[i].before === ',') && i > 0 && tokens[i - 1].end === tokens[i].start - 1 && !/\d$/.test(words[i - 1])) continue;
      const multiplierNext = MULTIPLIERS.has(words[i + 1] ?? '');
      value = parseNumberToken(w, multiplierNext);
      if (value === null) continue;
      const currencyBefore = CURRENCY_SYMBOLS.has(tokens[i].before) || CURRENCY_WORDS.has(words[i - 1] ?? '');
      if (YEAR_RE.test(w) && !currencyBefore && !multiplierNext && !UNIT_FAMILY_OF.has(words[i + 1] ?? '')) continue;
      // "Orion 2.0", "Web 2.0": a whole number written with ".0" is a version or part of a name, not a count
      if (VERSION_RE.test(w) && !currencyBefore && !multiplierNext && tokens[i].after !== '%') continue;
    } else if (NUMBER_WORDS.has(w)) {
      value = NUMBER_WORDS.get(w)!;
      approx = APPROXIMATE_NUMBER_WORDS.has(w);
      counted = TIMES_WORDS.has(w);
      if (!approx) [value, next] = compoundNumber(words, i, value);
    } else if (wordMultiple !== undefined) {
      // „das Siebenfache“, „zehnfach“: a multiple in one word
      value = wordMultiple;
      multiple = true;
    } else if (ONE_WORD_COMPOUND.test(w)) {
      value = oneWordCompound(w);
    } else if (!/\d$/.test(words[i - 1] ?? '') && !NUMBER_WORDS.has(words[i - 1] ?? '') && (SCALE_ALONE.has(w) || (SCALE_AFTER_BOUND.has(w) && boundOrApproxBefore(words, i)))) {
      // "a thousand firefighters", «более тысячи пожарных»: a round figure
      value = SCALE_ALONE.get(w) ?? SCALE_AFTER_BOUND.get(w)!;
      approx = true;
    } else if (ONE_WORDS.has(w)) {
      // "une seule fois", "una sola vez", "one time"
      let k = i + 1;
      if (SINGLE_WORDS.has(words[k] ?? '')) k++;
      if (!COUNTER_WORDS.has(words[k] ?? '')) continue;
      value = 1;
      next = k;
    } else continue;
    numberEnd = next;
    // multipliers chain: "100 millions", "mil millones"
    while (MULTIPLIERS.has(words[next] ?? '')) value = scaled(value, MULTIPLIERS.get(words[next++])!);
    // approximation and bounds in the two words before
    let bound: Quantity['bound'] = null;
    let shownFrom = i;
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const approxWord = APPROX_WORDS.has(words[k]);
      const lower = k >= i - 2 && LOWER_BOUND_WORDS.has(words[k]);
      const upper = k >= i - 2 && UPPER_BOUND_WORDS.has(words[k]);
      if (approxWord) approx = true;
      if (lower) bound = 'lower';
      if (upper) bound = 'upper';
      // the figure a reader is shown opens at the first of these words just before it, in its clause
      if ((lower || upper || (approxWord && k >= i - 2)) && shownFrom === i && tokens[k].clause === tokens[i].clause) shownFrom = k;
    }
    if (i >= 2 && UPPER_BOUND_PAIRS.has(`${words[i - 2]} ${words[i - 1]}`)) bound = 'upper';
    if (i >= 1 && UPPER_BOUND_BEFORE.has(words[i - 1])) bound = 'upper';
    if (bound === 'upper' && shownFrom === i && i >= 1 && tokens[i - 1].clause === tokens[i].clause) shownFrom = i >= 2 && UPPER_BOUND_PAIRS.has(`${words[i - 2]} ${words[i - 1]}`) ? i - 2 : i - 1;
    // unit: a currency, a percent sign, a unit family, or the noun phrase
    let unit: string | null = multiple ? 'multiple' : (CURRENCY_SYMBOLS.get(tokens[i].before) ?? CURRENCY_WORDS.get(words[i - 1] ?? '') ?? null);
    if (!unit && tokens[next - 1]?.after === '%') unit = 'percent';
    const phrase: string[] = [];
    let shownTo = next;
    let k = next;
    for (; k < tokens.length && k < next + UNIT_LOOKAHEAD && tokens[k].clause === tokens[i].clause; k++) {
      const word = words[k];
      if (!unit && PERCENT_PAIRS.has(`${word} ${words[k + 1]}`)) {
        unit = 'percent';
        numberEnd = k + 2; // « cent » is no hundred here
        break;
      }
      if (UNIT_STOP_WORDS.has(word) && !(phrase.length === 0 && (word === 'de' || word === 'of'))) break;
      if (!unit && CURRENCY_WORDS.has(word)) {
        unit = CURRENCY_WORDS.get(word)!;
        break;
      }
      // "6.7 times the limit", « dix fois plus », «в 10 раз больше», "7-fach": a multiple, not a count of occasions
      // (not what a verb before counts: "replied three times the same day")
      const multipleHere =
        MULTIPLE_WORDS.has(word) ||
        (COUNTER_WORDS.has(word) && (MULTIPLE_REFERENCE_WORDS.has(words[k + 1] ?? '') || words[i - 1] === 'в') && !countedVerbBefore(tokens, words, i));
      if (!unit && multipleHere) {
        unit = 'multiple';
        shownTo = k + 1;
        break;
      }
      if (COUNTER_WORDS.has(word)) {
        counted = true;
        shownTo = k + 1;
        break;
      }
      if (word === 'de' || word === 'of') continue; // «100 millions d'utilisateurs», "dozens of"
      phrase.push(word);
      if (phrase.length === 1) shownTo = k + 1;
      if (!unit && UNIT_FAMILY_OF.has(word)) {
        unit = UNIT_FAMILY_OF.get(word)!;
        shownTo = k + 1;
      }
      if (/^\d/.test(word) || names?.has(k)) break;
    }
    if (!unit && counted) unit = countedVerbBefore(tokens, words, i);
    // an age ("58 years old", "a 58-year-old", "aged 58", « âgé de 58 ans », "58-jährige", «58-летний») counts no one's deeds
    let weak = phrase.some((p) => AGE_WORDS.has(p)) || AGE_BEFORE.has(words[i - 1] ?? '') || (OF_WORDS.has(words[i - 1] ?? '') && AGE_NOUNS.has(words[i - 2] ?? ''));
    if (value === 1 && !/^\d/.test(w)) {
      weak = true;
      for (let r = Math.max(0, i - 3); r < Math.min(words.length, next + 1) && weak; r++) if (RESTRICTIVE_WORDS.has(words[r])) weak = false;
    }
    // (not what is asked for: "prosecutors asked for eight years", « ont requis »… is an amount)
    const before = DURATION_WORDS.has(words[i - 1] ?? '') ? i - 1 : approx && DURATION_WORDS.has(words[i - 2] ?? '') ? i - 2 : -1;
    const duration = before >= 0 && phrase.some((p) => TIME_UNITS.has(p)) && conceptOf(words[before - 1] ?? '') !== 'ask';
    // people killed are deaths ("214 people were killed", "killed 214 people" = "214 muertos")
    if (unit === 'people' && killedNear(tokens, words, i)) unit = 'deaths';
    // "9 million customers … 2.3 million of them", « dont », "davon": a part of the figure before counts what it counts
    let counts = phrase;
    const whole = out.at(-1);
    let after = next;
    while (PART_OF_LINKS.has(words[after] ?? '')) after++;
    if (!unit && whole && (PART_OF_WORDS.has(words[i - 1] ?? '') || PART_OF_WORDS.has(words[after] ?? ''))) {
      unit = whole.unit;
      counts = whole.words;
    }
    // "new deals worth €90 million", « d'autres amendes de 3 millions »: another instance (a "new toll", « nouveau bilan » revises the same one)
    let another = false;
    for (let b = i - 1; b >= Math.max(0, i - ANOTHER_REACH) && tokens[b].clause === tokens[i].clause && !another; b--) {
      another = ANOTHER_WORDS.has(words[b]) && !RECOUNT_NOUNS.has(words[b + 1] ?? '');
    }
    const offset = !duration && TIME_UNITS.has(words[next] ?? '') && (offsetAfter(words, next + 1) || OFFSET_BEFORE.has(words[i - 1] ?? ''));
    out.push({ value, approx, bound, unit, words: counts, token: i, text: words.slice(i, Math.max(next, k)).join(' '), shown: [shownFrom, shownTo], weak, duration, another, offset });
  }
  return out;
}

/** Words beside a number that make it a part of the figure before ("of them", "of whom", « dont », « d'entre eux », "davon", «из них»). */
const PART_OF_LINKS = new Set(['of', 'de', 'd', 'entre', 'von']);
const PART_OF_WORDS = new Set(
  ['them', 'those', 'these', 'whom', 'which', 'dont', 'eux', 'elles', 'ellos', 'ellas', 'cuales', 'davon', 'darunter', 'ihnen', 'denen', 'них', 'которых'].map((w) => foldText(w).trim()),
);

/** Tokens around a count of people searched for a word of killing. */
const KILLED_REACH = 4;

/** A bound or an approximation word just before token `i` ("more than", «около»). */
const boundOrApproxBefore = (words: readonly string[], i: number) =>
  [words[i - 1], words[i - 2]].some((w) => w !== undefined && (LOWER_BOUND_WORDS.has(w) || UPPER_BOUND_WORDS.has(w) || APPROX_WORDS.has(w)));

/** "answered only three times", "calling roughly a dozen times": the unit family of the verb before the count, if any. */
function countedVerbBefore(tokens: readonly Token[], words: readonly string[], i: number): string | null {
  for (let b = i - 1; b >= Math.max(0, i - UNIT_LOOKBEHIND) && tokens[b].clause === tokens[i].clause; b--) {
    const family = UNIT_FAMILY_OF.get(words[b]) ?? UNIT_FAMILY_OF.get(words[b].slice(0, Math.max(5, words[b].length - 2)));
    if (family) return family;
  }
  return null;
}

/** A word of the 'kill' concept near token `at`, in its clause. */
function killedNear(tokens: readonly Token[], words: readonly string[], at: number): boolean {
  for (let k = Math.max(0, at - KILLED_REACH); k < Math.min(words.length, at + KILLED_REACH + 2); k++) {
    if (k !== at && tokens[k].clause === tokens[at].clause && conceptOf(words[k]) === 'kill') return true;
  }
  return false;
}

/** Units of time in five languages, by the unit they are ("vier Jahre" is four years), and the prepositions of how long ("for 20 years", « pendant », "seit", "durante", «в течение»). */
const TIME_UNIT_OF = new Map<string, string>();
for (const [unit, words] of Object.entries({
  year: 'year years an ans annee annees jahr jahre jahren ano anos год года лет',
  month: 'month months mois monat monate monaten mes meses месяц месяца месяцев',
  week: 'week weeks semaine semaines woche wochen semana semanas неделю недели недель',
  day: 'day days jour jours tag tage tagen dia dias день дня дней',
  hour: 'hour hours heure heures stunde stunden hora horas час часа часов',
})) {
  for (const w of words.split(' ')) TIME_UNIT_OF.set(foldText(w).trim(), unit);
}
const TIME_UNITS: ReadonlySet<string> = new Set(TIME_UNIT_OF.keys());

/**
 * Measures written with a metric prefix ("20 kV", "20 000 volts", "450 MW", "1,2 GWh"): what they measure and by how
 * much, so that a figure in kilovolts compares with one in volts, and never with one in watts.
 */
const SCALED_UNIT_OF = new Map<string, { measure: string; factor: number }>();
for (const [measure, scales] of Object.entries({
  volt: { 1: 'v volt volts вольт', 1e3: 'kv kilovolt kilovolts киловольт' },
  watt: { 1: 'watt watts ватт', 1e3: 'kw kilowatt kilowatts киловатт квт', 1e6: 'mw megawatt megawatts мегаватт мвт', 1e9: 'gw gigawatt gigawatts гигаватт гвт' },
  watthour: { 1e3: 'kwh квтч', 1e6: 'mwh мвтч', 1e9: 'gwh гвтч', 1e12: 'twh твтч' },
} as Record<string, Record<string, string>>)) {
  for (const [factor, words] of Object.entries(scales)) for (const w of words.split(' ')) SCALED_UNIT_OF.set(foldText(w).trim(), { measure, factor: Number(factor) });
}
/**
 * How many of the claim's unit one of the story's is, when both are measures (the story's unit word right after its
 * number, the claim's any of its unit words): 1,000 for "20 kV" against "20 000 volts", 0 for two measures that differ;
 * null when either is no measure.
 */
function measureRatio(story: Quantity, claim: ClaimQuantity): number | null {
  const scaled = story.words.length ? SCALED_UNIT_OF.get(story.words[0]) : undefined;
  if (!scaled) return null;
  for (const w of claim.words) {
    const claimScaled = SCALED_UNIT_OF.get(w);
    if (claimScaled) return claimScaled.measure === scaled.measure ? scaled.factor / claimScaled.factor : 0;
  }
  return null;
}
/** Words right after a unit of time that make it a gap between two events ("two days after", « deux jours après », „zwei Tage später“, "dos días después", «два дня спустя»). */
const OFFSET_AFTER = new Set(
  ['after', 'before', 'later', 'earlier', 'ago', 'après', 'avant', 'auparavant', 'nach', 'vor', 'später', 'früher', 'zuvor', 'danach', 'después', 'antes', 'tras', 'спустя', 'после', 'позже', 'раньше', 'назад', 'до'].map(
    (w) => foldText(w).trim(),
  ),
);
/** … and the pairs that do so (« deux jours plus tard », "tres días más tarde"). */
const OFFSET_PAIRS = new Set(['plus tard', 'plus tot', 'mas tarde']);
/** … and the words right before the number that do («спустя два дня»). */
const OFFSET_BEFORE = new Set(['спустя', 'через'].map((w) => foldText(w).trim()));
/** Does the word at `k` (after a unit of time) make it a gap? */
const offsetAfter = (words: readonly string[], k: number) => OFFSET_AFTER.has(words[k] ?? '') || OFFSET_PAIRS.has(`${words[k]} ${words[k + 1]}`);

const DURATION_WORDS = new Set(['for', 'pendant', 'durant', 'depuis', 'seit', 'für', 'lang', 'durante', 'desde', 'por', 'течение', 'на'].map((w) => foldText(w).trim()));

/** Words after a number that make it an age, and words before it. */
const AGE_WORDS = new Set(['old', 'jahrige', 'jahriger', 'jahrigen', 'jahriges', 'летний', 'летняя', 'летнего', 'летней', 'летнему'].map((w) => foldText(w).trim()));
const AGE_BEFORE = new Set(['aged', 'age', 'agee', 'agees', 'ages', 'alter', 'edad', 'возрасте'].map((w) => foldText(w).trim()));
const AGE_NOUNS = new Set(['age', 'alter', 'edad'].map((w) => foldText(w).trim()));
const OF_WORDS = new Set(['of', 'de', 'von']);

/** A claim's quantity as the comparison needs it. */
export interface ClaimQuantity {
  value: number;
  approx: boolean;
  unit: string | null;
  /** words the claim itself writes after the number ("engineers", "ingenieurs", "tweets") */
  words: Set<string>;
  text: string;
  /** the figure as the claim's statement writes it ("1,650 residents"), when the statement gives it */
  written?: string;
  /** the claim gives it as how long something lasted ("for 20 years") */
  duration?: boolean;
  /** the claim gives it as a gap between two events ("two days after the leak") */
  offset?: boolean;
}

export type QuantityVerdict = 'match' | 'mismatch';

export interface QuantityComparison {
  verdict: QuantityVerdict;
  story: Quantity;
  claim: ClaimQuantity;
}

export const isCurrency = (unit: string | null) => unit !== null && unit in CURRENCIES;

/** Do the story's and the claim's numbers count the same thing? */
export function sameUnit(story: Quantity, claim: ClaimQuantity): boolean {
  // how long something lasted is not how much of it there was ("worked there for 20 years" / "six years in prison")
  if (story.duration !== (claim.duration ?? false)) return false;
  // "für vier Jahre" is "for four years": durations compare by their unit of time, in any language; so does a count of
  // time units right after its number ("a 12-day closure" / "after eleven days", « onze jours », „elf Tage“)
  if (story.duration || (!story.unit && !claim.unit && TIME_UNIT_OF.has(story.words[0] ?? ''))) {
    const storyUnit = story.words.map((w) => TIME_UNIT_OF.get(w)).find(Boolean);
    const claimUnit = [...claim.words].map((w) => TIME_UNIT_OF.get(w)).find(Boolean);
    if (storyUnit && claimUnit) return storyUnit === claimUnit;
  }
  if (isCurrency(claim.unit)) return isCurrency(story.unit);
  // "20 kV" and "20 000 volts" measure the same; "450 MW" and "20 000 volts" do not, whatever words they share
  const ratio = measureRatio(story, claim);
  if (ratio !== null) return ratio > 0;
  if (claim.unit && story.unit === claim.unit) return true;
  // a claim whose unit names no family counts by its words: one of them of the story's family ("214 habitants" / «214 жителей»);
  // unit words compare by their first letters, as the claims' words do ("Nanogramm" counts "nanograms", « Patienten » "patients")
  if (!claim.unit && story.unit) for (const c of claim.words) if (UNIT_FAMILY_OF.get(c) === story.unit) return true;
  for (const w of story.words) {
    if (claim.words.has(w)) return true;
    if (w.length < STEM_LENGTH) continue;
    const stem = w.slice(0, STEM_LENGTH);
    for (const c of claim.words) if (c.startsWith(stem)) return true;
  }
  return false;
}

/** Story value in the claim's unit (currencies converted to it). */
function inClaimUnit(story: Quantity, claim: ClaimQuantity): number {
  if (isCurrency(claim.unit) && isCurrency(story.unit) && story.unit !== claim.unit) {
    return (story.value * CURRENCIES[story.unit!].usd) / CURRENCIES[claim.unit!].usd;
  }
  return story.value * (measureRatio(story, claim) || 1);
}

/** How far inside a bound the claim's figure may lie for the bound to give it ("more than a third" for 37 %). */
const BOUND_SPAN = 0.25;

/** Compare one story quantity with one claim quantity of the same unit; null when a bound is too far to tell. */
export function compareQuantity(story: Quantity, claim: ClaimQuantity): QuantityVerdict | null {
  const value = inClaimUnit(story, claim);
  let tolerance = story.approx || claim.approx ? APPROX_TOLERANCE : EXACT_TOLERANCE;
  if (isCurrency(claim.unit) && story.unit !== claim.unit) tolerance += CURRENCY_TOLERANCE;
  // a bound gives the claim's figure only when it is close to it ("more than 1,800" for 1,823); a far one
  // ("faces up to twelve years" for the eight sought) neither gives nor denies it
  if (story.bound === 'lower') return claim.value < value * (1 - tolerance) ? 'mismatch' : claim.value <= value * (1 + BOUND_SPAN) ? 'match' : null;
  if (story.bound === 'upper') return claim.value > value * (1 + tolerance) ? 'mismatch' : claim.value >= value * (1 - BOUND_SPAN) ? 'match' : null;
  // small counts compare exactly unless one side is approximate ("a dozen" ≈ 12, «une vingtaine» ≠ 3)
  const diff = Math.abs(value - claim.value);
  if (diff === 0) return 'match';
  return diff <= tolerance * Math.max(Math.abs(value), Math.abs(claim.value)) ? 'match' : 'mismatch';
}

/** The best comparison of a story quantity with a claim's quantities: a match with any wins. */
export function compareWithClaim(story: Quantity, claims: readonly ClaimQuantity[]): QuantityComparison | null {
  let mismatch: QuantityComparison | null = null;
  for (const claim of claims) {
    if (!sameUnit(story, claim)) continue;
    const verdict = compareQuantity(story, claim);
    if (verdict === null) continue;
    if (verdict === 'match') return { verdict, story, claim };
    // a gap between two events and how long one lasted differ without contradicting ("two days after the leak" / "a
    // 12-day shutdown"); the same figure is the same fact ("contained five days later" / "after five days")
    if (story.offset !== (claim.offset ?? false)) continue;
    mismatch ??= { verdict, story, claim };
  }
  return mismatch;
}

/** Significant digits from which a figure is distinctive: 1,650 or 38,500, not 100 million or 12. */
const DISTINCTIVE_DIGITS = 3;

/** How many significant digits a figure has (a whole number's trailing zeros are not): 1,650 has three, 100 million one. */
export function significantDigits(value: number): number {
  return String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** A figure few stories share by chance: this many significant digits. */
export function distinctiveFigure(value: number): boolean {
  return significantDigits(value) >= DISTINCTIVE_DIGITS;
}

/**
 * Is the figure what its subject has, serves or claims ("Northwind, which serves 2.3 million customers",
 * « Velnet revendique quelque 40 millions d'abonnés », "cuenta con más de 23 millones"), a standing fact of the subject
 * rather than an event's count? The verb stands right before the figure as shown, with its approximation or bound.
 */
export function standingFigure(tokens: readonly Token[], q: Quantity): boolean {
  let k = q.shown[0] - 1;
  if (tokens[k]?.text === 'con') k--; // "cuenta con"
  return STANDING_FACT_WORDS.has(tokens[k]?.text ?? '');
}

/** Parse a claim's quantity; its unit words come from its text and the claim's wordings. */
export function claimQuantity(q: { value: number; unit?: string; approx: boolean; text?: string }, extraWords: Iterable<string>): ClaimQuantity {
  let unit: string | null = null;
  const raw = (q.unit ?? '').toLowerCase();
  const code = raw.toUpperCase();
  if (code in CURRENCIES) unit = code;
  else if (CURRENCY_SYMBOLS.has(raw.trim())) unit = CURRENCY_SYMBOLS.get(raw.trim())!;
  else if (UNIT_FAMILY_OF.has(raw.trim())) unit = UNIT_FAMILY_OF.get(raw.trim())!; // "%"
  else {
    for (const part of raw.split(/[^\p{L}]+/u).reverse()) {
      // a currency written out ("euros", "dollars"), as a watchlist proposed from seeds has it
      const folded = foldText(part).trim();
      const family = CURRENCY_WORDS.get(folded) ?? UNIT_FAMILY_OF.get(folded) ?? (MULTIPLE_UNIT_WORDS.has(folded) ? 'multiple' : undefined);
      if (family) {
        unit = family;
        break;
      }
    }
  }
  const words = new Set(extraWords);
  // a unit of no family is compared by its own word ("seats", « sièges »), as the claim spells it
  // (a metric unit however short: "MW", "kV")
  if (!unit) for (const part of raw.split(/[^\p{L}]+/u)) if ((part.length >= 3 || SCALED_UNIT_OF.has(part)) && !UNIT_STOP_WORDS.has(part)) words.add(foldText(part).trim());
  return { value: q.value, approx: q.approx, unit, words, text: q.text ?? String(q.value) };
}

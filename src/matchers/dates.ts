/**
 * Dates in a sentence and their comparison with a claim's dates.
 *
 * Explicit dates are read from the sentence's tokens in five languages ("Nov. 9, 2016", «le 5
 * novembre 2016», "9. November 2016", "5 de noviembre de 2016", «5 ноября 2016 года», "March
 * and May 2019", «en mars puis en mai 2019», "2016-11-05", a bare year); only the
 * parts written are known (no year is guessed). Relative days ("on Saturday", «vendredi»,
 * "gestern", "ayer") are resolved by chrono-node against the story's publication date, for
 * support only. Claim dates are the watchlist's values: "2016-11-05", "2016-11", "2016 (early)",
 * "2016-11 (before 2016-11-08)", "2017-07 (11 July 2017)".
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { AMBIGUOUS_MONTHS, MONTHS, RELATIVE_DAY_WORDS } from './lexicon-dates.js';
import { wordsOf, type Token } from './tokens.js';

export interface DateMention {
  year?: number;
  month?: number;
  day?: number;
  /** the first token of the mention */
  token: number;
  /** resolved from a relative expression ("on Saturday") */
  relative?: boolean;
  /** an end of a period ("from March 2019 to May 2020"): what lies between is not a different date */
  range?: boolean;
  text: string;
}

export interface ClaimDateSpec {
  year: number;
  month?: number;
  day?: number;
  /** "(before 2016-11-08)": the event happened before this day (epoch ms, UTC) */
  before?: number;
  /** what the date is of ("first message"), from the watchlist */
  what?: string;
  text: string;
}

const YEAR_RE = /^(?:19|20)\d\d$/;
const DAY_RE = /^([1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|o)?$/;
/** Words between a day and its month or a month and its year ("5 de noviembre de 2016", "le 5"). */
const DATE_FILLERS = new Set(['de', 'del', 'of', 'the', 'le', 'am', 'den', 'el']);

/** Words between the two ends of a period. */
const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'a', 'au', 'jusqu', 'bis', 'al', 'hasta', 'по', 'до']);

const dayOf = (w: string | undefined) => {
  const m = w ? DAY_RE.exec(w) : null;
  return m ? Number(m[1]) : undefined;
};

/** Explicit dates in a sentence's tokens; `used` receives the tokens read as dates. */
export function findDates(tokens: readonly Token[], used: Set<number> = new Set()): DateMention[] {
  const words = wordsOf(tokens);
  const out: DateMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "2016-11-05" reads "2016 11 05" once normalised
    if (YEAR_RE.test(w) && /^\d\d?$/.test(words[i + 1] ?? '') && /^\d\d?$/.test(words[i + 2] ?? '')) {
      const month = Number(words[i + 1]);
      const day = Number(words[i + 2]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        out.push({ year: Number(w), month, day, token: i, text: words.slice(i, i + 3).join('-') });
        used.add(i).add(i + 1).add(i + 2);
        i += 2;
        continue;
      }
    }
    const month = MONTHS.get(w);
    if (!month) continue;
    let day: number | undefined;
    let first = i;
    let last = i;
    // day before: "5 novembre", "9. November", "5 de noviembre", «5 ноября»
    let b = i - 1;
    if (DATE_FILLERS.has(words[b] ?? '')) b--;
    if (b >= 0 && !used.has(b) && dayOf(words[b]) !== undefined && !YEAR_RE.test(words[b])) {
      day = dayOf(words[b]);
      first = b;
    }
    // day after: "Nov. 9", "June 29, 2016"
    if (day === undefined && dayOf(words[i + 1]) !== undefined && !MONTHS.has(words[i + 2] ?? '')) {
      day = dayOf(words[i + 1]);
      last = i + 1;
    }
    // year after: "novembre 2016", "noviembre de 2016", "Nov. 9, 2016"
    let year: number | undefined;
    for (let k = last + 1; k <= last + 2 && k < words.length; k++) {
      if (YEAR_RE.test(words[k])) {
        year = Number(words[k]);
        last = k;
        break;
      }
      if (!DATE_FILLERS.has(words[k])) break;
    }
    if (AMBIGUOUS_MONTHS.has(w) && day === undefined && year === undefined) continue; // "may", "mars"
    for (let k = first; k <= last; k++) used.add(k);
    out.push({ year, month, day, token: first, text: words.slice(first, last + 1).join(' ') });
  }
  // "March and May 2019", «en mars puis en mai 2019»: a month without a year takes the next one's
  for (let k = out.length - 2; k >= 0; k--) {
    const d = out[k];
    const nextDate = out[k + 1];
    if (d.year === undefined && d.month && nextDate.year !== undefined && nextDate.month && nextDate.token - d.token <= 8 && d.month <= nextDate.month) {
      d.year = nextDate.year;
    }
  }
  // periods: "from March 2019 to May 2020", «de mars 2019 à mai 2020», "von Mai bis Juli 2017"
  for (let k = 0; k + 1 < out.length; k++) {
    const between = words.slice(out[k].token + 1, out[k + 1].token).filter((w) => !DATE_FILLERS.has(w) && !MONTHS.has(w) && !/^\d/.test(w));
    if (between.length === 1 && RANGE_WORDS.has(between[0])) out[k].range = out[k + 1].range = true;
  }
  // bare years: "in 2016", "since 2011", "the 2016 election"
  words.forEach((w, i) => {
    if (!used.has(i) && YEAR_RE.test(w) && tokens[i].before !== '$' && tokens[i].before !== '€') {
      out.push({ year: Number(w), token: i, text: w });
      used.add(i);
    }
  });
  return out.sort((a, b) => a.token - b.token);
}

const CHRONO_LANGS = new Set(['en', 'fr', 'de', 'es', 'ru']);
let chronoModule: typeof Chrono | null = null;
/** chrono-node, loaded on the first sentence that needs it: most stories never do, and it is large. */
function chronoFor(lang: string): Chrono.Chrono {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  return chronoModule[lang as 'en' | 'fr' | 'de' | 'es' | 'ru'].casual;
}
const DAY_MS = 86_400_000;

/**
 * Relative days ("on Saturday", «samedi», "gestern", "ayer") resolved against the publication date:
 * the most recent such day on or before it. Only sentences holding such a word are parsed.
 */
export function findRelativeDates(sentence: string, tokens: readonly Token[], lang: string | null, publishedAt: string | null | undefined): DateMention[] {
  if (!publishedAt || !lang || !CHRONO_LANGS.has(lang)) return [];
  const at = tokens.findIndex((t) => RELATIVE_DAY_WORDS.has(t.text));
  if (at < 0) return [];
  const ref = new Date(publishedAt);
  if (Number.isNaN(ref.getTime())) return [];
  const out: DateMention[] = [];
  for (const r of chronoFor(lang).parse(sentence, ref)) {
    if (r.start.isCertain('month') || r.start.isCertain('year')) continue; // explicit dates are read above
    let t = r.start.date().getTime();
    if (t > ref.getTime() + DAY_MS) t -= 7 * DAY_MS; // "on Saturday" in a story is the past one
    const d = new Date(t);
    out.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), token: at, relative: true, text: r.text });
  }
  return out;
}

/** Parse a watchlist date value; null when it has no year. */
export function parseClaimDate(value: string, what?: string): ClaimDateSpec | null {
  const m = /^\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const spec: ClaimDateSpec = { year: Number(m[1]), text: value, what };
  if (m[2]) spec.month = Number(m[2]);
  if (m[3]) spec.day = Number(m[3]);
  const before = /before\s+(\d{4})-(\d{2})-(\d{2})/i.exec(value);
  if (before) spec.before = Date.UTC(Number(before[1]), Number(before[2]) - 1, Number(before[3]));
  return spec;
}

export type DateVerdict = 'match' | 'compatible' | 'mismatch';

/**
 * Compare a story date with a claim date on the parts both know: equal parts match ("14 October"
 * and 2016-10-14), a less precise story date is compatible ("July 2016" for 10 July 2016), a
 * different part is a mismatch; so is a date after the claim's "before" bound.
 */
export function compareDate(story: DateMention, claim: ClaimDateSpec): DateVerdict {
  if (story.year !== undefined && story.year !== claim.year) return 'mismatch';
  if (story.month !== undefined && claim.month !== undefined && story.month !== claim.month) return 'mismatch';
  if (story.day !== undefined && claim.day !== undefined && story.day !== claim.day) return 'mismatch';
  if (claim.before !== undefined && story.year !== undefined && story.month !== undefined) {
    const t = Date.UTC(story.year, story.month - 1, story.day ?? 1);
    if (t >= claim.before) return 'mismatch';
  }
  // a story date as precise as the claim's (or more) matches ("14 October" matches 2016-10-14 on its parts);
  // a year alone says little: compatible
  if (claim.month === undefined) return 'compatible';
  if (story.month === undefined) return 'compatible';
  if (claim.day !== undefined && story.day === undefined) return 'compatible';
  return 'match';
}


/**
 * Dates in a seed sentence, as ISO values: "le 5 novembre 2016" → 2016-11-05, "en juillet 2014" →
 * 2014-07, "en 2016" → 2016, "le 19 janvier" → --01-19 (the seed gives no year). chrono-node reads
 * day dates in fr/en/de/es/ru; month-year and bare years are read here.
 */
import * as chrono from 'chrono-node';
import { FUNCTION_WORDS, MONTHS } from './lexicon.js';

export interface FoundDate {
  value: string;
  /** offsets in the sentence */
  start: number;
  end: number;
  text: string;
  what?: string;
  /** the day of the week the sentence gives with a day date (0 Sunday … 6 Saturday): "martes 10 de febrero" */
  weekday?: number;
}

/** Day names, Sunday first, in the five languages (a German compound counts: "Dienstagabend"). */
const WEEKDAYS: readonly string[][] = [
  ['sunday', 'dimanche', 'sonntag', 'domingo', 'воскресенье'],
  ['monday', 'lundi', 'montag', 'lunes', 'понедельник'],
  ['tuesday', 'mardi', 'dienstag', 'martes', 'вторник'],
  ['wednesday', 'mercredi', 'mittwoch', 'miércoles', 'miercoles', 'среда', 'среду'],
  ['thursday', 'jeudi', 'donnerstag', 'jueves', 'четверг'],
  ['friday', 'vendredi', 'freitag', 'viernes', 'пятница', 'пятницу'],
  ['saturday', 'samedi', 'samstag', 'sonnabend', 'sábado', 'sabado', 'суббота', 'субботу'],
];
/** A day name right before a date, with what may stand between ("Dienstagabend, dem 3. März", "Tuesday, March 3"). */
const WEEKDAY_BEFORE_RE = new RegExp(`(?<![\\p{L}])(${WEEKDAYS.flat().join('|')})\\p{L}*[\\s,]*(?:(?:dem|den|le|el|the|on)\\s+)?$`, 'iu');

function weekdayBefore(sentence: string, at: number): number | undefined {
  const m = WEEKDAY_BEFORE_RE.exec(sentence.slice(Math.max(0, at - 30), at));
  if (!m) return undefined;
  const name = m[1].toLowerCase();
  const day = WEEKDAYS.findIndex((names) => names.includes(name));
  return day >= 0 ? day : undefined;
}

/** chrono parsers, most likely language of the seeds first; strict: no "today"/"hier". */
const PARSERS = [chrono.fr.strict, chrono.en.strict, chrono.de.strict, chrono.es.strict, chrono.ru.strict];
/** A fixed reference: results must not depend on the day the import runs. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

const MONTH_NAMES = Object.keys(MONTHS);
const NUMERIC_DATE_RE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;
const ISO_RE = /(?<![\p{N}-])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\p{N}])/gu;
const MONTH_YEAR_RE = new RegExp(
  `(?<![\\p{L}])(${[...MONTH_NAMES].sort((a, b) => b.length - a.length).join('|')})\\s+(?:de\\s+|of\\s+)?((?:19|20)\\d{2})(?![\\p{N}])`,
  'giu',
);
const YEAR_RE = /(?<![\p{L}\p{N}.,/:€$£-])((?:19|20)\d{2})(?![\p{N}]|[.,]\d)/gu;
const WORD_AFTER_RE = /^\s+([\p{L}]+)/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** Does chrono's match name a month, or is it a full numeric date? (Not "il y a 12 heures", not "1/3".) */
function isCalendarText(text: string): boolean {
  if (NUMERIC_DATE_RE.test(text)) return true;
  const words = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  return words.some((w) => MONTH_NAMES.some((m) => m.startsWith(w)));
}

export function findDates(sentence: string): FoundDate[] {
  const found: FoundDate[] = [];
  const free = (start: number, end: number) => found.every((d) => end <= d.start || start >= d.end);
  const add = (d: FoundDate) => {
    if (free(d.start, d.end)) found.push(d);
  };
  for (const m of sentence.matchAll(ISO_RE)) {
    add({ value: m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const results = PARSERS.flatMap((parser, order) => parser.parse(sentence, REFERENCE).map((r) => ({ r, order })));
  results.sort((a, b) => b.r.text.length - a.r.text.length || a.order - b.order || a.r.index - b.r.index);
  for (const { r } of results) {
    if (!isCalendarText(r.text)) continue;
    const c = r.start;
    const year = c.isCertain('year') ? c.get('year') : null;
    const month = c.isCertain('month') ? c.get('month') : null;
    const day = c.isCertain('day') ? c.get('day') : null;
    if (month === null) continue;
    let value: string;
    let what: string | undefined;
    if (day !== null && year !== null) value = `${year}-${pad(month)}-${pad(day!)}`;
    else if (day !== null) {
      value = `--${pad(month)}-${pad(day)}`;
      what = 'the seed gives no year';
    } else if (year !== null) value = `${year}-${pad(month)}`;
    else continue;
    const weekday = day === null ? undefined : c.isCertain('weekday') ? c.get('weekday')! : weekdayBefore(sentence, r.index);
    add({ value, start: r.index, end: r.index + r.text.length, text: r.text, ...(what ? { what } : {}), ...(weekday !== undefined ? { weekday } : {}) });
  }
  for (const m of sentence.matchAll(MONTH_YEAR_RE)) {
    add({ value: `${m[2]}-${pad(MONTHS[m[1].toLowerCase()])}`, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const m of sentence.matchAll(YEAR_RE)) {
    // "1999 personnes" counts people; "en 2016 par…", "2016." and "2016," are years
    const next = WORD_AFTER_RE.exec(sentence.slice(m.index + m[0].length))?.[1];
    if (next && /^\p{Ll}/u.test(next) && !FUNCTION_WORDS.has(next) && !['à', 'et', 'a'].includes(next)) continue;
    add({ value: m[1], start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  found.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return found.filter((d) => !seen.has(d.value) && seen.add(d.value));
}

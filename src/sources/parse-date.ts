import { FILLERS, MONTHS, WEEKDAYS } from './feed/date-names.js';
import { isZoneName, zoneOffset } from './feed/date-zones.js';

/**
 * Dates as feeds and pages write them, to an ISO string, or null when unreadable.
 *
 * Accepts W3DTF / ISO 8601 / RFC 3339 (a year and month alone, a date alone, with or without
 * seconds, fraction or zone; basic and ordinal forms), RFC 822/1123/850 and asctime with their named
 * zones (US, European, military letters, `Etc/GMT+5`, IANA names), numeric dates (2003/12/31,
 * 31.12.2003; not 12/31 or 31/12: which one a site means is a guess), the Korean and Hungarian forms feedparser knows, and the loose shapes
 * CMSs print: month and weekday names in several languages (feed/date-names.ts), two-digit years,
 * missing seconds or time, stray commas, "10h30", "7:31 pm". No zone is read as UTC. Never
 * "Invalid Date": what cannot be read for sure is null.
 */

const ZONE = String.raw`(Z|[+-]\d{1,2}(?::?\d{2})?|(?:GMT|UTC|UT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]{1,5}|[A-Za-z]+\/[A-Za-z_]+(?:[+-]\d{1,2})?)`;
/** What may follow a numeric date: a time (after T, a space, a comma or "at"), am/pm, a zone, a zone name in parentheses. */
const CLOCK = new RegExp(
  String.raw`^(?:[Tt]\s*|,?\s*(?:(?:at|à|um|a las)\s+)?)(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([ap]\.?m\.?)?(?:\s*uhr)?\s*${ZONE}?(?:\s*\(?[A-Za-z]{1,5}\)?)?$`,
  'i',
);

/** The common RFC 822 shape, read without more: "Sun, 06 Nov 1994 08:49:37 GMT" */
const RFC822_FAST = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+(GMT|UTC|UT|Z|[+-]\d{4})$/;
/** ISO 8601 basic: "20031231T101455Z", "20031231" */
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:[Tt](\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

type Numeric = (m: RegExpExecArray) => [year: number, month: number, day: number] | null;

/** Numeric date forms, each with what may follow it (CLOCK), by the order the parts come in. */
const NUMERIC_DATES: [RegExp, Numeric][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/, (m) => [+m[1], +m[2], +m[3]]], // W3DTF, ISO extended
  [/^(\d{4})-(\d{1,2})()$/, (m) => [+m[1], +m[2], 1]], // W3DTF year and month
  [/^(\d{4})-(\d{3})(.*)$/, (m) => ordinal(+m[1], +m[2])], // ISO ordinal: 2003-335
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})(.*)$/, (m) => [+m[1], +m[2], +m[3]]], // 2003/12/31 (also Perforce)
  [/^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(.*)$/, (m) => [+m[3], +m[2], +m[1]]], // 31.12.2003: Europe writes the day first
  [/^(\d{4})-(\p{L}+)\.?-(\d{1,2})(.*)$/u, (m) => (MONTHS.has(m[2].toLowerCase()) ? [+m[1], MONTHS.get(m[2].toLowerCase())!, +m[3]] : null)], // 2004-július-13
];
/** Korean blogs: "2004년 05월 28일 01:31:15" (OnBlog), "2004-05-25 오후 11:23:17" (Nate); Korea's time. */
const KOREAN = /^(\d{4})(?:년\s*(\d{1,2})월\s*(\d{1,2})일\s+()|-(\d{1,2})-(\d{1,2})\s+(오전|오후)\s+)(\d{1,2}):(\d{2}):(\d{2})$/;
const KST = 540;

/** A weekday before a numeric date ("Fri, 2006/09/15 08:19:53 EDT"). */
const LEADING_WORD = /^(\p{L}+)\.?,?\s+(?=\d)/u;

const TIME_TOKEN = /^(\d{1,2})[:h](\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?([ap]\.?m\.?)?$/i;
const MERIDIEM = /^[ap]\.?m\.?$/i;
const NUMBER_TOKEN = /^(\d{1,4})(?:\.|st|nd|rd|th|er|e)?$/i;
const NUMERIC_ZONE = /^[+-]\d{2}:?\d{2}$|^[+-]\d{1,2}$/;
const NAMED_ZONE = /^(?:(?:GMT|UTC|UT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{1,5}|[A-Za-z]+\/[A-Za-z_]+(?:[+-]\d{1,2})?)$/;

/** dates before this are template defaults or epoch zeros, not publication dates */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Parses a date string; returns an ISO string in UTC, or null when it cannot be read for sure. */
export function parseDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let value = raw.trim();
  if (value.length < 6 || value.length > 100) return null;
  if (/\s\s|[^\S ]/.test(value)) value = value.replace(/\s+/g, ' ');

  const fast = RFC822_FAST.exec(value);
  if (fast) {
    const [, d, monthName, y, h, mi, s = '0', zone] = fast;
    const month = MONTHS.get(monthName.toLowerCase());
    if (month !== undefined) return build(+y, month, +d, +h, +mi, +s, 0, zoneOffset(zone));
  }
  const basic = ISO_BASIC.exec(value);
  if (basic) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac, zone] = basic;
    const local = [+y, +mo, +d, +h, +mi, +s];
    return build(+y, +mo, +d, +h, +mi, +s, fraction(frac), zone === undefined ? 0 : zoneOffset(zone, local));
  }
  const korean = KOREAN.exec(value);
  if (korean) {
    const [, y, mo1, d1, , mo2, d2, meridiem, h, mi, s] = korean;
    const [mo, d] = mo1 ? [mo1, d1] : [mo2, d2];
    const hour = meridiem === '오후' && +h < 12 ? +h + 12 : meridiem === '오전' && +h === 12 ? 0 : +h;
    return build(+y, +mo, +d, hour, +mi, +s, 0, KST);
  }
  const leading = LEADING_WORD.exec(value);
  const numeric = leading && WEEKDAYS.has(leading[1].toLowerCase()) ? value.slice(leading[0].length) : value;
  for (const [pattern, parts] of NUMERIC_DATES) {
    const m = pattern.exec(numeric);
    if (!m) continue;
    const ymd = parts(m);
    return ymd ? withClock(ymd, m[4] ?? '') : null;
  }
  return fromWords(value);
}

function fraction(digits: string | undefined): number {
  return digits ? Math.round(Number(`0.${digits.slice(0, 3).padEnd(3, '0')}`) * 1000) : 0;
}

function ordinal(year: number, day: number): [number, number, number] | null {
  if (day < 1 || day > 366) return null;
  const date = new Date(Date.UTC(year, 0, day));
  return date.getUTCFullYear() === year ? [year, date.getUTCMonth() + 1, date.getUTCDate()] : null;
}

/** A numeric date and what follows it: nothing (midnight UTC) or a CLOCK. */
function withClock([y, mo, d]: [number, number, number], rest: string): string | null {
  if (rest.trim() === '') return build(y, mo, d, 0, 0, 0, 0, 0);
  const clock = CLOCK.exec(rest);
  if (!clock) return null;
  const [, h, mi, s = '0', frac, meridiem, zone] = clock;
  const hour = to24(+h, meridiem);
  if (hour === null) return null;
  const local = [y, mo, d, hour, +mi, +s];
  return build(y, mo, d, hour, +mi, +s, fraction(frac), zone === undefined ? 0 : zoneOffset(zone, local));
}

function to24(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour;
  if (hour > 12 || hour === 0) return null;
  const pm = /^p/i.test(meridiem);
  return pm ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
}

/**
 * The loose shapes, token by token: a month name, a day, a year (4 digits, or 2 after the day),
 * an optional time and zone; weekdays and filler words are skipped, anything else fails.
 */
function fromWords(value: string): string | null {
  const comment = /\(([^)]*)\)/.exec(value)?.[1]?.trim(); // "+0000 (UTC)", "(CEST)"
  const text = value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/(\d{1,2})-(\p{L}+)\.?-(\d{2,4})/u, '$1 $2 $3'); // RFC 850: 06-Nov-94
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  const numbers: string[] = [];
  const months: { month: number; weekdayToo: boolean }[] = [];
  let time: RegExpExecArray | null = null;
  let meridiem: string | undefined;
  let zone: string | undefined;
  for (const [index, token] of tokens.entries()) {
    const timeMatch: RegExpExecArray | null = time === null ? TIME_TOKEN.exec(token) : null;
    if (timeMatch) {
      time = timeMatch;
      meridiem = timeMatch[5];
      continue;
    }
    if (time && !meridiem && MERIDIEM.test(token)) {
      meridiem = token;
      continue;
    }
    const number = NUMBER_TOKEN.exec(token);
    if (number) {
      numbers.push(number[1]);
      continue;
    }
    if (NUMERIC_ZONE.test(token)) {
      zone ??= token;
      continue;
    }
    const word = token.toLowerCase().replace(/\.$/, '');
    const month = MONTHS.get(word);
    if (month !== undefined) {
      months.push({ month, weekdayToo: WEEKDAYS.has(word) });
      continue;
    }
    // a known zone name before fillers: "A" (military) is not the filler "a", "ET" is not "et"
    if (isZoneName(token) && (token === token.toUpperCase() || (token.length > 2 && !FILLERS.has(word)))) {
      zone ??= token; // a second zone ("+0000 GMT") says the same thing
      continue;
    }
    if (WEEKDAYS.has(word) || FILLERS.has(word)) continue;
    if (zone === undefined && NAMED_ZONE.test(token)) {
      zone = token;
      continue;
    }
    if (index === 0 && /^\p{L}+\.?$/u.test(token)) continue; // a leading weekday in another language
    return null;
  }
  const named = months.length > 1 ? months.filter((m) => !m.weekdayToo) : months;
  if (named.length !== 1 || numbers.length !== 2) return null;
  const yearAt = numbers.findIndex((n) => n.length === 4);
  let year: number;
  let day: number;
  if (yearAt !== -1) {
    if (numbers[1 - yearAt].length > 2) return null;
    year = +numbers[yearAt];
    day = +numbers[1 - yearAt];
  } else {
    if (numbers[0].length > 2 || numbers[1].length !== 2) return null;
    day = +numbers[0];
    year = +numbers[1] + (+numbers[1] < 50 ? 2000 : 1900); // RFC 822 two-digit years
  }
  const hour = to24(time ? +time[1] : 0, meridiem);
  if (hour === null) return null;
  const minute = time ? +time[2] : 0;
  const second = time?.[3] ? +time[3] : 0;
  const local = [year, named[0].month, day, hour, minute, second];
  let offset: number | null = 0;
  const zoneText = zone ?? comment;
  if (zoneText) {
    offset = zoneOffset(zoneText, local);
    // an unknown alphabetic zone, or a comment we cannot read, is UTC: off by hours beats no date at all
    if (offset === null && (zone === undefined || /^[A-Z]{2,6}$/i.test(zoneText))) offset = 0;
  }
  return build(year, named[0].month, day, hour, minute, second, fraction(time?.[4]), offset);
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMinutes: number | null): string | null {
  if (offsetMinutes === null) return null;
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (h > 24 || mi > 59 || s > 60 || (h === 24 && (mi > 0 || s > 0))) return null;
  // reject 31 Feb and friends instead of letting Date roll them into March
  if (d > DAYS_IN_MONTH[mo - 1] && !(mo === 2 && d === 29 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  const time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offsetMinutes * 60_000;
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/**
 * Dates as feeds and pages write them, to an ISO string, or null when unreadable.
 *
 * Accepts RFC 822/1123 (`Tue, 10 Jun 2003 04:00 CEST`, named zones, two-digit years, missing
 * seconds, English/French/German/Spanish month names) and ISO 8601 / RFC 3339 (with or without
 * seconds, fraction, zone; a date alone). Never returns "Invalid Date".
 */

/** UTC offsets of the zone names that real feeds use, in minutes. */
const ZONE_OFFSETS: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 60, WEST: 60,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  CET: 60, CEST: 120, MET: 60, MEST: 120, MEZ: 60, MESZ: 120, EET: 120, EEST: 180, MSK: 180,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

const MONTHS: Record<string, number> = {};
// English, French, German, Spanish, Italian, Portuguese abbreviations and full names
for (const [month, names] of [
  [1, 'jan january janv janvier jän januar ene enero gen gennaio'],
  [2, 'feb february fév févr fev fevr février fevrier februar febrero febbraio fevereiro'],
  [3, 'mar march mars mär märz marz marzo março'],
  [4, 'apr april avr avril abr abril aprile'],
  [5, 'may mai mayo mag maggio maio'],
  [6, 'jun june juin juni junio giu giugno junho'],
  [7, 'jul july juil juillet juli julio lug luglio julho'],
  [8, 'aug august aoû aou août aout agosto ago'],
  [9, 'sep sept september septembre set settembre septiembre setembro'],
  [10, 'oct october octobre okt oktober octubre ott ottobre out outubro'],
  [11, 'nov november novembre noviembre novembro'],
  [12, 'dec december déc décembre decembre dez dezember dic diciembre dicembre dezembro'],
] as const) {
  for (const name of names.split(' ')) MONTHS[name] = month;
}

const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{1,5})?)?$/i;
/** day month year [time] [zone] — the RFC 822 shape once the weekday is gone */
const RFC822_DATE =
  /^(\d{1,2})[\s-]+([\p{L}]+)\.?[\s-]+(\d{2,4})(?:[\s,T]+(\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(.*)$/iu;
/** month day, year [time] [zone] — the US shape some CMSs write */
const US_DATE = /^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/iu;
/** dates before this are template defaults or epoch zeros, not publication dates */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Parses a date string; returns an ISO string in UTC, or null when it cannot be read for sure. */
export function parseDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value.length < 6 || value.length > 80) return null;

  const iso = ISO_DATE.exec(value);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac, zone] = iso;
    const offset = zone === undefined ? 0 : zoneOffset(zone);
    if (offset === null) return null;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    return build(+y, +mo, +d, +h, +mi, +s, ms, offset);
  }

  // drop the weekday ("Tue,", "mardi", "Di.") and a stray "le"/"am" before the day
  const noWeekday = value.replace(/^[\p{L}]+\.?,?\s+(?=\d)/u, '');
  const rfc = RFC822_DATE.exec(noWeekday);
  if (rfc) {
    const [, d, monthName, y, h = '0', mi = '0', s = '0', zone] = rfc;
    return fromParts(+d, monthName, y, h, mi, s, zone);
  }
  const us = US_DATE.exec(value.replace(/^[\p{L}]+,\s+(?=[\p{L}]+\.?\s+\d)/u, ''));
  if (us) {
    const [, monthName, d, y, h = '0', mi = '0', s = '0', zone] = us;
    return fromParts(+d, monthName, y, h, mi, s, zone);
  }
  return null;
}

function fromParts(day: number, monthName: string, yearText: string, h: string, mi: string, s: string, zoneText: string): string | null {
  const month = MONTHS[monthName.toLowerCase()];
  if (month === undefined) return null;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900; // RFC 822 two-digit years
  else if (yearText.length !== 4) return null;
  const zone = zoneText.trim().replace(/^\(|\)$/g, '');
  let offset: number | null = 0;
  if (zone) {
    // "+0200", "GMT+2", "CEST", "(CEST)", "GMT+0200 (Central European Summer Time)"
    const first = zone.split(/\s+/)[0];
    offset = zoneOffset(first);
    if (offset === null) {
      // an unknown alphabetic zone is read as UTC: off by hours beats no date at all
      if (/^[A-Z]{1,6}$/i.test(first)) offset = 0;
      else return null;
    }
  }
  return build(year, month, day, +h, +mi, +s, 0, offset);
}

function zoneOffset(zone: string): number | null {
  const upper = zone.toUpperCase();
  if (upper in ZONE_OFFSETS) return ZONE_OFFSETS[upper];
  const numeric = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(upper);
  if (numeric) {
    const [, sign, hh, mm = '0'] = numeric;
    if (+hh > 14 || +mm > 59) return null;
    return (sign === '-' ? -1 : 1) * (+hh * 60 + +mm);
  }
  return null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMinutes: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  if (h > 24 || mi > 59 || s > 60) return null;
  const local = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  // reject 31 Feb and friends instead of letting Date roll them into March
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1) return null;
  const time = local - offsetMinutes * 60_000;
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/**
 * Time zones as dates name them: abbreviations (US, European, a few others), RFC 822 military
 * letters, numeric offsets ("+0200", "-05:30", "GMT+2"), and IANA names ("Europe/Paris",
 * "Etc/GMT+5") through the runtime's time zone data.
 */

/** UTC offsets of the zone names that real feeds use, in minutes. IST is India's: that is where feeds say IST. */
export const ZONE_OFFSETS: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, WEZ: 0, BST: 60, WEST: 60, WESZ: 60, IST: 330,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  ET: -300, CT: -360, MT: -420, PT: -480, AT: -240, HNE: -300, HAE: -240,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150, BRT: -180, ART: -180,
  CET: 60, CEST: 120, MET: 60, MEST: 120, MEZ: 60, MESZ: 120, EET: 120, EEST: 180, MSK: 180, SAST: 120,
  JST: 540, KST: 540, HKT: 480, SGT: 480, PHT: 480, ICT: 420, WIB: 420, AWST: 480, ACST: 570, AEST: 600, AEDT: 660,
  NZST: 720, NZDT: 780,
};
// RFC 822 military zones, with RFC 822's own signs (as feedparser reads them): A is -1 hour, N is +1, J is not used
for (const [i, letter] of [...'ABCDEFGHIKLM'].entries()) ZONE_OFFSETS[letter] = -(i + 1) * 60;
for (const [i, letter] of [...'NOPQRSTUVWXY'].entries()) ZONE_OFFSETS[letter] = (i + 1) * 60;

export function isZoneName(token: string): boolean {
  return token.toUpperCase() in ZONE_OFFSETS;
}

const NUMERIC = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Offset in minutes east of UTC, or null. `local` (y, mo, d, h, mi, s) is needed for IANA names. */
export function zoneOffset(zone: string, local?: number[]): number | null {
  const upper = zone.toUpperCase();
  if (upper in ZONE_OFFSETS) return ZONE_OFFSETS[upper];
  const numeric = NUMERIC.exec(upper);
  if (numeric) {
    const [, sign, hh, mm = '0'] = numeric;
    if (+hh > 14 || +mm > 59) return null;
    return (sign === '-' ? -1 : 1) * (+hh * 60 + +mm);
  }
  if (zone.includes('/') && local) return ianaOffset(zone, local);
  return null;
}

const formats = new Map<string, Intl.DateTimeFormat | null>();

/** "Europe/Paris", "Etc/GMT+5" (POSIX signs: that is UTC-5) at that local time, or null for an unknown name. */
function ianaOffset(zone: string, [y, mo, d, h, mi, s]: number[]): number | null {
  let format = formats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      format = null;
    }
    if (formats.size < 100) formats.set(zone, format);
  }
  if (!format) return null;
  const name = format.formatToParts(new Date(Date.UTC(y, mo - 1, d, h, mi, s))).find((part) => part.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (+match[2] * 60 + +match[3]) : null;
}

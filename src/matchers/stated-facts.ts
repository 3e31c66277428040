/**
 * Numbers and dates of claims that a watchlist states only in words. A person who writes a watchlist
 * by hand may give each claim a statement and its entities and nothing else; the stance rules would
 * then have no figure or date to compare, and most contradictions and supports are of those. Such a
 * watchlist — no claim gives `quantities` or `dates` — has them read from each claim's statement, as
 * `veille seeds import` reads a seed's sentence. A watchlist that gives them for any claim is taken
 * as written: a claim left without a figure is meant so (the figure is a sibling claim's).
 */
import type { Claim, Watchlist } from '../config/watchlist.js';
import { findDates } from '../seeds/dates.js';
import { findQuantities } from '../seeds/quantities.js';
import { isCurrency } from './quantities.js';

/** A four-digit number in these bounds, written without a separator and with no currency, is a year ("the 2016 campaign"), not a count. */
const YEARS = { from: 1900, to: 2100 };
const YEAR_RE = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

/** The watchlist's claims with the numbers and dates their statements give, when the watchlist gives none itself. */
export function withStatedFacts(watchlist: Watchlist): Watchlist {
  if (watchlist.claims.some((c) => c.quantities.length || c.dates.length)) return watchlist;
  const read = watchlist.claims.map((claim) => {
    const dates = findDates(claim.statement);
    const quantities = findQuantities(claim.statement, dates).filter((q) => !isYear(q));
    return { claim, dates, quantities, year: YEAR_RE.exec(claim.statement)?.[0] ?? null };
  });
  // a day without its year ("on 14 July") is in the claim's own year, else in the year the statements name most
  const storylineYear = yearNamedMost(read.map((r) => r.year));
  let changed = false;
  const claims: Claim[] = read.map(({ claim, dates, quantities, year }) => {
    const dayYear = year ?? storylineYear;
    const dated = dates
      .filter((d) => !d.value.startsWith('--') || dayYear !== null)
      .map((d) => ({ value: d.value.startsWith('--') ? `${dayYear}${d.value.slice(1)}` : d.value, what: 'read from the statement' }));
    if (!dated.length && !quantities.length) return claim;
    changed = true;
    return {
      ...claim,
      quantities: quantities.map((q) => ({ value: q.value, ...(q.unit ? { unit: q.unit } : {}), approx: q.approx, text: q.text })),
      dates: dated,
    };
  });
  return changed ? { ...watchlist, claims } : watchlist;
}

/** "the 2016 campaign": four digits in a row, in the years' bounds, with no currency ("1,950 residents" and "€2000" are counts). */
function isYear(q: { value: number; unit?: string; text: string }): boolean {
  return !isCurrency(q.unit ?? null) && /^\d{4}(?!\d|[.,\u00a0\u202f ]\d)/u.test(q.text) && q.value >= YEARS.from && q.value <= YEARS.to;
}

function yearNamedMost(years: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const y of years) if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: string | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

/** For `veille check`: how many claims get figures or dates from their statements (0 when the watchlist gives its own). */
export function statedFactsCount(watchlist: Watchlist): number {
  const read = withStatedFacts(watchlist);
  return read.claims.filter((c, i) => c !== watchlist.claims[i]).length;
}

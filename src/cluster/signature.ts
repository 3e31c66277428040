import type { StoryScore } from '../domain/types.js';
import { bandKeys, estimateJaccard, minhash } from './minhash.js';

/** What clustering keeps of a story: its text fingerprint and the facts that survive translation. */
export interface StorySignature {
  minhash: number[] | null;
  bands: string[];
  /** watchlist entity ids the story mentions */
  entities: string[];
  /** figures of three digits or more that are not years, normalised ("1,823" and "1 823" → "1823") */
  numbers: string[];
  publishedAt: string | null;
}

/** near-duplicate: most shingles shared (wire copies, light rewrites) */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/** translations share entities and figures, not words: at least this many entities in common */
const MIN_SHARED_ENTITIES = 3;
const MIN_ENTITY_OVERLAP = 0.6;
/** the same event is reported within a day across languages */
const CROSS_LANGUAGE_WINDOW_MS = 24 * 3_600_000;
/** small counts (days, ages) and years say little on their own: figures of three digits or more that are not years */
const MIN_NUMBER_DIGITS = 3;
const YEAR = /^(19|20)\d\d$/;

export function extractNumbers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d\s.,\u00a0\u202f]*\d|\d/g)) {
    const raw = m[0].trim();
    // "1,823" / "1 823" / "1.823" (grouped thousands) → 1823; "2.5" stays a decimal
    const grouped = /^\d{1,3}([\s.,\u00a0\u202f]\d{3})+$/.test(raw);
    const value = grouped ? raw.replace(/[\s.,\u00a0\u202f]/g, '') : raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    if (value.replace(/\D/g, '').length >= MIN_NUMBER_DIGITS && !YEAR.test(value)) out.add(value);
  }
  return [...out].sort();
}

export function signatureOf(story: { title: string; text: string; publishedAt: string | null }, score: StoryScore): StorySignature {
  const sig = minhash(`${story.title}\n${story.text}`);
  return {
    minhash: sig,
    bands: sig ? bandKeys(sig) : [],
    entities: score.entities.map((e) => e.id).sort(),
    numbers: extractNumbers(`${story.title} ${story.text}`),
    publishedAt: story.publishedAt,
  };
}

function overlap(a: string[], b: string[]): { shared: number; ratio: number } {
  const setB = new Set(b);
  const shared = a.filter((x) => setB.has(x)).length;
  const smaller = Math.min(a.length, b.length);
  return { shared, ratio: smaller ? shared / smaller : 0 };
}

function within(a: string | null, b: string | null, ms: number): boolean {
  if (!a || !b) return false;
  return Math.abs(Date.parse(a) - Date.parse(b)) <= ms;
}

export type SameStoryReason = 'near-duplicate' | 'same-facts';

/** Is `b` the same story as `a`? A near-duplicate text, or (across languages) the same entities and figures within a day. */
export function sameStory(a: StorySignature, b: StorySignature): SameStoryReason | null {
  if (a.minhash && b.minhash && estimateJaccard(a.minhash, b.minhash) >= NEAR_DUPLICATE_JACCARD) return 'near-duplicate';
  const entities = overlap(a.entities, b.entities);
  if (entities.shared < MIN_SHARED_ENTITIES || entities.ratio < MIN_ENTITY_OVERLAP) return null;
  if (!within(a.publishedAt, b.publishedAt, CROSS_LANGUAGE_WINDOW_MS)) return null;
  const numbers = overlap(a.numbers, b.numbers);
  const bothHaveNumbers = a.numbers.length > 0 && b.numbers.length > 0;
  return bothHaveNumbers && numbers.shared > 0 ? 'same-facts' : null;
}

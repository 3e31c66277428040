import type { AlertKind, ClaimHit, EntityHit, Stance, StoryScore } from '../domain/types.js';

/** Plain text helpers shared by every renderer (Slack, webhook, e-mail). No escaping here: each format escapes its own way. */

export const KIND_LABEL = {
  contradiction: { emoji: '⚠️', label: 'Contradiction' },
  support: { emoji: '✅', label: 'Support' },
  relevant: { emoji: '🔎', label: 'Relevant' },
} as const satisfies Record<AlertKind, { emoji: string; label: string }>;

/**
 * Which finding a score is: a contradiction outranks a support, which outranks plain relevance.
 * Claim hits scoring below `minClaimScore` (config's contradiction_threshold) do not count.
 */
export function kindOf(score: StoryScore, minClaimScore = 0): AlertKind {
  const counted = score.claims.filter((hit) => hit.score >= minClaimScore);
  if (counted.some((hit) => hit.stance === 'contradicts')) return 'contradiction';
  if (counted.some((hit) => hit.stance === 'supports')) return 'support';
  return 'relevant';
}

export const KIND_RANK: Record<AlertKind, number> = { contradiction: 0, support: 1, relevant: 2 };

const STANCE_RANK: Record<Stance, number> = { contradicts: 0, supports: 1, possible: 2 };

/** Claim hits contradictions first, then supports, then possible; strongest first; ties by claim id, so every render lists them in the same order. */
export function sortedClaims(claims: ClaimHit[]): ClaimHit[] {
  return [...claims].sort(
    (a, b) => (STANCE_RANK[a.stance] ?? 3) - (STANCE_RANK[b.stance] ?? 3) || b.score - a.score || a.claim.localeCompare(b.claim),
  );
}

/**
 * The claim findings a reader is shown: at or above `minClaimScore` (contradiction_threshold),
 * strongest first, at most `max`. `possible` findings only where the caller lists them (digests).
 */
export function shownClaims(claims: ClaimHit[], opts: { minClaimScore: number; possible: boolean; max?: number }): ClaimHit[] {
  const kept = sortedClaims(claims).filter((hit) => hit.score >= opts.minClaimScore && (opts.possible || hit.stance !== 'possible'));
  return opts.max === undefined ? kept : kept.slice(0, opts.max);
}

/** Entity hits most mentioned first, ties by id. */
export function sortedEntities(entities: EntityHit[]): EntityHit[] {
  return [...entities].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** Collapse line breaks and runs of spaces: user text is always shown on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cut to at most `max` characters (ellipsis included), never inside a surrogate pair, preferring a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > max * 0.8) cut = cut.slice(0, lastSpace); // a word boundary close to the limit reads better
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** "2018-11-14 09:30 UTC" in the given IANA zone; an unknown zone falls back to UTC, which the label then says. */
export function formatDateTime(iso: string | null | undefined, tz = 'UTC'): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const zone = validTimeZone(tz) ? tz : 'UTC';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${zone}`;
}

/** "2018-11-14" in the given zone. */
export function formatDate(iso: string | Date, tz = 'UTC'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return typeof iso === 'string' ? iso : '';
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: validTimeZone(tz) ? tz : 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The URL when it is http(s), else null: javascript:, data:, file: and garbage are never rendered as links. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The outlet's own name (site name, else the source's configured `name`), when there is one. */
export function namedOutlet(siteName: string | null | undefined, sourceName: string | null | undefined): string | undefined {
  return oneLine(siteName ?? '') || oneLine(sourceName ?? '') || undefined;
}

/** The name a reader knows an outlet by: the page's site name, the source's configured `name`, else the host. Never a source id. */
export function outletName(siteName: string | null | undefined, sourceName: string | null | undefined, url: string): string {
  const named = namedOutlet(siteName, sourceName);
  if (named) return named;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    if (host) return host;
  } catch {
    // not a URL: fall through
  }
  return 'an unnamed outlet';
}

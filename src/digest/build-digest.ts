import { KIND_RANK, kindOf, outletName, sortedEntities } from '../alerts/format.js';
import type { Alert, AlertKind, Digest, DigestEntry, DigestSection, EntityHit } from '../domain/types.js';
import { clusterEntries, urlKey } from './cluster.js';

export interface BuildDigestInput {
  /** id of this digest run, e.g. `daily-2018-11-14` */
  id: string;
  /** id of the digest in config */
  digestId: string;
  periodStart: string | null;
  periodEnd: string;
  entries: DigestEntry[];
  /** claim statements and seed quotes by claim id; only the claims the entries cite are kept */
  claims: Alert['claims'];
  /** display names by entity id (e.g. the watchlist's first alias), for thread titles */
  entityNames?: Record<string, string>;
  /** claim hits scoring below this do not make a story a contradiction or support (config's contradiction_threshold); @defaultValue 0 */
  minClaimScore?: number;
  /** stories shown; the others (weakest, in section order) are only counted in `hiddenCount`; @defaultValue 25 */
  maxStories?: number;
}

export const DEFAULT_MAX_STORIES = 25;

export const SECTION_TITLES = {
  contradiction: 'Contradicting a seed claim',
  support: 'Supporting a seed claim',
  other: 'Other relevant stories',
} as const;

const MIN_THREAD_SIZE = 2; // a "thread" of one story only lengthens the table of contents: it goes to "Other relevant stories"

/** How strongly an entry is what its kind says: the best claim score of that stance, or relevance. */
function strength(entry: DigestEntry, kind: AlertKind): number {
  if (kind === 'relevant') return entry.score.relevance;
  const stance = kind === 'contradiction' ? 'contradicts' : 'supports';
  return Math.max(0, ...entry.score.claims.filter((hit) => hit.stance === stance).map((hit) => hit.score));
}

/** Contradictions first, then supports, then relevance; strongest first; newer first; then by id. Total and stable. */
export function entryComparator(minClaimScore = 0): (a: DigestEntry, b: DigestEntry) => number {
  return (a, b) => {
    const ka = kindOf(a.score, minClaimScore);
    const kb = kindOf(b.score, minClaimScore);
    return (
      KIND_RANK[ka] - KIND_RANK[kb] ||
      strength(b, kb) - strength(a, ka) ||
      b.score.relevance - a.score.relevance ||
      (Date.parse(b.story.publishedAt ?? '') || 0) - (Date.parse(a.story.publishedAt ?? '') || 0) ||
      a.story.id.localeCompare(b.story.id)
    );
  };
}

export const compareEntries = entryComparator();

/** One entry per story: the strongest outlet's version leads, the others (and what they already listed) go to alsoIn. */
type Compare = (a: DigestEntry, b: DigestEntry) => number;

function mergeCluster(members: DigestEntry[], compare: Compare): DigestEntry {
  const [lead, ...rest] = [...members].sort(compare);
  const leadKey = urlKey(lead.story.url);
  const also = new Map<string, DigestEntry['alsoIn'][number]>();
  const candidates = [
    ...lead.alsoIn,
    ...rest.flatMap((entry) => [
      {
        url: entry.story.url,
        title: entry.story.title,
        sourceId: entry.story.sourceId,
        ...(entry.story.outlet ? { outlet: entry.story.outlet } : {}),
        ...(entry.story.lang ? { lang: entry.story.lang } : {}),
      },
      ...entry.alsoIn,
    ]),
  ];
  for (const item of candidates) {
    const key = urlKey(item.url);
    if (key !== leadKey && !also.has(key)) also.set(key, item);
  }
  const alsoIn = [...also.values()].sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.url.localeCompare(b.url));
  return { ...lead, alsoIn };
}

/** The outlet name of an entry's lead story (never its source id). */
export function entryOutlet(entry: DigestEntry): string {
  return entry.story.outlet ?? outletName(entry.story.siteName, null, entry.story.url);
}

export function alsoInOutlet(item: DigestEntry['alsoIn'][number]): string {
  return item.outlet ?? outletName(null, null, item.url);
}

/** An outlet's identity: its name when it has one, else its source (two unnamed sources on one host are two outlets). */
function outletKey(outlet: string | undefined, sourceId: string): string {
  return outlet ? `name:${outlet.toLowerCase()}` : `source:${sourceId}`;
}

/** The other outlets that ran the story, each once with its first version, the lead's own outlet left out. */
export function otherOutletItems(entry: DigestEntry): { name: string; item: DigestEntry['alsoIn'][number] }[] {
  const lead = outletKey(entry.story.outlet, entry.story.sourceId);
  const seen = new Map<string, { name: string; item: DigestEntry['alsoIn'][number] }>();
  for (const item of entry.alsoIn) {
    const key = outletKey(item.outlet, item.sourceId);
    if (key !== lead && !seen.has(key)) seen.set(key, { name: alsoInOutlet(item), item });
  }
  return [...seen.values()];
}

/** Names of the other outlets that ran the story. */
export function otherOutlets(entry: DigestEntry): string[] {
  return otherOutletItems(entry).map((o) => o.name);
}

/** Number of other outlets that ran the story (the lead's own outlet is not counted twice). */
export function otherOutletCount(entry: DigestEntry): number {
  return otherOutletItems(entry).length;
}

function topEntity(entry: DigestEntry): EntityHit | undefined {
  return sortedEntities(entry.score.entities)[0];
}

/** A name for an entity thread: config's name, else the most used alias that is not a handle, else the id. */
function threadTitle(entityId: string, entries: DigestEntry[], names: Record<string, string>): string {
  if (names[entityId]) return names[entityId];
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const hit of entry.score.entities) {
      if (hit.id === entityId && hit.alias && !/^[@#]/.test(hit.alias)) counts.set(hit.alias, (counts.get(hit.alias) ?? 0) + hit.count);
    }
  }
  const best = [...counts.entries()].sort(([a, ca], [b, cb]) => cb - ca || a.localeCompare(b))[0];
  return best ? best[0] : entityId.replace(/_/g, ' ');
}

function relevantSections(entries: DigestEntry[], names: Record<string, string>, compare: Compare): DigestSection[] {
  const byEntity = new Map<string, DigestEntry[]>();
  const other: DigestEntry[] = [];
  for (const entry of entries) {
    const top = topEntity(entry);
    if (top) byEntity.set(top.id, [...(byEntity.get(top.id) ?? []), entry]);
    else other.push(entry);
  }
  const threads: { title: string; entries: DigestEntry[] }[] = [];
  for (const [entityId, group] of byEntity) {
    if (group.length < MIN_THREAD_SIZE) other.push(...group);
    else threads.push({ title: threadTitle(entityId, group, names), entries: group.sort(compare) });
  }
  threads.sort(
    (a, b) =>
      b.entries.length - a.entries.length ||
      compare(a.entries[0], b.entries[0]) ||
      a.title.localeCompare(b.title),
  );
  if (other.length > 0) threads.push({ title: SECTION_TITLES.other, entries: other.sort(compare) });
  return threads;
}

/**
 * Build a digest from the pending entries: cluster the same story across outlets, then sections —
 * contradictions, supports, then relevant stories by thread (top entity) — each ranked strongest
 * first. Pure and deterministic: the same entries in any order give the same digest.
 */
export function buildDigest(input: BuildDigestInput): Digest {
  const minClaimScore = input.minClaimScore ?? 0;
  const compare = entryComparator(minClaimScore);
  const entries = clusterEntries([...input.entries].sort(compare))
    .map((members) => mergeCluster(members, compare))
    .sort(compare);

  const byKind = (kind: AlertKind) => entries.filter((entry) => kindOf(entry.score, minClaimScore) === kind);
  const contradictions = byKind('contradiction');
  const supports = byKind('support');
  const relevant = byKind('relevant');

  const all: DigestSection[] = [];
  if (contradictions.length > 0) all.push({ title: SECTION_TITLES.contradiction, kind: 'contradiction', entries: contradictions });
  if (supports.length > 0) all.push({ title: SECTION_TITLES.support, kind: 'support', entries: supports });
  all.push(...relevantSections(relevant, input.entityNames ?? {}, compare).map((section) => ({ ...section, kind: 'relevant' as const })));

  const { sections, hidden } = capSections(all, input.maxStories ?? DEFAULT_MAX_STORIES);
  const shown = sections.flatMap((section) => section.entries);
  const cited = new Set(shown.flatMap((entry) => entry.score.claims.map((hit) => hit.claim)));
  const claims = Object.fromEntries(
    Object.keys(input.claims)
      .filter((id) => cited.has(id))
      .sort()
      .map((id) => [id, input.claims[id]]),
  );

  return {
    id: input.id,
    digestId: input.digestId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    sections,
    storyCount: entries.length,
    hiddenCount: hidden,
    threads: threadCounts(entries, input.entityNames ?? {}),
    claims,
  };
}

/** Stories per thread (main entity) over the whole run; threads of one story are counted together as "other". */
function threadCounts(entries: DigestEntry[], names: Record<string, string>): { title: string; stories: number }[] {
  const byEntity = new Map<string, DigestEntry[]>();
  let other = 0;
  for (const entry of entries) {
    const top = topEntity(entry);
    if (top) byEntity.set(top.id, [...(byEntity.get(top.id) ?? []), entry]);
    else other += 1;
  }
  const threads: { title: string; stories: number }[] = [];
  for (const [entityId, group] of byEntity) {
    if (group.length < MIN_THREAD_SIZE) other += group.length;
    else threads.push({ title: threadTitle(entityId, group, names), stories: group.length });
  }
  threads.sort((a, b) => b.stories - a.stories || a.title.localeCompare(b.title));
  if (other > 0) threads.push({ title: 'other', stories: other });
  return threads;
}

/** Keep the first `max` entries in reading order (contradictions, supports, then threads); count the rest. */
function capSections(sections: DigestSection[], max: number): { sections: DigestSection[]; hidden: number } {
  let room = Math.max(0, max);
  let hidden = 0;
  const kept: DigestSection[] = [];
  for (const section of sections) {
    const entries = section.entries.slice(0, room);
    hidden += section.entries.length - entries.length;
    room -= entries.length;
    if (entries.length > 0) kept.push({ ...section, entries });
  }
  return { sections: kept, hidden };
}

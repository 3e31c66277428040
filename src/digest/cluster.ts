import type { DigestEntry } from '../domain/types.js';

/**
 * The same story run by several outlets (or twice by one) becomes one digest entry. Two entries
 * are the same story when their URLs are the same once normalised, or when their headlines are
 * near-identical and they were published close together.
 */

const TITLE_JACCARD_MIN = 0.6; // outlets retouch a wire headline by a word or two; two stories of one thread share far fewer words
const SAME_STORY_WINDOW_MS = 3 * 24 * 3600 * 1000; // the same headline days later is a new development, not a rerun
const MIN_TITLE_TOKENS = 3; // "Roe Jr." alone is a topic, not a story: too short to prove two pages are one story
const SITE_SUFFIX_MAX_WORDS = 4; // "… - Le Monde", "… | Reuters": a short last segment after a separator is the outlet's name

const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|xtor|xtref|at_.*|ns_.*|cmpid|ito|ref|src|origin|partner)$/i;

const STOPWORDS = new Set(
  (
    'the an of to in on for and or with by at from as is are was were be been has have had it its that this these ' +
    'after over about into than but not says said will would can could new ' +
    'le la les un une des de du et ou en au aux pour par sur dans avec que qui est sont ont ce cette ces ses son sa se ' +
    'ne pas plus leur leurs il elle ils elles selon apres'
  ).split(' '),
);

/** URL identity: scheme, `www.`, fragment, trailing slash and tracking parameters do not make a new story. */
export function urlKey(raw: string): string {
  try {
    const url = new URL(raw.trim());
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const params = [...url.searchParams.entries()]
      .filter(([name]) => !TRACKING_PARAM.test(name))
      .sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv));
    const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const port = url.port ? `:${url.port}` : '';
    return `${host}${port}${path}${query}`;
  } catch {
    return raw.trim();
  }
}

/** Headline words that identify a story: no accents, no case, no outlet suffix, no stopwords. */
export function titleTokens(title: string): Set<string> {
  const segments = title.split(/\s+[-|–—]\s+/);
  const last = segments[segments.length - 1] ?? '';
  const withoutSite =
    segments.length > 1 && last.trim().split(/\s+/).length <= SITE_SUFFIX_MAX_WORDS ? segments.slice(0, -1).join(' ') : title;
  const words = withoutSite
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
  return new Set(words);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function withinWindow(a: string | null, b: string | null): boolean {
  if (!a || !b) return true; // an undated page is judged by its headline alone: the digest period already bounds it
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return true;
  return Math.abs(ta - tb) <= SAME_STORY_WINDOW_MS;
}

interface Keyed {
  url: string;
  tokens: Set<string>;
  publishedAt: string | null;
}

function keyed(entry: DigestEntry): Keyed {
  return { url: urlKey(entry.story.url), tokens: titleTokens(entry.story.title), publishedAt: entry.story.publishedAt };
}

function sameStoryKeyed(a: Keyed, b: Keyed): boolean {
  if (a.url === b.url) return true;
  if (Math.min(a.tokens.size, b.tokens.size) < MIN_TITLE_TOKENS) return false;
  return jaccard(a.tokens, b.tokens) >= TITLE_JACCARD_MIN && withinWindow(a.publishedAt, b.publishedAt);
}

/** Are these two entries the same story? */
export function sameStory(a: DigestEntry, b: DigestEntry): boolean {
  return sameStoryKeyed(keyed(a), keyed(b));
}

/**
 * Group entries that are the same story (transitively). Each group keeps its entries in input
 * order; groups come in the order of their first entry. Pairwise: fine for a digest's few hundred.
 */
export function clusterEntries(entries: DigestEntry[]): DigestEntry[][] {
  const keys = entries.map(keyed);
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let i = 0; i < entries.length; i += 1) {
    for (let j = i + 1; j < entries.length; j += 1) {
      if (find(i) !== find(j) && sameStoryKeyed(keys[i], keys[j])) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  }
  const groups = new Map<number, DigestEntry[]>();
  entries.forEach((entry, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), entry]);
  });
  return [...groups.values()];
}

/**
 * The in-process parts of `npm run bench` (bench/run.ts), by key. Each runs in a process of its own
 * (bench/part.ts): see there why.
 */
import { benchMatching } from './matching.js';
import { benchLargeWatchlist } from './matching-large.js';
import { benchFeeds } from './feeds.js';
import { benchFeedAttacks } from './feed-attacks.js';
import { benchExtract } from './extract.js';
import { benchExtractDev } from './extract-dev.js';
import { benchExtractMemory } from './extract-memory.js';
import { benchWeb } from './web.js';
import { benchClustering } from './cluster.js';

export interface BenchPart {
  title: string;
  run: () => Promise<Record<string, number>>;
}

/**
 * The matcher as a worker runs it: in a process that has loaded the whole worker (bench/pipeline.ts imports it),
 * so that its charCodeAt ratio sees a dependency that slows every character loop (README, "Benchmarks").
 */
export const MATCHING_PART: BenchPart = {
  title: 'matcher',
  run: async () => {
    await import('./pipeline.js');
    return benchMatching();
  },
};

/** Ingestion and clustering, each beside the peer library it replaces where there is one. */
export const PARTS: Record<string, BenchPart> = {
  'matching-large': { title: 'matcher, generated watchlist of 1,000 entities × 5 aliases and 200 claims', run: benchLargeWatchlist },
  feeds: { title: 'feeds: parseFeed vs feedsmith and rss-parser (2 MB RSS)', run: benchFeeds },
  'feed-attacks': { title: 'feeds: DTD attacks, matrix row F9 (< 100 ms and RSS Δ < 10 MB each)', run: benchFeedAttacks },
  extract: { title: 'extraction: extractArticle vs Readability + jsdom (evaluation pages)', run: benchExtract },
  'extract-dev': { title: 'extraction: extractArticle vs Readability + jsdom (public development pages, report half)', run: benchExtractDev },
  'extract-memory': { title: 'extraction: heap kept after 60 distinct 1 MB pages (nothing of a page should outlive it)', run: benchExtractMemory },
  clustering: { title: 'clustering: MinHash signatures and same-story checks', run: benchClustering },
  web: { title: 'web app: 10,000 stored stories on the embedded store', run: benchWeb },
};

export function partOf(key: string): BenchPart {
  const part = key === 'matching' ? MATCHING_PART : PARTS[key];
  if (!part) throw new Error(`no bench part "${key}" (known: matching, ${Object.keys(PARTS).join(', ')})`);
  return part;
}

import type { DiscoveredItem, FeedItem } from '../../domain/types.js';
import { canonicalUrl } from '../canonical-url.js';
import { parseFeedDetailed } from '../parse-feed.js';
import type { SourceConfig } from '../../config/schema.js';
import { fetchSourceDocument } from '../fetch-document.js';
import type { Source, SourceContext, SourceFetchResult } from '../types.js';
import { RssOptions } from './schema.js';

/** Links a fetch job can follow: web pages, and file: pages from config-defined sources. */
const FOLLOWABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

export function toDiscoveredItem(item: FeedItem): DiscoveredItem | null {
  let url: URL;
  try {
    url = new URL(item.link);
  } catch {
    return null;
  }
  if (!FOLLOWABLE_PROTOCOLS.has(url.protocol)) return null;
  const canonical = canonicalUrl(url.href);
  return {
    url: url.href,
    canonicalUrl: canonical,
    guid: item.guid || canonical,
    title: item.title,
    publishedAt: item.publishedAt,
    summary: item.summary,
  };
}

async function fetchRss(source: SourceConfig, ctx: SourceContext): Promise<SourceFetchResult> {
  const response = await fetchSourceDocument(source, ctx, 'feed');
  if (!response) return { status: 'not-modified' };

  const { feed, dropped } = parseFeedDetailed(response.text || response.body, response.url || source.url);
  const items: DiscoveredItem[] = [];
  const seen = new Set<string>();
  let skipped = dropped;
  for (const feedItem of feed.items) {
    const item = toDiscoveredItem(feedItem);
    if (!item) {
      skipped++;
      continue;
    }
    if (seen.has(item.canonicalUrl)) continue;
    seen.add(item.canonicalUrl);
    items.push(item);
  }
  ctx.log.debug({ items: items.length, skipped }, 'feed parsed');
  return { status: 'ok', title: feed.title, items, etag: response.etag, lastModified: response.lastModified, skipped };
}

export const rssSource = {
  id: 'rss',
  description: 'RSS 0.9x/1.0/2.0, Atom or JSON Feed, fetched with conditional GET',
  options: RssOptions,
  fetch: fetchRss,
} satisfies Source<RssOptions>;

import type { SourceConfig } from '../../config/schema.js';
import { errorForStatus } from '../../lib/errors.js';
import type { Source, SourceContext, SourceFetchResult } from '../types.js';
import { extractLinks } from './extract-links.js';
import { PageOptions } from './schema.js';

async function fetchPage(source: SourceConfig, ctx: SourceContext): Promise<SourceFetchResult> {
  const response = await ctx.fetcher.fetch(source.url, {
    accept: 'html',
    allowFile: true, // sources come from config, written by ops
    etag: ctx.state.etag,
    lastModified: ctx.state.lastModified,
    headers: source.headers,
    userAgent: source.user_agent,
    signal: ctx.signal,
  });
  if (response.notModified || response.status === 304) return { status: 'not-modified' };
  const failure = errorForStatus(response.status, `page ${source.url}`);
  if (failure) throw failure;

  const selector = source.type === 'page' ? source.links : PageOptions.parse({}).links;
  const { title, items, skipped } = extractLinks(response.text, response.url || source.url, selector);
  ctx.log.debug({ items: items.length, skipped }, 'page links extracted');
  return { status: 'ok', title, items, etag: response.etag, lastModified: response.lastModified, skipped };
}

export const pageSource = {
  id: 'page',
  description: 'an HTML page listing article links, picked by a CSS selector',
  options: PageOptions,
  fetch: fetchPage,
} satisfies Source<PageOptions>;

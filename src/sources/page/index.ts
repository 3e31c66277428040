import type { SourceConfig } from '../../config/schema.js';
import { fetchSourceDocument } from '../fetch-document.js';
import type { Source, SourceContext, SourceFetchResult } from '../types.js';
import { extractLinks } from './extract-links.js';
import { PageOptions } from './schema.js';

async function fetchPage(source: SourceConfig, ctx: SourceContext): Promise<SourceFetchResult> {
  const response = await fetchSourceDocument(source, ctx, 'html');
  if (!response) return { status: 'not-modified' };

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

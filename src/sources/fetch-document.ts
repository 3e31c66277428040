import type { SourceConfig } from '../config/schema.js';
import type { FetchResult } from '../fetch/types.js';
import { errorForStatus } from '../lib/errors.js';
import type { SourceContext } from './types.js';

/** GET a source's document with its stored validators and own headers; null when not modified. */
export async function fetchSourceDocument(source: SourceConfig, ctx: SourceContext, accept: 'feed' | 'html'): Promise<FetchResult | null> {
  const response = await ctx.fetcher.fetch(source.url, {
    accept,
    allowFile: true, // sources come from config, written by ops
    etag: ctx.state.etag,
    lastModified: ctx.state.lastModified,
    headers: source.headers,
    userAgent: source.user_agent,
    allowHttpsDowngrade: source.allow_insecure_redirects,
    signal: ctx.signal,
  });
  if (response.notModified || response.status === 304) return null;
  const failure = errorForStatus(response.status, `${accept === 'feed' ? 'feed' : 'page'} ${source.url}`);
  if (failure) throw failure;
  return response;
}

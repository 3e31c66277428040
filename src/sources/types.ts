import type { z } from 'zod';
import type { SourceConfig } from '../config/schema.js';
import type { DiscoveredItem } from '../domain/types.js';
import type { Fetcher } from '../fetch/types.js';
import type { Logger } from '../lib/logger.js';

export interface SourceState {
  etag: string | null;
  lastModified: string | null;
}

export interface SourceContext {
  fetcher: Fetcher;
  state: SourceState;
  log: Logger;
  signal?: AbortSignal;
}

export type SourceFetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; title: string; items: DiscoveredItem[]; etag: string | null; lastModified: string | null; skipped: number };

/** A pluggable source: a typed object, not a subclass. */
export interface Source<O> {
  id: SourceConfig['type'];
  description: string;
  options: z.ZodType<O>;
  fetch(source: SourceConfig, ctx: SourceContext): Promise<SourceFetchResult>;
}

import type { SourceConfig } from '../config/schema.js';
import { pageSource } from './page/index.js';
import { rssSource } from './rss/index.js';
import type { Source } from './types.js';

/** Every source plugin, one line each; a unit test checks this list against the folders. */
export const sources = {
  rss: rssSource,
  page: pageSource,
} satisfies { [Type in SourceConfig['type']]: Source<unknown> & { id: Type } };

export { parseFeed, parseFeedDetailed, type ParsedFeed } from './parse-feed.js';
export { canonicalUrl } from './canonical-url.js';
export { parseDate } from './parse-date.js';
export { sources } from './registry.js';
export type { Source, SourceContext, SourceFetchResult, SourceState } from './types.js';

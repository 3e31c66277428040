import { z } from 'zod';

/** Options of a `type: rss` source (RSS, Atom or JSON Feed). */
export const RssOptions = z.object({
  fetch_articles: z.boolean().default(true).describe('fetch each item page; false scores the feed summary only'),
});
export type RssOptions = z.infer<typeof RssOptions>;

import { z } from 'zod';

/** Options of a `type: page` source: an HTML page of links. */
export const PageOptions = z.object({
  links: z.string().min(1).default('article a[href]').describe('CSS selector picking the article links'),
});
export type PageOptions = z.infer<typeof PageOptions>;

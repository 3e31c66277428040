// Adapter for ../shared/eval/extraction/score.mjs: Veille's extractor as a library user calls it
// (dist/, built by `npm run eval:extraction`).
import { extractArticle } from '../../dist/index.js';

export const name = 'veille';

export function extract(html, url) {
  const a = extractArticle(html, url ?? 'https://example.invalid/');
  return { title: a.title, text: a.text, byline: a.byline ?? null, publishedAt: a.publishedAt ?? null, lang: a.lang ?? null };
}

/**
 * Worker-thread entry for extractArticleSafe (extract-safe.ts): extracts one page and posts the
 * Article back. Runs as compiled JS from dist/, or as TypeScript through tsx's loader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './extract-article.js';

export interface ExtractJob {
  /** the page as UTF-8 (its buffer transferred from the parent thread) */
  bytes: Uint8Array;
  url: string;
}

/**
 * Text kept of one article (characters): far beyond any real article (a long report is ~100,000),
 * and what the parent thread receives stays small enough to take in without a pause.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

const { bytes, url } = workerData as ExtractJob;
const article = extractArticle(new TextDecoder().decode(bytes), url);
if (article.text.length > MAX_ARTICLE_CHARS) {
  const cut = article.text.lastIndexOf('\n', MAX_ARTICLE_CHARS);
  article.text = article.text.slice(0, cut > MAX_ARTICLE_CHARS / 2 ? cut : MAX_ARTICLE_CHARS);
}
parentPort?.postMessage(article);

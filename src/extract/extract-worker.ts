/**
 * Worker-thread entry for extractArticleSafe (extract-safe.ts): extracts each page it is sent and posts
 * the Article back. Runs as compiled JS from dist/, or as TypeScript through tsx's loader.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../domain/types.js';
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

/** The worker's answer: the article, or why extractArticle threw (the worker lives on). */
export type ExtractReply = { article: Article } | { error: string };

// one page per message, for as long as the parent keeps this worker
parentPort?.on('message', ({ bytes, url }: ExtractJob) => {
  let reply: ExtractReply;
  try {
    const article = extractArticle(new TextDecoder().decode(bytes), url);
    if (article.text.length > MAX_ARTICLE_CHARS) {
      const cut = article.text.lastIndexOf('\n', MAX_ARTICLE_CHARS);
      article.text = article.text.slice(0, cut > MAX_ARTICLE_CHARS / 2 ? cut : MAX_ARTICLE_CHARS);
    }
    reply = { article };
  } catch (err) {
    reply = { error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});

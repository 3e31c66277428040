/**
 * Worker-thread entry for extractArticleSafe (extract-safe.ts): extracts one page and posts the
 * Article back. Runs as compiled JS from dist/, or as TypeScript through tsx's loader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from './extract-article.js';

export interface ExtractJob {
  html: string;
  url: string;
}

const { html, url } = workerData as ExtractJob;
parentPort?.postMessage(extractArticle(html, url));

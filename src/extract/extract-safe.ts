import { Worker } from 'node:worker_threads';
import type { Article } from '../domain/types.js';
import { PermanentError } from '../lib/errors.js';
import { nestsDeeperThan } from './dom.js';
import { extractArticle } from './extract-article.js';

/**
 * Extraction that cannot stall the process. Ordinary pages are extracted in-process (the fast
 * path: a worker costs more to start than most pages cost to read). Hostile pages — very large, or
 * nested absurdly deep — go to a worker thread with a deadline and a heap cap: the event loop
 * keeps serving other jobs while the worker parses, and a page that cannot be read in time fails
 * with a PermanentError saying why (retrying the same bytes would fail the same way).
 */

/** Pages larger than this (in UTF-16 code units, about bytes for markup) are parsed in a worker. */
export const HOSTILE_PAGE_CHARS = 5 * 1024 * 1024;
/**
 * Pages whose tags open this much deeper than they close go to a worker. Real pages stay under a
 * few hundred even with unclosed <p>/<li>; hostile ones nest tens of thousands of levels.
 */
export const HOSTILE_NESTING_DEPTH = 10_000;
/** @defaultValue 10 000 ms: well inside a fetch-article job's budget, far beyond any real page (~5 ms). */
export const DEFAULT_DEADLINE_MS = 10_000;
/** Heap of the worker: a hostile page that would need more fails alone instead of taking the process down. */
const WORKER_HEAP_MB = 512;

export interface SafeExtractOptions {
  /** How long the worker may take before the extraction fails. @defaultValue DEFAULT_DEADLINE_MS */
  deadlineMs?: number;
}

/** Why a page is hostile, or undefined for an ordinary page. */
export function hostility(html: string): string | undefined {
  if (html.length > HOSTILE_PAGE_CHARS) return `a ${(html.length / 1024 / 1024).toFixed(1)} MB page`;
  if (nestsDeeperThan(html, HOSTILE_NESTING_DEPTH)) return `a page nested more than ${HOSTILE_NESTING_DEPTH} levels deep`;
  return undefined;
}

/**
 * extractArticle, in a worker thread with a deadline for hostile pages (see hostility()).
 * Rejects with a PermanentError when the deadline passes or the worker dies.
 */
export async function extractArticleSafe(html: string, url: string, options: SafeExtractOptions = {}): Promise<Article> {
  const text = typeof html === 'string' ? html : String(html ?? '');
  const why = hostility(text);
  if (!why) return extractArticle(text, url);
  return extractInWorker(text, url, options.deadlineMs ?? DEFAULT_DEADLINE_MS, why);
}

function extractInWorker(html: string, url: string, deadlineMs: number, why: string): Promise<Article> {
  return new Promise<Article>((resolve, reject) => {
    let settled = false;
    const worker = startWorker({ html, url });
    const settle = (error: Error | undefined, article?: Article) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(article!);
    };
    const timer = setTimeout(
      () => settle(new PermanentError(`article extraction passed its ${deadlineMs} ms deadline on ${why} (${url})`)),
      deadlineMs,
    );
    worker.once('message', (article: Article) => settle(undefined, article));
    worker.once('error', (err: Error & { code?: string }) => {
      const reason = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of its ${WORKER_HEAP_MB} MB heap` : `failed: ${err.message}`;
      settle(new PermanentError(`article extraction ${reason} on ${why} (${url})`, { cause: err }));
    });
    worker.once('exit', (code) => settle(new PermanentError(`article extraction worker exited with code ${code} on ${why} (${url})`)));
  });
}

/**
 * The worker next to this file: extract-worker.js in dist/, extract-worker.ts when running from
 * source (tsx, vitest). Node cannot load .ts by itself, and a worker does not inherit the loader
 * hooks tsx installed in this thread, so a .ts worker starts from a small script that registers
 * tsx's loader first, then imports the entry.
 */
function startWorker(workerData: { html: string; url: string }): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!fromSource) return new Worker(entry, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

import { Worker } from 'node:worker_threads';
import type { Article } from '../domain/types.js';
import { PermanentError } from '../lib/errors.js';
import { nestsDeeperThan } from './dom.js';
import { extractArticle } from './extract-article.js';
import type { ExtractJob, ExtractReply } from './extract-worker.js';

/**
 * Extraction that cannot stall the process. Ordinary pages are extracted in-process (the fast
 * path: a worker costs more to start than most pages cost to read). Large pages and hostile ones —
 * nested absurdly deep — go to a worker thread with a deadline and a heap cap: the event loop
 * keeps serving other jobs while the worker parses, and a page that cannot be read in time fails
 * with a PermanentError saying why (retrying the same bytes would fail the same way).
 */

/**
 * Pages larger than this (in UTF-16 code units, about bytes for markup) are parsed in a worker:
 * Cheerio reads about 10 KB per millisecond, so a page this size holds the event loop ~50 ms at
 * most, and everything up to the fetch cap (5 MB by default, 0.5 s of parsing) goes off the main thread.
 */
export const HOSTILE_PAGE_CHARS = 512 * 1024;
/**
 * Pages whose tags open this much deeper than they close go to a worker. Real pages stay under a
 * few hundred even with unclosed <p>/<li>; hostile ones nest tens of thousands of levels.
 */
export const HOSTILE_NESTING_DEPTH = 10_000;
/** Pages up to this size are scanned for their nesting (a few milliseconds per megabyte). */
const NESTING_SCAN_CHARS = 8 * 1024 * 1024;
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
  // the nesting scan is cheap up to the fetch cap; beyond that, size alone sends a page away
  if (html.length <= NESTING_SCAN_CHARS && nestsDeeperThan(html, HOSTILE_NESTING_DEPTH)) return `a page nested more than ${HOSTILE_NESTING_DEPTH} levels deep`;
  if (html.length > HOSTILE_PAGE_CHARS) return `a ${(html.length / 1024).toFixed(0)} KB page`;
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

/** Characters encoded between two turns of the event loop (about a millisecond of work). */
const ENCODE_SLICE_CHARS = 256 * 1024;

/**
 * The page as UTF-8 bytes, encoded a slice at a time with the event loop let through in between:
 * the bytes' buffer is then transferred to the worker, not copied (cloning or encoding a string of
 * tens of megabytes at once would hold this thread as long as parsing it would).
 */
async function utf8InSlices(html: string): Promise<Uint8Array> {
  const out = new Uint8Array(Buffer.byteLength(html, 'utf8'));
  const encoder = new TextEncoder();
  let written = 0;
  for (let i = 0; i < html.length; ) {
    let end = Math.min(html.length, i + ENCODE_SLICE_CHARS);
    const last = html.charCodeAt(end - 1);
    if (end < html.length && last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
    written += encoder.encodeInto(html.slice(i, end), out.subarray(written)).written;
    i = end;
    if (i < html.length) await new Promise((r) => setImmediate(r));
  }
  return out.subarray(0, written);
}

async function extractInWorker(html: string, url: string, deadlineMs: number, why: string): Promise<Article> {
  const bytes = await utf8InSlices(html);
  return new Promise<Article>((resolve, reject) => {
    let settled = false;
    const worker = takeWorker();
    const settle = (error: Error | undefined, article?: Article, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) keepWorker(worker);
      else void worker.terminate();
      if (error) reject(error);
      else resolve(article!);
    };
    const timer = setTimeout(
      () => settle(new PermanentError(`article extraction passed its ${deadlineMs} ms deadline on ${why} (${url})`)),
      deadlineMs,
    );
    const onMessage = (reply: ExtractReply) => {
      if ('article' in reply) settle(undefined, reply.article, true);
      else settle(new PermanentError(`article extraction failed: ${reply.error} on ${why} (${url})`), undefined, true);
    };
    const onError = (err: Error & { code?: string }) => {
      const reason = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of its ${WORKER_HEAP_MB} MB heap` : `failed: ${err.message}`;
      settle(new PermanentError(`article extraction ${reason} on ${why} (${url})`, { cause: err }));
    };
    const onExit = (code: number) => settle(new PermanentError(`article extraction worker exited with code ${code} on ${why} (${url})`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const job: ExtractJob = { bytes, url };
    worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
  });
}

/**
 * One worker kept warm between pages: starting one loads the extractor again (about 0.4 s, more than
 * parsing a 1 MB page), so a worker that answered waits, unreferenced, for the next page. A worker that
 * passed its deadline, ran out of heap or died is dropped; pages at the same time get workers of their own.
 */
let idle: Worker | null = null;
let idleTimer: NodeJS.Timeout | undefined;
let started = 0;
/** How long a worker waits for the next page before it ends. */
const IDLE_WORKER_MS = 60_000;

/** How many worker threads extraction has started in this process (diagnostics and tests). */
export function extractWorkersStarted(): number {
  return started;
}

function takeWorker(): Worker {
  let worker = idle;
  idle = null;
  clearTimeout(idleTimer);
  if (!worker) {
    const fresh = startWorker();
    started++;
    fresh.once('exit', () => {
      if (idle !== fresh) return;
      idle = null;
      clearTimeout(idleTimer);
    });
    worker = fresh;
  }
  worker.ref();
  return worker;
}

function keepWorker(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  idle = worker;
  worker.unref(); // an idle worker never keeps the process alive
  // nor its heap, once the burst of large pages (one feed's poll) is over
  idleTimer = setTimeout(() => {
    idle = null;
    void worker.terminate();
  }, IDLE_WORKER_MS).unref();
}

/**
 * The worker next to this file: extract-worker.js in dist/, extract-worker.ts when running from
 * source (tsx, vitest). Node cannot load .ts by itself, and a worker does not inherit the loader
 * hooks tsx installed in this thread, so a .ts worker starts from a small script that registers
 * tsx's loader first, then imports the entry.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!fromSource) return new Worker(entry, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Bench-only timing of what the pipeline's jobs call: every method of the Store instance, the
 * scorer's `score` and the fetcher's `fetch` are wrapped on the live objects (src/ is untouched).
 */
import { performance } from 'node:perf_hooks';
import type { Veille } from '../src/main.js';

export interface CallStats {
  calls: number;
  meanMs: number;
  p95Ms: number;
  /** summed duration / wall time: how many calls were in flight on average */
  busy: number;
}

type AnyFn = (...args: unknown[]) => unknown;

function wrap(target: Record<string, unknown>, key: string, name: string, record: (name: string, ms: number) => void): () => void {
  const original = target[key] as AnyFn;
  const own = Object.prototype.hasOwnProperty.call(target, key);
  target[key] = function (this: unknown, ...args: unknown[]) {
    const t0 = performance.now();
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      return (result as Promise<unknown>).finally(() => record(name, performance.now() - t0));
    }
    record(name, performance.now() - t0);
    return result;
  };
  return () => {
    if (own) target[key] = original;
    else delete target[key];
  };
}

export function instrument(veille: Veille): () => Record<string, CallStats> {
  const samples = new Map<string, number[]>();
  const record = (name: string, ms: number) => {
    let list = samples.get(name);
    if (!list) samples.set(name, (list = []));
    list.push(ms);
  };
  const restore: (() => void)[] = [];
  const store = veille.backends.store as unknown as Record<string, unknown>;
  const proto = Object.getPrototypeOf(store) as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor' || key === 'transaction' || typeof proto[key] !== 'function') continue;
    restore.push(wrap(store, key, `store.${key}`, record));
  }
  const scorer = veille.deps.current().scorer as unknown as Record<string, unknown>;
  if (typeof scorer.score === 'function') restore.push(wrap(scorer, 'score', 'scorer.score (CPU)', record));
  const fetcher = veille.deps.fetcher as unknown as Record<string, unknown>;
  if (typeof fetcher.fetch === 'function') restore.push(wrap(fetcher, 'fetch', 'fetcher.fetch (feeds + pages)', record));
  const t0 = performance.now();
  return () => {
    const wall = performance.now() - t0;
    for (const r of restore) r();
    const out: Record<string, CallStats> = {};
    for (const [name, list] of samples) {
      const sorted = [...list].sort((a, b) => a - b);
      const sum = sorted.reduce((s, x) => s + x, 0);
      out[name] = { calls: sorted.length, meanMs: sum / sorted.length, p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)], busy: sum / wall };
    }
    return out;
  };
}

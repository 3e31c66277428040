/**
 * Matrix row F9: each hostile DTD feed parsed in this process, with its wall time and the RSS and
 * heap growth it causes (the row asks < 100 ms and RSS Δ < 10 MB each). Run alone with
 * `node --expose-gc --import tsx bench/feed-attacks.ts`; `benchFeedAttacks()` returns the figures.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../src/sources/parse-feed.js';
import {
  billionLaughs,
  externalDtd,
  parameterEntities,
  quadraticBlowup,
  quadraticBlowupLongValue,
  xxeFile,
  xxeHttp,
} from '../test/fixtures/faults/hostile-feeds.js';

const BASE = 'http://feeds.example.org';

export async function benchFeedAttacks(): Promise<Record<string, number>> {
  const attacks: [string, string][] = [
    ['billion laughs', billionLaughs(BASE)],
    ['quadratic blowup', quadraticBlowup(BASE)],
    ['long entity value', quadraticBlowupLongValue(BASE)],
    ['XXE file', xxeFile(BASE, '/etc/passwd')],
    ['XXE http', xxeHttp(BASE, 'http://127.0.0.1:9/x')],
    ['external DTD', externalDtd(BASE, 'http://127.0.0.1:9/x.dtd')],
    ['parameter entities', parameterEntities(BASE, 'http://127.0.0.1:9/x.dtd')],
  ];
  const gc = (globalThis as { gc?: () => void }).gc;
  const out: Record<string, number> = {};
  for (const [name, xml] of attacks) {
    gc?.();
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const feed = parseFeed(xml, `${BASE}/feed.xml`);
    const ms = performance.now() - t0;
    const rssDelta = process.memoryUsage().rss - rss0;
    if (feed.items.length !== 2) throw new Error(`${name}: expected 2 items`);
    out[`${name} ms`] = Math.round(ms * 10) / 10;
    out[`${name} RSS Δ MB`] = Math.round((rssDelta / 1048576) * 10) / 10;
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchFeedAttacks();
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(32)} ${v}`);
  console.log('(row F9 asks < 100 ms and RSS Δ < 10 MB each; before the fix a 3.8 KB billion-laughs feed ran out of heap)');
}

/**
 * The web app on the embedded store with 10,000 stored stories (and their matches): memory it adds
 * to the process (RSS and heap before it is created and after it served its pages), and the time
 * to render the stories page (100 rows out of 10,000), a story page and /metrics. Figures only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadWatchlist } from '../src/config/load.js';
import { silentLogger } from '../src/lib/logger.js';
import { openBackends } from '../src/store/open.js';
import { startWebServer } from '../src/web/server.js';

const STORIES = Number(process.env.BENCH_WEB_STORIES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS ?? 20);
export const WEB_TARGET = { addedMb: 30, storiesPageMs: 200 };

const mb = (bytes: number) => bytes / 1024 / 1024;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];

export async function benchWeb(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-bench-web-'));
  const backends = await openBackends({ dataDir: dir, log: silentLogger });
  try {
    const pool = backends.store.pool;
    const score = JSON.stringify({ relevance: 0.9, relevant: true, entities: [{ id: 'rt', alias: 'RT', count: 2 }], why: [], claims: [{ claim: 'C35', stance: 'contradicts', score: 0.9, evidence: 'RT bought about 3,000 promoted tweets.' }] });
    await pool.query(
      `INSERT INTO veille.stories (id, source_id, url, canonical_url, title, text, fetched_at, lang, site_name)
       SELECT md5(i::text), 'wire', 'https://wire.example.org/' || i, 'https://wire.example.org/' || i, 'Story number ' || i || ' about promoted tweets',
              repeat('A paragraph of a stored story about promoted tweets and the campaign. ', 40), now() - (i || ' minutes')::interval, 'en', 'The Capitol Wire'
         FROM generate_series(1, ${STORIES}) i`,
    );
    await pool.query(`INSERT INTO veille.matches (story_id, relevance, relevant, score) SELECT id, 0.9, (random() < 0.5), $1::jsonb FROM veille.stories`, [score]);
    const watchlist = await loadWatchlist(path.resolve('config/watchlist.yaml'));

    const before = process.memoryUsage();
    const web = await startWebServer({
      host: '127.0.0.1',
      port: 0,
      metricsPublic: true,
      pool,
      context: () => ({ tz: 'Europe/Paris', sourceNames: { wire: 'The Capitol Wire' }, watchlist }),
      queueCounts: async () => ({}),
      configOk: () => true,
      status: async () => ({ at: new Date().toISOString(), sources: [], queues: {}, alerts: [], recipients: [], digests: [], opsAlerts: [] }),
      digests: () => ({ configs: [], sources: [], context: undefined as never }),
      pollNow: async () => {},
    });
    const time = async (url: string) => {
      const t0 = performance.now();
      const res = await fetch(`${web.url}${url}`);
      await res.text();
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return performance.now() - t0;
    };
    const first = await pool.query('SELECT id FROM veille.stories LIMIT 1');
    for (const url of ['/stories', '/stories?relevant=0', `/stories/${first.rows[0].id}`, '/metrics', '/claims']) await time(url);
    const after = process.memoryUsage();
    const rounds = async (url: string) => {
      const xs: number[] = [];
      for (let i = 0; i < ROUNDS; i++) xs.push(await time(url));
      return xs;
    };
    const stories = await rounds('/stories?relevant=0');
    const search = await rounds('/stories?relevant=0&q=promoted');
    const story = await rounds(`/stories/${first.rows[0].id}`);
    const metrics = await rounds('/metrics');
    await web.close();
    const result = {
      stories: STORIES,
      addedRssMb: mb(after.rss - before.rss),
      addedHeapMb: mb(after.heapUsed - before.heapUsed),
      storiesPageP50Ms: percentile(stories, 0.5),
      storiesPageP95Ms: percentile(stories, 0.95),
      searchPageP50Ms: percentile(search, 0.5),
      storyPageP50Ms: percentile(story, 0.5),
      metricsP50Ms: percentile(metrics, 0.5),
    };
    console.log(`  ${STORIES} stored stories; targets: ≤ ${WEB_TARGET.addedMb} MB added, stories page < ${WEB_TARGET.storiesPageMs} ms`);
    console.log(`  memory added by the web app: ${result.addedRssMb.toFixed(1)} MB RSS (${result.addedHeapMb.toFixed(1)} MB heap)`);
    console.log(`  stories page (100 of ${STORIES}): p50 ${result.storiesPageP50Ms.toFixed(1)} ms, p95 ${result.storiesPageP95Ms.toFixed(1)} ms; full-text search p50 ${result.searchPageP50Ms.toFixed(1)} ms`);
    console.log(`  story page p50 ${result.storyPageP50Ms.toFixed(1)} ms; /metrics p50 ${result.metricsP50Ms.toFixed(1)} ms`);
    return result;
  } finally {
    await backends.close();
    await rm(dir, { recursive: true, force: true });
  }
}

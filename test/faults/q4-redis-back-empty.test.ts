import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { pollSource } from '../../src/jobs/poll-source.js';
import { QUEUE } from '../../src/jobs/names.js';
import { freePort } from '../global-setup.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { waitFor } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';

const ITEMS = 40;

function startRedis(port: number): ChildProcess {
  // no persistence: a restart comes back empty
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
}

function feed(base: string): string {
  const items = Array.from({ length: ITEMS }, (_, k) => `<item><title>Story number ${k}</title><link>${base}/news/${k}</link><guid>${base}/news/${k}</guid></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

let news: TestServer;
let env: TestEnv;
let redis: ChildProcess | null = null;

beforeAll(async () => {
  news = await startServer();
  news.route('/feed.xml', send('application/rss+xml', feed(news.url)));
  for (let k = 0; k < ITEMS; k++) {
    news.route(`/news/${k}`, send('text/html', `<html><head><title>Story number ${k}</title></head><body><article><h1>Story number ${k}</h1><p>Body of story number ${k}, long enough to be the text of a short news article on any topic.</p></article></body></html>`));
  }
  env = await makeTestEnv('redis', {
    watchlist: './watchlist.yaml',
    sources: [{ id: 'wire', type: 'rss', url: `${news.url}/feed.xml`, every: '15m' }],
    fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
  });
});

afterAll(async () => {
  redis?.kill('SIGKILL');
  await news?.close();
  await env?.cleanup();
});

it('Q4 Redis back empty: every item polled before the restart is stored and matched', async () => {
  const port = await freePort();
  redis = startRedis(port);
  const redisUrl = `redis://127.0.0.1:${port}`;
  await waitFor('redis up', async () => {
    const probe = await Veille.open({ ...env.options(), redisUrl }).catch(() => null);
    await probe?.close();
    return probe !== null;
  });

  // 1. a poll marks the 40 items seen and enqueues their fetch-article jobs, in Redis only
  const first = await Veille.open({ ...env.options(), redisUrl });
  const polled = await pollSource({ id: 'poll-wire', data: { sourceId: 'wire' } } as never, first.deps);
  expect(polled).toMatchObject({ fetched: ITEMS, fresh: ITEMS });
  expect(await first.queues.queues[QUEUE.fetchArticle].getWaitingCount()).toBe(ITEMS);
  await first.close();

  // 2. Redis dies before any job ran and comes back with nothing in it
  redis.kill('SIGKILL');
  await new Promise((r) => redis!.once('exit', r));
  redis = startRedis(port);

  // 3. the next pass finds the items "seen", yet every story gets stored and matched
  const second = await Veille.open({ ...env.options(), redisUrl });
  try {
    const summary = await second.once({ timeoutMs: 90_000, sendDigests: false });
    expect(summary.timedOut).toBe(false);
    expect(summary.sources[0]).toMatchObject({ status: 'ok', fetched: ITEMS, fresh: 0 });
    expect(summary.stories).toBe(ITEMS);
    const { rows } = await second.backends.store.pool.query(
      `SELECT count(*)::int AS n FROM veille.stories s JOIN veille.matches m ON m.story_id = s.id`,
    );
    expect(rows[0].n).toBe(ITEMS);
    // and nothing is left for a later recovery to redo
    expect((await second.backends.store.pendingWork()).unfetched).toHaveLength(0);
  } finally {
    await second.close();
  }
});

import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { QUEUE } from '../../src/jobs/names.js';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';
import { STORIES, pageBytes, rssFeed } from '../fixtures/pipeline/stories.js';

// Matrix row Q9: BullMQ forgets finished jobs (a thousand are kept), so job ids alone cannot keep a
// story from being matched and alerted twice; the store does. And the queue's Redis keys stay
// bounded however many jobs have run.
const JOBS = 10_000;

let news: TestServer;
let slack: TestServer;
let env: TestEnv;

beforeAll(async () => {
  news = await startServer();
  news.route(STORIES.dms.path, send('text/html', pageBytes('dms')));
  news.route('/feeds/a.xml', send('application/rss+xml', rssFeed(news.url, ['dms'])));
  news.route('/feeds/b.xml', send('application/rss+xml', rssFeed(news.url, ['dms'])));
  slack = await startServer({ '/hooks/slack': send('text/plain', 'ok') });
  env = await makeTestEnv('redis', {
    watchlist: './watchlist.yaml',
    sources: [{ id: 'wire-a', type: 'rss', url: `${news.url}/feeds/a.xml`, every: '15m' }],
    alerts: [{ id: 'newsroom', type: 'slack', webhook_url: `${slack.url}/hooks/slack`, on: ['relevant', 'contradiction'], min_score: 0.3 }],
    fetch: { trusted_addresses: ['127.0.0.1'] },
  });
});

afterAll(async () => {
  await news?.close();
  await slack?.close();
  await env?.cleanup();
});

it('Q9 the same story after its jobs are forgotten, and after thousands of jobs: one story, one match, one alert; Redis keys bounded', { timeout: 180_000 }, async () => {
  const queueOpts = { connection: { url: env.redisUrl! }, prefix: env.prefix };
  let veille = await Veille.open(env.options());
  try {
    await veille.once({ timeoutMs: 60_000, sendDigests: false });
  } finally {
    await veille.close();
  }
  expect(slack.requests.filter((r) => r.method === 'POST')).toHaveLength(1);

  // every finished job is forgotten, as retention does once a thousand more have run
  for (const name of Object.values(QUEUE)) {
    const queue = new Queue(name, queueOpts);
    await queue.clean(0, 100_000, 'completed');
    await queue.close();
  }
  // thousands of jobs go through the poll queue (polls of a source no longer configured: skipped)
  const polls = new Queue(QUEUE.pollSource, queueOpts);
  for (let i = 0; i < JOBS; i += 500) {
    await polls.addBulk(Array.from({ length: 500 }, (_, k) => ({ name: 'poll-source', data: { sourceId: `gone-${i + k}` }, opts: { jobId: `poll-gone-${i + k}`, attempts: 1 } })));
  }
  await polls.close();

  // the same story comes again through a second outlet's feed
  await env.writeConfig({
    watchlist: './watchlist.yaml',
    sources: [
      { id: 'wire-a', type: 'rss', url: `${news.url}/feeds/a.xml`, every: '15m' },
      { id: 'wire-b', type: 'rss', url: `${news.url}/feeds/b.xml`, every: '15m' },
    ],
    alerts: [{ id: 'newsroom', type: 'slack', webhook_url: `${slack.url}/hooks/slack`, on: ['relevant', 'contradiction'], min_score: 0.3 }],
    fetch: { trusted_addresses: ['127.0.0.1'] },
  });
  veille = await Veille.open(env.options());
  try {
    const summary = await veille.once({ timeoutMs: 120_000, sendDigests: false });
    expect(summary.timedOut).toBe(false);
    const { rows } = await veille.backends.store.pool.query(
      `SELECT (SELECT count(*) FROM veille.stories)::int AS stories, (SELECT count(*) FROM veille.matches)::int AS matches,
              (SELECT count(*) FROM veille.alert_outbox)::int AS alerts`,
    );
    expect(rows[0]).toEqual({ stories: 1, matches: 1, alerts: 1 });
  } finally {
    await veille.close();
  }
  expect(slack.requests.filter((r) => r.method === 'POST')).toHaveLength(1);

  // the poll queue keeps a bounded number of finished jobs (1,000), not one per job ever run
  const redis = new Redis(env.redisUrl!);
  try {
    const keys = await redis.keys(`${env.prefix}:${QUEUE.pollSource}:*`);
    expect(keys.length).toBeGreaterThan(1_000); // the retained jobs are there: the pattern is the queue's
    expect(keys.length).toBeLessThan(1_100);
  } finally {
    redis.disconnect();
  }
});

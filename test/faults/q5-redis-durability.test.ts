import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { redisDurabilityProblems } from '../../src/jobs/redis-durability.js';
import { Veille } from '../../src/main.js';
import { freePort } from '../global-setup.js';
import { startServer, send } from '../helpers/http-server.js';
import { captureLog, waitFor } from '../helpers/log-capture.js';
import { makeTestEnv } from '../helpers/test-env.js';

const spawned: ChildProcess[] = [];
afterEach(() => {
  for (const p of spawned.splice(0)) p.kill('SIGKILL');
});

async function redisWith(args: string[]): Promise<string> {
  const port = await freePort();
  spawned.push(spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...args], { stdio: 'ignore' }));
  const url = `redis://127.0.0.1:${port}`;
  await waitFor('redis up', async () => !(await redisDurabilityProblems(url))[0]?.startsWith('could not read'), 10_000);
  return url;
}

describe('Q5 Redis persistence and eviction', () => {
  it('Q5 a Redis with AOF and noeviction raises nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-aof-'));
    try {
      const url = await redisWith(['--appendonly', 'yes', '--dir', dir, '--maxmemory-policy', 'noeviction']);
      expect(await redisDurabilityProblems(url)).toEqual([]);
    } finally {
      for (const p of spawned.splice(0)) p.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('Q5 startup warns, and raises an ops alert, when Redis has no persistence or evicts keys', async () => {
    const url = await redisWith(['--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru']);
    const ops = await startServer({ '/hooks/ops': send('text/plain', 'ok') });
    const env = await makeTestEnv('redis', { watchlist: './watchlist.yaml', sources: [], ops: { webhook_url: `${ops.url}/hooks/ops` }, fetch: { trusted_addresses: ['127.0.0.1'] } });
    const capture = captureLog();
    const veille = await Veille.open({ ...env.options(capture.log), redisUrl: url });
    try {
      await veille.start();
      const problems = capture.find('queue backend may lose jobs').map((l) => String(l.problem));
      expect(problems).toHaveLength(2);
      expect(problems[0]).toContain('maxmemory-policy is allkeys-lru');
      expect(problems[1]).toContain('no persistence');
      const sent = ops.requests.map((r) => JSON.parse(r.body));
      expect(sent).toMatchObject([{ type: 'veille.ops', kind: 'queue-durability' }]);
      expect((await veille.status()).opsAlerts.map((o) => o.kind)).toEqual(['queue-durability']);
    } finally {
      await veille.close();
      await ops.close();
      await env.cleanup();
    }
  });
});

describe('Q5 Redis crash with AOF', () => {
  const ITEMS = 20;
  it('Q5 a Redis killed and restarted on its AOF keeps the queued jobs; every story is then stored once', { timeout: 180_000 }, async () => {
    const { Queue } = await import('bullmq');
    const { pollSource } = await import('../../src/jobs/poll-source.js');
    const { QUEUE } = await import('../../src/jobs/names.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-aof-crash-'));
    const port = await freePort();
    const start = () => {
      const p = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir], { stdio: 'ignore' });
      spawned.push(p);
      return p;
    };
    const redisUrl = `redis://127.0.0.1:${port}`;
    const news = await startServer();
    const items = Array.from({ length: ITEMS }, (_, k) => `<item><title>Story ${k}</title><link>${news.url}/news/${k}</link><guid>${news.url}/news/${k}</guid></item>`);
    news.route('/feed.xml', send('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`));
    for (let k = 0; k < ITEMS; k++) {
      news.route(`/news/${k}`, send('text/html', `<html><head><title>Story ${k}</title></head><body><article><h1>Story ${k}</h1><p>Body of story ${k}, long enough to be the text of a short news article on any topic at all.</p></article></body></html>`));
    }
    const env = await makeTestEnv('redis', {
      watchlist: './watchlist.yaml',
      sources: [{ id: 'wire', type: 'rss', url: `${news.url}/feed.xml`, every: '15m' }],
      fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
    });
    const waiting = async () => {
      const queue = new Queue(QUEUE.fetchArticle, { connection: { url: redisUrl }, prefix: env.prefix });
      try {
        return await queue.getWaitingCount();
      } finally {
        await queue.close();
      }
    };
    try {
      let redis = start();
      await waitFor('redis up', async () => !(await redisDurabilityProblems(redisUrl))[0]?.startsWith('could not read'), 10_000);
      // 1. a poll enqueues one fetch-article job per item, in Redis only
      const first = await Veille.open({ ...env.options(), redisUrl });
      await pollSource({ id: 'poll-wire', data: { sourceId: 'wire' } } as never, first.deps);
      await first.close();
      expect(await waiting()).toBe(ITEMS);

      // 2. Redis is killed and restarted on the same append-only file
      redis.kill('SIGKILL');
      await new Promise((r) => redis.once('exit', r));
      redis = start();
      await waitFor('redis back', async () => !(await redisDurabilityProblems(redisUrl))[0]?.startsWith('could not read'), 10_000);

      // 3. the jobs are all still there, before any recovery could re-derive them, and run once each
      expect(await waiting()).toBe(ITEMS);
      const second = await Veille.open({ ...env.options(), redisUrl });
      try {
        const summary = await second.once({ timeoutMs: 90_000, sendDigests: false });
        expect(summary.timedOut).toBe(false);
        const { rows } = await second.backends.store.pool.query('SELECT count(*)::int AS n, count(DISTINCT url)::int AS urls FROM veille.stories');
        expect(rows[0]).toEqual({ n: ITEMS, urls: ITEMS });
      } finally {
        await second.close();
      }
    } finally {
      for (const p of spawned.splice(0)) p.kill('SIGKILL');
      await news.close();
      await env.cleanup();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

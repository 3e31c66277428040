import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { QUEUE } from '../../src/jobs/names.js';
import { freePort } from '../global-setup.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { captureLog, waitFor } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>';

let redis: ChildProcess | null = null;
let news: TestServer | null = null;
let env: TestEnv | null = null;

afterAll(async () => {
  redis?.kill('SIGKILL');
  await news?.close();
  await env?.cleanup();
});

it('Q6 Redis out of memory: one log line while it lasts, work resumes when memory frees', async () => {
  const port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  const redisUrl = `redis://127.0.0.1:${port}`;
  const admin = new Redis(redisUrl, { maxRetriesPerRequest: null });
  admin.on('error', () => {}); // redis-server is still starting
  await waitFor('redis up', async () => (await admin.ping().catch(() => null)) === 'PONG');
  news = await startServer({ '/feed.xml': send('application/rss+xml', FEED) });
  env = await makeTestEnv('redis', {
    watchlist: './watchlist.yaml',
    sources: [{ id: 'wire', type: 'rss', url: `${news.url}/feed.xml`, every: '1m' }],
    fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
  });
  const capture = captureLog();
  const veille = await Veille.open({ ...env.options(capture.log), redisUrl });
  try {
    await veille.start();
    await waitFor('the first poll', () => news!.requests.length >= 1, 30_000);

    // memory runs out: every write is refused with OOM
    await admin.config('SET', 'maxmemory', '1');
    const polls = veille.queues.queues[QUEUE.pollSource];
    // enqueueing is refused too
    await expect(polls.add('poll-source', { sourceId: 'wire' }, { jobId: 'poll-oom' })).rejects.toThrow(/OOM/);
    await waitFor('the failure logged', () => capture.find('queue backend failing').length > 0, 30_000);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(capture.find('queue backend failing')).toHaveLength(1);
    expect(capture.find('queue backend failing')[0].kind).toBe('OOM');

    // memory is freed: the next job runs and the recovery is said once
    await admin.config('SET', 'maxmemory', '0');
    const before = news.requests.length;
    await polls.add('poll-source', { sourceId: 'wire' }, { jobId: 'poll-after-oom' });
    await waitFor('a poll after memory freed', () => news!.requests.length > before, 30_000);
    await waitFor('the recovery logged', () => capture.find('queue backend working again').length > 0, 10_000);
    expect(capture.find('queue backend working again')).toHaveLength(1);
    expect(capture.find('queue backend failing')).toHaveLength(1);
  } finally {
    await veille.close();
    admin.disconnect();
  }
});

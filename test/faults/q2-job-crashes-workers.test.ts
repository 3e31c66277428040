import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { waitFor } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const children: ChildProcess[] = [];
let news: TestServer;
let ops: TestServer;
let env: TestEnv;
let said = '';

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await Promise.all([news?.close(), ops?.close()]);
  await env?.cleanup();
});

function worker(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      VEILLE_CONFIG: env.configPath,
      VEILLE_DATA_DIR: env.dataDir,
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      VEILLE_QUEUE_PREFIX: env.prefix,
      VEILLE_JOB_LOCK_MS: '2000',
      LOG_LEVEL: 'info',
      CI: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (c: Buffer) => (said += String(c)));
  children.push(child);
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  child.kill('SIGKILL');
  if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
}

// retry: three worker processes and a stall check on a loaded 2-core machine; one run failed once, unexplained (see report)
it('Q2 the same job crashes two workers: failed with the stall reason, an ops alert, visible in veille status', { timeout: 240_000, retry: 1 }, async () => {
  const article = '/news/poison';
  news = await startServer({
    '/feed.xml': send('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>Poison</title><link>http://127.0.0.1:${0}${article}</link></item></channel></rss>`),
  });
  // the article "crashes" whichever worker takes it: the test kills that worker while it waits on the page
  news.route(article, () => {});
  news.route('/feed.xml', send('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>Poison</title><link>${news.url}${article}</link></item></channel></rss>`));
  ops = await startServer({ '/hooks/ops': send('text/plain', 'ok') });
  env = await makeTestEnv('redis', {
    watchlist: './watchlist.yaml',
    sources: [{ id: 'wire', type: 'rss', url: `${news.url}/feed.xml`, every: '1h' }],
    ops: { webhook_url: `${ops.url}/hooks/ops` },
    fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10m' },
  });
  const hits = () => news.requests.filter((r) => r.url === article).length;

  const first = worker();
  await waitFor('the first worker on the article', () => hits() >= 1, 120_000);
  await kill(first);
  const second = worker();
  await waitFor('the second worker on the article', () => hits() >= 2, 120_000);
  await kill(second);
  worker(); // the third finds it stalled once too often

  const failedJob = await waitFor(
    'the job failed',
    async () => {
      const sent = ops.requests.map((r) => JSON.parse(r.body) as { kind: string; message: string });
      return sent.find((o) => o.kind === 'job-failed');
    },
    120_000,
  ).catch((err) => {
    throw new Error(`${err.message}; article hits ${hits()}; worker said:\n${said.split('\n').filter((l) => /stall|fail|ops|recover|error/i.test(l)).slice(-25).join('\n')}`);
  });
  expect(failedJob.message).toMatch(/^fetch-article job article-\S+ failed for good: .*stalled/);
  expect(hits()).toBe(2); // not run a third time

  const veille = await Veille.open(env.options());
  try {
    const status = await veille.status();
    expect(status.queues?.['fetch-article'].failed).toBe(1);
    expect(status.opsAlerts.map((o) => o.kind)).toContain('job-failed');
  } finally {
    await veille.close();
  }
});

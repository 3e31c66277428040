import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { QUEUE } from '../../src/jobs/names.js';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { waitFor } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';
import { STORIES, pageBytes, rssFeed, type StoryKey } from '../fixtures/pipeline/stories.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});

async function newsServer(keys: StoryKey[]): Promise<TestServer> {
  const news = await startServer();
  for (const key of Object.keys(STORIES) as StoryKey[]) news.route(STORIES[key].path, send('text/html', pageBytes(key)));
  news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, keys)));
  cleanups.push(() => news.close());
  return news;
}

async function redisEnv(news: TestServer, slack: TestServer): Promise<TestEnv> {
  const env = await makeTestEnv('redis', {
    watchlist: './watchlist.yaml',
    sources: [{ id: 'tribune', type: 'rss', url: `${news.url}/feeds/tribune.xml`, every: '15m' }],
    alerts: [{ id: 'newsroom', type: 'slack', webhook_url: `${slack.url}/hooks/slack`, on: ['relevant', 'contradiction'], min_score: 0.3 }],
    fetch: { trusted_addresses: ['127.0.0.1'] },
  });
  cleanups.push(() => env.cleanup());
  return env;
}

/** Workers (processes) listening on the deliver-alert queue of this test's Redis prefix. */
async function workerCount(env: TestEnv): Promise<number> {
  const queue = new Queue(QUEUE.deliverAlert, { connection: { url: env.redisUrl }, prefix: env.prefix });
  try {
    return (await queue.getWorkers()).length;
  } finally {
    await queue.close();
  }
}

async function pgQuery(databaseUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function sentAlerts(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM veille.alert_outbox WHERE status = 'sent'`);
    return rows[0].n;
  } catch {
    return 0; // not migrated yet
  } finally {
    await client.end();
  }
}

function startWorkerProcess(env: TestEnv): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    env: {
      ...process.env,
      VEILLE_CONFIG: env.configPath,
      VEILLE_DATA_DIR: env.dataDir,
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      VEILLE_QUEUE_PREFIX: env.prefix,
      VEILLE_JOB_LOCK_MS: '2000',
      LOG_LEVEL: 'warn',
      CI: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // keep what the worker says: a crash shows in the test failure instead of a timeout
  const said: string[] = [];
  child.stderr?.on('data', (c: Buffer) => said.push(String(c)));
  child.once('exit', (code, signal) => {
    if (code !== null && code !== 0) console.error(`worker exited with ${code}:\n${said.join('').slice(-2000)}`);
    void signal;
  });
  cleanups.push(async () => void child.kill('SIGKILL'));
  return child;
}

describe('workers on Redis queues and Postgres state', () => {
  it('two workers share the work and deliver each alert once', async () => {
    const news = await newsServer(['dms', 'bakery', 'vk', 'weather']);
    const slack = await startServer({ '/hooks/slack': send('text/plain', 'ok') });
    cleanups.push(() => slack.close());
    const env = await redisEnv(news, slack);

    const a = await Veille.open(env.options());
    const b = await Veille.open(env.options());
    cleanups.push(() => a.close(), () => b.close());
    await Promise.all([a.start(), b.start()]);
    // both upsert the same scheduler; its first poll runs at once
    await waitFor('two alerts sent', async () => (await sentAlerts(env.databaseUrl!)) >= 2, 60_000);
    await waitFor('queues idle', async () => (await a.queues.idle()) && (await b.queues.idle()), 30_000);

    const posts = slack.requests.filter((r) => r.method === 'POST');
    expect(posts.filter((p) => p.body.includes('Twitter direct messages with WikiLeaks'))).toHaveLength(1);
    expect(posts.filter((p) => p.body.includes('VKontakte'))).toHaveLength(1);
    expect(posts).toHaveLength(2);
  });

  it('Q1 a worker SIGKILLed mid-job while a 2nd worker runs: the job runs again once; 1 story, 1 alert', { timeout: 150_000 }, async () => {
    const news = await newsServer(['dms']);
    let answered = 0;
    const slack = await startServer({
      '/hooks/slack': (_req, res) => {
        // the first delivery hangs: the worker is killed while waiting on Slack
        if (slack.requests.length === 1) return;
        answered++;
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      },
    });
    cleanups.push(() => slack.close());
    const env = await redisEnv(news, slack);

    const first = startWorkerProcess(env);
    await waitFor('the first Slack request', () => {
      if (first.exitCode !== null) throw new Error(`the worker exited with ${first.exitCode} before posting`);
      return slack.requests.length >= 1;
    }, 120_000);
    // a second worker is up and idle before the first one dies mid-delivery
    const second = startWorkerProcess(env);
    await waitFor('the second worker connected', async () => (await workerCount(env)) >= 2, 60_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    expect(answered).toBe(0);

    // the second worker takes the job over once its lock expires (VEILLE_JOB_LOCK_MS = 2 s) and delivers it
    await waitFor('the alert delivered by the second worker', async () => (await sentAlerts(env.databaseUrl!)) === 1, 60_000);
    expect(answered).toBe(1);

    second.kill('SIGTERM');
    const code = await new Promise((r) => second.once('exit', r));
    expect(code).toBe(0);
    expect(answered).toBe(1);
    expect(slack.requests.filter((r) => r.body.includes(STORIES.dms.title.slice(0, 30)))).toHaveLength(2);
    const { rows } = await pgQuery(env.databaseUrl!, 'SELECT count(*)::int AS n FROM veille.stories');
    expect(rows[0].n).toBe(1);
  });

  it('Slack answering 429 is retried after Retry-After and posts once; a 400 is recorded, not retried', async () => {
    const news = await newsServer(['dms', 'vk']);
    let calls = 0;
    const slack = await startServer({
      '/hooks/slack': (_req, res, body) => {
        calls++;
        if (body.includes('VKontakte')) {
          res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_blocks');
        } else if (slack.requests.filter((r) => r.body.includes('WikiLeaks')).length === 1) {
          res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('rate_limited');
        } else {
          res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        }
      },
    });
    cleanups.push(() => slack.close());
    const env = await redisEnv(news, slack);
    const veille = await Veille.open(env.options(), { attempts: 3 });
    cleanups.push(() => veille.close());
    const summary = await veille.once({ timeoutMs: 60_000, sendDigests: false });
    expect(summary.timedOut).toBe(false);
    expect(summary.alertsSent).toBe(1);
    expect(summary.alertsFailed).toBe(1);

    const dms = slack.requests.filter((r) => r.body.includes('Twitter direct messages with WikiLeaks'));
    expect(dms).toHaveLength(2); // the 429, then the post that went through
    const vk = slack.requests.filter((r) => r.body.includes('VKontakte'));
    expect(vk).toHaveLength(1); // refused for good: never sent again
    expect(calls).toBe(3);

    const client = new pg.Client({ connectionString: env.databaseUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT status, last_error FROM veille.alert_outbox ORDER BY status`);
    await client.end();
    expect(rows.map((r) => r.status)).toEqual(['failed', 'sent']);
    expect(rows[0].last_error).toMatch(/400/);
  });
});

import pg from 'pg';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../global-setup.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { waitFor } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>';

interface Worker {
  child: ChildProcess;
  /** the JSON log lines so far */
  lines: Record<string, unknown>[];
  /** everything written that is not a JSON log line (a raw stack trace, ioredis' console warnings) */
  raw: string[];
  exit: Promise<number | null>;
  find(msg: string): Record<string, unknown>[];
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** `veille start` in a child process, as `node --import tsx src/cli.ts start` or through `npm start`. */
function startWorker(env: TestEnv, extra: NodeJS.ProcessEnv = {}, runner: 'node' | 'npm' = 'node'): Worker {
  const args = runner === 'node' ? [process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start']] : ['npm', ['start', '--silent']];
  const child = spawn(args[0] as string, args[1] as string[], {
    cwd: ROOT,
    env: {
      ...process.env,
      VEILLE_CONFIG: env.configPath,
      VEILLE_DATA_DIR: env.dataDir,
      DATABASE_URL: env.databaseUrl ?? '',
      REDIS_URL: env.redisUrl ?? '',
      VEILLE_QUEUE_PREFIX: env.prefix,
      LOG_LEVEL: 'info',
      CI: '1',
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // npm start runs in a process group of its own, as in a terminal where Ctrl-C signals the whole group
    detached: runner === 'npm',
  });
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.on('data', (c: Buffer) => {
      const text = rest + String(c);
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        if (!line.trim()) continue;
        try {
          lines.push(JSON.parse(line));
        } catch {
          raw.push(line);
        }
      }
    });
  }
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanups.push(() => {
    try {
      if (runner === 'npm') process.kill(-child.pid!, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // already gone
    }
  });
  return { child, lines, raw, exit, find: (msg) => lines.filter((l) => String(l.msg).includes(msg)) };
}

function startRedis(port: number): ChildProcess {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  cleanups.push(() => void redis.kill('SIGKILL'));
  return redis;
}

async function feedEnv(mode: 'embedded' | 'redis', news: TestServer, path = '/feed.xml'): Promise<TestEnv> {
  const env = await makeTestEnv(mode, {
    watchlist: './watchlist.yaml',
    sources: [{ id: 'wire', type: 'rss', url: `${news.url}${path}`, every: '1m' }],
    fetch: { trusted_addresses: ['127.0.0.1'], timeout: '20s' },
  });
  cleanups.push(() => env.cleanup());
  return env;
}

describe('Q7 shutdown', () => {
  it('Q7 SIGTERM during a 3 s job: the job finishes, exit 0 before the deadline, no lock left', async () => {
    const news = await startServer({
      '/slow.xml': (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED), 3_000),
    });
    cleanups.push(() => news.close());
    const env = await feedEnv('embedded', news, '/slow.xml');
    const worker = startWorker(env);
    await waitFor('the slow poll in flight', () => news.requests.length >= 1, 60_000);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    expect(worker.find('source polled')).toHaveLength(1); // finished, not cut
    expect(worker.find('veille stopped')).toHaveLength(1);
    expect(existsSync(path.join(env.dataDir, 'pglite.lock'))).toBe(false);
  });

  it('Q7 double SIGINT under npm start: a clean shutdown, the second signal ignored, no lock left', { timeout: 150_000 }, async () => {
    const news = await startServer({ '/feed.xml': send('application/rss+xml', FEED) });
    cleanups.push(() => news.close());
    const env = await feedEnv('embedded', news);
    const worker = startWorker(env, {}, 'npm');
    await waitFor('the worker started', () => worker.find('veille started').length > 0, 90_000);
    // Ctrl-C twice, 30 ms apart: the whole process group (npm, its shell, the worker) gets each
    process.kill(-worker.child.pid!, 'SIGINT');
    await new Promise((r) => setTimeout(r, 30));
    process.kill(-worker.child.pid!, 'SIGINT');
    await worker.exit; // npm itself reports 130 for a Ctrl-C; what matters is the worker's clean stop
    expect(worker.lines.filter((l) => l.msg === 'shutting down')).toHaveLength(1);
    expect(worker.find('already shutting down; signal ignored')).toHaveLength(1);
    expect(worker.find('veille stopped')).toHaveLength(1);
    expect(worker.find('veille stopped')).toHaveLength(1);
    expect(existsSync(path.join(env.dataDir, 'pglite.lock'))).toBe(false);
  });
});

describe('Q3 Redis down or killed', () => {
  it('Q3 Redis down at start: one log line, no stack traces, starts when Redis is up, SIGTERM exits 0', async () => {
    const news = await startServer({ '/feed.xml': send('application/rss+xml', FEED) });
    cleanups.push(() => news.close());
    const env = await feedEnv('redis', news);
    const port = await freePort();
    const worker = startWorker(env, { REDIS_URL: `redis://127.0.0.1:${port}` });
    await waitFor('the backend failure logged', () => worker.find('queue backend failing').length > 0, 60_000);
    // ioredis retries many times meanwhile; the log says it once
    await new Promise((r) => setTimeout(r, 3_000));
    expect(worker.child.exitCode).toBe(null);
    expect(worker.find('queue backend failing')).toHaveLength(1);
    expect(worker.raw.join('\n')).not.toMatch(/Unhandled error event|at .+\(.+:\d+:\d+\)/);

    startRedis(port);
    await waitFor('the worker started', () => worker.find('veille started').length > 0, 60_000);
    await waitFor('a poll once Redis is up', () => news.requests.length >= 1, 30_000);
    expect(worker.find('queue backend working again')).toHaveLength(1);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
  });

  it('Q3 SIGTERM while Redis is down at start exits 0', async () => {
    const news = await startServer({ '/feed.xml': send('application/rss+xml', FEED) });
    cleanups.push(() => news.close());
    const env = await feedEnv('redis', news);
    const worker = startWorker(env, { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    await waitFor('the backend failure logged', () => worker.find('queue backend failing').length > 0, 60_000);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
  });

  it('Q3 Redis killed while busy: one line down, one line back, every story of the feed stored, SIGTERM exits 0', { timeout: 150_000 }, async () => {
    const ITEMS = 6;
    const items = Array.from({ length: ITEMS }, (_, k) => `<item><title>Busy story ${k}</title><link>/news/${k}</link></item>`).join('');
    const news = await startServer();
    news.route('/busy.xml', send('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`));
    for (let k = 0; k < ITEMS; k++) {
      // each article takes a second: jobs are in flight when Redis dies
      news.route(`/news/${k}`, (_req, res) =>
        void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>Busy story ${k}</title></head><body><article><h1>Busy story ${k}</h1><p>Body of busy story ${k}, long enough to be the text of a short news article.</p></article></body></html>`), 1_000),
      );
    }
    cleanups.push(() => news.close());
    const env = await feedEnv('redis', news, '/busy.xml');
    const port = await freePort();
    let redis = startRedis(port);
    const worker = startWorker(env, { REDIS_URL: `redis://127.0.0.1:${port}` });
    await waitFor('articles being fetched', () => news.requests.filter((r) => r.url.startsWith('/news/')).length >= 1, 60_000);
    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    await waitFor('the backend failure logged', () => worker.find('queue backend failing').length > 0, 30_000);
    redis = startRedis(port); // back empty: what was queued is recovered from the store
    const stored = async () => {
      const client = new pg.Client({ connectionString: env.databaseUrl });
      await client.connect();
      try {
        return (await client.query(`SELECT count(*)::int AS n FROM veille.stories`)).rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    await waitFor('every story stored', async () => (await stored()) === ITEMS, 90_000);
    expect(worker.find('queue backend failing')).toHaveLength(1);
    expect(worker.find('queue backend working again').length).toBeGreaterThanOrEqual(1);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
  });

  it('Q3 Redis killed while idle: one line down, one line back, polls resume, SIGTERM exits 0', async () => {
    const news = await startServer({ '/feed.xml': send('application/rss+xml', FEED) });
    cleanups.push(() => news.close());
    const env = await feedEnv('redis', news);
    const port = await freePort();
    let redis = startRedis(port);
    const worker = startWorker(env, { REDIS_URL: `redis://127.0.0.1:${port}` });
    await waitFor('the first poll', () => news.requests.length >= 1, 60_000);
    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    await waitFor('the backend failure logged', () => worker.find('queue backend failing').length > 0, 30_000);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(worker.find('queue backend failing')).toHaveLength(1);
    const before = news.requests.length;
    redis = startRedis(port); // back empty: the schedules are re-created and poll at once
    await waitFor('a poll after Redis is back', () => news.requests.length > before, 30_000);
    expect(worker.find('queue backend working again').length).toBeGreaterThanOrEqual(1);
    expect(worker.find('queue backend failing').map((l) => l.kind)).toEqual(['connection']);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
  });
});

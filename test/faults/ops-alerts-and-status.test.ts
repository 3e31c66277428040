import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { formatStatus } from '../../src/status/status.js';
import { createOpsAlerts } from '../../src/ops/ops-alerts.js';
import { startServer, send, type Handler, type TestServer } from '../helpers/http-server.js';
import { captureLog, waitFor } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';
import { STORIES, pageBytes, rssFeed } from '../fixtures/pipeline/stories.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function veilleCli(env: TestEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, VEILLE_CONFIG: env.configPath, VEILLE_DATA_DIR: env.dataDir, LOG_LEVEL: 'warn', CI: '1' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'VEILLE_QUEUE_PREFIX']) delete childEnv[name];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: childEnv, timeout: 90_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** The worker may take up to the 90 s its start is waited for, then the status runs. */
const WORKER_TEST_TIMEOUT = 180_000;

describe('ops alerts and veille status', () => {
  let news: TestServer;
  let ops: TestServer;
  let env: TestEnv;

  const opsPosts = () => ops.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body) as { text: string });

  beforeAll(async () => {
    news = await startServer();
    news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, ['dms'])));
    news.route(STORIES.dms.path, send('text/html', pageBytes('dms')));
    news.route('/feeds/down.xml', send('text/plain', 'upstream exploded', 500));
    const stall: Handler = () => {};
    news.route('/hooks/slack', stall); // the newsroom's Slack reads the alert and never answers
    ops = await startServer({ '/hooks/ops': send('text/plain', 'ok') });
    env = await makeTestEnv('embedded', {
      watchlist: './watchlist.yaml',
      sources: [
        { id: 'tribune', type: 'rss', url: `${news.url}/feeds/tribune.xml`, every: '15m' },
        { id: 'down', type: 'rss', url: `${news.url}/feeds/down.xml`, every: '15m' },
      ],
      alerts: [{ id: 'newsroom', type: 'slack', webhook_url: `${news.url}/hooks/slack`, on: ['contradiction', 'support', 'relevant'], min_score: 0.3, timeout: '1s' }],
      digests: [{ id: 'daily', to: ['desk@example.org'], cron: '0 8 * * *', tz: 'UTC' }],
      health: { max_consecutive_failures: 2 },
      ops: { slack_webhook_url: `${ops.url}/hooks/ops`, remind_after: '1h' },
      fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
    });
  });

  afterAll(async () => {
    await Promise.all([news?.close(), ops?.close()]);
    await env?.cleanup();
  });

  it('ops alert: a failing source and an unknown delivery each go once to the ops channel, with a reminder later', async () => {
    const capture = captureLog();
    const veille = await Veille.open(env.options(capture.log), { attempts: 2 });
    try {
      for (let pass = 0; pass < 3; pass++) await veille.once({ timeoutMs: 60_000, sendDigests: false });
      const texts = opsPosts().map((p) => p.text);
      // the source failed three times (alerting from the second): one ops alert, not two
      expect(texts.filter((t) => t.includes('source-unhealthy') && t.includes('down'))).toHaveLength(1);
      expect(texts.filter((t) => t.includes('delivery-unknown') && t.includes('newsroom'))).toHaveLength(1);
      expect(texts.find((t) => t.includes('delivery-unknown'))).toContain('veille alerts resend');
      expect(texts.filter((t) => t.includes('job-failed'))).toHaveLength(0); // the unknown delivery is said once, not twice
      // still there once remind_after has passed: reminded once (remind_after 0 stands for "it has passed")
      const reminding = createOpsAlerts({
        store: veille.backends.store,
        config: () => ({ ...veille.config.config, ops: { ...veille.config.config.ops, remind_after: 0 } }),
        log: capture.log,
      });
      await reminding.raise({ key: 'source-unhealthy:down', kind: 'source-unhealthy', message: 'source down failed 4 polls in a row' });
      expect(opsPosts().map((p) => p.text).filter((t) => t.includes('source-unhealthy'))).toHaveLength(2);

      // the same facts in the status
      const status = await veille.status();
      expect(status.sources.find((s) => s.id === 'down')).toMatchObject({ health: 'unhealthy', consecutiveFailures: 3 });
      expect(status.sources.find((s) => s.id === 'tribune')).toMatchObject({ health: 'ok' });
      expect(status.alerts).toMatchObject([{ channelId: 'newsroom', status: 'unknown' }]);
      expect(status.digests).toEqual([{ id: 'daily', last: null }]);
      expect(status.queues?.['poll-source']).toBeDefined();
      const text = formatStatus(status);
      expect(text).toMatch(/^ {2}down: unhealthy; last poll .+, 3 failures in a row — GET \S+ answered HTTP 500$/m);
      expect(text).toMatch(/^ {2}alert \S+ → newsroom: unknown/m);
      expect(text).toContain('veille alerts resend');
      expect(text).toMatch(/^ {2}daily: never sent$/m);
    } finally {
      await veille.close();
    }
  });

  // a worker process starting from source (tsx) and two CLI runs: on a loaded machine the start alone can take a
  // minute, which the wait below allows; the test's own bound must allow it too
  it('veille status works while the worker runs on the embedded default, and after it stopped', async () => {
    const worker: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
      cwd: ROOT,
      env: { ...process.env, VEILLE_CONFIG: env.configPath, VEILLE_DATA_DIR: env.dataDir, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'info', CI: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let said = '';
    worker.stderr!.on('data', (c: Buffer) => (said += String(c)));
    try {
      await waitFor('the worker started', () => said.includes('veille started'), 90_000);
      const live = await veilleCli(env, 'status');
      expect(live.stderr).toBe('');
      expect(live.code).toBe(0);
      expect(live.stdout).toMatch(/^\(from the running worker, pid \d+\)$/m);
      expect(live.stdout).toMatch(/^ {2}tribune: ok;/m);
      expect(live.stdout).toMatch(/^ {2}alert \S+ → newsroom: unknown/m);
      const json = await veilleCli(env, 'status', '--json');
      expect(JSON.parse(json.stdout).sources.map((s: { id: string }) => s.id)).toEqual(['tribune', 'down']);
    } finally {
      worker.kill('SIGTERM');
      await new Promise((r) => worker.once('exit', r));
    }
    const after = await veilleCli(env, 'status');
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('from the running worker');
    expect(after.stdout).toMatch(/^ {2}down: unhealthy/m);
  }, WORKER_TEST_TIMEOUT);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { freePort } from '../global-setup.js';
import { waitFor } from '../helpers/log-capture.js';
import { makeTestEnv } from '../helpers/test-env.js';

let redis: ChildProcess | null = null;
function startRedis(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
}

afterAll(() => {
  redis?.kill('SIGKILL');
});

it('re-creates the schedules when Redis comes back empty', async () => {
  const port = await freePort();
  redis = startRedis(port);
  const env = await makeTestEnv('redis', {
    watchlist: './watchlist.yaml',
    sources: [{ id: 'tribune', type: 'rss', url: 'http://127.0.0.1:9/feed.xml', every: '30m' }],
    digests: [{ id: 'daily', to: ['desk@example.org'], cron: '0 8 * * *', tz: 'Europe/Paris' }],
  });
  const veille = await Veille.open({ ...env.options(), redisUrl: `redis://127.0.0.1:${port}` });
  try {
    await veille.start();
    const schedulerIds = async () => {
      const polls = await veille.queues.queues['poll-source'].getJobSchedulers(0, -1).catch(() => []);
      const digests = await veille.queues.queues['send-digest'].getJobSchedulers(0, -1).catch(() => []);
      return [...polls, ...digests].map((s) => s.key).sort();
    };
    expect(await schedulerIds()).toEqual(['digest-daily', 'source-tribune']);

    // Redis dies and restarts with nothing in it, as a Redis without persistence does
    redis.kill('SIGKILL');
    await new Promise((r) => redis!.once('exit', r));
    redis = startRedis(port);

    await waitFor('schedules re-created', async () => (await schedulerIds()).length === 2, 30_000);
    expect(await schedulerIds()).toEqual(['digest-daily', 'source-tribune']);
  } finally {
    await veille.close();
    await env.cleanup();
  }
});

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

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/store/embedded.js';
import { migrate } from '../src/store/migrate.js';
import { migrateQueueSchema } from '../src/jobs/connection.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    postgresUrl: string;
    pgliteTemplate: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, deadlineMs = 10_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis-server did not listen on ${port}`);
}

/** A PGlite data dir with Veille's and BullMQ's migrations applied, copied by each embedded test. */
async function buildPgliteTemplate(dir: string): Promise<void> {
  const embedded = await startEmbeddedPostgres(dir);
  const pool = new pg.Pool({ connectionString: embedded.connectionString, max: 2 });
  await migrate(pool);
  await pool.end();
  await migrateQueueSchema({ kind: 'postgres', connectionString: embedded.connectionString });
  await embedded.close();
}

export default async function setup(project: TestProject) {
  let redis: ChildProcess | null = null;
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redis.once('error', (err) => {
      throw new Error(`could not start redis-server (install it: apt-get install redis-server): ${err.message}`);
    });
    await waitForPort(port);
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'veille-template-'));
  const template = path.join(root, 'data');
  await buildPgliteTemplate(template);
  project.provide('redisUrl', redisUrl);
  project.provide('postgresUrl', process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  project.provide('pgliteTemplate', template);
  return async () => {
    redis?.kill('SIGTERM');
    await rm(root, { recursive: true, force: true });
  };
}

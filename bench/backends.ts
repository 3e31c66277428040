/**
 * What the benchmark runs on, and its clean-up: a redis-server of its own (or REDIS_URL), fresh
 * databases on the local Postgres, temp config/data dirs. Every resource registers its clean-up in
 * a `Cleanup` stack, run at the end even on error or Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import YAML from 'yaml';
import { silentLogger } from '../src/lib/logger.js';
import type { VeilleOptions } from '../src/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WATCHLIST_FILE = path.join(ROOT, 'config/watchlist.yaml');
export const ADMIN_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type Mode = 'embedded' | 'redis';

/** LIFO clean-up actions; each runs once, failures are reported, never thrown. */
export class Cleanup {
  private actions: { name: string; fn: () => Promise<unknown> }[] = [];
  add(name: string, fn: () => Promise<unknown>): () => Promise<void> {
    const entry = { name, fn };
    this.actions.push(entry);
    // the returned function runs this one action now (and removes it from the stack)
    return async () => {
      const i = this.actions.indexOf(entry);
      if (i < 0) return;
      this.actions.splice(i, 1);
      await entry.fn().catch((err) => console.error(`cleanup ${name} failed: ${err?.message ?? err}`));
    };
  }
  async runAll(): Promise<void> {
    while (this.actions.length) {
      const { name, fn } = this.actions.pop()!;
      await fn().catch((err) => console.error(`cleanup ${name} failed: ${err?.message ?? err}`));
    }
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
  throw new Error(`nothing listens on 127.0.0.1:${port}`);
}

/** Sends `signal`, waits for the exit, SIGKILLs after `graceMs`. Returns the exit code (null when killed). */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** REDIS_URL, or a redis-server of our own on a free port (no persistence). */
export async function startRedis(cleanup: Cleanup): Promise<{ url: string; own: boolean }> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, own: false };
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => child.once('error', (err) => reject(new Error(`could not start redis-server: ${err.message}`))));
  cleanup.add('redis-server', () => stopChild(child, 'SIGTERM', 5000));
  await Promise.race([waitForPort(port), failed]);
  return { url: `redis://127.0.0.1:${port}`, own: true };
}

/** Deletes `${prefix}:*` keys (only needed on a shared Redis given by REDIS_URL). */
async function dropRedisPrefix(url: string, prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const u = new URL(url);
  const client = new Redis({ host: u.hostname, port: Number(u.port || 6379), password: u.password || undefined, db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0, lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

/** A fresh database on the local Postgres; dropped (WITH FORCE) by the clean-up. */
export async function createDatabase(cleanup: Cleanup, tag: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bench_${tag}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const drop = cleanup.add(`database ${name}`, async () => {
    const c = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await c.end();
    }
  });
  const u = new URL(ADMIN_DATABASE_URL);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop };
}

export interface BenchEnv {
  mode: Mode;
  dir: string;
  configPath: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  prefix: string;
  options(): VeilleOptions;
  writeConfig(config: Record<string, unknown>): Promise<void>;
  /** clean-up now (also registered in the stack) */
  dispose(): Promise<void>;
}

/**
 * A config dir (veille.yaml + the seed watchlist) and a data dir in a temp dir; in redis mode also
 * a fresh Postgres database and a unique Redis key prefix.
 */
export async function makeEnv(cleanup: Cleanup, mode: Mode, tag: string, config: Record<string, unknown>, redis: { url: string; own: boolean }): Promise<BenchEnv> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `veille-bench-${tag}-`));
  const disposers: (() => Promise<void>)[] = [cleanup.add(`temp dir ${dir}`, () => rm(dir, { recursive: true, force: true }))];
  const configDir = path.join(dir, 'config');
  const dataDir = path.join(dir, 'data');
  await mkdir(configDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  await copyFile(WATCHLIST_FILE, path.join(configDir, 'watchlist.yaml'));
  const configPath = path.join(configDir, 'veille.yaml');
  const writeConfig = (c: Record<string, unknown>) => writeFile(configPath, YAML.stringify({ watchlist: './watchlist.yaml', ...c }));
  await writeConfig(config);
  const prefix = `bench${randomBytes(5).toString('hex')}`;
  let databaseUrl: string | undefined;
  let redisUrl: string | undefined;
  if (mode === 'redis') {
    redisUrl = redis.url;
    if (!redis.own) disposers.push(cleanup.add(`redis keys ${prefix}`, () => dropRedisPrefix(redis.url, prefix)));
    const db = await createDatabase(cleanup, tag.replace(/[^a-z0-9_]/gi, '_').toLowerCase());
    databaseUrl = db.url;
    disposers.push(db.drop);
  }
  return {
    mode,
    dir,
    configPath,
    dataDir,
    databaseUrl,
    redisUrl,
    prefix,
    options: () => ({ configPath, dataDir, databaseUrl, redisUrl, prefix, log: silentLogger, env: {} }),
    writeConfig,
    async dispose() {
      for (const d of disposers.reverse()) await d();
    },
  };
}

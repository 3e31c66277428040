import { copyFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import YAML from 'yaml';
import { silentLogger, type Logger } from '../../src/lib/logger.js';
import { sha1 } from '../../src/lib/ids.js';
import type { VeilleOptions } from '../../src/main.js';

export type Mode = 'embedded' | 'redis';

export interface TestEnv {
  dir: string;
  configPath: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  prefix: string;
  options(log?: Logger): VeilleOptions;
  writeConfig(config: unknown): Promise<void>;
  cleanup(): Promise<void>;
}

/** All test pages live on one loopback host: no pause between requests unless a test asks for one. */
function withoutPoliteness(config: unknown): unknown {
  if (!config || typeof config !== 'object') return config;
  const c = config as { fetch?: Record<string, unknown> };
  return { ...c, fetch: { politeness_delay: 0, ...(c.fetch ?? {}) } };
}

export const WATCHLIST_FILE = path.resolve('config/watchlist.yaml');

/**
 * A config dir and a data dir for one test, on (a) embedded PGlite, copied from the template
 * built once per run, or (b) Redis queues with a fresh database on the local Postgres.
 */
export async function makeTestEnv(mode: Mode, config: unknown): Promise<TestEnv> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `veille-${mode}-`));
  const configDir = path.join(dir, 'config');
  const dataDir = path.join(dir, 'data');
  await mkdir(configDir, { recursive: true });
  await copyFile(WATCHLIST_FILE, path.join(configDir, 'watchlist.yaml'));
  const configPath = path.join(configDir, 'veille.yaml');
  const writeConfig = (c: unknown) => writeFile(configPath, typeof c === 'string' ? c : YAML.stringify(withoutPoliteness(c)));
  await writeConfig(config);
  const prefix = `t${sha1(dir).slice(0, 10)}`;
  let databaseUrl: string | undefined;
  let redisUrl: string | undefined;
  let dropDb: (() => Promise<void>) | null = null;
  if (mode === 'embedded') {
    await cp(inject('pgliteTemplate'), dataDir, { recursive: true });
  } else {
    redisUrl = inject('redisUrl');
    const admin = inject('postgresUrl');
    const dbName = `veille_${prefix}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${dbName}`);
    await client.end();
    const u = new URL(admin);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
    dropDb = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    };
    await mkdir(dataDir, { recursive: true });
  }
  return {
    dir,
    configPath,
    dataDir,
    databaseUrl,
    redisUrl,
    prefix,
    options: (log = silentLogger) => ({ configPath, dataDir, databaseUrl, redisUrl, prefix, log, env: {} }),
    writeConfig,
    async cleanup() {
      await dropDb?.().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

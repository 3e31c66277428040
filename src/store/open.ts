import pg from 'pg';
import type { Logger } from '../lib/logger.js';
import type { EmbeddedPostgres } from './embedded.js';
import { migrate } from './migrate.js';
import { Store } from './store.js';

export type QueueConnection = { kind: 'postgres'; connectionString: string } | { kind: 'redis'; url: string };

export interface Backends {
  mode: 'embedded' | 'postgres' | 'redis';
  store: Store;
  queue: QueueConnection;
  /** postgres URL of the state database (the embedded socket in embedded mode) */
  databaseUrl: string;
  close(): Promise<void>;
}

export interface BackendOptions {
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  log: Logger;
  /** connections of Veille's own pool */
  poolSize?: number;
}

/**
 * Where state and queues live: embedded PGlite by default; Postgres with DATABASE_URL (queues too,
 * unless REDIS_URL); Redis queues with REDIS_URL.
 */
export async function openBackends(options: BackendOptions): Promise<Backends> {
  let embedded: EmbeddedPostgres | null = null;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    // PGlite is loaded only when it is used: a worker on Postgres does not carry it in memory
    const { startEmbeddedPostgres } = await import('./embedded.js');
    embedded = await startEmbeddedPostgres(options.dataDir);
    databaseUrl = embedded.connectionString;
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 8 });
  pool.on('error', (err) => options.log.warn({ err: err.message }, 'idle database connection failed'));
  try {
    const applied = await migrate(pool);
    if (applied.length) options.log.info({ applied }, 'database migrated');
  } catch (err) {
    await pool.end().catch(() => {});
    await embedded?.close().catch(() => {});
    throw err;
  }
  const queue: QueueConnection = options.redisUrl
    ? { kind: 'redis', url: options.redisUrl }
    : { kind: 'postgres', connectionString: databaseUrl };
  return {
    mode: options.redisUrl ? 'redis' : embedded ? 'embedded' : 'postgres',
    store: new Store(pool),
    queue,
    databaseUrl,
    async close() {
      await pool.end();
      await embedded?.close();
    },
  };
}

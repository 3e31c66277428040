import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MAX_SOCKET_PATH, servePglite, socketPathFor } from './pglite-session.js';
import { PermanentError } from '../lib/errors.js';

/** above every pg pool (ours and BullMQ's, one per queue and worker) plus BullMQ's LISTEN clients */
const SOCKET_MAX_CONNECTIONS = 512;

export interface EmbeddedPostgres {
  /** postgres:// URL of the loopback socket serving the PGlite instance */
  connectionString: string;
  close(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One process owns a PGlite data dir: a second one would corrupt it. */
async function takeLock(lockFile: string): Promise<void> {
  try {
    const pid = Number.parseInt(await readFile(lockFile, 'utf8'), 10);
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new PermanentError(
        `the embedded database ${path.dirname(lockFile)} is in use by process ${pid}; stop it, or set DATABASE_URL to share state between processes`,
      );
    }
  } catch (err) {
    if (err instanceof PermanentError) throw err;
  }
  await writeFile(lockFile, String(process.pid));
}

/** `<data>/socket`, or a private temporary directory when that path is too long for a Unix socket. */
async function socketDirFor(dataDir: string): Promise<string> {
  const dir = path.join(path.resolve(dataDir), 'socket');
  if (socketPathFor(dir).length <= MAX_SOCKET_PATH) return dir;
  return mkdtemp(path.join(os.tmpdir(), 'veille-db-')); // created 0700
}

/**
 * PGlite (Postgres in WASM, in-process) served on a Unix socket only this user can reach, so that `pg` and BullMQ's
 * Postgres backend connect to it like to any Postgres. Every socket shares PGlite's single
 * session, hence `search_path` is set on the instance itself.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const dir = path.resolve(dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  const lockFile = path.join(path.resolve(dataDir), 'pglite.lock');
  await takeLock(lockFile);
  const db = await PGlite.create(dir);
  await db.exec('CREATE SCHEMA IF NOT EXISTS bullmq; SET search_path TO bullmq, public;');
  const server = await servePglite(db, { socketDir: await socketDirFor(dataDir), maxConnections: SOCKET_MAX_CONNECTIONS });
  return {
    connectionString: server.connectionString,
    async close() {
      await server.close();
      await db.close();
      await rm(lockFile, { force: true });
    },
  };
}

import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/store/embedded.js';

describe('S1 embedded database socket', () => {
  let dir: string;
  let db: EmbeddedPostgres;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'veille-s1-'));
    db = await startEmbeddedPostgres(path.join(dir, 'data'));
  });

  afterAll(async () => {
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('S1 embedded database socket: no TCP port, a Unix socket of mode 0600 in a 0700 directory', async () => {
    const url = new URL(db.connectionString);
    expect(url.port).toBe('');
    const socketDir = url.searchParams.get('host')!;
    expect(socketDir).toBe(path.join(dir, 'data', 'socket'));
    expect((await stat(socketDir)).mode & 0o777).toBe(0o700);
    const socket = await stat(path.join(socketDir, '.s.PGSQL.5432'));
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
  });

  it('S1 Veille itself connects through the socket', async () => {
    const client = new pg.Client({ connectionString: db.connectionString });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 + 1 AS two')).rows[0].two).toBe(2);
    } finally {
      await client.end();
    }
  });

  it('S1 the socket goes away with the database', async () => {
    const other = await startEmbeddedPostgres(path.join(dir, 'other'));
    const socketDir = new URL(other.connectionString).searchParams.get('host')!;
    await other.close();
    await expect(stat(path.join(socketDir, '.s.PGSQL.5432'))).rejects.toThrow(/ENOENT/);
  });
});

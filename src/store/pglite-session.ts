import { chmod, mkdir, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';

/** Frontend messages of the extended query protocol: a sequence of them runs until Sync. */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const SYNC = 'S'.charCodeAt(0);
const SIMPLE_QUERY = 'Q'.charCodeAt(0);

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
}

interface PGliteInternals {
  runExclusive<T>(fn: () => Promise<T>): Promise<T>;
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void>;
  isInTransaction(): boolean;
  exec(sql: string): Promise<unknown>;
}

/**
 * PGlite has one backend session, which every socket shares. pglite-socket keeps an explicit
 * transaction to the connection that opened it, but not an extended-protocol exchange
 * (Parse/Bind/Execute … Sync): two `pg` clients sending parameterised queries at once interleave
 * their messages and bind each other's statements. This queue gives the session to one connection
 * from its first extended message to its Sync, and for the whole of a transaction.
 */
export class SessionQueue {
  private items: Pending[] = [];
  private running = false;
  private owner: number | null = null;
  private inExtended = false;
  private readonly db: PGliteInternals;

  constructor(db: PGlite) {
    this.db = db as unknown as PGliteInternals;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.items.push({ handlerId, message, onData, resolve, reject });
      void this.run();
    });
  }

  private next(): Pending | undefined {
    if (this.owner === null) return this.items.shift();
    const i = this.items.findIndex((item) => item.handlerId === this.owner);
    return i >= 0 ? this.items.splice(i, 1)[0] : undefined;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        const type = item.message[0];
        let bytes = 0;
        let failure: unknown = null;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item!.message, {
              onRawData: (data) => {
                bytes += data.length;
                item!.onData(data);
              },
            }),
          );
        } catch (err) {
          failure = err;
        }
        if (EXTENDED.has(type)) this.inExtended = true;
        if (type === SYNC || type === SIMPLE_QUERY) this.inExtended = false;
        this.owner = this.inExtended || this.db.isInTransaction() ? item.handlerId : null;
        if (failure) item.reject(failure);
        else item.resolve(bytes);
      }
    } finally {
      this.running = false;
    }
  }

  getQueueLength(): number {
    return this.items.length;
  }

  clearQueueForHandler(handlerId: number): void {
    const dropped = this.items.filter((item) => item.handlerId === handlerId);
    this.items = this.items.filter((item) => item.handlerId !== handlerId);
    for (const item of dropped) item.reject(new Error('connection closed'));
  }

  /** A connection that goes away gives the session back, rolling back what it left open. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    this.owner = null;
    this.inExtended = false;
    if (this.db.isInTransaction()) await this.db.runExclusive(() => this.db.exec('ROLLBACK'));
    void this.run();
  }
}

/**
 * A Postgres wire server over one PGlite instance, safe for concurrent `pg` clients, on a Unix
 * socket (S1): `<socketDir>/.s.PGSQL.5432`, in a directory of mode 0700 and itself 0600, so that
 * only this user's processes reach it (PGlite takes any user and password; a loopback TCP port
 * would let every local process read and change the state). `pg` and BullMQ connect with
 * `?host=<socketDir>`.
 */
export async function servePglite(db: PGlite, options: { socketDir: string; maxConnections: number }): Promise<{ connectionString: string; close(): Promise<void> }> {
  const queue = new SessionQueue(db);
  const handlers = new Set<PGLiteSocketHandler>();
  const server = net.createServer((socket) => {
    if (handlers.size >= options.maxConnections) {
      socket.destroy();
      return;
    }
    const handler = new PGLiteSocketHandler({ queryQueue: queue as never, closeOnDetach: true });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    void handler.attach(socket);
  });
  await mkdir(options.socketDir, { recursive: true, mode: 0o700 });
  await chmod(options.socketDir, 0o700);
  const socketPath = path.join(options.socketDir, SOCKET_FILE);
  await rm(socketPath, { force: true }); // left by a process that was killed
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  await chmod(socketPath, 0o600);
  return {
    connectionString: `postgres://postgres@localhost/postgres?host=${encodeURIComponent(options.socketDir)}`,
    async close() {
      for (const h of handlers) await h.detach(true).catch(() => {});
      handlers.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(socketPath, { force: true });
    },
  };
}

/** The file name `pg` looks for in a socket directory (port 5432). */
const SOCKET_FILE = '.s.PGSQL.5432';
/** sun_path holds 108 bytes on Linux, 104 on macOS: a longer path cannot be a socket */
export const MAX_SOCKET_PATH = 100;
export const socketPathFor = (dir: string) => path.join(dir, SOCKET_FILE);

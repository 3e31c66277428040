import { Queue, Worker, createPostgresBackend, type Processor, type WorkerOptions } from 'bullmq';
import type { QueueConnection } from '../store/open.js';

import { QUEUE_NAMES, type QueueName } from './names.js';

/** pg connections per BullMQ Queue/Worker: many small pools share one server */
const POSTGRES_POOL_SIZE = 3;
const BASE_BACKOFF_MS = 2_000;
const MAX_BACKOFF_MS = 10 * 60_000;

function redisOptions(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/**
 * Backoff: a Retry-After the server gave wins; else exponential with jitter.
 * Permanent errors never get here (they are UnrecoverableError).
 */
export function backoffDelay(attemptsMade: number, _type?: string, err?: Error): number {
  const retryAfter = (err as { retryAfterMs?: number } | undefined)?.retryAfterMs;
  if (typeof retryAfter === "number" && retryAfter >= 0) return Math.round(Math.min(retryAfter, MAX_BACKOFF_MS));
  const exp = BASE_BACKOFF_MS * 2 ** Math.max(0, attemptsMade - 1);
  // whole milliseconds: the Postgres backend stores delays as bigint
  return Math.round(Math.min(exp, MAX_BACKOFF_MS) * (0.75 + Math.random() * 0.5));
}

export interface QueueSetOptions {
  connection: QueueConnection;
  /** namespaces the Redis keys (tests, several deployments on one Redis) */
  prefix?: string;
  /** attempts per job before it fails for good (poll jobs always 1: the next poll is the retry) */
  attempts?: number;
  /** how long a worker's lock on a job lasts; a job of a killed worker is taken back after it */
  lockDurationMs?: number;
  /**
   * seconds a worker waits for a wake-up before polling again; short on PGlite, whose sockets
   * share one session and so never receive the NOTIFY that wakes workers on a real Postgres
   */
  drainDelaySeconds?: number;
  /** every error a queue, worker or their connection reports (without a listener ioredis prints raw stacks) */
  onError?: (source: string, err: unknown) => void;
}

/**
 * BullMQ's Postgres schema, migrated once by one connection before any queue opens. Queues that
 * migrate concurrently deadlock on PGlite, whose sockets share one session: one holds the migration
 * transaction while the others' queries wait behind it.
 */
export async function migrateQueueSchema(connection: QueueConnection): Promise<void> {
  if (connection.kind !== 'postgres') return;
  const q = new Queue('veille-migrate', { connection: { connectionString: connection.connectionString, max: 1, migrate: true } } as never, createPostgresBackend as never);
  try {
    await q.waitUntilReady();
  } finally {
    await q.close();
  }
}

/**
 * Without NOTIFY (PGlite), a worker only learns of new jobs by polling. BullMQ polls every
 * `drainDelay` when its queue is empty, but when the queue holds a delayed job (a scheduler's next
 * run, a retry's backoff) it sleeps until that job is due, up to the backend's maximum block
 * timeout, an hour on Postgres: new jobs would wait behind it. Cap that sleep at the poll interval.
 */
function pollAtMost(worker: Worker, seconds: number): void {
  const backend = (worker as unknown as { backend?: object }).backend;
  if (backend) Object.defineProperty(backend, 'maximumBlockTimeout', { value: seconds, configurable: true });
}

/** The only place that knows how BullMQ reaches its backend. */
export class QueueSet {
  readonly queues: Record<QueueName, Queue>;
  readonly workers: Worker[] = [];

  constructor(private readonly options: QueueSetOptions) {
    this.queues = Object.fromEntries(QUEUE_NAMES.map((name) => [name, this.newQueue(name)])) as Record<QueueName, Queue>;
  }

  private connectionOptions() {
    const c = this.options.connection;
    if (c.kind === 'redis') return redisOptions(c.url);
    return { connectionString: c.connectionString, max: POSTGRES_POOL_SIZE };
  }

  private newQueue(name: QueueName): Queue {
    const opts = {
      connection: this.connectionOptions(),
      prefix: this.options.prefix,
      defaultJobOptions: {
        attempts: this.options.attempts ?? 6,
        backoff: { type: 'veille' },
        removeOnComplete: { count: 1000 },
        removeOnFail: { count: 5000 },
      },
    };
    const queue = this.options.connection.kind === 'redis' ? new Queue(name, opts as never) : new Queue(name, opts as never, createPostgresBackend as never);
    queue.on('error', (err) => this.options.onError?.(`queue ${name}`, err));
    return queue;
  }

  worker(name: QueueName, processor: Processor, options: Partial<WorkerOptions> = {}): Worker {
    const opts = {
      connection: this.connectionOptions(),
      prefix: this.options.prefix,
      concurrency: 4,
      autorun: true,
      settings: { backoffStrategy: backoffDelay },
      ...(this.options.drainDelaySeconds ? { drainDelay: this.options.drainDelaySeconds } : {}),
      ...(this.options.lockDurationMs ? { lockDuration: this.options.lockDurationMs, stalledInterval: this.options.lockDurationMs } : {}),
      ...options,
    };
    const worker =
      this.options.connection.kind === 'redis'
        ? new Worker(name, processor, opts as never)
        : new Worker(name, processor, opts as never, createPostgresBackend as never);
    if (this.options.drainDelaySeconds) pollAtMost(worker, this.options.drainDelaySeconds);
    worker.on('error', (err) => this.options.onError?.(`worker ${name}`, err));
    this.workers.push(worker);
    return worker;
  }

  async counts(): Promise<Record<QueueName, Record<string, number>>> {
    const entries = await Promise.all(
      QUEUE_NAMES.map(async (name) => [name, await this.queues[name].getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed')] as const),
    );
    return Object.fromEntries(entries) as Record<QueueName, Record<string, number>>;
  }

  /**
   * No job waiting, running or delayed for a retry in any queue. The next run of a job scheduler
   * (a delayed job with a scheduler key) is not work in progress.
   */
  async idle(): Promise<boolean> {
    const counts = await this.counts();
    for (const [name, c] of Object.entries(counts)) {
      if (c.waiting || c.active || c.prioritized) return false;
      if (c.delayed) {
        const delayed = await this.queues[name as QueueName].getJobs(['delayed'], 0, 200);
        if (delayed.some((job) => !job.repeatJobKey)) return false;
      }
    }
    return true;
  }

  async closeWorkers(force = false): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close(force)));
    this.workers.length = 0;
  }

  async close(): Promise<void> {
    await this.closeWorkers();
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}


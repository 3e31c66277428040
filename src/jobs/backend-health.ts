import { errorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';

/**
 * The queue backend's health as logs show it: one line when it starts failing (or fails for another
 * reason), one line when it works again, and nothing in between however often BullMQ and ioredis
 * retry (Q3, Q6: a Redis down or out of memory made thousands of lines a second).
 */
export interface BackendHealth {
  /** a queue, worker or connection failed */
  failed(source: string, err: unknown): void;
  /** something went through: a connection is ready, a job ran */
  ok(): void;
  readonly failing: boolean;
}

/** "OOM command not allowed…", "connect ECONNREFUSED 127.0.0.1:6379": the kind of failure, without its details. */
export function failureKind(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return 'connection';
  const message = errorMessage(err);
  if (/^OOM\b/.test(message)) return 'OOM';
  const reply = /\b(READONLY|LOADING|MASTERDOWN|NOAUTH|WRONGPASS)\b/.exec(message);
  if (reply) return reply[1];
  if (/connection is closed|connect|ECONNREFUSED|ECONNRESET|EPIPE|socket|stream isn't writeable/i.test(message)) return 'connection';
  if (typeof code === 'string') return code;
  return message.slice(0, 60);
}

/** however the link to the backend broke, it is one state: "cannot reach it" */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);

/**
 * A job's keys gone from under its worker: the backend works, but lost data (a Redis restarted
 * empty). A job in flight when it happened finishes into a "Lock mismatch" (its lock went with it).
 */
const JOB_LOST = /^(Missing (key|lock) for job|Lock mismatch for job)/;

export function createBackendHealth(log: Logger, onChange?: (failing: boolean, reason: string) => void): BackendHealth {
  let kind: string | null = null;
  let since = 0;
  let suppressed = 0;
  let jobsLost = false;
  return {
    failed(source, err) {
      if (JOB_LOST.test(errorMessage(err))) {
        // said once until the backend fails again; the store re-derives the work (recover)
        if (!jobsLost) log.warn({ source, reason: errorMessage(err) }, 'jobs vanished from the queue backend; their work is recovered from the store');
        jobsLost = true;
        return;
      }
      const next = failureKind(err);
      if (kind === next) {
        suppressed++;
        return;
      }
      const first = kind === null;
      kind = next;
      jobsLost = false;
      suppressed = 0;
      if (first) since = Date.now();
      const reason = errorMessage(err);
      log.error({ source, reason, kind: next }, 'queue backend failing; retrying quietly until it is back');
      onChange?.(true, reason);
    },
    ok() {
      if (kind === null) return;
      log.info({ failedForMs: Date.now() - since, repeats: suppressed, kind }, 'queue backend working again');
      kind = null;
      suppressed = 0;
      onChange?.(false, '');
    },
    get failing() {
      return kind !== null;
    },
  };
}

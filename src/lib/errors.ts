import { UnrecoverableError } from 'bullmq';

/** A failure worth retrying later: timeouts, 429, 5xx, connection resets. */
export class TransientError extends Error {
  override name = 'TransientError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A failure that will not go away by retrying: 404/410, unparsable input, refused address, bad config. */
export class PermanentError extends Error {
  override name = 'PermanentError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The request or message was handed over in full, then the answer never came (a timeout, a reset):
 * it may have been delivered. Retrying could post it twice, so it is not retried; the delivery is
 * recorded `unknown` for an operator to check and resend.
 */
export class AmbiguousDeliveryError extends Error {
  override name = 'AmbiguousDeliveryError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Invalid configuration: the CLI exits 2 and the worker keeps its last good config. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
  }
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'ECONNABORTED',
  'ESOCKET',
  'ECONNECTION',
  'EDNS',
]);

/** The one place that decides: is this error worth a retry? */
export function isTransient(err: unknown): boolean {
  if (err instanceof TransientError) return true;
  if (err instanceof PermanentError || err instanceof ConfigError || err instanceof UnrecoverableError || err instanceof AmbiguousDeliveryError) {
    return false;
  }
  if (err instanceof Error && err.name === 'AbortError') return true;
  if (err instanceof Error && err.name === 'TimeoutError') return true;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  const responseCode = (err as { responseCode?: unknown })?.responseCode;
  if (typeof responseCode === 'number') return responseCode >= 400 && responseCode < 500; // SMTP 4xx are temporary
  // unknown errors are retried: BullMQ's attempts bound the cost, and a bug shows in the failed set
  return !(err instanceof TypeError || err instanceof SyntaxError || err instanceof RangeError);
}

/** HTTP status → error, or null when the status is a success. */
export function errorForStatus(status: number, what: string, retryAfterMs?: number): Error | null {
  if (status < 400) return null;
  if (status === 429 || status === 408 || status >= 500) {
    return new TransientError(`${what} answered HTTP ${status}`, retryAfterMs);
  }
  return new PermanentError(`${what} answered HTTP ${status}`);
}

/** Retry-After header (seconds or HTTP date) in ms, capped; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now(), capMs = 3_600_000): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, capMs);
  // otherwise an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"); V8 would also read "-5" or "1.5" as dates
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(at - now, 0), capMs);
}

/** For a job processor: permanent errors become BullMQ's UnrecoverableError so they are not retried. */
export function toJobError(err: unknown): Error {
  if (isTransient(err)) return err instanceof Error ? err : new Error(String(err));
  if (err instanceof UnrecoverableError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new UnrecoverableError(message);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

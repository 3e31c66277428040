import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/jobs/connection.js';
import { ConfigError, PermanentError, TransientError, errorForStatus, isTransient, parseRetryAfter, toJobError } from '../../src/lib/errors.js';

const NOW = Date.parse('2018-02-17T12:00:00Z'); // whole second: HTTP dates have no milliseconds

function withCode(code: string): Error {
  return Object.assign(new Error(`connect ${code}`), { code });
}

function smtpError(responseCode: number): Error {
  return Object.assign(new Error(`SMTP ${responseCode}`), { responseCode });
}

describe('errorForStatus: which HTTP answers are retried', () => {
  it.each([
    [429, 'transient'],
    [408, 'transient'],
    [500, 'transient'],
    [502, 'transient'],
    [503, 'transient'],
    [404, 'permanent'],
    [410, 'permanent'],
    [401, 'permanent'],
    [403, 'permanent'],
  ] as const)('HTTP %i is %s', (status, kind) => {
    const err = errorForStatus(status, 'https://news.example.org/rss');
    expect(err).toBeInstanceOf(kind === 'transient' ? TransientError : PermanentError);
    expect(isTransient(err)).toBe(kind === 'transient');
    expect(err?.message).toBe(`https://news.example.org/rss answered HTTP ${status}`);
  });

  it('a success or redirect status is no error', () => {
    expect(errorForStatus(200, 'feed')).toBeNull();
    expect(errorForStatus(304, 'feed')).toBeNull();
  });

  it('429 and 503 carry the Retry-After the server gave', () => {
    expect((errorForStatus(429, 'slack', parseRetryAfter('30', NOW)) as TransientError).retryAfterMs).toBe(30_000);
    const at = new Date(NOW + 120_000).toUTCString();
    expect((errorForStatus(503, 'feed', parseRetryAfter(at, NOW)) as TransientError).retryAfterMs).toBe(120_000);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['seconds', '120', 120_000],
    ['seconds with spaces', ' 5 ', 5_000],
    ['zero seconds', '0', 0],
    ['an HTTP date 90 s ahead', new Date(NOW + 90_000).toUTCString(), 90_000],
    ['an HTTP date in the past', new Date(NOW - 60_000).toUTCString(), 0],
    ['a day in seconds, capped at an hour', '86400', 3_600_000],
    ['missing', undefined, undefined],
    ['empty', '', undefined],
    ['garbage', 'soon', undefined],
  ] as const)('%s', (_label, header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});

describe('isTransient: the one place that decides', () => {
  it.each([
    ['ECONNRESET', withCode('ECONNRESET'), true],
    ['ECONNREFUSED', withCode('ECONNREFUSED'), true],
    ['ETIMEDOUT', withCode('ETIMEDOUT'), true],
    ['a DNS hiccup (EAI_AGAIN)', withCode('EAI_AGAIN'), true],
    ['undici headers timeout', withCode('UND_ERR_HEADERS_TIMEOUT'), true],
    ['an aborted request', Object.assign(new Error('aborted'), { name: 'AbortError' }), true],
    ['a timeout', Object.assign(new Error('deadline'), { name: 'TimeoutError' }), true],
    ['SMTP 421 (service not available, try later)', smtpError(421), true],
    ['SMTP 451 (local error)', smtpError(451), true],
    ['SMTP 550 (mailbox unavailable)', smtpError(550), false],
    ['SMTP 553 (bad address)', smtpError(553), false],
    ['a TransientError', new TransientError('busy'), true],
    ['a PermanentError', new PermanentError('gone'), false],
    ['an invalid config', new ConfigError('veille.yaml: the file is empty'), false],
    ['an UnrecoverableError', new UnrecoverableError('no'), false],
    ['a bug (TypeError)', new TypeError('x is undefined'), false],
    ['unparsable input (SyntaxError)', new SyntaxError('Unexpected token'), false],
  ] as const)('%s → %s', (_label, err, transient) => {
    expect(isTransient(err)).toBe(transient);
  });

  it('toJobError makes permanent errors unrecoverable and keeps transient ones', () => {
    const gone = toJobError(errorForStatus(410, 'https://news.example.org/a'));
    expect(gone).toBeInstanceOf(UnrecoverableError);
    expect(gone.message).toBe('https://news.example.org/a answered HTTP 410');
    const busy = errorForStatus(503, 'feed') as Error;
    expect(toJobError(busy)).toBe(busy);
  });
});

describe('backoffDelay', () => {
  it('honours the Retry-After of the error, in whole milliseconds', () => {
    expect(backoffDelay(1, 'custom', new TransientError('slow down', 30_000))).toBe(30_000);
    expect(backoffDelay(5, 'custom', new TransientError('slow down', 1_500.6))).toBe(1_501);
    expect(backoffDelay(1, 'custom', new TransientError('now', 0))).toBe(0);
  });

  it('caps a very long Retry-After at ten minutes', () => {
    expect(backoffDelay(1, 'custom', new TransientError('come back tomorrow', 86_400_000))).toBe(600_000);
  });

  it('without Retry-After: exponential with jitter, always an integer (the Postgres queue rejects fractions)', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const base = Math.min(2_000 * 2 ** (attempt - 1), 600_000);
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelay(attempt, 'custom', new Error('flaky'));
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * 0.75));
        expect(delay).toBeLessThanOrEqual(Math.ceil(base * 1.25));
      }
    }
  });

  it('is an integer without an error too', () => {
    for (let i = 0; i < 50; i++) expect(Number.isInteger(backoffDelay(3))).toBe(true);
  });
});

describe('Retry-After that is neither seconds nor an HTTP date', () => {
  it.each(['-5', '1.5', 'soon'])('%j is ignored, so the exponential backoff applies', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

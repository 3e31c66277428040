import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import type { FetcherDefaults } from '../../src/fetch/types.js';
import { startServer, type TestServer, type Visit } from '../fixtures/fetch/server.js';

const DEFAULTS: FetcherDefaults = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  allowPrivateNetworks: true,
  perHostConcurrency: 1,
};

/** Timer callbacks may run up to a millisecond early on the clock the server reads: allow that much, twice. */
const CLOCK_SLACK_MS = 2;

const slowly = (_req: unknown, res: ServerResponse) => setTimeout(() => res.writeHead(200).end('ok'), 40);

/** Gap between each request's finish and the next one's start, as the server saw them. */
const gaps = (visits: Visit[]) => visits.slice(1).map((v, i) => v.startedAt - visits[i].finishedAt!);

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ '/slow': slowly });
});

afterAll(async () => {
  await server.close();
});

describe('per-host concurrency', () => {
  it('never overlaps two requests to one host with a limit of 1', async () => {
    const fetcher = createFetcher(DEFAULTS);
    const before = server.visits.length;
    const results = await Promise.all(Array.from({ length: 4 }, () => fetcher.fetch(server.url('/slow'))));
    await fetcher.close();
    expect(results.map((r) => r.text)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(server.maxConcurrent).toBe(1);
    for (const gap of gaps(server.visits.slice(before))) expect(gap).toBeGreaterThanOrEqual(0);
  });

  it('limits hosts independently: a request to one host does not wait for another', async () => {
    // each server answers only once the other one has its request: serialising the hosts would deadlock
    let arrived = 0;
    let bothArrived!: () => void;
    const together = new Promise<void>((resolve) => (bothArrived = resolve));
    const meet = (_req: unknown, res: ServerResponse) => {
      if (++arrived === 2) bothArrived();
      void together.then(() => res.writeHead(200).end('met'));
    };
    const [a, b] = await Promise.all([startServer({ '/meet': meet }, '127.0.0.1'), startServer({ '/meet': meet }, '127.0.0.2')]);
    const fetcher = createFetcher(DEFAULTS);
    try {
      const results = await Promise.all([fetcher.fetch(a.url('/meet')), fetcher.fetch(b.url('/meet'))]);
      expect(results.map((r) => r.text)).toEqual(['met', 'met']);
    } finally {
      await fetcher.close();
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('politeness delay', () => {
  it('starts the next request to a host only after the previous one finished plus the delay', async () => {
    const delay = 150;
    const fetcher = createFetcher({ ...DEFAULTS, perHostConcurrency: 2, politenessDelayMs: delay });
    const before = server.visits.length;
    await Promise.all(Array.from({ length: 3 }, () => fetcher.fetch(server.url('/slow'))));
    await fetcher.close();
    const visits = server.visits.slice(before);
    expect(visits).toHaveLength(3);
    expect(server.maxConcurrent).toBe(1); // 40 ms requests 150 ms apart never meet, even with 2 slots
    for (const gap of gaps(visits)) expect(gap).toBeGreaterThanOrEqual(delay - CLOCK_SLACK_MS);
  });
});

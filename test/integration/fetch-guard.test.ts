import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import type { Resolver } from '../../src/fetch/ssrf.js';
import type { Fetcher, FetcherDefaults } from '../../src/fetch/types.js';
import { PermanentError } from '../../src/lib/errors.js';
import { startServer, type TestServer } from '../fixtures/fetch/server.js';

const DEFAULTS: FetcherDefaults = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  allowPrivateNetworks: false,
  perHostConcurrency: 2,
};

let server: TestServer; // on 127.0.0.1
let inner: TestServer; // on 127.0.0.2: the "internal service" a redirect tries to reach
let guarded: Fetcher;
let trustingLocal: Fetcher; // trusts 127.0.0.1 only, so a first hop can reach the test server

const ok = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200).end(body);

beforeAll(async () => {
  inner = await startServer({ '/secret': ok('internal secret') }, '127.0.0.2');
  server = await startServer({
    '/ok': ok('public page'),
    '/to-inner': (_req, res) => res.writeHead(302, { location: inner.url('/secret') }).end(),
    '/to-mapped': (_req, res) => res.writeHead(302, { location: `http://[::ffff:127.0.0.2]:${inner.port}/secret` }).end(),
    '/to-metadata': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-localhost': (_req, res) => res.writeHead(302, { location: `http://localhost:${inner.port}/secret` }).end(),
  });
  guarded = createFetcher(DEFAULTS);
  trustingLocal = createFetcher({ ...DEFAULTS, trustedAddresses: ['127.0.0.1'] });
});

afterAll(async () => {
  await Promise.all([guarded.close(), trustingLocal.close()]);
  await Promise.all([server.close(), inner.close()]);
});

describe('SSRF guard', () => {
  it('F2 SSRF literal: refuses the loopback test server when private networks are not allowed', async () => {
    const url = server.url('/ok');
    const error = await guarded.fetch(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as Error).message).toBe(`refused private address 127.0.0.1 (loopback) for ${url}`);
    expect(server.connections).toBe(0);
  });

  it('allows it with allowPrivateNetworks', async () => {
    const result = await guarded.fetch(server.url('/ok'), { allowPrivateNetworks: true });
    expect(result.text).toBe('public page');
  });

  it('F2 SSRF by name: checks a name at connect time, on the resolved address, before connecting', async () => {
    const url = `http://localhost:${server.port}/ok`;
    const connections = server.connections;
    await expect(guarded.fetch(url)).rejects.toThrow(/^refused private address (127\.0\.0\.1|::1) \(loopback\) resolved from localhost for http:\/\/localhost:/);
    expect(server.connections).toBe(connections);
  });

  it.each([
    ['http://0x7f.1:PORT/ok', '127.0.0.1'],
    ['http://2130706433:PORT/ok', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]:PORT/ok', '::ffff:7f00:1'],
    ['http://[::1]:PORT/ok', '::1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://0.0.0.0:PORT/ok', '0.0.0.0'],
    ['http://10.0.0.1/', '10.0.0.1'],
    ['http://100.64.0.1/', '100.64.0.1'],
    ['http://[fd00::1]/', 'fd00::1'],
  ])('refuses the literal host of %s', async (href, address) => {
    const seen = server.connections;
    const url = href.replace('PORT', String(server.port));
    await expect(guarded.fetch(url)).rejects.toThrow(`refused private address ${address} `);
    expect(server.connections).toBe(seen);
  });

  it('F3 internal redirects: checks every redirect hop', async () => {
    expect((await trustingLocal.fetch(server.url('/ok'))).text).toBe('public page');
    await expect(trustingLocal.fetch(server.url('/to-inner'))).rejects.toThrow(
      `refused private address 127.0.0.2 (loopback) for ${inner.url('/secret')}`,
    );
    await expect(trustingLocal.fetch(server.url('/to-mapped'))).rejects.toThrow(/refused private address ::ffff:7f00:2 \(ipv4Mapped loopback\)/);
    await expect(trustingLocal.fetch(server.url('/to-metadata'))).rejects.toThrow(/refused private address 169\.254\.169\.254 \(linkLocal\)/);
    expect(inner.connections).toBe(0);
  });

  it('lets a redirect reach a private address when private networks are allowed', async () => {
    const result = await trustingLocal.fetch(server.url('/to-inner'), { allowPrivateNetworks: true });
    expect(result).toMatchObject({ url: inner.url('/secret'), text: 'internal secret' });
  });
});

describe('DNS rebinding', () => {
  // "news.test" first resolves to 127.0.0.3, which the fetcher trusts and so stands for a public
  // address here, then to 127.0.0.1, where an internal service listens on the same port
  let site: TestServer;
  let internal: TestServer;
  let lookups: string[];

  const closing = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
    res.writeHead(200, { connection: 'close' }).end(body); // every request needs a new connection, so a new lookup

  beforeAll(async () => {
    for (let attempt = 0; ; attempt++) {
      site = await startServer({
        '/story': closing('public story'),
        '/hop': (_req, res) => res.writeHead(302, { location: '/story', connection: 'close' }).end(),
      }, '127.0.0.3');
      try {
        internal = await startServer({ '/story': ok('internal secret') }, '127.0.0.1', site.port);
        break;
      } catch (err) {
        await site.close(); // the port is taken on 127.0.0.1: try another
        if (attempt === 5) throw err;
      }
    }
  });

  afterAll(async () => {
    await Promise.all([site.close(), internal.close()]);
  });

  /** Answers 127.0.0.3 the first time, 127.0.0.1 afterwards, and records each answer. */
  function rebindingFetcher(): Fetcher {
    lookups = [];
    const lookup: Resolver = async (hostname) => {
      const address = lookups.length === 0 ? '127.0.0.3' : '127.0.0.1';
      lookups.push(`${hostname} → ${address}`);
      return [{ address, family: 4 }];
    };
    return createFetcher({ ...DEFAULTS, trustedAddresses: ['127.0.0.3'], lookup });
  }

  it('F4 DNS rebinding: checks the address of each new connection: the second fetch, rebound, is refused', async () => {
    const fetcher = rebindingFetcher();
    const url = `http://news.test:${site.port}/story`;
    try {
      expect((await fetcher.fetch(url)).text).toBe('public story');
      await expect(fetcher.fetch(url)).rejects.toThrow(`refused private address 127.0.0.1 (loopback) resolved from news.test for ${url}`);
    } finally {
      await fetcher.close();
    }
    expect(lookups).toEqual(['news.test → 127.0.0.3', 'news.test → 127.0.0.1']);
    expect(site.connections).toBeGreaterThanOrEqual(1);
    expect(internal.connections).toBe(0);
  });

  it('F4 DNS rebinding: refuses a redirect hop whose connection resolves to a private address', async () => {
    const fetcher = rebindingFetcher();
    const error = await fetcher.fetch(`http://news.test:${site.port}/hop`).catch((e: unknown) => e);
    await fetcher.close();
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as Error).message).toBe(`refused private address 127.0.0.1 (loopback) resolved from news.test for http://news.test:${site.port}/story`);
    expect(lookups).toHaveLength(2);
    expect(internal.connections).toBe(0);
  });
});

import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import type { Fetcher, FetcherDefaults } from '../../src/fetch/types.js';
import { PermanentError, TransientError } from '../../src/lib/errors.js';
import { fixture, startServer, type TestServer } from '../fixtures/fetch/server.js';

const DEFAULTS: FetcherDefaults = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  allowPrivateNetworks: true, // the test server is on 127.0.0.1; the guard has its own test file
  perHostConcurrency: 2,
  userAgent: 'Veille-test/1',
};

const ARTICLE = Buffer.from('<html><body><p>RT a financé environ 1823 tweets promotionnels.</p></body></html>'.repeat(50));

const MiB = 1024 * 1024;
/** A gzip member of 64 MiB of zeros (~64 KiB); the bomb sends 16 of them: ~1 MiB on the wire, 1 GiB decoded. */
const BOMB_MEMBER = zlib.gzipSync(Buffer.alloc(64 * MiB));
const BOMB_MEMBERS = 16;
const LAST_MODIFIED = 'Mon, 01 Jan 2018 00:00:00 GMT';

let server: TestServer;
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startServer({
    '/page-1252': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(fixture('page-windows-1252.html')),
    '/page-meta': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(fixture('page-meta-charset-1252.html')),
    '/feed-iso': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('feed-iso-8859-1.xml')),
    '/feed-bom': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/xml; charset=iso-8859-1' }).end(fixture('feed-utf8-bom.xml')),
    '/gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' }).end(zlib.gzipSync(ARTICLE)),
    '/br': (_req, res) => res.writeHead(200, { 'content-encoding': 'br', 'content-type': 'text/html' }).end(zlib.brotliCompressSync(ARTICLE)),
    '/deflate': (_req, res) => res.writeHead(200, { 'content-encoding': 'deflate', 'content-type': 'text/html' }).end(zlib.deflateSync(ARTICLE)),
    '/deflate-raw': (_req, res) =>
      res.writeHead(200, { 'content-encoding': 'deflate', 'content-type': 'text/html' }).end(zlib.deflateRawSync(ARTICLE)),
    '/corrupt-gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('this is not gzip at all')),
    '/conditional': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2018 00:00:00 GMT', 'content-type': 'application/rss+xml' });
      res.end('<rss/>');
    },
    '/conditional-date': (req, res) => {
      if (req.headers['if-modified-since'] === LAST_MODIFIED) return void res.writeHead(304).end();
      res.writeHead(200, { 'last-modified': LAST_MODIFIED, 'content-type': 'application/rss+xml' }).end('<rss/>');
    },
    '/echo-headers': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.headers)),
    '/gone': (_req, res) => res.writeHead(410).end('gone'),
    '/error': (_req, res) => res.writeHead(500).end('oops'),
    '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'),
    '/unavailable': (_req, res) => res.writeHead(503, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }).end(),
    '/big': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.alloc(2 * 1024 * 1024, 'a')),
    '/bomb': (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
      for (let i = 0; i < BOMB_MEMBERS; i++) res.write(BOMB_MEMBER); // never ended: only the client can stop it
    },
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 100); // 1 byte per 100 ms, forever
      res.on('close', () => clearInterval(timer));
    },
    '/hang': () => {},
    '/r/relative': (_req, res) => res.writeHead(302, { location: '../page-1252' }).end(),
    '/r/ftp': (_req, res) => res.writeHead(301, { location: 'ftp://127.0.0.1/feed.xml' }).end(),
    '/r/file': (_req, res) => res.writeHead(301, { location: pathToFileURL(new URL('../fixtures/fetch/feed-iso-8859-1.xml', import.meta.url).pathname).href }).end(),
    '/r/none': (_req, res) => res.writeHead(302).end(),
    ...Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`/chain/${i}`, (_req, res) => res.writeHead(i % 2 ? 301 : 307, { location: `/chain/${i + 1}` }).end()]),
    ),
    '/chain/7': (_req, res) => res.writeHead(200).end('end of chain'),
  });
  fetcher = createFetcher(DEFAULTS);
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe('charset', () => {
  it('F8 decodes a windows-1252 French page named in the header', async () => {
    const result = await fetcher.fetch(server.url('/page-1252'), { accept: 'html' });
    expect(result).toMatchObject({ status: 200, notModified: false, charset: 'windows-1252', contentType: 'text/html; charset=windows-1252' });
    expect(result.text).toContain('Ingérence russe : ce que l’on sait');
  });

  it('decodes a page whose only charset is a <meta>', async () => {
    const result = await fetcher.fetch(server.url('/page-meta'), { accept: 'html' });
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toContain('« RT » a financé');
  });

  it('decodes a feed by its XML declaration', async () => {
    const result = await fetcher.fetch(server.url('/feed-iso'), { accept: 'feed' });
    expect(result.text).toContain('Élection américaine : l’ingérence russe');
  });

  it('trusts a byte-order mark over the header', async () => {
    const result = await fetcher.fetch(server.url('/feed-bom'), { accept: 'feed' });
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain('Élection américaine');
  });
});

describe('content-encoding', () => {
  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('decodes %s and keeps the decoded bytes', async (path) => {
    const result = await fetcher.fetch(server.url(path));
    expect(result.body.equals(ARTICLE)).toBe(true);
    expect(result.text).toContain('RT a financé environ 1823 tweets');
  });

  it('asks for the encodings it can decode', async () => {
    const { text } = await fetcher.fetch(server.url('/echo-headers'), { accept: 'feed', headers: { 'Accept-Encoding': 'zstd', 'X-Extra': '1' } });
    const headers = JSON.parse(text);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers['user-agent']).toBe('Veille-test/1');
    expect(headers.accept).toContain('application/rss+xml');
    expect(headers['x-extra']).toBe('1');
  });

  it('fails a corrupt gzip body permanently', async () => {
    await expect(fetcher.fetch(server.url('/corrupt-gzip'))).rejects.toThrow(PermanentError);
  });
});

describe('caps', () => {
  it('F7 decompression bomb: stops a gzip bomb (1 MiB of gzip, 1 GiB decoded) at the decoded size cap, memory flat, and closes the socket', async () => {
    expect(BOMB_MEMBER.length * BOMB_MEMBERS).toBeLessThan(1.5 * MiB);
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 1);
    const error = await fetcher.fetch(server.url('/bomb')).catch((e: unknown) => e);
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as Error).message).toMatch(/larger than 1048576 bytes/);
    expect(rssPeak - rssBefore).toBeLessThan(200 * MiB); // 1 GiB decoded would show here
    await server.socketClosed('/bomb');
  });

  it('F6 100 MB body: caps a plain body too', async () => {
    await expect(fetcher.fetch(server.url('/big'))).rejects.toThrow(/larger than 1048576 bytes/);
  });

  it('F5 slowloris: cuts a server dripping bytes at the deadline and closes the socket', async () => {
    const error = await fetcher.fetch(server.url('/drip'), { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toMatch(/exceeded the 300 ms deadline/);
    await server.socketClosed('/drip');
  });

  it('passes the caller abort signal through', async () => {
    const controller = new AbortController();
    const pending = fetcher.fetch(server.url('/hang'), { signal: controller.signal });
    await vi.waitFor(() => expect(server.requests.some((r) => r.url === '/hang')).toBe(true));
    controller.abort(new Error('job cancelled'));
    await expect(pending).rejects.toThrow(/was aborted/);
    await server.socketClosed('/hang');
  });
});

describe('conditional GET', () => {
  it('sends the validators and reports 304 as not modified', async () => {
    const first = await fetcher.fetch(server.url('/conditional'));
    expect(first).toMatchObject({ notModified: false, etag: '"v1"', lastModified: 'Mon, 01 Jan 2018 00:00:00 GMT' });
    const second = await fetcher.fetch(server.url('/conditional'), { etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true, etag: '"v1"', lastModified: 'Mon, 01 Jan 2018 00:00:00 GMT', text: '' });
    expect(second.body.length).toBe(0);
    const sent = server.requests.filter((r) => r.url === '/conditional').at(-1)!;
    expect(sent.headers['if-modified-since']).toBe('Mon, 01 Jan 2018 00:00:00 GMT');
  });

  it('revalidates with Last-Modified alone and keeps the stored validator on 304', async () => {
    const first = await fetcher.fetch(server.url('/conditional-date'));
    expect(first).toMatchObject({ status: 200, notModified: false, etag: null, lastModified: LAST_MODIFIED });
    const second = await fetcher.fetch(server.url('/conditional-date'), { etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true, lastModified: LAST_MODIFIED, text: '' });
    const sent = server.requests.filter((r) => r.url === '/conditional-date').at(-1)!;
    expect(sent.headers['if-none-match']).toBeUndefined();
  });
});

describe('HTTP status', () => {
  it('F1 fails 404 and 410 permanently', async () => {
    await expect(fetcher.fetch(server.url('/missing'))).rejects.toThrow(PermanentError);
    await expect(fetcher.fetch(server.url('/gone'))).rejects.toThrow(/answered HTTP 410/);
  });

  it('fails 500 transiently', async () => {
    const error = await fetcher.fetch(server.url('/error')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toMatch(/answered HTTP 500/);
  });

  it('F1 honours Retry-After on 429 (seconds) and 503 (date)', async () => {
    const busy = (await fetcher.fetch(server.url('/busy')).catch((e: unknown) => e)) as TransientError;
    expect(busy).toBeInstanceOf(TransientError);
    expect(busy.retryAfterMs).toBe(120_000);
    const unavailable = (await fetcher.fetch(server.url('/unavailable')).catch((e: unknown) => e)) as TransientError;
    expect(unavailable).toBeInstanceOf(TransientError);
    expect(unavailable.retryAfterMs).toBeGreaterThan(0);
  });

  it('fails a refused connection transiently', async () => {
    const closed = await startServer({});
    const url = closed.url('/');
    await closed.close();
    await expect(fetcher.fetch(url)).rejects.toThrow(TransientError);
  });
});

describe('redirects', () => {
  it('follows up to maxRedirects hops and reports the final URL', async () => {
    const result = await fetcher.fetch(server.url('/chain/2'));
    expect(result.url).toBe(server.url('/chain/7'));
    expect(result.text).toBe('end of chain');
  });

  it('refuses a chain longer than maxRedirects', async () => {
    await expect(fetcher.fetch(server.url('/chain/0'))).rejects.toThrow(/too many redirects \(more than 5\)/);
    await expect(fetcher.fetch(server.url('/chain/2'), { maxRedirects: 4 })).rejects.toThrow(PermanentError);
  });

  it('resolves a relative Location', async () => {
    const result = await fetcher.fetch(server.url('/r/relative'));
    expect(result.url).toBe(server.url('/page-1252'));
  });

  it('refuses a redirect to another scheme, file:// included', async () => {
    await expect(fetcher.fetch(server.url('/r/ftp'))).rejects.toThrow(/unsupported URL scheme "ftp:"/);
    await expect(fetcher.fetch(server.url('/r/file'), { allowFile: true })).rejects.toThrow(/unsupported URL scheme "file:"/);
  });

  it('fails a redirect without Location permanently', async () => {
    await expect(fetcher.fetch(server.url('/r/none'))).rejects.toThrow(/without a Location/);
  });
});

describe('per-source headers', () => {
  it('sends a per-request User-Agent and headers, for sites that answer 403 to default clients', async () => {
    const browserLike = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    const { text } = await fetcher.fetch(server.url('/echo-headers'), {
      userAgent: browserLike,
      headers: { Cookie: 'consent=yes', 'Accept-Language': 'fr-FR,fr;q=0.9', Referer: 'https://www.example.fr/' },
    });
    expect(JSON.parse(text)).toMatchObject({
      'user-agent': browserLike,
      cookie: 'consent=yes',
      'accept-language': 'fr-FR,fr;q=0.9',
      referer: 'https://www.example.fr/',
    });
  });

  it('lets a header named User-Agent override the option too', async () => {
    const { text } = await fetcher.fetch(server.url('/echo-headers'), { headers: { 'User-Agent': 'Custom/2' } });
    expect(JSON.parse(text)['user-agent']).toBe('Custom/2');
  });
});

describe('file://', () => {
  const feedUrl = pathToFileURL(new URL('../fixtures/fetch/feed-iso-8859-1.xml', import.meta.url).pathname).href;

  it('reads a file only when allowFile is set', async () => {
    await expect(fetcher.fetch(feedUrl)).rejects.toThrow(/file:\/\/ URLs are not allowed/);
    const result = await fetcher.fetch(feedUrl, { allowFile: true, accept: 'feed' });
    expect(result).toMatchObject({ status: 200, contentType: 'application/xml', charset: 'windows-1252' });
    expect(result.text).toContain('Élection américaine');
  });

  it('caps a file and fails a missing one permanently', async () => {
    await expect(fetcher.fetch(feedUrl, { allowFile: true, maxBytes: 100 })).rejects.toThrow(/larger than 100 bytes/);
    await expect(fetcher.fetch(`${feedUrl}.missing`, { allowFile: true })).rejects.toThrow(PermanentError);
  });
});

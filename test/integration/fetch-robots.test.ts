import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import type { Fetcher, FetcherDefaults } from '../../src/fetch/types.js';
import { PermanentError, TransientError } from '../../src/lib/errors.js';
import { startServer, type Handler, type TestServer } from '../fixtures/fetch/server.js';

const DEFAULTS: FetcherDefaults = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  allowPrivateNetworks: true, // the test servers are on 127.0.0.x
  perHostConcurrency: 2,
  userAgent: 'Veille/0.1 (+https://github.com/veille; news monitoring)',
};

const ROBOTS = `# a news site
User-agent: *
Disallow: /

User-agent: Veille
Allow: /news/
Disallow: /news/private/
Crawl-delay: 0.2
`;

/** Timer callbacks may run up to a millisecond early on the clock the server reads: allow that much, twice. */
const CLOCK_SLACK_MS = 2;

const text = (body: string, status = 200): Handler => (_req, res: ServerResponse) => res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
const page = (body: string): Handler => (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${body}</p>`);

const articles: Record<string, Handler> = {
  '/news/a': page('story a'),
  '/news/b': page('story b'),
  '/news/private/memo': page('memo'),
  '/feed.xml': text('<rss/>'),
};

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as Error);

let fetcher: Fetcher;
const servers: TestServer[] = [];

async function site(routes: Record<string, Handler>, host?: string): Promise<TestServer> {
  const server = await startServer({ ...articles, ...routes }, host);
  servers.push(server);
  return server;
}

beforeAll(() => {
  fetcher = createFetcher(DEFAULTS);
});

afterAll(async () => {
  await fetcher.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe('robots.txt for article pages', () => {
  it('fetches allowed articles, asking for robots.txt once for two of them, with our User-Agent', async () => {
    const server = await site({ '/robots.txt': text(ROBOTS) });
    const [a, b] = await Promise.all([fetcher.fetch(server.url('/news/a'), { robots: true }), fetcher.fetch(server.url('/news/b'), { robots: true })]);
    expect([a.text, b.text]).toEqual(['<p>story a</p>', '<p>story b</p>']);
    await fetcher.fetch(server.url('/news/a'), { robots: true });
    expect(server.hits('/robots.txt')).toBe(1);
    expect(server.requests[0].headers['user-agent']).toBe(DEFAULTS.userAgent);
  });

  it('refuses a disallowed article without requesting it', async () => {
    const server = await site({ '/robots.txt': text(ROBOTS) });
    const url = server.url('/news/private/memo');
    const error = await refusal(fetcher.fetch(url, { robots: true }));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error?.message).toBe(`disallowed by robots.txt: ${url}`);
    expect(server.hits('/news/private/memo')).toBe(0);
  });

  it('matches the group of our product token: another crawler falls under *', async () => {
    const server = await site({ '/robots.txt': text(ROBOTS) });
    const other = createFetcher({ ...DEFAULTS, userAgent: 'OtherBot/2.0' });
    try {
      await expect(other.fetch(server.url('/news/a'), { robots: true })).rejects.toThrow(`disallowed by robots.txt: ${server.url('/news/a')}`);
      // a per-request browser-like User-Agent does not change whose rules apply
      const mine = await fetcher.fetch(server.url('/news/a'), { robots: true, userAgent: 'Mozilla/5.0 (compatible)' });
      expect(mine.text).toBe('<p>story a</p>');
    } finally {
      await other.close();
    }
  });

  it('does not consult robots.txt for feeds, or when a source turns it off', async () => {
    const server = await site({ '/robots.txt': text('User-agent: *\nDisallow: /') });
    expect((await fetcher.fetch(server.url('/feed.xml'), { accept: 'feed' })).text).toBe('<rss/>');
    expect((await fetcher.fetch(server.url('/news/a'), { robots: false })).text).toBe('<p>story a</p>');
    expect(server.hits('/robots.txt')).toBe(0);
  });

  it('allows everything when robots.txt is missing (404), and remembers it', async () => {
    const server = await site({});
    await fetcher.fetch(server.url('/news/private/memo'), { robots: true });
    await fetcher.fetch(server.url('/news/a'), { robots: true });
    expect(server.hits('/robots.txt')).toBe(1);
  });

  it('holds article fetches while robots.txt answers 503 (RFC 9309: unreachable means disallow for now)', async () => {
    const server = await site({ '/robots.txt': text('maintenance', 503) });
    const error = (await refusal(fetcher.fetch(server.url('/news/a'), { robots: true }))) as TransientError;
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toBe(`robots.txt of ${new URL(server.url()).origin} is unreachable (HTTP 503); not fetching ${server.url('/news/a')} until it answers`);
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(server.hits('/news/a')).toBe(0);
  });

  it('fetches robots.txt under the request deadline: a server that never answers it is unreachable', async () => {
    const server = await site({ '/robots.txt': () => {} });
    const error = await refusal(fetcher.fetch(server.url('/news/a'), { robots: true, timeoutMs: 200 }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error?.message).toMatch(/^robots\.txt of .* is unreachable \(GET .*\/robots\.txt exceeded the 200 ms deadline\)/);
    await server.socketClosed('/robots.txt');
    expect(server.hits('/news/a')).toBe(0);
  });

  it('parses the first 512 KB of a larger robots.txt instead of failing', async () => {
    const huge = `User-agent: *\nDisallow: /news/private/\n${'# padding line of a very long robots.txt\n'.repeat(20_000)}`;
    expect(huge.length).toBeGreaterThan(512 * 1024);
    const server = await site({ '/robots.txt': text(huge) });
    expect((await fetcher.fetch(server.url('/news/a'), { robots: true })).text).toBe('<p>story a</p>');
    await expect(fetcher.fetch(server.url('/news/private/memo'), { robots: true })).rejects.toThrow(/^disallowed by robots\.txt/);
  });

  it('checks every redirect hop against the robots.txt of its own origin', async () => {
    const elsewhere = await site({ '/robots.txt': text('User-agent: *\nDisallow: /news/') }, '127.0.0.2');
    const server = await site({
      '/robots.txt': text(ROBOTS),
      '/news/moved': (_req, res) => res.writeHead(301, { location: '/news/private/memo' }).end(),
      '/news/away': (_req, res) => res.writeHead(302, { location: elsewhere.url('/news/a') }).end(),
    });
    await expect(fetcher.fetch(server.url('/news/moved'), { robots: true })).rejects.toThrow(`disallowed by robots.txt: ${server.url('/news/private/memo')}`);
    await expect(fetcher.fetch(server.url('/news/away'), { robots: true })).rejects.toThrow(`disallowed by robots.txt: ${elsewhere.url('/news/a')}`);
    expect(elsewhere.hits('/robots.txt')).toBe(1);
    expect(elsewhere.hits('/news/a')).toBe(0);
    expect(server.hits('/news/private/memo')).toBe(0);
  });

  it('takes Crawl-delay as the politeness delay for the host when it is longer', async () => {
    const server = await site({ '/robots.txt': text(ROBOTS) }); // Crawl-delay: 0.2 for Veille
    await Promise.all([fetcher.fetch(server.url('/news/a'), { robots: true }), fetcher.fetch(server.url('/news/b'), { robots: true })]);
    const articleVisits = server.visits.filter((v) => v.path !== '/robots.txt');
    expect(articleVisits).toHaveLength(2);
    const [first, second] = articleVisits;
    expect(second.startedAt - first.finishedAt!).toBeGreaterThanOrEqual(200 - CLOCK_SLACK_MS);
  });
});

describe('robots.txt through the SSRF guard', () => {
  it('does not follow a robots.txt redirect to a private address', async () => {
    const inner = await site({ '/robots.txt': text('User-agent: *\nDisallow: /') }, '127.0.0.2');
    const server = await site({ '/robots.txt': (_req, res) => res.writeHead(302, { location: inner.url('/robots.txt') }).end() });
    const guarded = createFetcher({ ...DEFAULTS, allowPrivateNetworks: false, trustedAddresses: ['127.0.0.1'] });
    try {
      // robots.txt cannot be fetched (RFC 9309: unavailable, so allowed); the article itself is fetched
      expect((await guarded.fetch(server.url('/news/a'), { robots: true })).text).toBe('<p>story a</p>');
    } finally {
      await guarded.close();
    }
    expect(inner.connections).toBe(0);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { waitFor } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';

// Matrix row F1: a feed answering 503, 429, then 200 is polled again after its Retry-After (not only
// at the next scheduled poll, 15 minutes later); a feed answering 404 or 410 is polled once.
const ITEMS = 3;

function rss(base: string): string {
  const items = Array.from({ length: ITEMS }, (_, k) => `<item><title>Story ${k}</title><link>${base}/news/${k}</link></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

let news: TestServer;
let env: TestEnv;
const calls = { flaky: 0, gone: 0, missing: 0 };

beforeAll(async () => {
  news = await startServer();
  news.route('/flaky.xml', (_req, res) => {
    calls.flaky++;
    if (calls.flaky === 1) res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/plain' }).end('busy');
    else if (calls.flaky === 2) res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down');
    else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(news.url));
  });
  news.route('/gone.xml', (_req, res) => {
    calls.gone++;
    res.writeHead(410, { 'content-type': 'text/plain' }).end('gone');
  });
  news.route('/missing.xml', (_req, res) => {
    calls.missing++;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  for (let k = 0; k < ITEMS; k++) {
    news.route(`/news/${k}`, send('text/html', `<html><head><title>Story ${k}</title></head><body><article><h1>Story ${k}</h1><p>Body of story ${k}, long enough to be the text of a short news article on any topic at all.</p></article></body></html>`));
  }
  env = await makeTestEnv('redis', {
    watchlist: './watchlist.yaml',
    sources: [
      { id: 'flaky', type: 'rss', url: `${news.url}/flaky.xml`, every: '15m' },
      { id: 'gone', type: 'rss', url: `${news.url}/gone.xml`, every: '15m' },
      { id: 'missing', type: 'rss', url: `${news.url}/missing.xml`, every: '15m' },
    ],
    fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
  });
});

afterAll(async () => {
  await news?.close();
  await env?.cleanup();
});

it('F1 a feed answering 503, 429, then 200 is retried after Retry-After; 404 and 410 are polled once', { timeout: 120_000 }, async () => {
  const veille = await Veille.open(env.options());
  try {
    await veille.start();
    await waitFor('the flaky feed’s stories stored', async () => {
      const { rows } = await veille.backends.store.pool.query('SELECT count(*)::int AS n FROM veille.stories');
      return rows[0].n === ITEMS;
    }, 90_000);
    expect(calls.flaky).toBe(3);
    // the stories came from the third poll, long before the next scheduled one (15 minutes)
    const state = await veille.backends.store.getSource('flaky');
    expect(state).toMatchObject({ consecutiveFailures: 0 });
    expect(calls.gone).toBe(1);
    expect(calls.missing).toBe(1);
  } finally {
    await veille.close();
  }
});

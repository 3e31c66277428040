import { afterAll, beforeAll, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { captureLog } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';
import { STORIES, pageBytes, rssFeed } from '../fixtures/pipeline/stories.js';

let news: TestServer;
let env: TestEnv;

beforeAll(async () => {
  news = await startServer();
  const good = rssFeed('http://placeholder', ['dms']);
  news.route('/feeds/truncated.xml', send('application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>half an it'));
  news.route('/feeds/html.xml', send('text/html', '<!doctype html><html><head><title>Home</title></head><body><p>Our news</p></body></html>'));
  news.route('/feeds/empty.xml', send('application/rss+xml', ''));
  news.route('/feeds/ampersand.xml', send('application/rss+xml', good.replace('<channel><title>', '<channel><title>News & Views ').replaceAll('http://placeholder', '')));
  news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, ['dms', 'bakery'])));
  for (const key of ['dms', 'bakery'] as const) news.route(STORIES[key].path, send('text/html', pageBytes(key)));
  env = await makeTestEnv('embedded', {
    watchlist: './watchlist.yaml',
    sources: ['truncated', 'html', 'empty', 'ampersand', 'tribune'].map((id) => ({ id, type: 'rss', url: `${news.url}/feeds/${id}.xml`, every: '15m' })),
    fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
  });
});

afterAll(async () => {
  await news?.close();
  await env?.cleanup();
});

it('F10 truncated feed, HTML instead of a feed, empty body: an error per feed naming it; a bare & is read; other feeds go on', async () => {
  const capture = captureLog();
  const veille = await Veille.open(env.options(capture.log), { attempts: 1 });
  const summary = await veille.once({ timeoutMs: 90_000, sendDigests: false }).finally(() => veille.close());
  const byId = Object.fromEntries(summary.sources.map((s) => [s.id, s]));
  expect(byId.truncated).toMatchObject({ status: 'failed' });
  expect(byId.truncated.error).toMatch(/truncated XML .* with no complete item/);
  expect(byId.html).toMatchObject({ status: 'failed' });
  expect(byId.html.error).toMatch(/is an HTML page/);
  expect(byId.empty).toMatchObject({ status: 'failed' });
  expect(byId.empty.error).toMatch(/empty body/);
  expect(byId.ampersand).toMatchObject({ status: 'ok', fetched: 1 });
  expect(byId.tribune).toMatchObject({ status: 'ok', fresh: 2 });
  const failed = capture.find('source poll failed').map((l) => l.sourceId).sort();
  expect(failed).toEqual(['empty', 'html', 'truncated']);
});

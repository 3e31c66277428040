import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { parseFeed } from '../../src/sources/parse-feed.js';
import { parseXml } from '../../src/sources/feed/xml.js';
import { PermanentError } from '../../src/lib/errors.js';
import { MAX_ENTITY_EXPANSION } from '../../src/sources/feed/entities.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { captureLog } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';
import { rssFeed, STORIES, pageBytes } from '../fixtures/pipeline/stories.js';
import {
  billionLaughs,
  externalDtd,
  parameterEntities,
  quadraticBlowup,
  quadraticBlowupLongValue,
  xxeFile,
  xxeHttp,
} from '../fixtures/faults/hostile-feeds.js';

const BASE = 'http://feeds.example.org';
const ATTACKER = 'http://127.0.0.1:9/attacker';

function titles(xml: string): string[] {
  return parseFeed(xml, `${BASE}/feed.xml`).items.map((i) => i.title);
}

// Time and memory per document (the row's < 100 ms and RSS Δ < 10 MB) are measured by `npm run bench`
// ("feed DTD attacks"); here the outcome a user would notice: the feed is read, nothing is expanded
// past a bound, nothing is read from elsewhere.
describe('F9 hostile DTDs in a feed (parser)', () => {
  it('F9 billion laughs: nested entities are not expanded past one level; the feed is read', () => {
    const [hostile, harmless] = titles(billionLaughs(BASE));
    expect(harmless).toBe('Harmless neighbour');
    // &lol10; stands for ten literal &lol9; references: 60 characters, not 3 x 10^10
    expect(hostile).toBe('&lol9;'.repeat(10));
  });

  it('F9 quadratic blowup: the expansion of one document is bounded', () => {
    const xml = quadraticBlowup(BASE);
    expect(titles(xml)[1]).toBe('Harmless neighbour');
    // 50,000 references to 1,000 characters would be 50 MB; the budget stops expanding, the rest stays literal
    const doc = parseXml(xml, BASE, xml.indexOf('<rss'));
    const title = doc.root!.children[0].children.find((c) => c.local === 'item')!.children[0].text;
    expect(title.length).toBeLessThanOrEqual(MAX_ENTITY_EXPANSION + 50_000 * '&aa;'.length);
    expect(title.startsWith('a'.repeat(1_000))).toBe(true);
    expect(title.endsWith('&aa;&aa;')).toBe(true);
    expect(title.split('a'.repeat(1_000)).length - 1).toBe(Math.floor(MAX_ENTITY_EXPANSION / 1_000));
  });

  it('F9 quadratic blowup with one long entity: a value longer than any name is not expanded, a huge DTD is an error', () => {
    expect(titles(quadraticBlowupLongValue(BASE))[0]).toBe('&big;'.repeat(100));
    expect(() => titles(quadraticBlowupLongValue(BASE, 1_000_000))).toThrow(PermanentError);
  });

  it('F9 XXE file: an external entity never reads the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-xxe-'));
    try {
      const secret = path.join(dir, 'secret.txt');
      await writeFile(secret, 'TOP-SECRET-BYTES');
      const [hostile] = titles(xxeFile(BASE, secret));
      expect(hostile).toBe('Leak: &xxe;');
      expect(hostile).not.toContain('TOP-SECRET');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('F9 XXE http, external DTD, parameter entities: references stay literal, nothing is declared from them', () => {
    expect(titles(xxeHttp(BASE, ATTACKER))[0]).toBe('Fetch: &xxe;');
    expect(titles(externalDtd(BASE, ATTACKER))[0]).toBe('External DTD &defined-there;');
    // a declaration quoted inside a parameter entity is not a declaration
    expect(titles(parameterEntities(BASE, ATTACKER))[0]).toBe('Params &injected; &remote;');
  });

  it('F9 internal entities a real feed declares still work', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY site "Example Site"><!ENTITY eacute "&#233;">]>
<rss version="2.0"><channel><title>&site; news</title><item><title>Caf&eacute; &site;</title><link>${BASE}/1</link></item></channel></rss>`;
    const feed = parseFeed(xml, `${BASE}/feed.xml`);
    expect(feed.title).toBe('Example Site news');
    expect(feed.items[0].title).toBe('Café Example Site');
  });
});

describe('F9 hostile DTDs in a feed (worker)', () => {
  let news: TestServer;
  let attacker: TestServer;
  let env: TestEnv;
  let secretDir: string;

  beforeAll(async () => {
    attacker = await startServer({ '/evil.dtd': send('application/xml-dtd', '<!ENTITY defined-there "PWNED">') });
    news = await startServer();
    secretDir = await mkdtemp(path.join(os.tmpdir(), 'veille-xxe-'));
    const secret = path.join(secretDir, 'secret.txt');
    await writeFile(secret, 'TOP-SECRET-BYTES');
    const evil = `${attacker.url}/evil.dtd`;
    const feeds: Record<string, string> = {
      laughs: billionLaughs(news.url),
      quadratic: quadraticBlowup(news.url),
      'xxe-file': xxeFile(news.url, secret),
      'xxe-http': xxeHttp(news.url, evil),
      'external-dtd': externalDtd(news.url, evil),
      params: parameterEntities(news.url, evil),
    };
    for (const [id, xml] of Object.entries(feeds)) news.route(`/feeds/${id}.xml`, send('application/rss+xml', xml));
    news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, ['dms', 'bakery'])));
    for (const key of ['dms', 'bakery'] as const) news.route(STORIES[key].path, send('text/html', pageBytes(key)));
    env = await makeTestEnv('embedded', {
      watchlist: './watchlist.yaml',
      sources: [
        ...Object.keys(feeds).map((id) => ({ id, type: 'rss', url: `${news.url}/feeds/${id}.xml`, every: '15m' })),
        { id: 'tribune', type: 'rss', url: `${news.url}/feeds/tribune.xml`, every: '15m' },
      ],
      fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
    });
  });

  afterAll(async () => {
    await Promise.all([news?.close(), attacker?.close()]);
    await env?.cleanup();
    if (secretDir) await rm(secretDir, { recursive: true, force: true });
  });

  it('F9 billion laughs, XXE and external DTDs in a poll: the worker lives, 0 hits on the attacker, other feeds go on', async () => {
    const capture = captureLog();
    const veille = await Veille.open(env.options(capture.log), { attempts: 1 });
    const summary = await veille.once({ timeoutMs: 90_000, sendDigests: false }).finally(() => veille.close());
    expect(summary.timedOut).toBe(false);
    const byId = Object.fromEntries(summary.sources.map((s) => [s.id, s]));
    for (const id of ['laughs', 'quadratic', 'xxe-file', 'xxe-http', 'external-dtd', 'params']) {
      expect(byId[id].status, id).toBe('ok');
    }
    expect(byId.tribune).toMatchObject({ status: 'ok', fresh: 2 });
    expect(attacker.requests).toHaveLength(0);
    expect(JSON.stringify(capture.lines)).not.toContain('TOP-SECRET');
  });
});

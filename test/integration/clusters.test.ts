import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { partOfType } from '../helpers/mime.js';
import { startSmtp } from '../helpers/smtp.js';
import { makeTestEnv, type Mode, type TestEnv } from '../helpers/test-env.js';
import { COPIES } from '../fixtures/pipeline/wire-copies.js';

type Key = keyof typeof COPIES;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const page = (k: Key, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(COPIES[k].title)}</title>
<meta property="article:published_time" content="${k === 'french' ? '2017-11-01T07:00:00Z' : '2017-10-31T18:00:00Z'}"></head>
<body><article><h1>${esc(COPIES[k].title)}</h1>${COPIES[k].body.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
const feed = (base: string, keys: Key[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${keys
    .map((k) => `<item><title>${esc(COPIES[k].title)}</title><link>${base}${COPIES[k].path}</link><guid>${k}</guid></item>`)
    .join('')}</channel></rss>`;

describe.each<Mode>(['embedded', 'redis'])('one story, many outlets (%s)', (mode) => {
  let news: TestServer;
  let slack: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let env: TestEnv;

  beforeAll(async () => {
    news = await startServer();
    for (const k of Object.keys(COPIES) as Key[]) news.route(COPIES[k].path, send('text/html', page(k, k === 'french' ? 'fr' : 'en')));
    news.route('/feeds/a.xml', send('application/rss+xml', feed(news.url, ['wireA', 'other'])));
    news.route('/feeds/b.xml', send('application/rss+xml', feed(news.url, ['wireB'])));
    news.route('/feeds/fr.xml', send('application/rss+xml', feed(news.url, ['french'])));
    slack = await startServer({ '/hooks/slack': send('text/plain', 'ok') });
    smtp = await startSmtp();
    env = await makeTestEnv(mode, {
      sources: ['a', 'b', 'fr'].map((id) => ({ id: `outlet-${id}`, type: 'rss', url: `${news.url}/feeds/${id}.xml` })),
      alerts: [{ id: 'newsroom', type: 'slack', webhook_url: `${slack.url}/hooks/slack`, on: ['contradiction', 'support', 'relevant'], min_score: 0.3 }],
      digests: [{ id: 'daily', to: ['desk@example.org'], min_relevance: 0.3 }],
      smtp: { url: smtp.url },
      fetch: { trusted_addresses: ['127.0.0.1'] },
    });
  });

  afterAll(async () => {
    await Promise.all([news?.close(), slack?.close(), smtp?.close()]);
    await env?.cleanup();
  });

  it('alerts once for the cluster and lists the other outlets in the digest', async () => {
    const veille = await Veille.open(env.options(), { attempts: 2 });
    const summary = await veille.once({ timeoutMs: 60_000 }).finally(() => veille.close());
    expect(summary.stories).toBe(4);

    const about = (text: string) => slack.requests.filter((r) => r.body.includes(text));
    // the wire story, its copy and its French version: one alert, whichever outlet came first
    const clusterAlerts = slack.requests.filter((r) => /274,100|274 100/.test(r.body));
    expect(clusterAlerts).toHaveLength(1);
    expect(about('foreign agent').length).toBeLessThanOrEqual(1);

    expect(smtp.messages).toHaveLength(1);
    const text = partOfType(smtp.messages[0].raw, 'text/plain');
    expect(text).toMatch(/also in 2 outlets/i);
    const titles = [COPIES.wireA.title, COPIES.wireB.title, COPIES.french.title];
    // one lead title, the two others listed as the other outlets' links
    for (const t of titles) expect(text).toContain(t);
    expect(text).toContain(`${news.url}${COPIES.french.path}`);
  });
});

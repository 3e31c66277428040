import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { captureLog, waitFor } from '../helpers/log-capture.js';
import { partOfType } from '../helpers/mime.js';
import { startSmtp } from '../helpers/smtp.js';
import { makeTestEnv, type Mode, type TestEnv } from '../helpers/test-env.js';
import { STORIES, atomFeed, pageBytes, rssFeed, type StoryKey } from '../fixtures/pipeline/stories.js';

/** Slack posts as the fake Slack received them, by story title. */
function slackPostsFor(slack: TestServer, title: string) {
  return slack.requests.filter((r) => r.method === 'POST' && r.body.includes(title.slice(0, 40)));
}

function newsServerRoutes(news: TestServer, keys: { tribune: StoryKey[]; monde: StoryKey[] }) {
  news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, keys.tribune)));
  news.route('/feeds/monde.atom', send('application/atom+xml', atomFeed(news.url, keys.monde)));
}

describe.each<Mode>(['embedded', 'redis'])('pipeline end to end (%s)', (mode) => {
  let news: TestServer;
  let slack: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let env: TestEnv;

  beforeAll(async () => {
    news = await startServer();
    for (const key of Object.keys(STORIES) as StoryKey[]) {
      // the French page is windows-1252 with the charset only in its meta tag
      news.route(STORIES[key].path, send('text/html', pageBytes(key)));
    }
    newsServerRoutes(news, { tribune: ['dms', 'bakery'], monde: ['vk', 'weather'] });
    news.route('/feeds/down.xml', send('text/plain', 'upstream exploded', 500));
    news.route('/feeds/malformed.xml', send('application/rss+xml', '<rss><channel><title>Broken</title><item><title>half an item'));
    news.route('/feeds/redirect.xml', (_req, res) => void res.writeHead(302, { location: 'http://10.255.255.1/feed.xml' }).end());
    slack = await startServer({ '/hooks/slack': send('text/plain', 'ok') });
    smtp = await startSmtp();
    env = await makeTestEnv(mode, {
      watchlist: './watchlist.yaml',
      sources: [
        { id: 'tribune', type: 'rss', url: `${news.url}/feeds/tribune.xml`, every: '15m' },
        { id: 'monde', type: 'rss', url: `${news.url}/feeds/monde.atom`, every: '15m', lang: 'fr' },
        { id: 'down', type: 'rss', url: `${news.url}/feeds/down.xml`, every: '15m' },
        { id: 'malformed', type: 'rss', url: `${news.url}/feeds/malformed.xml`, every: '15m' },
        { id: 'sneaky', type: 'rss', url: `${news.url}/feeds/redirect.xml`, every: '15m' },
      ],
      alerts: [{ id: 'newsroom', type: 'slack', webhook_url: `${slack.url}/hooks/slack`, on: ['contradiction', 'support', 'relevant'], min_score: 0.3 }],
      digests: [{ id: 'daily', to: ['desk@example.org'], cron: '0 8 * * *', tz: 'Europe/Paris', min_relevance: 0.3 }],
      smtp: { url: smtp.url, from: 'Veille <veille@example.org>' },
      // loopback only: the test servers run there; a redirect to 10.x must still be refused
      fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
    });
  });

  afterAll(async () => {
    await Promise.all([news?.close(), slack?.close(), smtp?.close()]);
    await env?.cleanup();
  });

  it('delivers the relevant stories once to Slack and in the digest, and reports broken sources', async () => {
    const capture = captureLog();
    const veille = await Veille.open(env.options(capture.log), { attempts: 2 });
    const summary = await veille.once({ timeoutMs: 90_000 }).finally(() => veille.close());

    expect(summary.timedOut).toBe(false);
    const byId = Object.fromEntries(summary.sources.map((s) => [s.id, s]));
    expect(byId.tribune).toMatchObject({ status: 'ok', fresh: 2 });
    expect(byId.monde).toMatchObject({ status: 'ok', fresh: 2 });
    expect(byId.down.status).toBe('failed');
    expect(byId.down.error).toMatch(/500/);
    expect(byId.malformed.status).toBe('failed');
    expect(byId.sneaky.status).toBe('failed');
    expect(byId.sneaky.error).toMatch(/10\.255\.255\.1/);

    // each broken source is logged with its id and the reason
    const failures = capture.find('source poll failed');
    expect(failures.find((l) => l.sourceId === 'down')?.reason).toMatch(/500/);
    expect(failures.find((l) => l.sourceId === 'malformed')?.reason).toBeTruthy();
    expect(failures.find((l) => l.sourceId === 'sneaky')?.reason).toMatch(/refused|private/i);

    // Slack: the on-storyline stories once each, with their entities; the unrelated ones never
    const dms = slackPostsFor(slack, STORIES.dms.title);
    expect(dms).toHaveLength(1);
    expect(dms[0].body).toContain('WikiLeaks');
    expect(dms[0].body).toMatch(/Trump Jr/);
    const vk = slackPostsFor(slack, STORIES.vk.title);
    expect(vk).toHaveLength(1);
    expect(vk[0].body).toMatch(/Sidorkov|VK/);
    expect(slackPostsFor(slack, STORIES.bakery.title)).toHaveLength(0);
    expect(slackPostsFor(slack, STORIES.weather.title)).toHaveLength(0);

    // the digest arrived by SMTP with both stories in both parts, and nothing unrelated
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0];
    expect(mail.to).toEqual(['desk@example.org']);
    const text = partOfType(mail.raw, 'text/plain');
    const html = partOfType(mail.raw, 'text/html');
    for (const part of [text, html]) {
      expect(part).toContain('Trump Jr. publishes his Twitter direct messages with WikiLeaks');
      expect(part).toContain('VKontakte a approché la campagne de Donald Trump en 2016');
      expect(part).not.toContain('sourdough');
      expect(part).not.toContain('Tempête');
    }
  });

  it('re-polling and restarting the worker deliver nothing twice', async () => {
    const slackBefore = slack.requests.length;
    const mailsBefore = smtp.messages.length;
    for (let pass = 0; pass < 2; pass++) {
      // each pass is a fresh worker on the same state: a restart
      const veille = await Veille.open(env.options(), { attempts: 2 });
      const summary = await veille.once({ timeoutMs: 60_000 }).finally(() => veille.close());
      expect(summary.sources.find((s) => s.id === 'tribune')).toMatchObject({ status: 'ok', fresh: 0 });
    }
    expect(slack.requests.length).toBe(slackBefore);
    expect(smtp.messages.length).toBe(mailsBefore);
  });

  it('picks up a new story on the next poll, with tracking parameters not making it new', async () => {
    newsServerRoutes(news, { tribune: ['dms', 'bakery'], monde: ['vk', 'weather', 'dms'] });
    const veille = await Veille.open(env.options(), { attempts: 2 });
    const summary = await veille.once({ timeoutMs: 60_000 }).finally(() => veille.close());
    // the same article under another feed (and without ?utm_source) is the same story
    expect(summary.sources.find((s) => s.id === 'monde')).toMatchObject({ status: 'ok', fresh: 0 });
    expect(slackPostsFor(slack, STORIES.dms.title)).toHaveLength(1);
  });

  it('keeps the last good config when an edit is invalid, and applies a good one', async () => {
    const capture = captureLog();
    const veille = await Veille.open(env.options(capture.log));
    try {
      await veille.start();
      const good = veille.config.config.sources.length;
      await env.writeConfig('watchlist: ./watchlist.yaml\nsources:\n  - {id: x, type: rss, url: "not a url", every: 15m}\n');
      const rejected = await waitFor('rejection log', () => capture.find('config change rejected')[0]);
      expect(JSON.stringify(rejected.problems)).toMatch(/veille\.yaml: sources\[0\]\.url/);
      expect(veille.config.config.sources).toHaveLength(good);

      // a file emptied by a bad save is refused too
      await env.writeConfig('');
      await waitFor('second rejection', () => capture.find('config change rejected').length >= 2);
      expect(veille.config.config.sources).toHaveLength(good);

      const next = { ...veille.config.config, sources: veille.config.config.sources.filter((s) => s.id !== 'down') };
      await env.writeConfig(JSON.parse(JSON.stringify(next)));
      await waitFor('reload', () => capture.find('config reloaded')[0]);
      expect(veille.config.config.sources.map((s) => s.id)).not.toContain('down');
    } finally {
      await veille.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resendAlerts } from '../../src/alerts/resend.js';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer, type Handler } from '../helpers/http-server.js';
import { captureLog } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';
import { STORIES, pageBytes, rssFeed } from '../fixtures/pipeline/stories.js';

/** Reads the whole request, then never answers: the receiver may well have posted it. */
const stall: Handler = () => {};

describe('A4 Slack/webhook reads the body then stalls', () => {
  let news: TestServer;
  let receivers: TestServer;
  let env: TestEnv;
  let mode: 'stall' | 'ok' = 'stall';

  beforeAll(async () => {
    news = await startServer();
    news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, ['dms'])));
    news.route(STORIES.dms.path, send('text/html', pageBytes('dms')));
    const answer: Handler = (req, res, body) => (mode === 'stall' ? stall(req, res, body) : send('text/plain', 'ok')(req, res, body));
    receivers = await startServer({ '/hooks/slack': answer, '/hooks/webhook': answer });
    env = await makeTestEnv('embedded', {
      watchlist: './watchlist.yaml',
      sources: [{ id: 'tribune', type: 'rss', url: `${news.url}/feeds/tribune.xml`, every: '15m' }],
      alerts: [
        { id: 'newsroom', type: 'slack', webhook_url: `${receivers.url}/hooks/slack`, on: ['contradiction', 'support', 'relevant'], min_score: 0.3, timeout: '1s' },
        { id: 'factcheck', type: 'webhook', url: `${receivers.url}/hooks/webhook`, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', on: ['contradiction', 'support', 'relevant'], min_score: 0.3, timeout: '1s' },
      ],
      fetch: { trusted_addresses: ['127.0.0.1'], timeout: '10s' },
    });
  });

  afterAll(async () => {
    await Promise.all([news?.close(), receivers?.close()]);
    await env?.cleanup();
  });

  const posts = (path: string) => receivers.requests.filter((r) => r.method === 'POST' && r.url === path);

  it('A4 no duplicate post: one request each, delivery recorded unknown, logged, not retried', async () => {
    const capture = captureLog();
    // three attempts allowed: a blind retry would post again
    const veille = await Veille.open(env.options(capture.log), { attempts: 3 });
    try {
      const summary = await veille.once({ timeoutMs: 90_000, sendDigests: false });
      expect(summary.timedOut).toBe(false);
      expect(posts('/hooks/slack')).toHaveLength(1);
      expect(posts('/hooks/webhook')).toHaveLength(1);
      const { rows } = await veille.backends.store.pool.query(`SELECT channel_id, status, last_error FROM veille.alert_outbox ORDER BY channel_id`);
      expect(rows.map((r) => [r.channel_id, r.status])).toEqual([
        ['factcheck', 'unknown'],
        ['newsroom', 'unknown'],
      ]);
      expect(rows[0].last_error).toContain('may have been posted');
      const logged = capture.find('alert delivery unknown');
      expect(logged.map((l) => l.channelId).sort()).toEqual(['factcheck', 'newsroom']);
      expect(logged.every((l) => l.level === 50)).toBe(true); // error: an operator must look

      // a restart's recovery does not resend it either
      await veille.recover();
      await veille.waitIdle(Date.now() + 20_000);
      expect(posts('/hooks/slack')).toHaveLength(1);
    } finally {
      await veille.close();
    }
  });

  it('A4 an operator resends: delivered once more, then never again', async () => {
    mode = 'ok';
    const capture = captureLog();
    const veille = await Veille.open(env.options(capture.log), { attempts: 3 });
    try {
      const results = await resendAlerts(veille.backends.store, veille.config.config.alerts, 'all-unknown', capture.log);
      expect(results.map((r) => r.outcome)).toEqual(['sent', 'sent']);
      expect(posts('/hooks/slack')).toHaveLength(2);
      expect(posts('/hooks/webhook')).toHaveLength(2);
      // the resend is the same delivery: the same webhook-id, so a receiver can drop it if it had the first
      const ids = posts('/hooks/webhook').map((r) => r.headers['webhook-id']);
      expect(ids[0]).toBe(ids[1]);
      // nothing is left to resend, and a new pass posts nothing
      expect(await resendAlerts(veille.backends.store, veille.config.config.alerts, 'all-unknown', capture.log)).toEqual([]);
      await veille.once({ timeoutMs: 60_000, sendDigests: false });
      expect(posts('/hooks/slack')).toHaveLength(2);
    } finally {
      await veille.close();
    }
  });
});

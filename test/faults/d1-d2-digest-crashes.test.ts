import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { QUEUE } from '../../src/jobs/names.js';
import { Veille } from '../../src/main.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';
import { STORIES, pageBytes, rssFeed } from '../fixtures/pipeline/stories.js';

// Matrix rows D1-D2: a crash between match and digest, or during the digest's send, leaves every
// story in exactly one digest; a message the server may have received is sent again at most once,
// with the same Message-ID (the flag mail clients and people recognise a copy by).
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
});

async function newsroom(): Promise<TestServer> {
  const news = await startServer();
  for (const key of ['dms', 'vk'] as const) news.route(STORIES[key].path, send('text/html', pageBytes(key)));
  news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, ['dms', 'vk'])));
  cleanups.push(() => news.close());
  return news;
}

async function envFor(news: TestServer, smtpUrl?: string): Promise<TestEnv> {
  const env = await makeTestEnv('embedded', {
    watchlist: './watchlist.yaml',
    sources: [{ id: 'tribune', type: 'rss', url: `${news.url}/feeds/tribune.xml`, every: '15m' }],
    digests: [{ id: 'daily', to: ['desk@example.org'], cron: '0 8 * * *', tz: 'UTC', min_relevance: 0.3 }],
    ...(smtpUrl ? { smtp: { url: smtpUrl, from: 'Veille <veille@example.org>', timeout: '2s' } } : {}),
    fetch: { trusted_addresses: ['127.0.0.1'] },
  });
  cleanups.push(() => env.cleanup());
  return env;
}

/** Which digest run each story went into: story id → run ids. */
async function runsOfStories(veille: Veille): Promise<Map<string, string[]>> {
  const { rows } = await veille.backends.store.pool.query(`SELECT story_id, run_id FROM veille.digest_buffer ORDER BY story_id`);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.story_id, [...(out.get(r.story_id) ?? []), r.run_id]);
  return out;
}

describe('D1-D2 crashes around the digest', () => {
  it('D1 a crash between match and digest: the story is routed on restart and is in exactly one digest', { timeout: 120_000 }, async () => {
    const news = await newsroom();
    const env = await envFor(news);
    const first = await Veille.open(env.options());
    let lost: string;
    try {
      await first.once({ timeoutMs: 60_000, sendDigests: false });
      const { rows } = await first.backends.store.pool.query(`SELECT story_id FROM veille.matches ORDER BY story_id LIMIT 1`);
      lost = rows[0].story_id;
      // the worker died after saving this story's match, before its route job existed
      await first.backends.store.pool.query(`UPDATE veille.matches SET routed_at = NULL WHERE story_id = $1`, [lost]);
      await first.backends.store.pool.query(`DELETE FROM veille.digest_buffer WHERE story_id = $1`, [lost]);
      await first.queues.queues[QUEUE.route].clean(0, 10_000, 'completed');
    } finally {
      await first.close();
    }

    const second = await Veille.open(env.options());
    try {
      const summary = await second.once({ timeoutMs: 60_000, sendDigests: true });
      expect(summary.digests).toMatchObject([{ id: 'daily', stories: 2 }]);
      const runs = await runsOfStories(second);
      expect(runs.size).toBe(2);
      for (const [, ids] of runs) expect(ids).toHaveLength(1);
      expect(runs.get(lost!)).toHaveLength(1);
      // nothing is sent twice: the next digest has nothing new
      const again = await second.once({ timeoutMs: 60_000, sendDigests: true });
      expect(again.digests).toMatchObject([{ id: 'daily', stories: 0, deliveredTo: 'skipped-empty' }]);
    } finally {
      await second.close();
    }
  });

  it('D2 a send that dies mid-message: flagged unknown, never re-sent blindly; a resend is the same run, stories and Message-ID, one copy', { timeout: 120_000 }, async () => {
    const news = await newsroom();
    const accepted: { messageId: string | null; body: string }[] = [];
    let dropNext = true;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        if (dropNext) {
          // the server dies during DATA, after the client has written the message: did it arrive?
          dropNext = false;
          stream.once('data', () => (stream as unknown as { destroy: (e: Error) => void }).destroy(new Error('connection reset')));
          stream.on('error', () => {});
          return callback(Object.assign(new Error('connection reset during DATA'), { responseCode: 421 }));
        }
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          accepted.push({ messageId: /^Message-ID: (.+)$/im.exec(body)?.[1]?.trim() ?? null, body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
    const env = await envFor(news, `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`);

    const veille = await Veille.open(env.options());
    try {
      await veille.once({ timeoutMs: 60_000, sendDigests: true });
      // the send died with the whole message written and no answer: it may have arrived, so it is not
      // re-sent blindly; the recipient is flagged `unknown` (an ops alert and `veille status` say so)
      const { rows: runs1 } = await veille.backends.store.pool.query(`SELECT id FROM veille.digest_runs`);
      expect(runs1).toHaveLength(1);
      const runId = runs1[0].id as string;
      const { rows: deliveries } = await veille.backends.store.pool.query(`SELECT recipient, status FROM veille.digest_deliveries`);
      expect(deliveries).toEqual([{ recipient: 'desk@example.org', status: 'unknown' }]);
      expect(accepted).toHaveLength(0);
      const quiet = await veille.once({ timeoutMs: 60_000, sendDigests: true });
      expect(quiet.digests).toMatchObject([{ id: 'daily', stories: 0, deliveredTo: 'skipped-empty' }]);
      expect(accepted).toHaveLength(0);

      // an operator resends (veille digest resend daily): the same run, its stories, its Message-ID, one copy
      expect((await veille.backends.store.resendDigest('daily')).map((r) => r.recipient)).toEqual(['desk@example.org']);
      await veille.once({ timeoutMs: 60_000, sendDigests: true });
      expect(accepted).toHaveLength(1);
      expect(accepted[0].messageId).toBe(`<${runId}@veille>`);
      expect(accepted[0].body).toContain(STORIES.dms.title.slice(0, 30));
      const runs = await runsOfStories(veille);
      expect(runs.size).toBe(2);
      for (const [, ids] of runs) expect(ids).toEqual([runId]);
      const again = await veille.once({ timeoutMs: 60_000, sendDigests: true });
      expect(again.digests).toMatchObject([{ id: 'daily', stories: 0, deliveredTo: 'skipped-empty' }]);
      expect(accepted).toHaveLength(1);
    } finally {
      await veille.close();
    }
  });
});

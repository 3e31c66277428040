import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverAlert } from '../../src/alerts/registry.js';
import { slackNotifier, type SlackChannel } from '../../src/alerts/slack.js';
import { verifyWebhook, webhookNotifier, type WebhookChannel } from '../../src/alerts/webhook.js';
import type { DeliveryContext } from '../../src/alerts/types.js';
import type { Alert } from '../../src/domain/types.js';
import { AmbiguousDeliveryError, PermanentError, TransientError } from '../../src/lib/errors.js';

const contradiction: Alert = {
  id: 'alert-rt-newsroom',
  channelId: 'newsroom',
  kind: 'contradiction',
  story: {
    id: 'story-rt',
    sourceId: 'wire',
    url: 'https://news.example.org/rt',
    title: 'RT bought 3,000 promoted tweets <!channel>',
    publishedAt: '2018-11-14T09:30:00Z',
    lang: 'en',
    siteName: 'Example News',
  },
  score: {
    relevance: 0.9,
    relevant: true,
    claims: [{ claim: 'C14', stance: 'contradicts', score: 0.87, evidence: 'RT bought about 3,000 promoted tweets.' }],
    entities: [{ id: 'rt', alias: 'RT', count: 3 }],
    why: [],
  },
  claims: { C14: { statement: 'RT paid for about 1,823 promoted tweets.', quote: 'environ 1823 tweets promotionnels' } },
};

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local server playing Slack or a webhook receiver: answers with whatever `reply` says. */
let server: Server;
let base: string;
let received: Received[] = [];
let reply: (res: ServerResponse, n: number) => void = (res) => res.end('ok');

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      reply(res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received = [];
  reply = (res) => res.end('ok');
});

const ctx: DeliveryContext = { deliveryId: 'delivery-rt-newsroom', timeoutMs: 5_000 };

function slackChannel(path = '/services/T000/B000/XXXX'): SlackChannel {
  return { id: 'newsroom', type: 'slack', webhook_url: `${base}${path}`, on: ['contradiction'], min_score: 0.5, enabled: true, timeout: 15_000 };
}

function webhookChannel(secret?: string): WebhookChannel {
  return { id: 'factcheck', type: 'webhook', url: `${base}/hooks/veille`, secret, on: ['contradiction'], min_score: 0.5, enabled: true, timeout: 15_000 };
}

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  return (res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'text/plain', ...headers });
    res.end(body);
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the delivery to fail');
}

describe('Slack notifier against a local Slack', () => {
  it('posts the Block Kit payload as JSON and accepts 200 ok', async () => {
    await slackNotifier.send(slackNotifier.render(contradiction), slackChannel(), ctx);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/services/T000/B000/XXXX');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    const payload = JSON.parse(request.body);
    expect(payload.text).toBe('⚠️ Contradiction: RT bought 3,000 promoted tweets &lt;!channel&gt;');
    expect(payload.blocks[0].type).toBe('header');
  });

  it('A2 Slack 429: turns 429 with Retry-After: 7 into a TransientError to retry in 7 s', async () => {
    reply = answer(429, 'rate_limited', { 'retry-after': '7' });
    const err = await failure(slackNotifier.send(slackNotifier.render(contradiction), slackChannel(), ctx));
    expect(err).toBeInstanceOf(TransientError);
    expect((err as TransientError).retryAfterMs).toBe(7000);
  });

  it('A3 Slack 5xx: turns 500 into a TransientError', async () => {
    reply = answer(500, 'internal_error');
    expect(await failure(slackNotifier.send(slackNotifier.render(contradiction), slackChannel(), ctx))).toBeInstanceOf(TransientError);
  });

  it.each([
    [400, 'invalid_payload'],
    [403, 'action_prohibited'],
    [404, 'no_service'],
  ])('turns %i %s into a PermanentError naming status and body, not the secret URL', async (status, body) => {
    reply = answer(status, body);
    const err = await failure(slackNotifier.send(slackNotifier.render(contradiction), slackChannel(), ctx));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toContain(`HTTP ${status}`);
    expect(err.message).toContain(body);
    expect(err.message).toContain('newsroom');
    expect(err.message).not.toContain('XXXX');
  });

  it('A3 reset: turns a closed port into a TransientError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const channel = { ...slackChannel(), webhook_url: `http://127.0.0.1:${port}/services/x` };
    expect(await failure(slackNotifier.send(slackNotifier.render(contradiction), channel, ctx))).toBeInstanceOf(TransientError);
  });

  it('A4 a Slack that reads the whole body then never answers: AmbiguousDeliveryError, not a retry', async () => {
    reply = () => {}; // hold the request open after reading it
    const err = await failure(slackNotifier.send(slackNotifier.render(contradiction), slackChannel(), { ...ctx, timeoutMs: 300 }));
    expect(err).toBeInstanceOf(AmbiguousDeliveryError);
    expect(err.message).toContain('may have been posted');
    expect(err.message).not.toContain('XXXX');
  });
});

describe('webhook notifier against a local receiver', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

  it('A7 webhook signature: sends a signed request that verifies with the secret', async () => {
    await webhookNotifier.send(webhookNotifier.render(contradiction), webhookChannel(secret), ctx);
    const [request] = received;
    expect(request.headers['webhook-id']).toBe('delivery-rt-newsroom');
    expect(verifyWebhook(secret, request.headers, request.body)).toBe(true);
    expect(verifyWebhook('whsec_b3RoZXI=', request.headers, request.body)).toBe(false);
    expect(JSON.parse(request.body)).toMatchObject({ type: 'veille.alert', id: 'alert-rt-newsroom', kind: 'contradiction' });
  });

  it('A7 keeps the same webhook-id on a retry after a 503', async () => {
    reply = (res, n) => (n === 1 ? answer(503, 'busy')(res) : answer(204, '')(res));
    const channel = webhookChannel(secret);
    const rendered = webhookNotifier.render(contradiction);
    expect(await failure(webhookNotifier.send(rendered, channel, ctx))).toBeInstanceOf(TransientError);
    await webhookNotifier.send(rendered, channel, ctx);
    expect(received.map((r) => r.headers['webhook-id'])).toEqual(['delivery-rt-newsroom', 'delivery-rt-newsroom']);
    expect(received.every((r) => verifyWebhook(secret, r.headers, r.body))).toBe(true);
  });

  it('A3 4xx permanent: turns 410 into a PermanentError', async () => {
    reply = answer(410, 'gone');
    expect(await failure(webhookNotifier.send(webhookNotifier.render(contradiction), webhookChannel(secret), ctx))).toBeInstanceOf(
      PermanentError,
    );
  });

  it('is reached through deliverAlert by channel type', async () => {
    await deliverAlert(contradiction, webhookChannel('plain secret'), ctx);
    await deliverAlert(contradiction, slackChannel('/services/via-registry'), ctx);
    expect(received.map((r) => r.url)).toEqual(['/hooks/veille', '/services/via-registry']);
    expect(verifyWebhook('plain secret', received[0].headers, received[0].body)).toBe(true);
  });
});

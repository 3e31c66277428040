import { describe, expect, it } from 'vitest';
import { renderWebhook, signWebhook, verifyWebhook, webhookHeaders, webhookKey } from '../../src/alerts/webhook.js';
import type { Alert } from '../../src/domain/types.js';

const trumpJrSupport: Alert = {
  id: 'alert-2',
  channelId: 'factcheck',
  kind: 'support',
  story: {
    id: 'story-2',
    sourceId: 'wire',
    url: 'https://news.example.org/dms',
    title: 'Trump Jr. messaged WikiLeaks during the campaign',
    publishedAt: '2017-11-13T20:00:00Z',
    lang: 'en',
    siteName: null,
  },
  score: {
    relevance: 0.8,
    relevant: true,
    claims: [{ claim: 'C3', stance: 'supports', score: 0.75, evidence: 'Donald Trump Jr. exchanged direct messages with WikiLeaks.' }],
    entities: [{ id: 'donald_trump_jr', alias: 'Donald Trump Jr.', count: 2 }],
    why: [],
  },
  claims: { C3: { statement: 'Trump Jr. exchanged Twitter DMs with WikiLeaks.', quote: 'Donald Trump Jr. a échangé des messages privés avec WikiLeaks' } },
};

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOW = new Date(1_614_265_330_000);

describe('webhook payload', () => {
  it('carries type, id, kind, story, score and claims', () => {
    expect(renderWebhook(trumpJrSupport)).toEqual({
      type: 'veille.alert',
      id: 'alert-2',
      kind: 'support',
      story: trumpJrSupport.story,
      score: trumpJrSupport.score,
      claims: trumpJrSupport.claims,
    });
  });
});

describe('Standard Webhooks signature', () => {
  it('matches the specification test vector', () => {
    expect(signWebhook(SECRET, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('decodes whsec_ secrets as base64 and uses other secrets as UTF-8', () => {
    expect(webhookKey('whsec_aGVsbG8=').toString()).toBe('hello');
    expect(webhookKey('plain secret').toString()).toBe('plain secret');
  });

  it.each([SECRET, 'a plain shared secret'])('verifies with the secret %s', (secret) => {
    const body = JSON.stringify(renderWebhook(trumpJrSupport));
    const headers = webhookHeaders(secret, 'delivery-1', 1614265330, body);
    expect(headers['webhook-id']).toBe('delivery-1');
    expect(headers['webhook-timestamp']).toBe('1614265330');
    expect(verifyWebhook(secret, headers, body, { now: NOW })).toBe(true);
  });

  it('changes when the body changes, and a tampered body fails', () => {
    const body = JSON.stringify(renderWebhook(trumpJrSupport));
    const tampered = body.replace('supports', 'contradicts');
    expect(signWebhook(SECRET, 'delivery-1', 1614265330, body)).not.toBe(signWebhook(SECRET, 'delivery-1', 1614265330, tampered));
    const headers = webhookHeaders(SECRET, 'delivery-1', 1614265330, body);
    expect(verifyWebhook(SECRET, headers, tampered, { now: NOW })).toBe(false);
  });

  it('fails with another secret, another id, or an old timestamp', () => {
    const body = '{"a":1}';
    const headers = webhookHeaders(SECRET, 'delivery-1', 1614265330, body);
    expect(verifyWebhook('whsec_b3RoZXI=', headers, body, { now: NOW })).toBe(false);
    expect(verifyWebhook(SECRET, { ...headers, 'webhook-id': 'delivery-2' }, body, { now: NOW })).toBe(false);
    expect(verifyWebhook(SECRET, headers, body, { now: new Date(NOW.getTime() + 3600_000) })).toBe(false);
  });

  it('accepts any one of several space-separated signatures (key rotation)', () => {
    const body = '{"a":1}';
    const headers = webhookHeaders(SECRET, 'delivery-1', 1614265330, body);
    const rotated = { ...headers, 'webhook-signature': `v1,Zm9v ${headers['webhook-signature']}` };
    expect(verifyWebhook(SECRET, rotated, body, { now: NOW })).toBe(true);
  });

  it('sends no signature without a secret', () => {
    expect(webhookHeaders(undefined, 'delivery-1', 1, '{}')).toEqual({ 'webhook-id': 'delivery-1', 'webhook-timestamp': '1' });
  });
});

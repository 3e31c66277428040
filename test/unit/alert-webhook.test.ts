import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebhookPayload, webhookJsonSchema } from '../../src/alerts/webhook-payload.js';
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
  it('carries the same facts as the Slack message, as structured JSON', () => {
    expect(renderWebhook(trumpJrSupport)).toEqual({
      type: 'veille.alert',
      version: 2,
      id: 'alert-2',
      kind: 'support',
      story: {
        id: 'story-2',
        url: 'https://news.example.org/dms',
        title: 'Trump Jr. messaged WikiLeaks during the campaign',
        outlet: 'news.example.org',
        publishedAt: '2017-11-13T20:00:00Z',
        lang: 'en',
        page: null,
      },
      relevance: 0.8,
      claims: [
        {
          claim: 'C3',
          stance: 'supports',
          score: 0.75,
          statement: 'Trump Jr. exchanged Twitter DMs with WikiLeaks.',
          reason: 'The story states the same fact as the claim',
          evidence: 'Donald Trump Jr. exchanged direct messages with WikiLeaks.',
          seedQuote: 'Donald Trump Jr. a échangé des messages privés avec WikiLeaks',
          seedError: null,
        },
      ],
      entities: [{ id: 'donald_trump_jr', name: 'Donald Trump Jr.', count: 2 }],
      why: ['Names Donald Trump Jr.'],
      cluster: { id: 'story-2', outlets: [] },
    });
  });

  it('leaves out possible findings, findings under the threshold, and internal reasons', () => {
    const alert: Alert = {
      ...trumpJrSupport,
      minClaimScore: 0.6,
      outlet: 'The Capitol Wire',
      clusterId: 'story-1',
      storyPage: 'https://veille.example.org/stories/story-2',
      alsoIn: [{ outlet: 'La Vigie', url: 'https://vigie.example.fr/dms' }],
      score: {
        ...trumpJrSupport.score,
        claims: [
          ...trumpJrSupport.score.claims,
          { claim: 'C20', stance: 'possible', score: 0.9, evidence: 'maybe' },
          { claim: 'C21', stance: 'contradicts', score: 0.55, evidence: 'weak', reason: 'rt under a negation (C21)' },
        ],
        why: ['storyline words: releas, messag', 'in the title: Donald Trump Jr.'],
      },
    };
    const payload = renderWebhook(alert);
    expect(payload.claims.map((c) => c.claim)).toEqual(['C3']);
    expect(payload.why).toEqual(['Names Donald Trump Jr.', 'In the title: Donald Trump Jr.']);
    expect(payload.story).toMatchObject({ outlet: 'The Capitol Wire', page: 'https://veille.example.org/stories/story-2' });
    expect(payload.cluster).toEqual({ id: 'story-1', outlets: [{ name: 'La Vigie', url: 'https://vigie.example.fr/dms' }] });
    expect(WebhookPayload.safeParse(payload).success).toBe(true);
  });

  it('is documented by docs/webhook-payload.schema.json, generated from the schema the code uses', () => {
    const published = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../docs/webhook-payload.schema.json'), 'utf8'));
    expect(published).toEqual(webhookJsonSchema()); // regenerate with `npx tsx scripts/webhook-schema.ts`
    expect(WebhookPayload.safeParse(renderWebhook(trumpJrSupport)).success).toBe(true);
    expect(WebhookPayload.safeParse({ ...renderWebhook(trumpJrSupport), score: {} }).success).toBe(false);
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

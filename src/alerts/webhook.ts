import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AlertConfig } from '../config/schema.js';
import type { Alert, AlertKind } from '../domain/types.js';
import { outletName, shownClaims, sortedEntities } from './format.js';
import { claimReason, readerWhy } from './reasons.js';
import type { WebhookClaim, WebhookPayload } from './webhook-payload.js';
import { postJson } from './http.js';
import type { DeliveryContext, Notifier } from './types.js';

export type WebhookChannel = Extract<AlertConfig, { type: 'webhook' }>;

export { WebhookClaim, WebhookPayload } from './webhook-payload.js';

const SECRET_PREFIX = 'whsec_';
const DEFAULT_TOLERANCE_S = 300; // Standard Webhooks: reject timestamps more than 5 minutes away (replay)

export function renderWebhook(alert: Alert): WebhookPayload {
  const { story, score } = alert;
  const claims = shownClaims(score.claims, { minClaimScore: alert.minClaimScore ?? 0, possible: false }).map((hit): WebhookClaim => {
    const claim = alert.claims[hit.claim];
    return {
      claim: hit.claim,
      stance: hit.stance === 'contradicts' ? 'contradicts' : 'supports',
      score: Math.round(hit.score * 1000) / 1000,
      statement: claim?.statement ?? null,
      reason: claimReason(hit),
      evidence: hit.evidence,
      seedQuote: claim?.quote ?? null,
      seedError: hit.stance === 'contradicts' ? (claim?.seedError ?? null) : null,
    };
  });
  return {
    type: 'veille.alert',
    version: 2,
    id: alert.id,
    kind: alert.kind,
    story: {
      id: story.id,
      url: story.url,
      title: story.title,
      outlet: alert.outlet ?? outletName(story.siteName, null, story.url),
      publishedAt: story.publishedAt,
      lang: story.lang,
      page: alert.storyPage ?? null,
    },
    relevance: Math.round(score.relevance * 1000) / 1000,
    claims,
    entities: sortedEntities(score.entities).map((hit) => ({ id: hit.id, name: hit.alias || hit.id, count: hit.count })),
    why: readerWhy(score, 5),
    cluster: { id: alert.clusterId ?? story.id, outlets: (alert.alsoIn ?? []).map((item) => ({ name: item.outlet, url: item.url })) },
  };
}

/** The HMAC key: a `whsec_` secret is base64 after the prefix; any other string is used as UTF-8 bytes. */
export function webhookKey(secret: string): Buffer {
  return secret.startsWith(SECRET_PREFIX) ? Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64') : Buffer.from(secret, 'utf8');
}

/** Standard Webhooks signature: `v1,` + base64(HMAC-SHA256(key, `${id}.${timestamp}.${body}`)). */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', webhookKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers; without a secret the signature header is left out. */
export function webhookHeaders(secret: string | undefined, id: string, timestamp: number, body: string): Record<string, string> {
  const headers: Record<string, string> = { 'webhook-id': id, 'webhook-timestamp': String(timestamp) };
  if (secret) headers['webhook-signature'] = signWebhook(secret, id, timestamp, body);
  return headers;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What a receiver does: true when one of the `v1,` signatures matches the body and the timestamp
 * is within `toleranceS` of now. Compares in constant time.
 */
export function verifyWebhook(
  secret: string,
  headers: HeaderBag,
  body: string | Buffer,
  opts: { toleranceS?: number; now?: Date } = {},
): boolean {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) return false;
  const nowS = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowS - Number(timestamp)) > (opts.toleranceS ?? DEFAULT_TOLERANCE_S)) return false;

  const expected = Buffer.from(signWebhook(secret, id, Number(timestamp), body.toString()).slice(3), 'base64');
  return signatures.split(' ').some((candidate) => {
    const [version, mac] = candidate.split(',', 2);
    if (version !== 'v1' || !mac) return false;
    const given = Buffer.from(mac, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export async function sendWebhook(payload: WebhookPayload, channel: WebhookChannel, ctx: DeliveryContext): Promise<void> {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor((ctx.now?.() ?? new Date()).getTime() / 1000);
  const headers = webhookHeaders(channel.secret, ctx.deliveryId, timestamp, body);
  await postJson(channel.url, body, headers, ctx, `webhook of channel "${channel.id}"`);
}

export const webhookNotifier = {
  type: 'webhook',
  description: 'JSON POST signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature)',
  render: renderWebhook,
  send: sendWebhook,
} satisfies Notifier<WebhookChannel, WebhookPayload>;

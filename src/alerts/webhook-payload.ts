import { z } from 'zod';

/**
 * The JSON body a webhook endpoint receives. docs/webhook-payload.schema.json is generated from
 * this schema (`npx tsx scripts/webhook-schema.ts`); a test keeps the two equal.
 */

export const WebhookClaim = z
  .object({
    claim: z.string().describe('claim id of the watchlist, e.g. C14'),
    stance: z.enum(['contradicts', 'supports']).describe('what the story does to the claim'),
    score: z.number().min(0).max(1).describe('strength of the finding, at or above contradiction_threshold'),
    statement: z.string().nullable().describe('the claim as the watchlist states it'),
    reason: z.string().describe('why, in plain words'),
    evidence: z.string().describe("the story's sentence"),
    seedQuote: z.string().nullable().describe("the seed's sentence"),
    seedError: z.string().nullable().describe('set when the seed itself is wrong on this claim (contradictions only)'),
  })
  .strict();
export type WebhookClaim = z.infer<typeof WebhookClaim>;

export const WebhookPayload = z
  .object({
    type: z.literal('veille.alert'),
    version: z.literal(2),
    id: z.string().describe('alert id: one per story cluster and channel; the same on every retry'),
    kind: z.enum(['contradiction', 'support', 'relevant']),
    story: z
      .object({
        id: z.string(),
        url: z.string(),
        title: z.string(),
        outlet: z.string().describe("the outlet's name (site name, else the source's configured name, else the host)"),
        publishedAt: z.string().nullable().describe('ISO 8601, UTC'),
        lang: z.string().nullable(),
        page: z.string().nullable().describe("the story's page in the web app, when web.public_url is set"),
      })
      .strict(),
    relevance: z.number().min(0).max(1),
    claims: z.array(WebhookClaim).describe('findings at or above contradiction_threshold, contradictions first; never "possible" ones'),
    entities: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() }).strict()).describe('watchlist entities named, most mentioned first'),
    why: z.array(z.string()).describe('why the story matched, in plain words'),
    cluster: z
      .object({
        id: z.string().describe('the same story in several outlets shares this id'),
        outlets: z.array(z.object({ name: z.string(), url: z.string() }).strict()).describe('other outlets known to run it when the alert was sent'),
      })
      .strict(),
  })
  .strict()
  .describe('Veille alert, POSTed as JSON and signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature)');
export type WebhookPayload = z.infer<typeof WebhookPayload>;

/** The published JSON Schema of the payload. */
export function webhookJsonSchema(): Record<string, unknown> {
  return { $id: 'https://veille.example/schemas/webhook-payload.json', title: 'Veille webhook payload', ...z.toJSONSchema(WebhookPayload) };
}

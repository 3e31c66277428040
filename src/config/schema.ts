import { CronExpressionParser } from 'cron-parser';
import { z } from 'zod';
import { parseDuration, parseSize } from '../lib/units.js';
import { RssOptions } from '../sources/rss/schema.js';
import { PageOptions } from '../sources/page/schema.js';

/** "15m", "1h", "30s" → milliseconds. */
export const Duration = z
  .union([z.string(), z.number()])
  .transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === null) {
      ctx.addIssue({ code: 'custom', message: `expected a duration like "15m", "1h" or "30s", got ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return ms;
  });

/** "5MB", "512KB" → bytes. */
export const Size = z
  .union([z.string(), z.number()])
  .transform((value, ctx) => {
    const bytes = parseSize(value);
    if (bytes === null) {
      ctx.addIssue({ code: 'custom', message: `expected a size like "5MB" or "512KB", got ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return bytes;
  });

function isCron(expression: string): boolean {
  if (expression.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(expression);
    return true;
  } catch {
    return false;
  }
}

/** 127.0.0.1, ::1, localhost: reachable from this machine only. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/i, 'ids use letters, digits, "-" and "_" only (they become job ids)');

const MIN_POLL_INTERVAL_MS = 60_000; // polling faster than once a minute is impolite to publishers

const SourceBase = z.strictObject({
  id: Id.describe('unique id of the source; appears in logs, alerts and the store'),
  name: z.string().min(1).optional().describe("the outlet's name shown to readers when its pages give no site name (e.g. \"Le Monde\")"),
  url: z.string().url().describe('feed or page URL; file:// allowed for sources in config'),
  every: Duration.default(900_000).describe('poll interval, e.g. 15m; at least 1m'),
  lang: z.string().min(2).max(8).optional().describe('language of the source, when its pages do not say'),
  enabled: z.boolean().default(true),
  headers: z.record(z.string(), z.string()).default({}).describe('extra request headers'),
  user_agent: z.string().optional().describe('User-Agent for this source (some sites refuse default clients)'),
  silent_after: Duration.optional().describe('ops alert when the source yields nothing new for this long'),
  robots: z.boolean().default(true).describe("honour the sites' robots.txt when fetching this source's article pages"),
  allow_insecure_redirects: z.boolean().default(false).describe('follow a redirect from https to http for this source and its articles (refused by default)'),
});

export const SourceConfig = z.discriminatedUnion('type', [
  SourceBase.extend({ type: z.literal('rss'), ...RssOptions.shape }),
  SourceBase.extend({ type: z.literal('page'), ...PageOptions.shape }),
]).superRefine((source, ctx) => {
  if (source.every < MIN_POLL_INTERVAL_MS) {
    ctx.addIssue({ code: 'custom', path: ['every'], message: 'poll interval must be at least 1m' });
  }
});
export type SourceConfig = z.infer<typeof SourceConfig>;

export const AlertOn = z.enum(['contradiction', 'support', 'relevant']);
export type AlertOn = z.infer<typeof AlertOn>;

const AlertBase = z.strictObject({
  id: Id,
  on: z.array(AlertOn).min(1).default(['contradiction']).describe('which findings this channel receives'),
  min_score: z.number().min(0).max(1).default(0.5).describe('minimum relevance (or claim score) to alert'),
  enabled: z.boolean().default(true),
  tz: z
    .string()
    .refine(isTimeZone, { message: 'unknown time zone (use an IANA name like Europe/Paris)' })
    .optional()
    .describe('IANA time zone of the times shown in this channel; @defaultValue UTC'),
  timeout: Duration.default(15_000).describe('deadline of one delivery; a request sent in full and unanswered by then is recorded "unknown", not retried'),
});

export const AlertConfig = z.discriminatedUnion('type', [
  AlertBase.extend({
    type: z.literal('slack'),
    webhook_url: z.string().url().describe('Slack incoming webhook URL (use ${SLACK_WEBHOOK_URL})'),
  }),
  AlertBase.extend({
    type: z.literal('webhook'),
    url: z.string().url().describe('endpoint receiving a signed JSON POST'),
    secret: z.string().min(1).optional().describe('Standard Webhooks secret (whsec_… base64, or any string)'),
  }),
]);
export type AlertConfig = z.infer<typeof AlertConfig>;

export const DigestConfig = z.strictObject({
  id: Id,
  to: z.array(z.string().email()).min(1).describe('recipients'),
  cron: z
    .string()
    .default('0 8 * * *')
    .refine(isCron, { message: 'expected a cron expression of 5 fields, like "0 8 * * *" (08:00 every day)' })
    .describe('when to send, cron syntax'),
  tz: z
    .string()
    .default('UTC')
    .refine(isTimeZone, { message: 'unknown time zone (use an IANA name like Europe/Paris)' })
    .describe('IANA time zone of the cron'),
  min_relevance: z.number().min(0).max(1).default(0.5),
  send_empty: z.boolean().default(false).describe('send a digest even when nothing new matched'),
  subject: z.string().default('Veille digest: {count} new stories').describe('{count} and {date} are replaced'),
  max_stories: z
    .number()
    .int()
    .min(1)
    .max(200)
    .default(25)
    .describe('stories shown in one e-mail; the rest are counted ("and 12 more") and linked to the web app when web.public_url is set'),
  enabled: z.boolean().default(true),
});
export type DigestConfig = z.infer<typeof DigestConfig>;

export const VeilleConfig = z
  .strictObject({
    watchlist: z.string().default('./watchlist.yaml').describe('path of the watchlist, relative to this file'),
    sources: z.array(SourceConfig).default([]),
    matching: z
      .strictObject({
        relevance_threshold: z.number().min(0).max(1).default(0.5),
        contradiction_threshold: z.number().min(0).max(1).default(0.6),
      })
      .prefault({}),
    alerts: z.array(AlertConfig).default([]),
    digests: z.array(DigestConfig).default([]),
    smtp: z
      .strictObject({
        url: z.string().optional().describe('smtp(s)://user:pass@host:port; empty writes .eml files to the outbox'),
        from: z.string().default('Veille <veille@localhost>'),
        timeout: Duration.default(30_000).describe('per SMTP step; a digest sent in full and unanswered by then is recorded "unknown" per recipient, not re-sent'),
      })
      .prefault({}),
    outbox_dir: z.string().default('outbox').describe('where digests go without SMTP, relative to the data dir'),
    fetch: z
      .strictObject({
        timeout: Duration.default(15_000),
        max_bytes: Size.default(5 * 1024 * 1024),
        max_redirects: z.number().int().min(0).max(20).default(5),
        per_host_concurrency: z.number().int().min(1).max(32).default(2),
        politeness_delay: Duration.default(500).describe('pause between two requests to the same host (a longer robots.txt Crawl-delay wins)'),
        allow_private_networks: z.boolean().default(false).describe('allow loopback/private addresses (tests, intranets)'),
        trusted_addresses: z
          .array(z.string().regex(/^[0-9a-f.:]+$/i, 'expected an IP address'))
          .default([])
          .describe('private IP addresses allowed even when allow_private_networks is false (an intranet feed server)'),
        user_agent: z.string().default('Veille/0.1 (+https://github.com/veille; news monitoring)'),
      })
      .prefault({}),
    web: z
      .strictObject({
        enabled: z.boolean().default(true).describe('serve the web app from `npm start` (never from once/demo)'),
        host: z.string().min(1).default('127.0.0.1').describe('address the web app listens on; anything but loopback needs web.token'),
        port: z.number().int().min(0).max(65535).default(8080).describe('port of the web app (0: any free port)'),
        token: z.string().min(16).optional().describe('access token for the web app (use ${VEILLE_WEB_TOKEN}); required when host is not loopback'),
        metrics_public: z.boolean().default(false).describe('serve /metrics without the token (a Prometheus on a private network)'),
        public_url: z
          .string()
          .url()
          .optional()
          .describe("the web app's address as readers reach it (https://veille.example.org); digests and alerts link to it only when set"),
      })
      .refine((web) => !web.enabled || web.token !== undefined || isLoopback(web.host), {
        message: 'web.host is not a loopback address: set web.token (from ${VEILLE_WEB_TOKEN}) so that only people with it can read the app',
        path: ['token'],
      })
      .prefault({}),
    ops: z
      .strictObject({
        slack_webhook_url: z.string().url().optional().describe('Slack incoming webhook for ops alerts'),
        webhook_url: z.string().url().optional().describe('endpoint receiving ops alerts as signed JSON'),
        webhook_secret: z.string().min(1).optional().describe('Standard Webhooks secret for webhook_url'),
        email: z.array(z.string().email()).default([]).describe('ops alerts by e-mail (through smtp:)'),
        remind_after: Duration.default(24 * 3_600_000).describe('an ops condition still there is sent again after this long'),
        timeout: Duration.default(15_000),
      })
      .prefault({})
      .describe('where ops alerts go: failing sources, jobs failed for good, unknown deliveries, Redis that may lose jobs'),
    health: z
      .strictObject({
        max_consecutive_failures: z.number().int().min(1).default(5).describe('ops alert after this many failed polls in a row'),
      })
      .prefault({}),
    reload: z
      .strictObject({
        max_source_drop: z.number().min(0).max(1).default(0.5).describe('refuse a reload removing more than this share of sources'),
        max_recipient_drop: z.number().min(0).max(1).default(0.5),
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    const dup = (list: { id: string }[], key: string) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
        seen.add(item.id);
      });
    };
    dup(config.sources, 'sources');
    dup(config.alerts, 'alerts');
    dup(config.digests, 'digests');
  });
export type VeilleConfig = z.infer<typeof VeilleConfig>;

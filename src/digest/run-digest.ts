import path from 'node:path';
import { renderDigestEmail, type RenderedEmail } from '../alerts/email/index.js';
import { deliverDigestRun } from '../alerts/email/digest-recipients.js';
import type { RecipientOutcome } from '../alerts/email/send-digest.js';
import { namedOutlet } from '../alerts/format.js';
import { claimTexts, storyRef } from '../alerts/route.js';
import type { LoadedConfig } from '../config/load.js';
import type { DigestConfig } from '../config/schema.js';
import type { Watchlist } from '../config/watchlist.js';
import type { Digest, DigestEntry } from '../domain/types.js';
import type { DigestStoryRow, Store } from '../store/store.js';
import { buildDigest } from './build-digest.js';

const SUMMARY_CHARS = 320;

export interface DigestDeliveryContext {
  store: Store;
  watchlist: Watchlist;
  from: string;
  smtpUrl?: string;
  /** absolute directory for .eml/.html when there is no SMTP */
  outboxDir: string;
  /** claims under this score are not shown as contradictions or supports (matching.contradiction_threshold) */
  minClaimScore: number;
  /** the sources' configured `name`, by source id: the outlet's name when its pages give none */
  sourceNames?: Record<string, string>;
  /** web.public_url: the web app's address, for "manage" and "and N more" links */
  publicUrl?: string;
  /** per SMTP step (smtp.timeout) */
  smtpTimeoutMs?: number;
  signal?: AbortSignal;
  now?: () => Date;
}

/** What delivering a digest needs, from the config in force: SMTP_URL wins over smtp.url; no SMTP means the outbox. */
export function digestContext(
  loaded: Pick<LoadedConfig, 'config' | 'watchlist'>,
  env: { store: Store; dataDir: string; smtpUrl?: string },
): DigestDeliveryContext {
  return {
    store: env.store,
    watchlist: loaded.watchlist,
    from: loaded.config.smtp.from,
    smtpUrl: env.smtpUrl || loaded.config.smtp.url || undefined,
    outboxDir: path.resolve(env.dataDir, loaded.config.outbox_dir),
    minClaimScore: loaded.config.matching.contradiction_threshold,
    sourceNames: Object.fromEntries(loaded.config.sources.flatMap((s) => (s.name ? [[s.id, s.name]] : []))),
    publicUrl: loaded.config.web?.public_url,
    smtpTimeoutMs: loaded.config.smtp.timeout,
  };
}

export interface DigestOutcome {
  runId: string;
  stories: number;
  /** smtp, a file path, or 'skipped-empty' */
  deliveredTo: string;
  /** SMTP: each recipient's delivery (sent, failed, unknown) */
  recipients?: RecipientOutcome[];
}

/** One entry per cluster: its most relevant story, with the other outlets (by name) that ran it. */
export function toEntries(rows: DigestStoryRow[], sourceNames: Record<string, string> = {}): DigestEntry[] {
  // only a real name: without one, the reader sees the host, and two sources on one host stay two outlets
  const outlet = (story: DigestStoryRow['story']) => {
    const name = namedOutlet(story.siteName, sourceNames[story.sourceId]);
    return name ? { outlet: name } : {};
  };
  const groups = new Map<string, DigestStoryRow[]>();
  for (const row of rows) {
    const key = row.story.clusterId ?? row.story.id;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const [lead, ...others] = [...group].sort((a, b) => b.score.relevance - a.score.relevance || a.story.id.localeCompare(b.story.id));
    return {
      story: { ...storyRef(lead.story), summary: lead.story.text.slice(0, SUMMARY_CHARS), ...outlet(lead.story) },
      score: lead.score,
      alsoIn: others.map((o) => ({ url: o.story.url, title: o.story.title, sourceId: o.story.sourceId, ...outlet(o.story), lang: o.story.lang })),
    };
  });
}

export function composeDigest(
  runId: string,
  config: DigestConfig,
  rows: DigestStoryRow[],
  watchlist: Watchlist,
  period: { start: string | null; end: string },
  minClaimScore: number,
  sourceNames: Record<string, string> = {},
): Digest {
  const claims = Object.assign({}, ...rows.map((r) => claimTexts(watchlist, r.score)));
  const entityNames = Object.fromEntries(watchlist.entities.map((e) => [e.id, e.aliases[0].text]));
  return buildDigest({
    id: runId,
    digestId: config.id,
    periodStart: period.start,
    periodEnd: period.end,
    entries: toEntries(rows, sourceNames),
    claims,
    entityNames,
    minClaimScore,
    maxStories: config.max_stories,
  });
}

export function renderDigest(digest: Digest, config: DigestConfig, ctx: Pick<DigestDeliveryContext, 'from' | 'minClaimScore' | 'publicUrl'>): RenderedEmail {
  return renderDigestEmail(digest, {
    subject: config.subject,
    from: ctx.from,
    to: config.to,
    tz: config.tz,
    minClaimScore: ctx.minClaimScore,
    publicUrl: ctx.publicUrl,
  });
}

/**
 * Send what is pending for a digest: take the stories into a run (each story in one digest only),
 * render, deliver by SMTP or to the outbox, mark the run sent. A retry resumes the same run, with
 * the same Message-ID.
 */
export async function sendDigest(config: DigestConfig, ctx: DigestDeliveryContext): Promise<DigestOutcome> {
  const now = ctx.now?.() ?? new Date();
  const run = await ctx.store.openDigestRun(config.id, `${config.id}-${now.getTime()}`, now.toISOString());
  if (run.storyCount === 0 && !config.send_empty) {
    await ctx.store.markDigestRunSent(run.id, 'skipped-empty');
    return { runId: run.id, stories: 0, deliveredTo: 'skipped-empty' };
  }
  const rows = await ctx.store.digestRunStories(run.id);
  const digest = composeDigest(run.id, config, rows, ctx.watchlist, { start: run.periodStart, end: run.periodEnd }, ctx.minClaimScore, ctx.sourceNames);
  const rendered = renderDigest(digest, config, ctx);
  const result = await deliverDigestRun(ctx.store, run.id, rendered, {
    smtpUrl: ctx.smtpUrl,
    outboxDir: ctx.outboxDir,
    messageId: run.id,
    from: ctx.from,
    to: config.to,
    date: new Date(run.periodEnd),
    timeoutMs: ctx.smtpTimeoutMs,
    signal: ctx.signal,
  });
  const deliveredTo = result.delivered === 'smtp' ? 'smtp' : (result.path ?? ctx.outboxDir);
  await ctx.store.markDigestRunSent(run.id, deliveredTo);
  return { runId: run.id, stories: rows.length, deliveredTo, ...(result.delivered === 'smtp' ? { recipients: result.recipients } : {}) };
}

/** Write what the next digest would hold, without taking or marking anything. */
export async function previewDigest(config: DigestConfig, ctx: DigestDeliveryContext, outFile: string): Promise<{ path: string; stories: number }> {
  const now = ctx.now?.() ?? new Date();
  const rows = await ctx.store.pendingDigestStories(config.id);
  const digest = composeDigest(`${config.id}-preview`, config, rows, ctx.watchlist, { start: null, end: now.toISOString() }, ctx.minClaimScore, ctx.sourceNames);
  const rendered = renderDigest(digest, config, ctx);
  const { writeFile, mkdir } = await import('node:fs/promises');
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, rendered.html);
  await writeFile(outFile.replace(/\.html?$/, '') + '.txt', `Subject: ${rendered.subject}\n\n${rendered.text}`);
  return { path: outFile, stories: rows.length };
}

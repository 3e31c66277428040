/** What the web app reads from the store: stories with their findings, filtered; one story; sources. */
import type { Pool } from 'pg';
import type { StoryScore } from '../domain/types.js';

export interface StoryFilters {
  /** only stories matched as relevant (the default) */
  relevant: boolean;
  /** contradicts | supports | any (any claim found, whatever its stance); null: no condition */
  stance: 'contradicts' | 'supports' | 'any' | null;
  claim: string | null;
  thread: string | null;
  /** a storyline thread: stories with a finding on one of its claims (its claim ids, from the watchlist) */
  threadClaims: string[] | null;
  /** stories taken into, or waiting for, this digest id */
  digest: string | null;
  source: string | null;
  lang: string | null;
  /** free text over titles and text (Postgres full-text search) */
  q: string | null;
  /** YYYY-MM-DD, on the fetch time */
  since: string | null;
  until: string | null;
  limit: number;
}

export interface StoryRow {
  id: string;
  sourceId: string;
  url: string;
  title: string;
  siteName: string | null;
  lang: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  clusterId: string | null;
  /** other outlets in the story's cluster */
  alsoIn: number;
  relevance: number | null;
  relevant: boolean | null;
  score: StoryScore | null;
}

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

export async function listStories(pool: Pool, f: StoryFilters): Promise<StoryRow[]> {
  const where: string[] = [];
  const args: unknown[] = [];
  const arg = (v: unknown) => {
    args.push(v);
    return `$${args.length}`;
  };
  if (f.relevant) where.push('m.relevant');
  const minScore = 0.5;
  if (f.stance === 'any') where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(m.score->'claims') c WHERE (c->>'score')::float >= ${minScore})`);
  else if (f.stance) where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(m.score->'claims') c WHERE c->>'stance' = ${arg(f.stance)} AND (c->>'score')::float >= ${minScore})`);
  if (f.claim) where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(m.score->'claims') c WHERE c->>'claim' = ${arg(f.claim)} AND (c->>'score')::float >= ${minScore})`);
  if (f.threadClaims) where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(m.score->'claims') c WHERE c->>'claim' = ANY(${arg(f.threadClaims)}::text[]) AND (c->>'score')::float >= ${minScore})`);
  if (f.digest) where.push(`EXISTS (SELECT 1 FROM veille.digest_buffer b WHERE b.story_id = s.id AND b.digest_id = ${arg(f.digest)})`);
  if (f.source) where.push(`s.source_id = ${arg(f.source)}`);
  if (f.lang) where.push(`s.lang = ${arg(f.lang)}`);
  if (f.q) where.push(`to_tsvector('simple', s.title || ' ' || s.text) @@ plainto_tsquery('simple', ${arg(f.q)})`);
  if (f.since) where.push(`s.fetched_at >= ${arg(f.since)}::date`);
  if (f.until) where.push(`s.fetched_at < (${arg(f.until)}::date + 1)`);
  const { rows } = await pool.query(
    `SELECT s.id, s.source_id, s.url, s.title, s.site_name, s.lang, s.published_at, s.fetched_at, s.cluster_id, m.relevance, m.relevant, m.score,
            (SELECT count(*) FROM veille.stories o WHERE s.cluster_id IS NOT NULL AND o.cluster_id = s.cluster_id AND o.id <> s.id) AS also_in
       FROM veille.stories s LEFT JOIN veille.matches m ON m.story_id = s.id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY s.fetched_at DESC, s.id LIMIT ${arg(f.limit)}`,
    args,
  );
  return rows.map(toRow);
}

function toRow(r: Record<string, unknown>): StoryRow {
  return {
    id: r.id as string,
    sourceId: r.source_id as string,
    url: r.url as string,
    title: r.title as string,
    siteName: (r.site_name as string | null) ?? null,
    lang: (r.lang as string | null) ?? null,
    publishedAt: iso(r.published_at),
    fetchedAt: iso(r.fetched_at)!,
    clusterId: (r.cluster_id as string | null) ?? null,
    alsoIn: Number(r.also_in ?? 0),
    relevance: r.relevance === null || r.relevance === undefined ? null : Number(r.relevance),
    relevant: (r.relevant as boolean | null) ?? null,
    score: (r.score as StoryScore | null) ?? null,
  };
}

export interface StoryPage extends StoryRow {
  text: string;
  byline: string | null;
  outlets: { id: string; title: string; url: string; siteName: string | null; sourceId: string }[];
}

export async function storyPage(pool: Pool, id: string): Promise<StoryPage | null> {
  const { rows } = await pool.query(
    `SELECT s.*, m.relevance, m.relevant, m.score,
            (SELECT count(*) FROM veille.stories o WHERE s.cluster_id IS NOT NULL AND o.cluster_id = s.cluster_id AND o.id <> s.id) AS also_in
       FROM veille.stories s LEFT JOIN veille.matches m ON m.story_id = s.id WHERE s.id = $1`,
    [id],
  );
  if (!rows[0]) return null;
  const row = toRow(rows[0]);
  const mates = row.clusterId
    ? (await pool.query('SELECT id, title, url, site_name, source_id FROM veille.stories WHERE cluster_id = $1 AND id <> $2 ORDER BY fetched_at', [row.clusterId, id])).rows
    : [];
  return {
    ...row,
    text: rows[0].text as string,
    byline: (rows[0].byline as string | null) ?? null,
    outlets: mates.map((m) => ({ id: m.id, title: m.title, url: m.url, siteName: m.site_name, sourceId: m.source_id })),
  };
}

export interface Counts {
  stories: number;
  matched: number;
  relevant: number;
  alerts: { channel: string; status: string; count: number }[];
  digestsSent: number;
  sourceFailures: { source: string; failures: number }[];
}

/** The store's totals, read when /metrics is scraped. */
export async function counts(pool: Pool): Promise<Counts> {
  const [stories, alerts, digests, sources] = await Promise.all([
    pool.query(
      `SELECT count(*) AS stories, count(m.story_id) AS matched, count(*) FILTER (WHERE m.relevant) AS relevant FROM veille.stories s LEFT JOIN veille.matches m ON m.story_id = s.id`,
    ),
    pool.query(`SELECT channel_id, status, count(*) AS n FROM veille.alert_outbox GROUP BY channel_id, status`),
    pool.query(`SELECT count(*) AS n FROM veille.digest_runs WHERE status = 'sent'`),
    pool.query(`SELECT id, consecutive_failures FROM veille.sources`),
  ]);
  return {
    stories: Number(stories.rows[0].stories),
    matched: Number(stories.rows[0].matched),
    relevant: Number(stories.rows[0].relevant),
    alerts: alerts.rows.map((r) => ({ channel: r.channel_id, status: r.status, count: Number(r.n) })),
    digestsSent: Number(digests.rows[0].n),
    sourceFailures: sources.rows.map((r) => ({ source: r.id, failures: Number(r.consecutive_failures) })),
  };
}

export interface ClaimTally {
  claim: string;
  stance: 'contradicts' | 'supports';
  stories: number;
  first: string;
  last: string;
  /** the story that took this stance first */
  firstStoryId: string;
  firstTitle: string;
  firstSource: string;
  firstSiteName: string | null;
}

/** Per claim and stance (score ≥ 0.5): how many stories, since when, and the first of them. */
export async function claimTallies(pool: Pool): Promise<ClaimTally[]> {
  const { rows } = await pool.query(
    `WITH hits AS (
       SELECT c->>'claim' AS claim, c->>'stance' AS stance, s.id, s.title, s.source_id, s.site_name, COALESCE(s.published_at, s.fetched_at) AS at
         FROM veille.matches m JOIN veille.stories s ON s.id = m.story_id, jsonb_array_elements(m.score->'claims') c
        WHERE c->>'stance' IN ('contradicts', 'supports') AND (c->>'score')::float >= 0.5)
     SELECT DISTINCT ON (claim, stance) claim, stance, id, title, source_id, site_name,
            count(*) OVER (PARTITION BY claim, stance) AS n, min(at) OVER (PARTITION BY claim, stance) AS first, max(at) OVER (PARTITION BY claim, stance) AS last
       FROM hits ORDER BY claim, stance, at, id`,
  );
  return rows.map((r) => ({
    claim: r.claim,
    stance: r.stance,
    stories: Number(r.n),
    first: iso(r.first)!,
    last: iso(r.last)!,
    firstStoryId: r.id,
    firstTitle: r.title,
    firstSource: r.source_id,
    firstSiteName: r.site_name ?? null,
  }));
}

/** Stories stored per source. */
export async function storiesPerSource(pool: Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query('SELECT source_id, count(*) AS n FROM veille.stories GROUP BY source_id');
  return new Map(rows.map((r) => [r.source_id as string, Number(r.n)]));
}

/** Sent digest runs, newest first. */
export async function sentDigestRuns(pool: Pool, limit = 100): Promise<{ id: string; digestId: string; periodEnd: string; stories: number; status: string; sentAt: string | null; deliveredTo: string | null }[]> {
  const { rows } = await pool.query(`SELECT * FROM veille.digest_runs WHERE status = 'sent' ORDER BY created_at DESC LIMIT $1`, [limit]);
  return rows.map((r) => ({ id: r.id, digestId: r.digest_id, periodEnd: iso(r.period_end)!, stories: Number(r.story_count), status: r.status, sentAt: iso(r.sent_at), deliveredTo: r.delivered_to ?? null }));
}

/** Pending stories per digest id. */
export async function pendingPerDigest(pool: Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query('SELECT digest_id, count(*) AS n FROM veille.digest_buffer WHERE run_id IS NULL GROUP BY digest_id');
  return new Map(rows.map((r) => [r.digest_id as string, Number(r.n)]));
}

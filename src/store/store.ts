import type { StatusRows } from '../status/status.js';
import type { Pool, PoolClient } from 'pg';
import type { DiscoveredItem, Story, StoryScore } from '../domain/types.js';
import type { SameStoryReason, StorySignature } from '../cluster/signature.js';
import { sha1 } from '../lib/ids.js';
import { iso, json } from './rows.js';

type Queryable = Pick<PoolClient, 'query'>;

export interface SourceRow {
  id: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastNewItemAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  unhealthySince: string | null;
}

export interface NewStory {
  sourceId: string;
  url: string;
  canonicalUrl: string;
  title: string;
  text: string;
  summary: string;
  byline: string | null;
  publishedAt: string | null;
  lang: string | null;
  siteName: string | null;
}

export interface OutboxRow {
  id: string;
  storyId: string;
  channelId: string;
  kind: string;
  payload: unknown;
  status: 'pending' | 'sent' | 'failed' | 'unknown';
  attempts: number;
  lastError: string | null;
}

export interface RouteDecision {
  outbox: { id: string; channelId: string; kind: string; payload: unknown }[];
  digests: { digestId: string; relevance: number }[];
}

export interface DigestRun {
  id: string;
  digestId: string;
  periodStart: string | null;
  periodEnd: string;
  storyCount: number;
  status: 'pending' | 'sent';
  deliveredTo: string | null;
}

export interface DigestStoryRow {
  story: Story;
  score: StoryScore;
}

export function storyIdFor(canonicalUrl: string): string {
  return sha1(canonicalUrl);
}

function toStory(r: Record<string, unknown>): Story {
  return {
    id: r.id as string,
    sourceId: r.source_id as string,
    url: r.url as string,
    canonicalUrl: r.canonical_url as string,
    title: r.title as string,
    text: r.text as string,
    byline: (r.byline as string | null) ?? null,
    publishedAt: iso(r.published_at),
    lang: (r.lang as string | null) ?? null,
    siteName: (r.site_name as string | null) ?? null,
    fetchedAt: iso(r.fetched_at) ?? new Date(0).toISOString(),
    clusterId: (r.cluster_id as string | null) ?? null,
  };
}

/** candidates compared per new story: enough for a busy news day on one storyline */
const MAX_CLUSTER_CANDIDATES = 200;

export interface ClusterAssignment {
  clusterId: string;
  reason: SameStoryReason | null;
  /** the earlier story it was matched to */
  matchedStoryId: string | null;
}

/** Veille's own state in SQL (PGlite or Postgres through `pg`). Every table is in schema `veille`. */
export class Store {
  constructor(readonly pool: Pool) {}

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  // ── sources ────────────────────────────────────────────────────────────────

  async getSource(id: string): Promise<SourceRow | null> {
    const { rows } = await this.pool.query('SELECT * FROM veille.sources WHERE id = $1', [id]);
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      etag: r.etag,
      lastModified: r.last_modified,
      lastPolledAt: iso(r.last_polled_at),
      lastSuccessAt: iso(r.last_success_at),
      lastNewItemAt: iso(r.last_new_item_at),
      consecutiveFailures: r.consecutive_failures,
      lastError: r.last_error,
      unhealthySince: iso(r.unhealthy_since),
    };
  }

  async recordPollSuccess(id: string, v: { etag: string | null; lastModified: string | null; newItems: number; notModified: boolean }): Promise<void> {
    await this.pool.query(
      `INSERT INTO veille.sources (id, etag, last_modified, last_polled_at, last_success_at, last_new_item_at, consecutive_failures)
       VALUES ($1, $2, $3, now(), now(), CASE WHEN $4::int > 0 THEN now() END, 0)
       ON CONFLICT (id) DO UPDATE SET
         etag = CASE WHEN $5::boolean THEN veille.sources.etag ELSE EXCLUDED.etag END,
         last_modified = CASE WHEN $5::boolean THEN veille.sources.last_modified ELSE EXCLUDED.last_modified END,
         last_polled_at = now(), last_success_at = now(),
         last_new_item_at = COALESCE(EXCLUDED.last_new_item_at, veille.sources.last_new_item_at),
         consecutive_failures = 0, last_error = NULL,
         -- failing sources recover on success; silent ones when something new arrives
         unhealthy_since = CASE WHEN $4::int > 0 OR veille.sources.consecutive_failures > 0 THEN NULL ELSE veille.sources.unhealthy_since END`,
      [id, v.etag, v.lastModified, v.newItems, v.notModified],
    );
  }

  /** Returns the number of failures in a row, this one included. */
  async recordPollFailure(id: string, message: string): Promise<number> {
    const { rows } = await this.pool.query(
      `INSERT INTO veille.sources (id, last_polled_at, consecutive_failures, last_error)
       VALUES ($1, now(), 1, $2)
       ON CONFLICT (id) DO UPDATE SET last_polled_at = now(),
         consecutive_failures = veille.sources.consecutive_failures + 1, last_error = EXCLUDED.last_error
       RETURNING consecutive_failures`,
      [id, message],
    );
    return rows[0].consecutive_failures;
  }

  /** Mark a source unhealthy once; true when this call did it (so the ops alert fires once). */
  async markUnhealthy(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE veille.sources SET unhealthy_since = now() WHERE id = $1 AND unhealthy_since IS NULL',
      [id],
    );
    return (rowCount ?? 0) > 0;
  }

  // ── dedupe ─────────────────────────────────────────────────────────────────

  /** Items never seen before, by canonical URL (any source) or by guid (this source); duplicates in the batch dropped. */
  async filterUnseen(sourceId: string, items: DiscoveredItem[]): Promise<DiscoveredItem[]> {
    if (!items.length) return [];
    const urls = items.map((i) => i.canonicalUrl);
    const guids = items.map((i) => i.guid).filter(Boolean);
    const [seenUrls, seenGuids] = await Promise.all([
      this.pool.query<{ canonical_url: string }>('SELECT canonical_url FROM veille.seen_urls WHERE canonical_url = ANY($1::text[])', [urls]),
      this.pool.query<{ guid: string }>('SELECT guid FROM veille.seen_guids WHERE source_id = $1 AND guid = ANY($2::text[])', [sourceId, guids]),
    ]);
    const urlSet = new Set(seenUrls.rows.map((r) => r.canonical_url));
    const guidSet = new Set(seenGuids.rows.map((r) => r.guid));
    const fresh: DiscoveredItem[] = [];
    for (const item of items) {
      if (urlSet.has(item.canonicalUrl) || (item.guid && guidSet.has(item.guid))) continue;
      urlSet.add(item.canonicalUrl);
      if (item.guid) guidSet.add(item.guid);
      fresh.push(item);
    }
    return fresh;
  }

  /**
   * Marks items seen, each with the data of the job that follows it up (fetch-article): the row stays
   * "pending" until `markFollowedUp`, and `pendingWork` hands it back if the queue lost the job.
   */
  async markSeen(sourceId: string, items: DiscoveredItem[], followUps: unknown[] = []): Promise<void> {
    if (!items.length) return;
    await this.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO veille.seen_urls (canonical_url, source_id, follow_up, followed_up_at)
         SELECT u, $2, f, CASE WHEN f IS NULL THEN now() END
         FROM unnest($1::text[], $3::jsonb[]) AS t (u, f) ON CONFLICT DO NOTHING`,
        [items.map((i) => i.canonicalUrl), sourceId, items.map((_, k) => (followUps[k] === undefined ? null : JSON.stringify(followUps[k])))],
      );
      const guids = items.map((i) => i.guid).filter(Boolean);
      if (guids.length) {
        await tx.query(
          `INSERT INTO veille.seen_guids (source_id, guid) SELECT $2, g FROM unnest($1::text[]) AS g ON CONFLICT DO NOTHING`,
          [guids, sourceId],
        );
      }
    });
  }

  /** The item's follow-up is done (story stored, or given up for good): it is no longer re-enqueued. */
  async markFollowedUp(canonicalUrl: string): Promise<void> {
    await this.pool.query(
      `UPDATE veille.seen_urls SET followed_up_at = now(), follow_up = NULL WHERE canonical_url = $1 AND followed_up_at IS NULL`,
      [canonicalUrl],
    );
  }

  // ── stories and matches ────────────────────────────────────────────────────

  /** Insert a story once; returns its id either way. */
  async saveStory(s: NewStory): Promise<string> {
    const id = storyIdFor(s.canonicalUrl);
    await this.pool.query(
      `INSERT INTO veille.stories (id, source_id, url, canonical_url, title, text, summary, byline, published_at, lang, site_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
      [id, s.sourceId, s.url, s.canonicalUrl, s.title, s.text, s.summary, s.byline, s.publishedAt, s.lang, s.siteName],
    );
    return id;
  }

  async getStory(id: string): Promise<Story | null> {
    const { rows } = await this.pool.query('SELECT * FROM veille.stories WHERE id = $1', [id]);
    return rows[0] ? toStory(rows[0]) : null;
  }

  /** The other stories of a story's cluster (other outlets running it), oldest first. */
  async clusterMates(storyId: string): Promise<Story[]> {
    const { rows } = await this.pool.query(
      `SELECT o.* FROM veille.stories me JOIN veille.stories o ON o.cluster_id = me.cluster_id AND o.id <> me.id
        WHERE me.id = $1 AND me.cluster_id IS NOT NULL ORDER BY o.fetched_at, o.id LIMIT 50`,
      [storyId],
    );
    return rows.map(toStory);
  }

  async saveMatch(storyId: string, score: StoryScore): Promise<void> {
    await this.pool.query(
      `INSERT INTO veille.matches (story_id, relevance, relevant, score) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (story_id) DO UPDATE SET relevance = EXCLUDED.relevance, relevant = EXCLUDED.relevant, score = EXCLUDED.score, matched_at = now()`,
      [storyId, score.relevance, score.relevant, JSON.stringify(score)],
    );
  }

  async getMatch(storyId: string): Promise<StoryScore | null> {
    const { rows } = await this.pool.query('SELECT score FROM veille.matches WHERE story_id = $1', [storyId]);
    return rows[0] ? json<StoryScore>(rows[0].score) : null;
  }

  /**
   * Put a story in the cluster of an earlier story that is the same story (near-duplicate text, or
   * the same entities and figures within a day), or start its own cluster. Serialised, so two copies
   * arriving at once end in one cluster. Idempotent: a story keeps the cluster it got.
   */
  async assignCluster(
    storyId: string,
    sig: StorySignature,
    same: (a: StorySignature, b: StorySignature) => SameStoryReason | null,
  ): Promise<ClusterAssignment> {
    return this.transaction(async (tx) => {
      // Two stories can only be the same story if they share an LSH band or entities: lock those
      // keys (sorted, so no deadlock) and unrelated stories cluster in parallel.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT DISTINCT unnest($1::text[]) AS k ORDER BY 1) keys`, [
        [...sig.bands.map((b) => `band ${b}`), ...sig.entities.map((e) => `entity ${e}`)],
      ]);
      const existing = await tx.query(
        `SELECT s.cluster_id, g.cluster_reason FROM veille.stories s LEFT JOIN veille.story_signatures g ON g.story_id = s.id WHERE s.id = $1`,
        [storyId],
      );
      if (existing.rows[0]?.cluster_id) {
        return { clusterId: existing.rows[0].cluster_id, reason: existing.rows[0].cluster_reason ?? null, matchedStoryId: null };
      }
      const { rows } = await tx.query(
        `SELECT g.story_id, g.minhash, g.entities, g.numbers, g.published_at, s.cluster_id
           FROM veille.story_signatures g JOIN veille.stories s ON s.id = g.story_id
          WHERE g.story_id <> $1 AND (
                g.story_id IN (SELECT story_id FROM veille.story_bands WHERE band = ANY($2::text[]))
             OR (g.entities && $3::text[] AND g.published_at BETWEEN $4::timestamptz - interval '1 day' AND $4::timestamptz + interval '1 day'))
          ORDER BY s.fetched_at, s.id LIMIT $5`,
        [storyId, sig.bands, sig.entities, sig.publishedAt, MAX_CLUSTER_CANDIDATES],
      );
      let match: { clusterId: string; reason: SameStoryReason; storyId: string } | null = null;
      for (const r of rows) {
        const other: StorySignature = {
          minhash: r.minhash ? (r.minhash as (string | number)[]).map(Number) : null,
          bands: [],
          entities: r.entities,
          numbers: r.numbers,
          publishedAt: iso(r.published_at),
        };
        const reason = same(sig, other);
        if (reason) {
          match = { clusterId: r.cluster_id ?? r.story_id, reason, storyId: r.story_id };
          break;
        }
      }
      const clusterId = match?.clusterId ?? storyId;
      await tx.query(
        `INSERT INTO veille.story_signatures (story_id, minhash, entities, numbers, published_at, cluster_reason)
         VALUES ($1, $2::bigint[], $3::text[], $4::text[], $5, $6) ON CONFLICT (story_id) DO NOTHING`,
        [storyId, sig.minhash, sig.entities, sig.numbers, sig.publishedAt, match?.reason ?? null],
      );
      if (sig.bands.length) {
        await tx.query(
          `INSERT INTO veille.story_bands (band, story_id) SELECT b, $2 FROM unnest($1::text[]) AS b ON CONFLICT DO NOTHING`,
          [sig.bands, storyId],
        );
      }
      await tx.query('UPDATE veille.stories SET cluster_id = $2 WHERE id = $1', [storyId, clusterId]);
      return { clusterId, reason: match?.reason ?? null, matchedStoryId: match?.storyId ?? null };
    });
  }

  /** In one transaction: outbox rows per channel and digest-buffer rows. Returns outbox ids still pending. */
  async route(storyId: string, decision: RouteDecision): Promise<string[]> {
    return this.transaction(async (tx) => {
      for (const o of decision.outbox) {
        await tx.query(
          `INSERT INTO veille.alert_outbox (id, story_id, channel_id, kind, payload) VALUES ($1, $2, $3, $4, $5::jsonb)
           ON CONFLICT DO NOTHING`,
          [o.id, storyId, o.channelId, o.kind, JSON.stringify(o.payload)],
        );
      }
      for (const d of decision.digests) {
        // a later copy of a story already sent in this digest is not news again
        await tx.query(
          `INSERT INTO veille.digest_buffer (digest_id, story_id, relevance)
           SELECT $1, $2, $3 WHERE NOT EXISTS (
             SELECT 1 FROM veille.digest_buffer b
               JOIN veille.stories o ON o.id = b.story_id
               JOIN veille.stories me ON me.id = $2
              WHERE b.digest_id = $1 AND b.run_id IS NOT NULL AND o.cluster_id = me.cluster_id AND o.id <> me.id)
           ON CONFLICT DO NOTHING`,
          [d.digestId, storyId, d.relevance],
        );
      }
      await tx.query('UPDATE veille.matches SET routed_at = now() WHERE story_id = $1', [storyId]);
      if (!decision.outbox.length) return [];
      const { rows } = await tx.query(
        `SELECT id FROM veille.alert_outbox WHERE story_id = $1 AND status = 'pending' AND id = ANY($2::text[])`,
        [storyId, decision.outbox.map((o) => o.id)],
      );
      return rows.map((r: { id: string }) => r.id);
    });
  }

  // ── alert outbox (the delivery ledger) ─────────────────────────────────────

  async getOutbox(id: string): Promise<OutboxRow | null> {
    const { rows } = await this.pool.query('SELECT * FROM veille.alert_outbox WHERE id = $1', [id]);
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      storyId: r.story_id,
      channelId: r.channel_id,
      kind: r.kind,
      payload: json(r.payload),
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
    };
  }

  async recordOutboxAttempt(id: string, error: string | null): Promise<void> {
    await this.pool.query('UPDATE veille.alert_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [id, error]);
  }

  /** true when this call marked it sent (false: it already was). */
  async markOutboxSent(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE veille.alert_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1 AND status <> 'sent'`,
      [id],
    );
    return (rowCount ?? 0) > 0;
  }

  async markOutboxFailed(id: string, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE veille.alert_outbox SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1 AND status = 'pending'`,
      [id, error],
    );
  }

  /** The receiver may have it (A4): not retried, left for an operator to check and resend. */
  async markOutboxUnknown(id: string, error: string): Promise<void> {
    await this.pool.query(
      `UPDATE veille.alert_outbox SET status = 'unknown', attempts = attempts + 1, last_error = $2 WHERE id = $1 AND status = 'pending'`,
      [id, error],
    );
  }

  /** An operator's resend: an `unknown` or `failed` row goes back to pending. Returns the ids reset. */
  async resendOutbox(ids: string[] | 'all-unknown'): Promise<string[]> {
    const { rows } =
      ids === 'all-unknown'
        ? await this.pool.query(`UPDATE veille.alert_outbox SET status = 'pending', resent_at = now() WHERE status = 'unknown' RETURNING id`)
        : await this.pool.query(
            `UPDATE veille.alert_outbox SET status = 'pending', resent_at = now() WHERE id = ANY($1::text[]) AND status IN ('unknown', 'failed') RETURNING id`,
            [ids],
          );
    return rows.map((r: { id: string }) => r.id);
  }

  // ── status ─────────────────────────────────────────────────────────────────

  /** What `veille status` shows, as rows (src/status builds the status from them). */
  async statusRows(): Promise<StatusRows> {
    const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
    const [sources, alerts, recipients, digests, ops] = await Promise.all([
      this.pool.query('SELECT * FROM veille.sources ORDER BY id'),
      this.pool.query(`SELECT id, channel_id, status, last_error, created_at FROM veille.alert_outbox WHERE status IN ('unknown', 'failed') ORDER BY created_at DESC LIMIT 100`),
      this.pool.query(
        `SELECT d.run_id, r.digest_id, d.recipient, d.status, d.last_error FROM veille.digest_deliveries d JOIN veille.digest_runs r ON r.id = d.run_id
          WHERE d.status IN ('unknown', 'failed') ORDER BY d.updated_at DESC LIMIT 100`,
      ),
      this.pool.query(`SELECT DISTINCT ON (digest_id) * FROM veille.digest_runs ORDER BY digest_id, created_at DESC`),
      this.pool.query('SELECT * FROM veille.ops_alerts ORDER BY last_at DESC LIMIT 100'),
    ]);
    return {
      sources: sources.rows.map((r) => ({
        id: r.id,
        lastPolledAt: iso(r.last_polled_at),
        lastSuccessAt: iso(r.last_success_at),
        consecutiveFailures: r.consecutive_failures,
        lastError: r.last_error,
        unhealthySince: iso(r.unhealthy_since),
      })),
      alerts: alerts.rows.map((r) => ({ id: r.id, channelId: r.channel_id, status: r.status, lastError: r.last_error, createdAt: iso(r.created_at)! })),
      recipients: recipients.rows.map((r) => ({ runId: r.run_id, digestId: r.digest_id, recipient: r.recipient, status: r.status, lastError: r.last_error })),
      digests: digests.rows.map((r) => ({
        digestId: r.digest_id,
        runId: r.id,
        createdAt: iso(r.created_at)!,
        sentAt: iso(r.sent_at),
        status: r.status,
        storyCount: r.story_count,
        deliveredTo: r.delivered_to,
      })),
      opsAlerts: ops.rows.map((r) => ({ key: r.key, kind: r.kind, message: r.message, lastAt: iso(r.last_at)!, occurrences: r.occurrences })),
    };
  }

  // ── ops alerts ─────────────────────────────────────────────────────────────

  /**
   * Record one occurrence of an ops condition; true when it should be sent now: the first time, or
   * when the last send is older than `remindAfterMs`. Marking it sent is part of the same statement,
   * so two workers seeing the same condition send it once.
   */
  async claimOpsAlert(key: string, kind: string, message: string, remindAfterMs: number): Promise<boolean> {
    const { rows } = await this.pool.query(
      `INSERT INTO veille.ops_alerts (key, kind, message, last_sent_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (key) DO UPDATE SET
         occurrences = veille.ops_alerts.occurrences + 1, last_at = now(), message = EXCLUDED.message,
         last_sent_at = CASE WHEN veille.ops_alerts.last_sent_at IS NULL OR veille.ops_alerts.last_sent_at < now() - ($4::bigint * interval '1 millisecond')
                             THEN now() ELSE veille.ops_alerts.last_sent_at END
       RETURNING (xmax = 0) AS inserted, last_sent_at = now() AS send`,
      [key, kind, message, remindAfterMs],
    );
    return rows[0].inserted || rows[0].send;
  }

  /** The condition is over (the source works again): a new occurrence alerts at once. */
  async clearOpsAlert(key: string): Promise<void> {
    await this.pool.query('DELETE FROM veille.ops_alerts WHERE key = $1', [key]);
  }

  // ── digests ────────────────────────────────────────────────────────────────

  /**
   * Take the pending stories of a digest into a run. A run left pending by a crash is resumed
   * (same id, same stories) so that a retry sends the same e-mail, and each story lands in one digest only.
   */
  async openDigestRun(digestId: string, newRunId: string, periodEnd: string): Promise<DigestRun> {
    return this.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`digest-${digestId}`]);
      const pending = await tx.query(`SELECT * FROM veille.digest_runs WHERE digest_id = $1 AND status = 'pending' ORDER BY created_at LIMIT 1`, [digestId]);
      if (pending.rows[0]) return toRun(pending.rows[0]);
      const last = await tx.query(`SELECT max(period_end) AS at FROM veille.digest_runs WHERE digest_id = $1 AND status = 'sent'`, [digestId]);
      const taken = await tx.query(
        `UPDATE veille.digest_buffer SET run_id = $2 WHERE digest_id = $1 AND run_id IS NULL AND added_at <= $3 RETURNING story_id`,
        [digestId, newRunId, periodEnd],
      );
      const { rows } = await tx.query(
        `INSERT INTO veille.digest_runs (id, digest_id, period_start, period_end, story_count) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [newRunId, digestId, last.rows[0]?.at ?? null, periodEnd, taken.rowCount ?? 0],
      );
      return toRun(rows[0]);
    });
  }

  /** The recipients of a digest run with their delivery status; created `pending` the first time. */
  async digestRecipients(runId: string, to: string[]): Promise<{ recipient: string; status: string }[]> {
    await this.pool.query(
      `INSERT INTO veille.digest_deliveries (run_id, recipient) SELECT $1, r FROM unnest($2::text[]) AS r ON CONFLICT DO NOTHING`,
      [runId, to],
    );
    const { rows } = await this.pool.query(`SELECT recipient, status FROM veille.digest_deliveries WHERE run_id = $1 AND recipient = ANY($2::text[])`, [runId, to]);
    const byRecipient = new Map(rows.map((r: { recipient: string; status: string }) => [r.recipient, r.status]));
    return to.map((recipient) => ({ recipient, status: byRecipient.get(recipient) ?? 'pending' }));
  }

  /** One attempt's outcome per recipient; a deferred one stays pending, with its reason. */
  async recordDigestRecipients(runId: string, outcomes: { address: string; status: string; reason?: string }[]): Promise<void> {
    for (const o of outcomes) {
      await this.pool.query(
        `UPDATE veille.digest_deliveries SET status = $3, attempts = attempts + 1, last_error = $4, updated_at = now() WHERE run_id = $1 AND recipient = $2`,
        [runId, o.address, o.status === 'deferred' ? 'pending' : o.status, o.status === 'sent' ? null : (o.reason ?? null)],
      );
    }
  }

  /**
   * An operator's resend of a digest: the recipients of its runs in state `unknown` (or `failed`
   * when asked) go back to pending and their run is reopened, so the next send of this digest
   * delivers the same message (same Message-ID) to them alone. Returns the recipients reopened.
   */
  async resendDigest(digestId: string, includeFailed = false): Promise<{ runId: string; recipient: string }[]> {
    return this.transaction(async (tx) => {
      const { rows } = await tx.query(
        `UPDATE veille.digest_deliveries d SET status = 'pending', updated_at = now()
           FROM veille.digest_runs r
          WHERE r.id = d.run_id AND r.digest_id = $1 AND d.status = ANY($2::text[])
          RETURNING d.run_id, d.recipient`,
        [digestId, includeFailed ? ['unknown', 'failed'] : ['unknown']],
      );
      const runs = [...new Set(rows.map((r: { run_id: string }) => r.run_id))];
      if (runs.length) await tx.query(`UPDATE veille.digest_runs SET status = 'pending' WHERE id = ANY($1::text[])`, [runs]);
      return rows.map((r: { run_id: string; recipient: string }) => ({ runId: r.run_id, recipient: r.recipient }));
    });
  }

  async digestRunStories(runId: string): Promise<DigestStoryRow[]> {
    const { rows } = await this.pool.query(
      `SELECT s.*, m.score FROM veille.digest_buffer b
         JOIN veille.stories s ON s.id = b.story_id JOIN veille.matches m ON m.story_id = b.story_id
        WHERE b.run_id = $1 ORDER BY b.relevance DESC, s.id`,
      [runId],
    );
    return rows.map((r) => ({ story: toStory(r), score: json<StoryScore>(r.score) }));
  }

  async markDigestRunSent(runId: string, deliveredTo: string): Promise<void> {
    await this.pool.query(`UPDATE veille.digest_runs SET status = 'sent', sent_at = now(), delivered_to = $2 WHERE id = $1`, [runId, deliveredTo]);
  }

  /** Preview: what the next run would contain, without taking anything. */
  async pendingDigestStories(digestId: string): Promise<DigestStoryRow[]> {
    const { rows } = await this.pool.query(
      `SELECT s.*, m.score FROM veille.digest_buffer b
         JOIN veille.stories s ON s.id = b.story_id JOIN veille.matches m ON m.story_id = b.story_id
        WHERE b.digest_id = $1 AND b.run_id IS NULL ORDER BY b.relevance DESC, s.id`,
      [digestId],
    );
    return rows.map((r) => ({ story: toStory(r), score: json<StoryScore>(r.score) }));
  }

  // ── figures for `veille once` and recovery ─────────────────────────────────

  /** Work a crash may have left between stages. */
  async pendingWork(): Promise<{ unfetched: unknown[]; unmatched: string[]; unrouted: string[]; outbox: string[] }> {
    const [unfetched, unmatched, unrouted, outbox] = await Promise.all([
      this.pool.query(`SELECT follow_up FROM veille.seen_urls WHERE followed_up_at IS NULL AND follow_up IS NOT NULL ORDER BY first_seen_at LIMIT 10000`),
      this.pool.query(`SELECT s.id FROM veille.stories s LEFT JOIN veille.matches m ON m.story_id = s.id WHERE m.story_id IS NULL LIMIT 10000`),
      this.pool.query(`SELECT story_id AS id FROM veille.matches WHERE routed_at IS NULL LIMIT 10000`),
      this.pool.query(`SELECT id FROM veille.alert_outbox WHERE status = 'pending' LIMIT 10000`),
    ]);
    const ids = (r: { rows: { id: string }[] }) => r.rows.map((x) => x.id);
    return { unfetched: unfetched.rows.map((r) => r.follow_up), unmatched: ids(unmatched), unrouted: ids(unrouted), outbox: ids(outbox) };
  }

  async lastDigestRun(digestId: string, since: string): Promise<DigestRun | null> {
    const { rows } = await this.pool.query(
      `SELECT * FROM veille.digest_runs WHERE digest_id = $1 AND created_at >= $2 ORDER BY created_at DESC LIMIT 1`,
      [digestId, since],
    );
    return rows[0] ? toRun(rows[0]) : null;
  }

  /** Figures of a `once` pass: stories stored since, how many relevant, alerts sent/failed since. */
  /** Relevant or claim-bearing stories fetched since `since`, with their score and cluster size (for `veille once`). */
  async foundSince(since: string, limit = 200): Promise<(DigestStoryRow & { clusterSize: number })[]> {
    const { rows } = await this.pool.query(
      `SELECT s.*, m.score,
              (SELECT count(*) FROM veille.stories c WHERE c.cluster_id = s.cluster_id)::int AS cluster_size
         FROM veille.stories s JOIN veille.matches m ON m.story_id = s.id
        WHERE s.fetched_at >= $1 AND (m.relevant OR jsonb_array_length(m.score->'claims') > 0)
        ORDER BY m.relevance DESC, s.id LIMIT $2`,
      [since, limit],
    );
    return rows.map((r) => ({ story: toStory(r), score: json<StoryScore>(r.score), clusterSize: Math.max(1, r.cluster_size as number) }));
  }

  async runCounts(since: string): Promise<{ stories: number; relevant: number; alertsSent: number; alertsFailed: number }> {
    const { rows } = await this.pool.query(
      `SELECT
        (SELECT count(*) FROM veille.stories WHERE fetched_at >= $1)::int AS stories,
        (SELECT count(*) FROM veille.matches m JOIN veille.stories s ON s.id = m.story_id WHERE m.relevant AND s.fetched_at >= $1)::int AS relevant,
        (SELECT count(*) FROM veille.alert_outbox WHERE status = 'sent' AND sent_at >= $1)::int AS alerts_sent,
        (SELECT count(*) FROM veille.alert_outbox WHERE status = 'failed' AND created_at >= $1)::int AS alerts_failed`,
      [since],
    );
    const r = rows[0];
    return { stories: r.stories, relevant: r.relevant, alertsSent: r.alerts_sent, alertsFailed: r.alerts_failed };
  }
}

function toRun(r: Record<string, unknown>): DigestRun {
  return {
    id: r.id as string,
    digestId: r.digest_id as string,
    periodStart: iso(r.period_start),
    periodEnd: iso(r.period_end) as string,
    storyCount: r.story_count as number,
    status: r.status as DigestRun['status'],
    deliveredTo: (r.delivered_to as string | null) ?? null,
  };
}

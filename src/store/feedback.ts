/**
 * Readers' feedback on stories (the web app's forms): stored with who and when, exported as
 * labelled data, and applied at once: a story marked not relevant leaves the pending digests and
 * its cluster's later copies are not alerted; a muted claim or source raises no alerts until the
 * mute ends.
 */
import type { Pool } from 'pg';

export const FEEDBACK_KINDS = ['not_relevant', 'relevant', 'wrong_stance', 'mute_claim', 'mute_source'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const STANCES = ['supports', 'contradicts', 'none'] as const;

export interface FeedbackInput {
  storyId: string;
  kind: FeedbackKind;
  claim?: string | null;
  stance?: (typeof STANCES)[number] | null;
  days?: number | null;
  who: string;
}

/** Stores the feedback and applies it; false when the story does not exist. */
export async function recordFeedback(pool: Pool, f: FeedbackInput): Promise<boolean> {
  const story = await pool.query('SELECT id, source_id, cluster_id FROM veille.stories WHERE id = $1', [f.storyId]);
  if (!story.rows[0]) return false;
  const { source_id: sourceId, cluster_id: clusterId } = story.rows[0];
  await pool.query('INSERT INTO veille.feedback (story_id, kind, claim, stance, days, who) VALUES ($1, $2, $3, $4, $5, $6)', [
    f.storyId,
    f.kind,
    f.claim ?? null,
    f.stance ?? null,
    f.days ?? null,
    f.who,
  ]);
  if (f.kind === 'not_relevant') {
    // out of every digest not sent yet, with the other outlets' copies of the same story
    await pool.query(
      `DELETE FROM veille.digest_buffer WHERE run_id IS NULL AND story_id IN (SELECT id FROM veille.stories WHERE id = $1 OR ($2::text IS NOT NULL AND cluster_id = $2))`,
      [f.storyId, clusterId],
    );
  }
  if ((f.kind === 'mute_claim' && f.claim) || f.kind === 'mute_source') {
    const target = f.kind === 'mute_claim' ? f.claim! : sourceId;
    await pool.query(
      `INSERT INTO veille.mutes (kind, target, until, who) VALUES ($1, $2, now() + make_interval(days => $3), $4)
       ON CONFLICT (kind, target) DO UPDATE SET until = EXCLUDED.until, who = EXCLUDED.who, created_at = now()`,
      [f.kind === 'mute_claim' ? 'claim' : 'source', target, Math.max(1, f.days ?? 7), f.who],
    );
  }
  return true;
}

export interface RoutingFeedback {
  /** the story, or another outlet's copy of it, was marked not relevant */
  notRelevant: boolean;
  mutedClaims: Set<string>;
  sourceMuted: boolean;
}

/** What feedback says about routing this story now. */
export async function routingFeedback(pool: Pool, story: { id: string; sourceId: string; clusterId: string | null }): Promise<RoutingFeedback> {
  const [marked, mutes] = await Promise.all([
    pool.query(
      `SELECT 1 FROM veille.feedback f JOIN veille.stories s ON s.id = f.story_id
        WHERE f.kind = 'not_relevant' AND (s.id = $1 OR ($2::text IS NOT NULL AND s.cluster_id = $2)) LIMIT 1`,
      [story.id, story.clusterId],
    ),
    pool.query(`SELECT kind, target FROM veille.mutes WHERE until > now()`),
  ]);
  return {
    notRelevant: marked.rows.length > 0,
    mutedClaims: new Set(mutes.rows.filter((m) => m.kind === 'claim').map((m) => m.target as string)),
    sourceMuted: mutes.rows.some((m) => m.kind === 'source' && m.target === story.sourceId),
  };
}

/** Every feedback row with the story it is about, oldest first: labelled data for the matcher. */
export async function exportFeedback(pool: Pool): Promise<Record<string, unknown>[]> {
  const { rows } = await pool.query(
    `SELECT f.created_at, f.who, f.kind, f.claim, f.stance, f.days, s.id AS story_id, s.url, s.title, s.lang, s.text, m.relevance, m.score
       FROM veille.feedback f JOIN veille.stories s ON s.id = f.story_id LEFT JOIN veille.matches m ON m.story_id = s.id
      ORDER BY f.created_at, f.id`,
  );
  return rows.map((r) => ({
    at: new Date(r.created_at).toISOString(),
    who: r.who,
    kind: r.kind,
    ...(r.claim ? { claim: r.claim } : {}),
    ...(r.stance ? { stance: r.stance } : {}),
    ...(r.days ? { days: r.days } : {}),
    story: { id: r.story_id, url: r.url, title: r.title, lang: r.lang, text: r.text },
    matcher: r.score ? { relevance: Number(r.relevance), claims: r.score.claims } : null,
  }));
}

/** The feedback given on one story, newest first (for its page). */
export async function storyFeedback(pool: Pool, storyId: string): Promise<{ kind: string; claim: string | null; stance: string | null; who: string; at: string }[]> {
  const { rows } = await pool.query('SELECT kind, claim, stance, who, created_at FROM veille.feedback WHERE story_id = $1 ORDER BY created_at DESC, id DESC', [storyId]);
  return rows.map((r) => ({ kind: r.kind, claim: r.claim, stance: r.stance, who: r.who, at: new Date(r.created_at).toISOString() }));
}

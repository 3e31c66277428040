-- Issue 9 (fault matrix). Numbered 009 after the issue: other branches' migrations keep their own numbers.

-- Q4: an item is "seen" once polled, but its follow-up (the fetch-article job) is durable only once
-- the story is stored. Until then the row keeps the job's data, so that a queue backend that lost
-- the job (a Redis restarted empty) gets it back from here. Rows from before this migration are done.
ALTER TABLE veille.seen_urls ADD COLUMN follow_up jsonb;
ALTER TABLE veille.seen_urls ADD COLUMN followed_up_at timestamptz DEFAULT now();
CREATE INDEX seen_urls_follow_up_pending ON veille.seen_urls (first_seen_at) WHERE followed_up_at IS NULL;

-- A4: alert_outbox.status gains 'unknown' (the request was sent in full, no answer came: not retried
-- blindly) and an operator's resend is remembered.
ALTER TABLE veille.alert_outbox ADD COLUMN resent_at timestamptz;

-- A5/A6: one row per (digest run, recipient): an accepted recipient is never sent the run again, a
-- deferred one (4xx) is retried alone, a refused one (5xx) is failed for good, and one whose message
-- went out in full without an answer is 'unknown' (never re-sent blindly).
CREATE TABLE veille.digest_deliveries (
  run_id text NOT NULL,
  recipient text NOT NULL,
  status text NOT NULL DEFAULT 'pending',   -- pending | sent | failed | unknown
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, recipient)
);

-- Ops alerts: one row per condition (a source failing, a job failed for good, a delivery unknown,
-- Redis without persistence), sent once and reminded after ops.remind_after.
CREATE TABLE veille.ops_alerts (
  key text PRIMARY KEY,
  kind text NOT NULL,
  message text NOT NULL,
  first_at timestamptz NOT NULL DEFAULT now(),
  last_at timestamptz NOT NULL DEFAULT now(),
  last_sent_at timestamptz,
  occurrences integer NOT NULL DEFAULT 1
);

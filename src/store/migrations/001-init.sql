-- Veille's own state. Always schema-qualified: BullMQ's schema has tables named job, event, meta.
CREATE SCHEMA IF NOT EXISTS veille;

-- fetch state and health of each configured source
CREATE TABLE veille.sources (
  id text PRIMARY KEY,
  etag text,
  last_modified text,
  last_polled_at timestamptz,
  last_success_at timestamptz,
  last_new_item_at timestamptz,
  consecutive_failures integer NOT NULL DEFAULT 0,
  last_error text,
  unhealthy_since timestamptz
);

-- every item a source has ever yielded, by canonical URL and by guid: dedupe across restarts
CREATE TABLE veille.seen_urls (
  canonical_url text PRIMARY KEY,
  source_id text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE veille.seen_guids (
  source_id text NOT NULL,
  guid text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source_id, guid)
);

CREATE TABLE veille.stories (
  id text PRIMARY KEY,                       -- sha1 of the canonical URL
  source_id text NOT NULL,
  url text NOT NULL,
  canonical_url text NOT NULL UNIQUE,
  title text NOT NULL,
  text text NOT NULL,
  summary text NOT NULL DEFAULT '',
  byline text,
  published_at timestamptz,
  lang text,
  site_name text,
  fetched_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE veille.matches (
  story_id text PRIMARY KEY REFERENCES veille.stories (id) ON DELETE CASCADE,
  relevance double precision NOT NULL,
  relevant boolean NOT NULL,
  score jsonb NOT NULL,
  matched_at timestamptz NOT NULL DEFAULT now(),
  routed_at timestamptz
);

-- one row per (story, alert channel): the unique key is the idempotency of instant alerts
CREATE TABLE veille.alert_outbox (
  id text PRIMARY KEY,
  story_id text NOT NULL REFERENCES veille.stories (id) ON DELETE CASCADE,
  channel_id text NOT NULL,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending',   -- pending | sent | failed
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  UNIQUE (story_id, channel_id)
);

-- stories waiting for a digest; run_id is set when a digest run takes them
CREATE TABLE veille.digest_buffer (
  digest_id text NOT NULL,
  story_id text NOT NULL REFERENCES veille.stories (id) ON DELETE CASCADE,
  relevance double precision NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  run_id text,
  PRIMARY KEY (digest_id, story_id)
);
CREATE INDEX digest_buffer_pending ON veille.digest_buffer (digest_id) WHERE run_id IS NULL;

CREATE TABLE veille.digest_runs (
  id text PRIMARY KEY,
  digest_id text NOT NULL,
  period_start timestamptz,
  period_end timestamptz NOT NULL,
  story_count integer NOT NULL,
  status text NOT NULL DEFAULT 'pending',   -- pending | sent
  delivered_to text,                        -- smtp | outbox path
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);

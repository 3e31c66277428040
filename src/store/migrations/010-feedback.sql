-- what readers said about stories in the web app: labelled data, and what it changes at once
CREATE TABLE veille.feedback (
  id bigserial PRIMARY KEY,
  story_id text NOT NULL REFERENCES veille.stories (id) ON DELETE CASCADE,
  kind text NOT NULL,            -- not_relevant | relevant | wrong_stance | mute_claim | mute_source
  claim text,                    -- wrong_stance, mute_claim
  stance text,                   -- wrong_stance: the right one (supports | contradicts | none)
  days integer,                  -- mute_*: for how long
  who text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_story ON veille.feedback (story_id);

-- claims and sources that raise no alert until a date
CREATE TABLE veille.mutes (
  kind text NOT NULL,            -- claim | source
  target text NOT NULL,
  until timestamptz NOT NULL,
  who text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, target)
);

-- the web app's full-text search over titles and text (the expression of src/web/queries.ts)
CREATE INDEX stories_fulltext ON veille.stories USING gin (to_tsvector('simple', title || ' ' || text));
CREATE INDEX stories_fetched ON veille.stories (fetched_at DESC);

-- One story, many outlets: stories that are the same story share a cluster (the id of its first story).
ALTER TABLE veille.stories ADD COLUMN cluster_id text;
CREATE INDEX stories_cluster ON veille.stories (cluster_id);

CREATE TABLE veille.story_signatures (
  story_id text PRIMARY KEY REFERENCES veille.stories (id) ON DELETE CASCADE,
  minhash bigint[],
  entities text[] NOT NULL,
  numbers text[] NOT NULL,
  published_at timestamptz,
  cluster_reason text
);
CREATE INDEX story_signatures_entities ON veille.story_signatures USING gin (entities);
CREATE INDEX story_signatures_published ON veille.story_signatures (published_at);

-- LSH bands of the MinHash signature: stories sharing a band are near-duplicate candidates
CREATE TABLE veille.story_bands (
  band text NOT NULL,
  story_id text NOT NULL REFERENCES veille.stories (id) ON DELETE CASCADE,
  PRIMARY KEY (band, story_id)
);

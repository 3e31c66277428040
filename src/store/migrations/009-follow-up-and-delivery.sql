-- Issue 9 (fault matrix). Numbered 009 after the issue: other branches' migrations keep their own numbers.

-- Q4: an item is "seen" once polled, but its follow-up (the fetch-article job) is durable only once
-- the story is stored. Until then the row keeps the job's data, so that a queue backend that lost
-- the job (a Redis restarted empty) gets it back from here. Rows from before this migration are done.
ALTER TABLE veille.seen_urls ADD COLUMN follow_up jsonb;
ALTER TABLE veille.seen_urls ADD COLUMN followed_up_at timestamptz DEFAULT now();
CREATE INDEX seen_urls_follow_up_pending ON veille.seen_urls (first_seen_at) WHERE followed_up_at IS NULL;

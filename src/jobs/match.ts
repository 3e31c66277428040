import type { Job } from 'bullmq';
import { sameStory, signatureOf } from '../cluster/signature.js';
import { PermanentError, toJobError } from '../lib/errors.js';
import { routeJob } from './job-defs.js';
import { StoryJobData } from './data.js';
import type { Deps } from './deps.js';
import { QUEUE } from './names.js';

/** Score a stored story against the watchlist; store the match; enqueue routing. */
export async function matchStory(job: Job, deps: Deps) {
  const { storyId } = StoryJobData.parse(job.data);
  const log = deps.log.child({ queue: QUEUE.match, jobId: job.id, storyId });
  const story = await deps.store.getStory(storyId);
  if (!story) throw toJobError(new PermanentError(`story ${storyId} is not in the store`));
  const { scorer, loaded } = deps.current();
  const score = await scorer.assess({ title: story.title, text: story.text, lang: story.lang, url: story.url, publishedAt: story.publishedAt });
  const relevant = score.relevance >= loaded.config.matching.relevance_threshold;
  await deps.store.saveMatch(storyId, { ...score, relevant });
  log.info({ title: story.title, url: story.url, relevance: Number(score.relevance.toFixed(3)), relevant, claims: score.claims.length }, 'story matched');
  // clusters matter for alerts and digests: stories that can reach neither are not clustered
  const lowestBar = Math.min(
    loaded.config.matching.relevance_threshold,
    ...loaded.config.digests.map((d) => d.min_relevance),
    ...loaded.config.alerts.map((a) => a.min_score),
  );
  if (score.relevance >= lowestBar || score.claims.length) {
    const cluster = await deps.store.assignCluster(storyId, signatureOf(story, score), sameStory);
    if (cluster.matchedStoryId) log.info({ clusterId: cluster.clusterId, reason: cluster.reason }, 'story joins the cluster of an earlier story');
  }
  const next = routeJob(storyId);
  await deps.queues.queues[QUEUE.route].add(next.name, next.data, next.opts);
  return { relevance: score.relevance, relevant };
}

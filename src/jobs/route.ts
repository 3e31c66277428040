import type { Job } from 'bullmq';
import { decideRoutes } from '../alerts/route.js';
import { routingFeedback } from '../store/feedback.js';
import { PermanentError, toJobError } from '../lib/errors.js';
import { deliverJob } from './job-defs.js';
import { StoryJobData } from './data.js';
import type { Deps } from './deps.js';
import { QUEUE } from './names.js';

/** In one transaction: outbox rows per alert channel, digest-buffer rows; then one delivery job per outbox row. */
export async function routeStory(job: Job, deps: Deps) {
  const { storyId } = StoryJobData.parse(job.data);
  const log = deps.log.child({ queue: QUEUE.route, jobId: job.id, storyId });
  const [story, score, mates] = await Promise.all([deps.store.getStory(storyId), deps.store.getMatch(storyId), deps.store.clusterMates(storyId)]);
  if (!story || !score) throw toJobError(new PermanentError(`story ${storyId} has no stored match`));
  const { loaded } = deps.current();
  // readers' feedback (web app): a story marked not relevant, muted claims and sources raise nothing
  const feedback = await routingFeedback(deps.store.pool, story);
  const heard = { ...score, claims: score.claims.filter((c) => !feedback.mutedClaims.has(c.claim)) };
  const routed = decideRoutes(
    story,
    heard,
    {
      alerts: loaded.config.alerts,
      digests: loaded.config.digests,
      contradictionThreshold: loaded.config.matching.contradiction_threshold,
      publicUrl: loaded.config.web?.public_url,
      sourceNames: Object.fromEntries(loaded.config.sources.flatMap((s) => (s.name ? [[s.id, s.name]] : []))),
    },
    loaded.watchlist,
    mates,
  );
  const decision = feedback.notRelevant ? { ...routed, outbox: [], digests: [] } : feedback.sourceMuted ? { ...routed, outbox: [] } : routed;
  const pending = await deps.store.route(storyId, decision);
  await deps.queues.queues[QUEUE.deliverAlert].addBulk(
    pending.map(deliverJob),
  );
  if (decision.outbox.length || decision.digests.length) {
    log.info({ alerts: decision.outbox.map((o) => o.channelId), digests: decision.digests.map((d) => d.digestId) }, 'story routed');
  }
  return { alerts: pending.length, digests: decision.digests.length };
}

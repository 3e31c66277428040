import type { Job } from 'bullmq';
import type { DiscoveredItem } from '../domain/types.js';
import { errorMessage, isTransient, toJobError } from '../lib/errors.js';
import { jobId } from '../lib/ids.js';
import { sources } from '../sources/registry.js';
import { PollSourceData } from './data.js';
import { findSource, type Deps } from './deps.js';
import { backoffDelay } from './connection.js';
import { QUEUE } from './names.js';

export function toFetchArticleJob(sourceId: string, item: DiscoveredItem) {
  return {
    name: 'fetch-article',
    data: { sourceId, url: item.url, canonicalUrl: item.canonicalUrl, title: item.title, summary: item.summary, publishedAt: item.publishedAt },
    opts: { jobId: jobId('article', item.canonicalUrl) },
  };
}

/** A feed that answers but stops publishing is broken too: say so once, when it has been silent too long. */
async function warnIfSilent(deps: Deps, sourceId: string, silentAfterMs: number | undefined, fresh: number, log: Deps['log']) {
  if (!silentAfterMs || fresh > 0) return;
  const state = await deps.store.getSource(sourceId);
  const since = state?.lastNewItemAt ?? null;
  if (since && Date.now() - Date.parse(since) > silentAfterMs && (await deps.store.markUnhealthy(sourceId))) {
    log.error({ lastNewItemAt: since, silentAfterMs }, 'source unhealthy: silent longer than expected');
    await deps.ops.raise({ key: `source-silent:${sourceId}`, kind: 'source-unhealthy', message: `source ${sourceId} has published nothing new since ${since}` });
  }
}

/** Fetch one source, keep what was never seen, enqueue a fetch-article job per fresh item. */
export async function pollSource(job: Job, deps: Deps, signal?: AbortSignal) {
  const { sourceId, once } = PollSourceData.parse(job.data);
  const log = deps.log.child({ queue: QUEUE.pollSource, jobId: job.id, sourceId });
  const source = findSource(deps, sourceId);
  if (!source || !source.enabled) {
    log.info('source no longer configured; poll skipped');
    return { skipped: true };
  }
  const state = (await deps.store.getSource(sourceId)) ?? { etag: null, lastModified: null };
  try {
    const result = await sources[source.type].fetch(source, {
      fetcher: deps.fetcher,
      state: { etag: state.etag, lastModified: state.lastModified },
      log,
      signal,
    });
    if (result.status === 'not-modified') {
      await deps.store.recordPollSuccess(sourceId, { etag: null, lastModified: null, newItems: 0, notModified: true });
      log.debug('source not modified');
      return { fetched: 0, fresh: 0, notModified: true };
    }
    const fresh = await deps.store.filterUnseen(sourceId, result.items);
    const jobs = fresh.map((item) => toFetchArticleJob(sourceId, item));
    // enqueue before marking seen (a crash in between re-enqueues next poll; job ids dedupe), and keep
    // each job's data with its seen row until the story is stored: a queue that loses the job
    // (Redis back empty) gets it again from `recover`
    await deps.queues.queues[QUEUE.fetchArticle].addBulk(jobs);
    await deps.store.markSeen(sourceId, fresh, jobs);
    await deps.store.recordPollSuccess(sourceId, {
      etag: result.etag,
      lastModified: result.lastModified,
      newItems: fresh.length,
      notModified: false,
    });
    await deps.ops.clear(`source-unhealthy:${sourceId}`);
    await warnIfSilent(deps, sourceId, source.silent_after, fresh.length, log);
    if (result.skipped) log.warn({ skipped: result.skipped }, 'feed items without a usable link were skipped');
    log.info({ fetched: result.items.length, fresh: fresh.length }, 'source polled');
    return { fetched: result.items.length, fresh: fresh.length };
  } catch (err) {
    const reason = errorMessage(err);
    const failures = await deps.store.recordPollFailure(sourceId, reason);
    log.warn({ reason, failures, transient: isTransient(err) }, 'source poll failed');
    const limit = deps.current().loaded.config.health.max_consecutive_failures;
    if (failures >= limit && (await deps.store.markUnhealthy(sourceId))) {
      log.error({ reason, failures }, 'source unhealthy: failing repeatedly');
    }
    if (failures >= limit) {
      // de-duplicated by the ops ledger: once, then a reminder after ops.remind_after
      await deps.ops.raise({ key: `source-unhealthy:${sourceId}`, kind: 'source-unhealthy', message: `source ${sourceId} failed ${failures} polls in a row: ${reason}` });
    }
    // a transient failure (timeout, 429, 5xx) is polled again after the server's Retry-After or an
    // exponential backoff, as long as that comes before the next scheduled poll and the source is not
    // yet unhealthy (`veille once` polls each source once); a permanent one (404, 410, unparsable) waits
    // for the schedule
    if (isTransient(err) && failures < limit && !once) {
      const delay = backoffDelay(failures, undefined, err as Error);
      if (delay < source.every) {
        await deps.queues.queues[QUEUE.pollSource].add('poll-source', { sourceId }, { jobId: jobId('poll-retry', sourceId, String(failures)), delay, attempts: 1 });
        log.info({ delayMs: delay, failures }, 'source poll will be retried');
      }
    }
    throw toJobError(err);
  }
}

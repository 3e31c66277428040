import type { VeilleConfig } from '../config/schema.js';
import type { QueueSet } from './connection.js';
import { QUEUE } from './names.js';

const SOURCE_PREFIX = 'source-';
const DIGEST_PREFIX = 'digest-';

export interface SyncResult {
  upserted: string[];
  removed: string[];
}

/** Config owns the schedules: one job scheduler per source (`every`) and per digest (cron + tz); stale ones removed. */
export async function syncSchedules(queues: QueueSet, config: VeilleConfig): Promise<SyncResult> {
  const upserted: string[] = [];
  const removed: string[] = [];
  const polls = queues.queues[QUEUE.pollSource];
  const digests = queues.queues[QUEUE.sendDigest];

  const wantedSources = config.sources.filter((s) => s.enabled);
  for (const source of wantedSources) {
    const id = `${SOURCE_PREFIX}${source.id}`;
    await polls.upsertJobScheduler(id, { every: source.every }, { name: 'poll-source', data: { sourceId: source.id }, opts: { attempts: 1 } });
    upserted.push(id);
  }
  const wantedDigests = config.digests.filter((d) => d.enabled);
  for (const digest of wantedDigests) {
    const id = `${DIGEST_PREFIX}${digest.id}`;
    await digests.upsertJobScheduler(id, { pattern: digest.cron, tz: digest.tz }, { name: 'send-digest', data: { digestId: digest.id } });
    upserted.push(id);
  }

  const keep = new Set(upserted);
  for (const queue of [polls, digests]) {
    const existing = await queue.getJobSchedulers(0, -1);
    for (const scheduler of existing) {
      const id = scheduler.key ?? (scheduler as { id?: string }).id;
      if (id && !keep.has(id) && (id.startsWith(SOURCE_PREFIX) || id.startsWith(DIGEST_PREFIX))) {
        await queue.removeJobScheduler(id);
        removed.push(id);
      }
    }
  }
  return { upserted, removed };
}

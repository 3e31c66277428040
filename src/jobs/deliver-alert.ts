import type { Job } from 'bullmq';
import { deliverAlert as sendToChannel } from '../alerts/registry.js';
import type { Alert } from '../domain/types.js';
import { errorMessage, isTransient, toJobError } from '../lib/errors.js';
import { DeliverAlertData } from './data.js';
import type { Deps } from './deps.js';
import { QUEUE } from './names.js';

const ALERT_TIMEOUT_MS = 15_000;

/** Send one outbox row to its channel. The outbox status is the ledger: a sent row is never sent again. */
export async function deliverAlert(job: Job, deps: Deps, signal?: AbortSignal) {
  const { outboxId } = DeliverAlertData.parse(job.data);
  const row = await deps.store.getOutbox(outboxId);
  const log = deps.log.child({ queue: QUEUE.deliverAlert, jobId: job.id, outboxId, channelId: row?.channelId });
  if (!row) {
    log.warn('outbox row missing; nothing to deliver');
    return { skipped: 'missing' };
  }
  if (row.status !== 'pending') {
    log.debug({ status: row.status }, 'alert already handled');
    return { skipped: row.status };
  }
  const channel = deps.current().loaded.config.alerts.find((a) => a.id === row.channelId);
  if (!channel || !channel.enabled) {
    await deps.store.markOutboxFailed(outboxId, 'alert channel no longer configured');
    log.warn('alert channel no longer configured; alert dropped');
    return { skipped: 'channel-removed' };
  }
  const alert = row.payload as Alert;
  try {
    await sendToChannel(alert, channel, { deliveryId: outboxId, timeoutMs: ALERT_TIMEOUT_MS, signal });
  } catch (err) {
    const reason = errorMessage(err);
    if (isTransient(err)) {
      await deps.store.recordOutboxAttempt(outboxId, reason);
      log.warn({ reason, attempt: job.attemptsMade + 1 }, 'alert delivery failed; will retry');
    } else {
      await deps.store.markOutboxFailed(outboxId, reason);
      log.error({ reason }, 'alert delivery refused; not retried');
    }
    throw toJobError(err);
  }
  await deps.store.markOutboxSent(outboxId);
  log.info({ kind: alert.kind, storyId: alert.story.id }, 'alert delivered');
  return { delivered: true };
}

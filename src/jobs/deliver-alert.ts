import type { Job } from 'bullmq';
import { deliverAlert as sendToChannel } from '../alerts/registry.js';
import type { Alert } from '../domain/types.js';
import { AmbiguousDeliveryError, errorMessage, isTransient, toJobError } from '../lib/errors.js';
import { DeliverAlertData } from './data.js';
import type { Deps } from './deps.js';
import { QUEUE } from './names.js';

/**
 * Send one outbox row to its channel. The outbox status is the ledger: a sent row is never sent
 * again, and an `unknown` one (sent in full, no answer) waits for an operator's resend.
 */
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
    await sendToChannel(alert, channel, { deliveryId: outboxId, timeoutMs: channel.timeout, signal });
  } catch (err) {
    const reason = errorMessage(err);
    if (err instanceof AmbiguousDeliveryError) {
      // it may have been posted: a blind retry could post it twice (see README, "Reliability")
      await deps.store.markOutboxUnknown(outboxId, reason);
      log.error({ reason }, 'alert delivery unknown; not retried (veille alerts resend)');
    } else if (isTransient(err)) {
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

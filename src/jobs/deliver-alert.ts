import type { Job } from 'bullmq';
import { deliverAlert as sendToChannel } from '../alerts/registry.js';
import type { AlertConfig } from '../config/schema.js';
import type { Alert } from '../domain/types.js';
import { AmbiguousDeliveryError, errorMessage, isTransient, toJobError } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import type { Store } from '../store/store.js';
import { DeliverAlertData } from './data.js';
import type { Deps } from './deps.js';
import { QUEUE } from './names.js';

export interface OutboxDelivery {
  store: Store;
  alerts: AlertConfig[];
  log: Logger;
  /** told about a delivery left unknown (A4) */
  onUnknown?: (outboxId: string, channelId: string, reason: string) => Promise<void>;
  signal?: AbortSignal;
  /** the job's attempt number, for the log */
  attempt?: number;
}

/**
 * Send one outbox row to its channel. The outbox status is the ledger: a sent row is never sent
 * again, and an `unknown` one (sent in full, no answer) waits for an operator's resend. Throws what
 * the queue should do: TransientError (retry) or a permanent error.
 */
export async function deliverOutboxRow(outboxId: string, d: OutboxDelivery) {
  const row = await d.store.getOutbox(outboxId);
  const log = d.log.child({ outboxId, channelId: row?.channelId });
  if (!row) {
    log.warn('outbox row missing; nothing to deliver');
    return { skipped: 'missing' };
  }
  if (row.status !== 'pending') {
    log.debug({ status: row.status }, 'alert already handled');
    return { skipped: row.status };
  }
  const channel = d.alerts.find((a) => a.id === row.channelId);
  if (!channel || !channel.enabled) {
    await d.store.markOutboxFailed(outboxId, 'alert channel no longer configured');
    log.warn('alert channel no longer configured; alert dropped');
    return { skipped: 'channel-removed' };
  }
  const alert = row.payload as Alert;
  try {
    await sendToChannel(alert, channel, { deliveryId: outboxId, timeoutMs: channel.timeout, signal: d.signal });
  } catch (err) {
    const reason = errorMessage(err);
    if (err instanceof AmbiguousDeliveryError) {
      // it may have been posted: a blind retry could post it twice (README, "Reliability")
      await d.store.markOutboxUnknown(outboxId, reason);
      log.error({ reason }, 'alert delivery unknown; not retried (veille alerts resend)');
      await d.onUnknown?.(outboxId, row.channelId, reason);
    } else if (isTransient(err)) {
      await d.store.recordOutboxAttempt(outboxId, reason);
      log.warn({ reason, attempt: d.attempt }, 'alert delivery failed; will retry');
    } else {
      await d.store.markOutboxFailed(outboxId, reason);
      log.error({ reason }, 'alert delivery refused; not retried');
    }
    throw err;
  }
  await d.store.markOutboxSent(outboxId);
  log.info({ kind: alert.kind, storyId: alert.story.id }, 'alert delivered');
  return { delivered: true };
}

/** The job adapter around deliverOutboxRow. */
export async function deliverAlert(job: Job, deps: Deps, signal?: AbortSignal) {
  const { outboxId } = DeliverAlertData.parse(job.data);
  const log = deps.log.child({ queue: QUEUE.deliverAlert, jobId: job.id });
  try {
    const onUnknown = (id: string, channelId: string, reason: string) =>
      deps.ops.raise({ key: `alert-unknown:${id}`, kind: 'delivery-unknown', message: `alert ${id} to ${channelId} may or may not have been posted (${reason}); check, then veille alerts resend ${id}` });
    return await deliverOutboxRow(outboxId, { store: deps.store, alerts: deps.current().loaded.config.alerts, log, signal, attempt: job.attemptsMade + 1, onUnknown });
  } catch (err) {
    throw toJobError(err);
  }
}

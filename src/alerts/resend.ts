import type { AlertConfig } from '../config/schema.js';
import { errorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { deliverOutboxRow } from '../jobs/deliver-alert.js';
import type { Store } from '../store/store.js';

export interface ResendResult {
  id: string;
  outcome: 'sent' | 'unknown' | 'failed' | 'pending';
  reason?: string;
}

/**
 * An operator's resend of alerts whose delivery is `unknown` (or `failed`): after checking the
 * channel, they ask for it once more. Each row goes back to pending and is delivered now; a row
 * that fails transiently stays pending for the worker's recovery.
 */
export async function resendAlerts(store: Store, alerts: AlertConfig[], which: string[] | 'all-unknown', log: Logger): Promise<ResendResult[]> {
  const ids = await store.resendOutbox(which);
  const results: ResendResult[] = [];
  for (const id of ids) {
    log.info({ outboxId: id }, 'alert resend requested');
    try {
      await deliverOutboxRow(id, { store, alerts, log });
      results.push({ id, outcome: 'sent' });
    } catch (err) {
      const row = await store.getOutbox(id);
      results.push({ id, outcome: (row?.status ?? 'failed') as ResendResult['outcome'], reason: errorMessage(err) });
    }
  }
  return results;
}

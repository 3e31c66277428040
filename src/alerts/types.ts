import type { AlertConfig } from '../config/schema.js';
import type { Alert } from '../domain/types.js';

export interface DeliveryContext {
  /** stable id of this delivery: the same on every retry (Standard Webhooks `webhook-id`) */
  deliveryId: string;
  /** deadline for the HTTP request, ms */
  timeoutMs: number;
  signal?: AbortSignal;
  now?: () => Date;
}

/** An instant notifier: pure render, then send. Errors are TransientError (retry) or PermanentError. */
export interface Notifier<C extends AlertConfig = AlertConfig, R = unknown> {
  type: C['type'];
  description: string;
  /** pure; `channel` gives per-channel presentation (time zone) */
  render(alert: Alert, channel?: C): R;
  send(rendered: R, channel: C, ctx: DeliveryContext): Promise<void>;
}

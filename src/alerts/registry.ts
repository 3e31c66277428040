import type { AlertConfig } from '../config/schema.js';
import type { Alert } from '../domain/types.js';
import { PermanentError } from '../lib/errors.js';
import { slackNotifier } from './slack.js';
import type { DeliveryContext } from './types.js';
import { webhookNotifier } from './webhook.js';

/** Every instant notifier, one line each; keys are the `type` of an alert channel in config. */
export const notifiers = {
  slack: slackNotifier,
  webhook: webhookNotifier,
};

export type NotifierType = keyof typeof notifiers;

/** Render an alert for its channel and send it. Throws TransientError or PermanentError. */
export async function deliverAlert(alert: Alert, channel: AlertConfig, ctx: DeliveryContext): Promise<void> {
  switch (channel.type) {
    case 'slack':
      return notifiers.slack.send(notifiers.slack.render(alert, channel), channel, ctx);
    case 'webhook':
      return notifiers.webhook.send(notifiers.webhook.render(alert), channel, ctx);
    default: {
      const unknown: never = channel;
      throw new PermanentError(`no notifier for channel type ${JSON.stringify((unknown as { type?: unknown }).type)}`);
    }
  }
}

import nodemailer from 'nodemailer';
import { postJson } from '../alerts/http.js';
import { escapeSlack } from '../alerts/slack.js';
import { webhookHeaders } from '../alerts/webhook.js';
import type { VeilleConfig } from '../config/schema.js';
import { errorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import type { Store } from '../store/store.js';

/** What ops must hear about, not only read in a log. */
export type OpsAlertKind = 'source-unhealthy' | 'job-failed' | 'delivery-unknown' | 'delivery-failed' | 'queue-durability' | 'unsubscribe';

export interface OpsAlert {
  /** the condition's identity: one alert per key, reminded after ops.remind_after */
  key: string;
  kind: OpsAlertKind;
  /** one line a person can act on */
  message: string;
}

export interface OpsAlerts {
  raise(alert: OpsAlert): Promise<void>;
  /** the condition is over: the next occurrence alerts at once */
  clear(key: string): Promise<void>;
}

export interface OpsAlertsDeps {
  store: Store;
  config: () => VeilleConfig;
  smtpUrl?: string;
  log: Logger;
}

/**
 * Ops alerts to the `ops:` channels (Slack, webhook, e-mail), de-duplicated in the store: a
 * condition is sent once, then again only after `ops.remind_after` if it is still there. Every
 * raised alert is also logged at error level; a channel that fails is logged, never thrown.
 */
export function createOpsAlerts(deps: OpsAlertsDeps): OpsAlerts {
  return {
    async raise(alert) {
      const ops = deps.config().ops;
      let send: boolean;
      try {
        send = await deps.store.claimOpsAlert(alert.key, alert.kind, alert.message, ops.remind_after);
      } catch (err) {
        deps.log.warn({ key: alert.key, reason: errorMessage(err) }, 'ops alert not recorded');
        send = true;
      }
      if (!send) return;
      deps.log.error({ key: alert.key, kind: alert.kind, reason: alert.message }, 'ops alert');
      await Promise.all(channelsOf(ops, deps).map((deliver) => deliver(alert).catch((err) => deps.log.warn({ key: alert.key, reason: errorMessage(err) }, 'ops alert delivery failed'))));
    },
    async clear(key) {
      await deps.store.clearOpsAlert(key).catch(() => {});
    },
  };
}

type Deliver = (alert: OpsAlert) => Promise<void>;

function channelsOf(ops: VeilleConfig['ops'], deps: OpsAlertsDeps): Deliver[] {
  const ctx = { deliveryId: '', timeoutMs: ops.timeout };
  const channels: Deliver[] = [];
  if (ops.slack_webhook_url) {
    const url = ops.slack_webhook_url;
    channels.push((a) => postJson(url, JSON.stringify({ text: `:rotating_light: Veille ops (${a.kind}): ${escapeSlack(a.message)}` }), {}, ctx, 'ops Slack'));
  }
  if (ops.webhook_url) {
    const url = ops.webhook_url;
    channels.push((a) => {
      const at = new Date();
      const body = JSON.stringify({ type: 'veille.ops', key: a.key, kind: a.kind, message: a.message, at: at.toISOString() });
      const id = `ops-${a.key}-${at.getTime()}`.replace(/[^A-Za-z0-9._-]/g, '-');
      return postJson(url, body, webhookHeaders(ops.webhook_secret, id, Math.floor(at.getTime() / 1000), body), ctx, 'ops webhook');
    });
  }
  const smtpUrl = deps.smtpUrl || deps.config().smtp.url;
  if (ops.email.length > 0 && smtpUrl) {
    channels.push(async (a) => {
      const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: ops.timeout, greetingTimeout: ops.timeout, socketTimeout: ops.timeout });
      try {
        await transport.sendMail({
          from: deps.config().smtp.from,
          to: ops.email,
          subject: `Veille ops: ${a.kind}`,
          text: `${a.message}\n\n(${a.key}; reminded every ${Math.round(ops.remind_after / 3_600_000)} h while it lasts)`,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      } finally {
        transport.close();
      }
    });
  }
  return channels;
}

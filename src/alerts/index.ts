export type { DeliveryContext, Notifier } from './types.js';
export { KIND_LABEL, kindOf, safeHttpUrl } from './format.js';
export { clampMrkdwn, escapeSlack, renderSlack, sendSlack, slackLink, slackNotifier } from './slack.js';
export type { SlackBlock, SlackChannel, SlackMessage } from './slack.js';
export { renderWebhook, sendWebhook, signWebhook, verifyWebhook, webhookHeaders, webhookKey, webhookNotifier } from './webhook.js';
export type { WebhookChannel, WebhookPayload } from './webhook.js';
export { deliverAlert, notifiers } from './registry.js';
export type { NotifierType } from './registry.js';
export * from './email/index.js';

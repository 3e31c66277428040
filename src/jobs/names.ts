/** Every arrow of the pipeline is one of these queues. */
export const QUEUE = {
  pollSource: 'poll-source',
  fetchArticle: 'fetch-article',
  match: 'match',
  route: 'route',
  deliverAlert: 'deliver-alert',
  sendDigest: 'send-digest',
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
export const QUEUE_NAMES: QueueName[] = Object.values(QUEUE);

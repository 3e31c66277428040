import { jobId } from '../lib/ids.js';

/**
 * The jobs that carry a story from one stage to the next, with their content-derived ids. The stage
 * adapters and crash recovery build them here, so a recovered job has the id of the one it replaces.
 */
export const matchJob = (storyId: string) => ({ name: 'match', data: { storyId }, opts: { jobId: jobId('match', storyId) } });
export const routeJob = (storyId: string) => ({ name: 'route', data: { storyId }, opts: { jobId: jobId('route', storyId) } });
export const deliverJob = (outboxId: string) => ({ name: 'deliver-alert', data: { outboxId }, opts: { jobId: jobId('deliver', outboxId) } });

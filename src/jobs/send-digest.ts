import type { Job } from 'bullmq';
import { digestContext, sendDigest } from '../digest/run-digest.js';
import { errorMessage, toJobError } from '../lib/errors.js';
import { SendDigestData } from './data.js';
import type { Deps } from './deps.js';
import { QUEUE } from './names.js';

/** Send one digest e-mail with the stories pending since the last one. */
export async function sendDigestJob(job: Job, deps: Deps, signal?: AbortSignal) {
  const { digestId } = SendDigestData.parse(job.data);
  const log = deps.log.child({ queue: QUEUE.sendDigest, jobId: job.id, digestId });
  const { loaded } = deps.current();
  const config = loaded.config.digests.find((d) => d.id === digestId);
  if (!config || !config.enabled) {
    log.info('digest no longer configured; skipped');
    return { skipped: true };
  }
  try {
    const outcome = await sendDigest(config, { ...digestContext(loaded, deps), signal });
    if (outcome.deliveredTo === 'skipped-empty') log.info('nothing new for this digest; not sent');
    else if (outcome.deliveredTo === 'smtp') log.info({ stories: outcome.stories, runId: outcome.runId }, 'digest sent');
    else log.info({ stories: outcome.stories, path: outcome.deliveredTo }, 'digest written to the outbox (no SMTP configured)');
    for (const r of outcome.recipients ?? []) {
      if (r.status === 'failed') {
        log.error({ recipient: r.address, reason: r.reason, runId: outcome.runId }, 'digest recipient refused; not retried');
        await deps.ops.raise({ key: `digest-failed:${outcome.runId}:${r.address}`, kind: 'delivery-failed', message: `digest ${digestId} was refused for ${r.address}: ${r.reason ?? 'refused'}` });
      }
      if (r.status === 'unknown') {
        log.error({ recipient: r.address, reason: r.reason, runId: outcome.runId }, 'digest delivery unknown for a recipient; not re-sent (veille digest resend)');
        await deps.ops.raise({
          key: `digest-unknown:${outcome.runId}:${r.address}`,
          kind: 'delivery-unknown',
          message: `digest ${digestId} to ${r.address} may or may not have arrived (${r.reason ?? 'no answer'}); check, then veille digest resend ${digestId}`,
        });
      }
    }
    return outcome;
  } catch (err) {
    log.warn({ reason: errorMessage(err) }, 'digest delivery failed');
    throw toJobError(err);
  }
}

import { AmbiguousDeliveryError, TransientError, errorMessage } from '../../lib/errors.js';
import type { RenderedEmail } from './render-digest.js';
import { sendDigestEmail, type RecipientOutcome, type SendDigestOptions, type SendDigestResult } from './send-digest.js';

/** What the per-recipient ledger of a digest run needs from the store. */
export interface RecipientLedger {
  /** the recipients of a run with their status, created `pending` on the first call */
  digestRecipients(runId: string, to: string[]): Promise<{ recipient: string; status: string }[]>;
  recordDigestRecipients(runId: string, outcomes: RecipientOutcome[]): Promise<void>;
}

export interface RunDelivery extends SendDigestResult {
  /** every recipient of the run after this attempt, including those done by earlier attempts */
  recipients: RecipientOutcome[];
}

/**
 * Send a digest run to the recipients it has not reached yet, and record each one (A5/A6): an
 * accepted recipient is never sent this run again; a refused one (5xx) is failed for good; a
 * deferred one (4xx) stays pending and the attempt throws TransientError, so that the retry sends
 * to it alone; a message that went out in full without an answer makes its recipients `unknown`
 * (an operator resends with `veille digest resend`). Without SMTP the outbox file is written as before.
 */
export async function deliverDigestRun(ledger: RecipientLedger, runId: string, rendered: RenderedEmail, opts: SendDigestOptions): Promise<RunDelivery> {
  if (!opts.smtpUrl) {
    const result = await sendDigestEmail(rendered, opts);
    return { ...result, recipients: opts.to.map((address) => ({ address, status: 'sent' })) };
  }
  const before = await ledger.digestRecipients(runId, opts.to);
  const pending = before.filter((r) => r.status === 'pending').map((r) => r.recipient);
  let attempt: RecipientOutcome[] = [];
  let result: SendDigestResult = { delivered: 'smtp', messageId: '' };
  if (pending.length > 0) {
    try {
      result = await sendDigestEmail(rendered, { ...opts, to: pending });
      attempt = result.recipients ?? pending.map((address) => ({ address, status: 'sent' }));
    } catch (err) {
      if (!(err instanceof AmbiguousDeliveryError)) throw err; // nothing reached anyone: the run stays as it was
      attempt = pending.map((address) => ({ address, status: 'unknown', reason: errorMessage(err) }));
    }
    await ledger.recordDigestRecipients(runId, attempt);
  }
  const latest = new Map(attempt.map((o) => [o.address, o]));
  const recipients = before.map((r): RecipientOutcome => latest.get(r.recipient) ?? { address: r.recipient, status: r.status as RecipientOutcome['status'] });
  const deferred = attempt.filter((o) => o.status === 'deferred');
  if (deferred.length > 0) {
    const named = (list: RecipientOutcome[]) => list.map((o) => `${o.address} (${o.reason ?? o.status})`).join(', ');
    const refused = attempt.filter((o) => o.status === 'failed' || o.status === 'unknown');
    throw new TransientError(`SMTP deferred ${named(deferred)}; retrying those recipients only${refused.length ? `; refused for good: ${named(refused)}` : ''}`);
  }
  return { ...result, recipients };
}

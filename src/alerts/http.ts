import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { AmbiguousDeliveryError, PermanentError, TransientError, errorMessage, isTransient, parseRetryAfter } from '../lib/errors.js';
import { requestSent } from './request-sent.js';
import type { DeliveryContext } from './types.js';

const BODY_SNIPPET_CHARS = 200; // enough for Slack's "invalid_payload" or a JSON error, short enough for a log line
const MAX_RESPONSE_BYTES = 64 * 1024; // a webhook answer is a status word; never buffer a whole page

/**
 * POST a JSON body and decide what the answer means: 2xx is delivered; 429, 408 and 5xx are
 * TransientError (with Retry-After when given); anything else is PermanentError naming the status
 * and the start of the body. `what` names the channel, never its URL (Slack URLs carry a secret).
 * A failure after the whole request was sent and before any answer (the receiver read the body,
 * then stalled or reset) is AmbiguousDeliveryError: it may have been posted, so it is not retried.
 */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  ctx: DeliveryContext,
  what: string,
): Promise<void> {
  const timeout = AbortSignal.timeout(ctx.timeoutMs);
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
  let response: Awaited<ReturnType<typeof request>>;
  const attempt = randomUUID();
  const sent = requestSent.watch(attempt);
  try {
    response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Veille/0.1', ...headers, [requestSent.header]: attempt },
      body,
      signal,
      headersTimeout: ctx.timeoutMs,
      bodyTimeout: ctx.timeoutMs,
    });
  } catch (err) {
    if (sent.done()) {
      throw new AmbiguousDeliveryError(`${what} got the whole request but never answered (${errorMessage(err)}): it may have been posted`, { cause: err });
    }
    if (isTransient(err)) throw new TransientError(`${what} unreachable: ${errorMessage(err)}`, undefined, { cause: err });
    throw new PermanentError(`${what} request failed: ${errorMessage(err)}`, { cause: err });
  } finally {
    sent.stop();
  }

  const status = response.statusCode;
  const snippet = await readSnippet(response.body);
  if (status >= 200 && status < 300) return;

  const detail = snippet ? `: ${snippet}` : '';
  if (status === 429 || status === 408 || status >= 500) {
    const retryAfter = headerValue(response.headers['retry-after']);
    throw new TransientError(`${what} answered HTTP ${status}${detail}`, parseRetryAfter(retryAfter));
  }
  const hint = status >= 300 && status < 400 ? ' (redirects are not followed: fix the URL)' : '';
  throw new PermanentError(`${what} answered HTTP ${status}${detail}${hint}`);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readSnippet(body: AsyncIterable<Buffer | string> & { destroy?: () => unknown }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(buf);
      size += buf.length;
      if (size >= MAX_RESPONSE_BYTES) {
        body.destroy?.();
        break;
      }
    }
  } catch {
    // the status already says what happened; a broken body only loses the snippet
  }
  const text = Buffer.concat(chunks).toString('utf8').replace(/\s+/g, ' ').trim();
  return text.length > BODY_SNIPPET_CHARS ? `${text.slice(0, BODY_SNIPPET_CHARS)}…` : text;
}

import diagnosticsChannel from 'node:diagnostics_channel';

/**
 * Whether undici finished writing a request (its body included) to the socket, as undici's own
 * `undici:request:bodySent` diagnostics channel reports it. Requests are told apart by a header
 * carrying a fresh id per attempt, so that a failure can be classified: before the request was
 * sent, nothing reached the receiver and a retry is safe; after, the receiver may have acted on it.
 */
const HEADER = 'x-veille-attempt';
const watched = new Map<string, boolean>();
let subscribed = false;

function attemptOf(headers: unknown): string | undefined {
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) if (String(headers[i]).toLowerCase() === HEADER) return String(headers[i + 1]);
    return undefined;
  }
  if (typeof headers === 'string') return new RegExp(`^${HEADER}: *(\\S+)`, 'im').exec(headers)?.[1];
  return undefined;
}

function onBodySent(message: unknown): void {
  const id = attemptOf((message as { request?: { headers?: unknown } })?.request?.headers);
  if (id !== undefined && watched.has(id)) watched.set(id, true);
}

export const requestSent = {
  header: HEADER,
  /** Start watching one attempt; `done()` says whether its request was sent in full; `stop()` forgets it. */
  watch(id: string): { done(): boolean; stop(): void } {
    if (!subscribed) {
      diagnosticsChannel.subscribe('undici:request:bodySent', onBodySent);
      subscribed = true;
    }
    watched.set(id, false);
    return { done: () => watched.get(id) === true, stop: () => void watched.delete(id) };
  },
};

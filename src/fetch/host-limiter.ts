/** Releases a slot taken with `acquire`; calling it twice is harmless. */
export type Release = () => void;

export interface HostLimiter {
  /** Waits for a free slot for `host` (and the politeness delay since the last start there). */
  acquire(host: string, signal?: AbortSignal): Promise<Release>;
}

interface HostState {
  active: number;
  waiters: (() => void)[];
  /** earliest time the next request to this host may start */
  nextStartAt: number;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? Object.assign(new Error('aborted'), { name: 'AbortError' });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A small semaphore per host, plus an optional minimum gap between request starts to the same host. */
export function createHostLimiter(concurrency: number, politenessDelayMs = 0): HostLimiter {
  const hosts = new Map<string, HostState>();

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) hosts.set(host, (state = { active: 0, waiters: [], nextStartAt: 0 }));
    return state;
  };

  /** Hands the slot to the first waiter, or frees it. */
  const releaseSlot = (host: string, state: HostState) => {
    const next = state.waiters.shift();
    if (next) return next();
    state.active--;
    if (state.active === 0 && state.nextStartAt <= Date.now()) hosts.delete(host);
  };

  const waitForSlot = (state: HostState, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        state.waiters.splice(state.waiters.indexOf(wake), 1);
        reject(abortReason(signal!));
      };
      state.waiters.push(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });

  return {
    async acquire(host, signal) {
      const state = stateOf(host);
      if (state.active < concurrency) state.active++;
      else await waitForSlot(state, signal); // the slot is handed over by releaseSlot
      let released = false;
      const release: Release = () => {
        if (released) return;
        released = true;
        releaseSlot(host, state);
      };
      const now = Date.now();
      const wait = state.nextStartAt - now;
      state.nextStartAt = Math.max(now, state.nextStartAt) + politenessDelayMs;
      if (wait > 0) {
        try {
          await sleep(wait, signal);
        } catch (err) {
          release();
          throw err;
        }
      }
      return release;
    },
  };
}

/** Releases a slot taken with `acquire`; calling it twice is harmless. */
export type Release = () => void;

export interface HostLimiter {
  /**
   * Waits for a free slot for `host`, then for the politeness delay: a request starts no sooner than
   * the delay after the latest start and after the latest finish there. `delayMs` (a robots.txt
   * Crawl-delay) only ever lengthens the limiter's own delay.
   */
  acquire(host: string, signal?: AbortSignal, delayMs?: number): Promise<Release>;
}

interface HostState {
  active: number;
  waiters: (() => void)[];
  /** start time of the latest request that started (ms since epoch; 0: none yet) */
  lastStartAt: number;
  /** latest start time reserved by a request still waiting for its delay; spaces the newcomers */
  reservedAt: number;
  /** time the latest request to this host that started released its slot */
  lastFinishAt: number;
  /** the delay used by the latest acquire: the state can be dropped once it has passed */
  lastDelayMs: number;
}

/** Above this many hosts, idle ones whose delay has passed are dropped when a new host arrives. */
const SWEEP_ABOVE_HOSTS = 256;

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

const isIdle = (state: HostState, now: number) =>
  state.active === 0 && state.waiters.length === 0 && Math.max(state.lastStartAt, state.lastFinishAt, state.reservedAt) + state.lastDelayMs <= now;

/** A small semaphore per host, plus an optional minimum gap before each request to the same host. */
export function createHostLimiter(concurrency: number, politenessDelayMs = 0): HostLimiter {
  const hosts = new Map<string, HostState>();

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (state) return state;
    if (hosts.size >= SWEEP_ABOVE_HOSTS) {
      const now = Date.now();
      for (const [name, s] of hosts) if (isIdle(s, now)) hosts.delete(name);
    }
    hosts.set(host, (state = { active: 0, waiters: [], lastStartAt: 0, lastFinishAt: 0, reservedAt: 0, lastDelayMs: 0 }));
    return state;
  };

  /** Hands the slot to the first waiter, or frees it. */
  const releaseSlot = (host: string, state: HostState, started: boolean) => {
    if (started) state.lastFinishAt = Date.now();
    const next = state.waiters.shift();
    if (next) return next();
    state.active--;
    if (isIdle(state, Date.now())) hosts.delete(host);
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
    async acquire(host, signal, delayMs = 0) {
      const state = stateOf(host);
      if (state.active < concurrency) state.active++;
      else await waitForSlot(state, signal); // the slot is handed over by releaseSlot
      let released = false;
      let started = false;
      const release: Release = () => {
        if (released) return;
        released = true;
        releaseSlot(host, state, started);
      };
      const delay = Math.max(politenessDelayMs, delayMs);
      state.lastDelayMs = delay;
      /** no sooner than the delay after the latest start and the latest finish (0: the host is new) */
      const earliest = (...times: number[]) => (times.some((t) => t > 0) ? Math.max(...times) + delay : 0);
      let startAt = Math.max(Date.now(), earliest(state.lastStartAt, state.lastFinishAt, state.reservedAt));
      state.reservedAt = Math.max(state.reservedAt, startAt); // the next newcomer spaces itself from this start
      // with spare slots, another request may start or finish while this one sleeps: look again on waking
      for (let wait = startAt - Date.now(); wait > 0; wait = startAt - Date.now()) {
        try {
          await sleep(wait, signal);
        } catch (err) {
          release();
          throw err;
        }
        startAt = Math.max(startAt, earliest(state.lastStartAt, state.lastFinishAt));
      }
      started = true;
      state.lastStartAt = Date.now();
      return release;
    },
  };
}

import type { Logger } from './logger.js';

export interface StopSignal {
  /** resolves on the first SIGINT or SIGTERM */
  readonly stopped: Promise<string>;
  readonly requested: boolean;
  /** remove the handlers (once shutdown is over) */
  dispose(): void;
}

/**
 * SIGINT/SIGTERM, handled from the first line of `veille start` to its last: the first signal asks
 * for a clean shutdown; later ones (tsx relays a second SIGINT when the child is slow to acknowledge
 * the first, Q7) are logged and ignored, never the default "die now" that would leave the embedded
 * database's lock behind. Shutdown has its own deadline, so a stuck job cannot keep it from ending.
 */
export function onStopSignal(log: Logger): StopSignal {
  let requested = false;
  let resolve!: (signal: string) => void;
  const stopped = new Promise<string>((r) => (resolve = r));
  const handler = (signal: NodeJS.Signals) => {
    if (requested) {
      log.info({ signal }, 'already shutting down; signal ignored');
      return;
    }
    requested = true;
    log.info({ signal }, 'shutting down');
    resolve(signal);
  };
  process.on('SIGINT', handler).on('SIGTERM', handler);
  return {
    stopped,
    get requested() {
      return requested;
    },
    dispose: () => void process.off('SIGINT', handler).off('SIGTERM', handler),
  };
}

import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { ConfigError, errorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { suspiciousChange } from './guard.js';
import { loadConfig, type LoadedConfig } from './load.js';

/** editors write in bursts (temp file, rename, chmod): act once the burst is over */
const DEBOUNCE_MS = 400;
/** a file is read only after its size has not changed for this long */
const STABLE_FILE_MS = 300;

export interface ConfigWatcherOptions {
  current: () => LoadedConfig;
  apply: (next: LoadedConfig) => Promise<void>;
  log: Logger;
  env?: NodeJS.ProcessEnv;
}

export type ReloadOutcome = { status: 'applied' } | { status: 'rejected'; problems: string[] } | { status: 'failed'; problems: string[] };

/** Load, validate and guard a new config; apply it only when it is good. Never throws. */
export async function reloadConfig(options: ConfigWatcherOptions): Promise<ReloadOutcome> {
  const previous = options.current();
  let next: LoadedConfig;
  try {
    next = await loadConfig(previous.configPath, options.env);
  } catch (err) {
    const problems = err instanceof ConfigError ? err.problems : [errorMessage(err)];
    options.log.error({ problems }, 'config change rejected: invalid; keeping the last good config');
    return { status: 'rejected', problems };
  }
  const suspicious = suspiciousChange(previous, next);
  if (suspicious.length) {
    options.log.error({ problems: suspicious }, 'config change rejected: suspicious; keeping the last good config');
    return { status: 'rejected', problems: suspicious };
  }
  try {
    await options.apply(next);
  } catch (err) {
    options.log.error({ reason: errorMessage(err) }, 'config change could not be applied');
    return { status: 'failed', problems: [errorMessage(err)] };
  }
  options.log.info({ sources: next.config.sources.length, entities: next.watchlist.entities.length }, 'config reloaded');
  return { status: 'applied' };
}

/** Watch the config directory (veille.yaml and the watchlist), debounced; reload on change. Resolves once watching. */
export async function watchConfig(options: ConfigWatcherOptions & { onOutcome?: (o: ReloadOutcome) => void }): Promise<{ close(): Promise<void> }> {
  const loaded = options.current();
  const dirs = [...new Set([path.dirname(loaded.configPath), path.dirname(loaded.watchlistPath)])];
  const watcher: FSWatcher = watch(dirs, {
    ignoreInitial: true,
    depth: 0,
    awaitWriteFinish: { stabilityThreshold: STABLE_FILE_MS, pollInterval: 50 },
  });
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const trigger = (file: string) => {
    const cur = options.current();
    if (file !== cur.configPath && file !== cur.watchlistPath && !/\.ya?ml$/.test(file)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      running = running.then(async () => {
        const outcome = await reloadConfig(options);
        options.onOutcome?.(outcome);
      });
    }, DEBOUNCE_MS);
  };
  watcher.on('add', trigger).on('change', trigger).on('unlink', trigger);
  watcher.on('error', (err) => options.log.warn({ reason: errorMessage(err) }, 'config watcher error'));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}

import type { LoadedConfig } from '../config/load.js';
import type { SourceConfig } from '../config/schema.js';
import type { Scorer } from '../domain/types.js';
import type { Fetcher } from '../fetch/types.js';
import type { Logger } from '../lib/logger.js';
import type { OpsAlerts } from '../ops/ops-alerts.js';
import type { Store } from '../store/store.js';
import type { QueueSet } from './connection.js';

/** The config in force and what is built from it; swapped whole on a good reload. */
export interface Current {
  loaded: LoadedConfig;
  scorer: Scorer;
}

export interface Deps {
  store: Store;
  fetcher: Fetcher;
  queues: QueueSet;
  log: Logger;
  current(): Current;
  dataDir: string;
  smtpUrl?: string;
  /** ops alerts: failing sources, unknown deliveries (jobs failed for good are raised by main) */
  ops: OpsAlerts;
}

export function findSource(deps: Deps, id: string): SourceConfig | undefined {
  return deps.current().loaded.config.sources.find((s) => s.id === id);
}

/**
 * Prometheus metrics (prom-client), read from the store and the queues when scraped: the numbers
 * survive restarts and agree with what the pages show. Process metrics (memory, event loop lag,
 * CPU) come from prom-client's defaults.
 */
import type { Pool } from 'pg';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { counts } from './queries.js';

/** Job durations per pipeline stage (poll, fetch, match: the matcher's latency, route, deliver, digest). */
export interface JobMetrics {
  histogram: Histogram<'stage' | 'outcome'>;
  observe(stage: string, outcome: 'completed' | 'failed', seconds: number): void;
}

export function createJobMetrics(): JobMetrics {
  const histogram = new Histogram({
    name: 'veille_job_duration_seconds',
    help: 'time a job took, per pipeline stage (queue) and outcome; the match stage is the matcher latency',
    labelNames: ['stage', 'outcome'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
    registers: [],
  });
  return { histogram, observe: (stage, outcome, seconds) => histogram.observe({ stage, outcome }, seconds) };
}

export interface MetricSources {
  jobMetrics?: JobMetrics;
  pool: Pool;
  /** waiting/active/delayed/failed jobs per queue, null when the queue backend does not answer */
  queueCounts: () => Promise<Record<string, Record<string, number>> | null>;
  /** 1 when the last config (re)load was valid */
  configOk: () => boolean;
}

export function createMetrics(sources: MetricSources): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'veille_process_' });
  if (sources.jobMetrics) registry.registerMetric(sources.jobMetrics.histogram);
  const gauge = (name: string, help: string, labelNames: string[], collect: (g: Gauge) => Promise<void> | void) =>
    new Gauge({ name, help, labelNames, registers: [registry], async collect() { await collect(this); } });

  gauge('veille_stories', 'stories fetched and stored', [], async (g) => {
    const c = await counts(sources.pool);
    g.set(c.stories);
  });
  gauge('veille_stories_matched', 'stored stories the matcher has scored', [], async (g) => g.set((await counts(sources.pool)).matched));
  gauge('veille_stories_relevant', 'stories the matcher found relevant', [], async (g) => g.set((await counts(sources.pool)).relevant));
  gauge('veille_alerts', 'instant alerts by channel and delivery status (pending, sent, failed, unknown)', ['channel', 'status'], async (g) => {
    g.reset();
    for (const a of (await counts(sources.pool)).alerts) g.set({ channel: a.channel, status: a.status }, a.count);
  });
  gauge('veille_digests_sent', 'digest runs sent', [], async (g) => g.set((await counts(sources.pool)).digestsSent));
  gauge('veille_source_consecutive_failures', 'failed polls in a row, per source', ['source'], async (g) => {
    g.reset();
    for (const s of (await counts(sources.pool)).sourceFailures) g.set({ source: s.source }, s.failures);
  });
  gauge('veille_queue_jobs', 'jobs per queue and state', ['queue', 'state'], async (g) => {
    g.reset();
    const queues = await sources.queueCounts().catch(() => null);
    for (const [queue, states] of Object.entries(queues ?? {})) for (const [state, n] of Object.entries(states)) g.set({ queue, state }, n);
  });
  gauge('veille_config_reload_ok', '1 when the config in use is the last one loaded, 0 when the last edit was refused', [], (g) => g.set(sources.configOk() ? 1 : 0));
  return registry;
}

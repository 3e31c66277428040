import { startWebServer, type WebServer } from './web/server.js';
import { createJobMetrics } from './web/metrics.js';
import path from 'node:path';
import type { Queue, Worker } from 'bullmq';
import { loadConfig, type LoadedConfig } from './config/load.js';
import { watchConfig } from './config/watch.js';
import { createFetcher } from './fetch/index.js';
import type { Fetcher } from './fetch/types.js';
import { outletName, shownClaims } from './alerts/format.js';
import type { Stance } from './domain/types.js';
import { errorMessage } from './lib/errors.js';
import { jobId } from './lib/ids.js';
import { digestContext } from './digest/run-digest.js';
import type { Logger } from './lib/logger.js';
import { createScorer } from './matchers/index.js';
import { openBackends, type Backends } from './store/open.js';
import { migrateQueueSchema, QueueSet } from './jobs/connection.js';
import { createBackendHealth, type BackendHealth } from './jobs/backend-health.js';
import { redisDurabilityProblems } from './jobs/redis-durability.js';
import { createOpsAlerts } from './ops/ops-alerts.js';
import { buildStatus, type VeilleStatus } from './status/status.js';
import { writeStatusSnapshot } from './status/snapshot.js';
import { deliverAlert } from './jobs/deliver-alert.js';
import type { Current, Deps } from './jobs/deps.js';
import { fetchArticle } from './jobs/fetch-article.js';
import { deliverJob, matchJob, routeJob } from './jobs/job-defs.js';
import { matchStory } from './jobs/match.js';
import { QUEUE } from './jobs/names.js';
import { pollSource } from './jobs/poll-source.js';
import { routeStory } from './jobs/route.js';
import { syncSchedules } from './jobs/schedules.js';
import { sendDigestJob } from './jobs/send-digest.js';

export interface VeilleOptions {
  configPath: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  smtpUrl?: string;
  log: Logger;
  /** Redis key prefix (tests, several deployments on one Redis) */
  prefix?: string;
  env?: NodeJS.ProcessEnv;
}

/** how often schedules are re-synced even without a config change (covers a backend that lost them) */
const RESYNC_INTERVAL_MS = 5 * 60_000;
/** in-flight jobs get this long to finish on shutdown before being handed back */
const SHUTDOWN_DEADLINE_MS = 20_000;
const ONCE_POLL_MS = 150;
/** how often the running worker writes `<data>/status.json` for `veille status` (the embedded database is its own) */
const STATUS_SNAPSHOT_MS = 10_000;
/** PGlite delivers no NOTIFY to waiting workers: they poll this often instead */
const EMBEDDED_DRAIN_DELAY_S = 0.25;

/** Concurrency per stage: fetches wait on the network, matching is CPU. */
const CONCURRENCY: Record<string, number> = {
  [QUEUE.pollSource]: 4,
  [QUEUE.fetchArticle]: 16,
  [QUEUE.match]: 4,
  [QUEUE.route]: 8,
  [QUEUE.deliverAlert]: 4,
  [QUEUE.sendDigest]: 1,
};

/** A story `veille once` found: what the closing table shows. */
export interface OnceFinding {
  title: string;
  url: string;
  outlet: string;
  relevance: number;
  /** claim findings at or above contradiction_threshold: stance and claim id */
  claims: { claim: string; stance: Stance }[];
  clusterSize: number;
}

/** What `veille once` reports while it runs. */
export interface OnceProgress {
  sourcesPolled: number;
  sources: number;
  storiesFetched: number;
  storiesMatched: number;
}

export interface OnceSummary {
  sources: { id: string; status: 'ok' | 'failed'; fetched: number; fresh: number; error: string | null }[];
  /** the stories of this pass that matched, most relevant first */
  found?: OnceFinding[];
  /** matching.contradiction_threshold in force */
  minClaimScore?: number;
  stories: number;
  relevant: number;
  alertsSent: number;
  alertsFailed: number;
  digests: { id: string; stories: number; deliveredTo: string | null }[];
  timedOut: boolean;
}

function buildCurrent(loaded: LoadedConfig): Current {
  return { loaded, scorer: createScorer(loaded.watchlist, { relevanceThreshold: loaded.config.matching.relevance_threshold }) as Current['scorer'] };
}

/** The guarded fetcher the config's `fetch:` section describes. */
export function fetcherFor(loaded: LoadedConfig, log: Logger): Fetcher {
  const f = loaded.config.fetch;
  return createFetcher(
    {
      timeoutMs: f.timeout,
      maxBytes: f.max_bytes,
      maxRedirects: f.max_redirects,
      allowPrivateNetworks: f.allow_private_networks,
      userAgent: f.user_agent,
      perHostConcurrency: f.per_host_concurrency,
      trustedAddresses: f.trusted_addresses,
      politenessDelayMs: f.politeness_delay,
    },
    log,
  );
}

/** The composition root: config, store, queues, workers, schedules, reload, shutdown. */
export class Veille {
  private current: Current;
  private watcher: { close(): Promise<void> } | null = null;
  private web: WebServer | null = null;
  /** job durations per stage, for /metrics */
  readonly jobMetrics = createJobMetrics();
  /** false after a config edit was refused (the last good one stays in use) */
  private configOk = true;
  private resyncTimer: NodeJS.Timeout | null = null;
  private statusTimer: NodeJS.Timeout | null = null;
  private closed = false;
  readonly deps: Deps;

  private constructor(
    readonly options: VeilleOptions,
    loaded: LoadedConfig,
    readonly backends: Backends,
    readonly queues: QueueSet,
    private fetcher: Fetcher,
    readonly health: BackendHealth = createBackendHealth(options.log),
  ) {
    this.current = buildCurrent(loaded);
    const self = this;
    this.deps = {
      store: backends.store,
      get fetcher() {
        return self.fetcher;
      },
      queues,
      log: options.log,
      current: () => self.current,
      dataDir: options.dataDir,
      smtpUrl: options.smtpUrl,
      ops: createOpsAlerts({ store: backends.store, config: () => self.current.loaded.config, smtpUrl: options.smtpUrl, log: options.log }),
    };
  }

  static async open(
    options: VeilleOptions,
    queueOptions: { attempts?: number; lockDurationMs?: number } = {},
    health: BackendHealth = createBackendHealth(options.log),
  ): Promise<Veille> {
    const loaded = await loadConfig(options.configPath, options.env);
    const backends = await openBackends({
      dataDir: options.dataDir,
      databaseUrl: options.databaseUrl,
      redisUrl: options.redisUrl,
      log: options.log,
    });
    try {
      await migrateQueueSchema(backends.queue);
      const queues = new QueueSet({
        connection: backends.queue,
        prefix: options.prefix,
        attempts: queueOptions.attempts,
        lockDurationMs: queueOptions.lockDurationMs,
        drainDelaySeconds: backends.mode === 'embedded' ? EMBEDDED_DRAIN_DELAY_S : undefined,
        onError: (source, err) => health.failed(source, err),
      });
      // a Redis down at start: waits here, one log line, until it is up (or the process is stopped)
      await Promise.all(Object.values(queues.queues).map((q) => q.waitUntilReady()));
      health.ok();
      options.log.info({ mode: backends.mode, config: loaded.configPath, sources: loaded.config.sources.length }, 'veille opened');
      return new Veille(options, loaded, backends, queues, fetcherFor(loaded, options.log), health);
    } catch (err) {
      await backends.close().catch(() => {});
      throw err;
    }
  }

  get config(): LoadedConfig {
    return this.current.loaded;
  }

  /** Start one worker per queue. */
  startWorkers(): Worker[] {
    const d = this.deps;
    const defs: [string, (job: never, token?: string, signal?: AbortSignal) => Promise<unknown>][] = [
      [QUEUE.pollSource, (job, _t, signal) => pollSource(job, d, signal)],
      [QUEUE.fetchArticle, (job, _t, signal) => fetchArticle(job, d, signal)],
      [QUEUE.match, (job) => matchStory(job, d)],
      [QUEUE.route, (job) => routeStory(job, d)],
      [QUEUE.deliverAlert, (job, _t, signal) => deliverAlert(job, d, signal)],
      [QUEUE.sendDigest, (job, _t, signal) => sendDigestJob(job, d, signal)],
    ];
    return defs.map(([name, fn]) => {
      const worker = this.queues.worker(name as never, fn as never, { concurrency: CONCURRENCY[name] });
      worker.on('failed', (job, err) => {
        const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'UnrecoverableError';
        this.options.log[final ? 'warn' : 'debug']({ queue: name, jobId: job?.id, reason: err.message, final }, 'job failed');
        if (final && name === QUEUE.deliverAlert && job) {
          void this.backends.store.markOutboxFailed(job.data.outboxId, err.message).catch(() => {});
        }
        if (final && job && raisesOpsAlert(name, err)) void this.raiseJobFailed(name, job.id ?? '', job.data, err);
        if (final && name === QUEUE.fetchArticle && job?.data?.canonicalUrl) {
          // given up for good: not re-enqueued by recovery (a later poll does not see it again either)
          void this.backends.store.markFollowedUp(job.data.canonicalUrl).catch(() => {});
        }
      });
      // a job whose worker died is "stalled": back to wait, or failed by BullMQ's stall check (no 'failed' event then)
      worker.on('stalled', (jobId) =>
        void this.onStalled(name, jobId).catch((err) => this.options.log.warn({ queue: name, jobId, reason: errorMessage(err) }, 'stalled job not handled')),
      );
      // errors are logged once per state change by the backend health (QueueSet's onError); work done means it is back
      worker.on('active', () => this.health.ok());
      worker.on('completed', (job) => {
        if (job.processedOn && job.finishedOn) this.jobMetrics.observe(name, 'completed', (job.finishedOn - job.processedOn) / 1000);
      });
      worker.on('failed', (job) => {
        if (job?.processedOn) this.jobMetrics.observe(name, 'failed', ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000);
      });
      return worker;
    });
  }

  /** Q2: a job that crashed its workers too often is failed by the stall check: say so, as for any final failure. */
  private async onStalled(queue: string, jobId: string): Promise<void> {
    const job = await this.queues.queues[queue as keyof QueueSet['queues']].getJob(jobId);
    const state = job ? await job.getState() : 'unknown';
    if (state !== 'failed') {
      this.options.log.warn({ queue, jobId, state }, 'job stalled (its worker died); it runs again');
      return;
    }
    const reason = job?.failedReason ?? 'job stalled more than allowable limit';
    this.options.log.warn({ queue, jobId, reason, final: true }, 'job failed');
    if (queue !== QUEUE.pollSource) await this.raiseJobFailed(queue, jobId, job?.data, new Error(reason));
  }

  /** Q2: a job failed for good is an ops alert, unless its delivery is already one (`unknown`, A4). */
  private async raiseJobFailed(queue: string, id: string, data: { outboxId?: string } | undefined, err: Error): Promise<void> {
    if (queue === QUEUE.deliverAlert && data?.outboxId) {
      const row = await this.backends.store.getOutbox(data.outboxId).catch(() => null);
      if (row?.status === 'unknown') return;
    }
    await this.deps.ops.raise({ key: `job-failed:${queue}:${id}`, kind: 'job-failed', message: `${queue} job ${id} failed for good: ${err.message}` });
  }

  /** Re-enqueue work a crash left between stages; job ids make this a no-op when nothing was lost. */
  async recover(): Promise<number> {
    const pending = await this.backends.store.pendingWork();
    const q = this.queues.queues;
    await q[QUEUE.fetchArticle].addBulk(pending.unfetched as Parameters<Queue['addBulk']>[0]);
    await q[QUEUE.match].addBulk(pending.unmatched.map(matchJob));
    await q[QUEUE.route].addBulk(pending.unrouted.map(routeJob));
    await q[QUEUE.deliverAlert].addBulk(pending.outbox.map(deliverJob));
    const n = pending.unfetched.length + pending.unmatched.length + pending.unrouted.length + pending.outbox.length;
    if (n) {
      const counts = { unfetched: pending.unfetched.length, unmatched: pending.unmatched.length, unrouted: pending.unrouted.length, outbox: pending.outbox.length };
      this.options.log.info(counts, 'recovered unfinished work');
    }
    return n;
  }

  async syncSchedules(): Promise<void> {
    const result = await syncSchedules(this.queues, this.current.loaded.config);
    this.options.log.info(result, 'schedules synced');
  }

  /** Swap in a validated config: new scorer and fetcher, schedules re-synced. */
  async applyConfig(next: LoadedConfig): Promise<void> {
    const previousFetcher = this.fetcher;
    this.current = buildCurrent(next);
    this.fetcher = fetcherFor(next, this.options.log);
    await previousFetcher.close().catch(() => {});
    await this.syncSchedules();
  }

  /** The long-running worker: workers, schedules, config watching. */
  async start(): Promise<void> {
    await this.checkQueueDurability();
    this.startWorkers();
    await this.syncSchedules();
    await this.recover();
    this.watcher = await watchConfig({
      current: () => this.current.loaded,
      apply: (next) => this.applyConfig(next),
      log: this.options.log,
      env: this.options.env,
      onOutcome: (outcome) => (this.configOk = outcome.status === 'applied'),
    });
    // a second replica on the same host, or a port taken: the worker runs on without its web app
    await this.startWeb().catch((err) => this.options.log.warn({ reason: errorMessage(err) }, 'web app not started'));
    this.resyncOnReconnect();
    this.resyncTimer = setInterval(() => {
      this.syncSchedules().catch((err) => this.options.log.warn({ reason: errorMessage(err) }, 'schedule resync failed'));
    }, RESYNC_INTERVAL_MS);
    this.resyncTimer.unref();
    const snapshot = () => this.writeStatus().catch((err) => this.options.log.debug({ reason: errorMessage(err) }, 'status snapshot failed'));
    this.statusTimer = setInterval(snapshot, STATUS_SNAPSHOT_MS);
    this.statusTimer.unref();
    await snapshot();
    this.options.log.info({ sources: this.current.loaded.config.sources.length, digests: this.current.loaded.config.digests.length }, 'veille started');
  }

  /** Where the web app listens (http://127.0.0.1:8080), null before start or when it is off. */
  get webUrl(): string | null {
    return this.web?.url ?? null;
  }

  /** The web app (src/web), when web.enabled: stories, findings, /healthz, /readyz, /metrics. */
  private async startWeb(): Promise<void> {
    const web = this.current.loaded.config.web;
    if (!web.enabled) return;
    this.web = await startWebServer({
      host: web.host,
      port: web.port,
      token: web.token,
      metricsPublic: web.metrics_public,
      pool: this.backends.store.pool,
      context: () => {
        const { config, watchlist } = this.current.loaded;
        return {
          tz: config.digests[0]?.tz ?? 'UTC',
          sourceNames: Object.fromEntries(config.sources.map((s) => [s.id, s.name ?? s.id])),
          watchlist,
        };
      },
      queueCounts: () => this.queues.counts(),
      configOk: () => this.configOk,
      jobMetrics: this.jobMetrics,
      status: () => this.status(),
      digests: () => {
        const { loaded } = this.current;
        return {
          configs: loaded.config.digests,
          sources: loaded.config.sources,
          context: digestContext(loaded, { store: this.backends.store, dataDir: this.options.dataDir, smtpUrl: this.options.smtpUrl }),
        };
      },
      raiseOps: (key, message) => this.deps.ops.raise({ key, kind: 'unsubscribe', message }),
      pollNow: async (sourceId) => {
        await this.queues.queues[QUEUE.pollSource].add('poll-source', { sourceId }, { jobId: jobId('poll-now', sourceId, String(Date.now())), attempts: 1 });
      },
    });
    this.options.log.info({ url: this.web.url }, 'web app listening');
  }

  /** Sources, queues, deliveries needing a person, last digests, ops alerts (src/status). */
  async status(): Promise<VeilleStatus> {
    const [rows, queues] = await Promise.all([this.backends.store.statusRows(), this.queues.counts().catch(() => null)]);
    return buildStatus(rows, this.current.loaded.config, queues, new Date());
  }

  private async writeStatus(): Promise<void> {
    await writeStatusSnapshot(this.options.dataDir, await this.status());
  }

  /** Q5: say at start when the Redis settings make losing queued jobs possible. */
  private async checkQueueDurability(): Promise<void> {
    if (this.backends.queue.kind !== 'redis') return;
    const problems = await redisDurabilityProblems(this.backends.queue.url);
    for (const problem of problems) this.options.log.warn({ problem }, 'queue backend may lose jobs');
    if (problems.length) await this.deps.ops.raise({ key: 'queue-durability', kind: 'queue-durability', message: problems.join('; ') });
  }

  /** A queue backend that lost its connection may have lost schedules too (a Redis restarted empty). */
  private resyncOnReconnect(): void {
    const polls = this.queues.queues[QUEUE.pollSource];
    let lost = false;
    polls.on('ioredis:close', () => {
      if (!lost && !this.closed) this.options.log.warn('queue backend connection lost');
      lost = true;
    });
    polls.backend.on('ready', () => {
      this.health.ok();
      if (!lost || this.closed) return;
      lost = false;
      this.options.log.info('queue backend reconnected; re-syncing schedules');
      this.syncSchedules().catch((err) => this.options.log.warn({ reason: errorMessage(err) }, 'schedule resync failed'));
      // a backend that came back empty lost the jobs in flight: the store has them (ids dedupe the rest)
      this.recover().catch((err) => this.options.log.warn({ reason: errorMessage(err) }, 'recovery failed'));
    });
  }

  /** One pass: poll every source, process every new story to the end, send digests, and report. */
  async once(options: { timeoutMs?: number; sendDigests?: boolean; onProgress?: (progress: OnceProgress) => void } = {}): Promise<OnceSummary> {
    const startedAt = new Date();
    const stamp = String(startedAt.getTime());
    const results = new Map<string, OnceSummary['sources'][number]>();
    const workers = this.startWorkers();
    const pollWorker = workers[0];
    const progress: OnceProgress = { sourcesPolled: 0, sources: 0, storiesFetched: 0, storiesMatched: 0 };
    const report = () => options.onProgress?.({ ...progress });
    if (options.onProgress) {
      pollWorker.on('completed', () => ((progress.sourcesPolled += 1), report()));
      pollWorker.on('failed', () => ((progress.sourcesPolled += 1), report()));
      workers[1].on('completed', () => ((progress.storiesFetched += 1), report()));
      workers[2].on('completed', () => ((progress.storiesMatched += 1), report()));
    }
    pollWorker.on('completed', (job, value: { fetched?: number; fresh?: number }) => {
      results.set(job.data.sourceId, { id: job.data.sourceId, status: 'ok', fetched: value?.fetched ?? 0, fresh: value?.fresh ?? 0, error: null });
    });
    pollWorker.on('failed', (job, err) => {
      if (job) results.set(job.data.sourceId, { id: job.data.sourceId, status: 'failed', fetched: 0, fresh: 0, error: err.message });
    });
    await this.recover();
    const sources = this.current.loaded.config.sources.filter((s) => s.enabled);
    progress.sources = sources.length;
    report();
    await this.queues.queues[QUEUE.pollSource].addBulk(
      sources.map((s) => ({ name: 'poll-source', data: { sourceId: s.id, once: true }, opts: { jobId: jobId('poll', s.id, stamp), attempts: 1 } })),
    );
    const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
    let timedOut = !(await this.waitIdle(deadline));
    const digests: OnceSummary['digests'] = [];
    if (!timedOut && options.sendDigests !== false) {
      const ids = this.current.loaded.config.digests.filter((d) => d.enabled).map((d) => d.id);
      await this.queues.queues[QUEUE.sendDigest].addBulk(
        ids.map((id) => ({ name: 'send-digest', data: { digestId: id }, opts: { jobId: jobId('digest', id, stamp) } })),
      );
      timedOut = !(await this.waitIdle(deadline));
      for (const id of ids) {
        const run = await this.backends.store.lastDigestRun(id, startedAt.toISOString());
        if (run) digests.push({ id, stories: run.storyCount, deliveredTo: run.deliveredTo });
      }
    }
    const counts = await this.backends.store.runCounts(startedAt.toISOString());
    const config = this.current.loaded.config;
    const minClaimScore = config.matching.contradiction_threshold;
    const names = Object.fromEntries(config.sources.flatMap((s) => (s.name ? [[s.id, s.name]] : [])));
    const found = (await this.backends.store.foundSince(startedAt.toISOString())).map(
      ({ story, score, clusterSize }): OnceFinding => ({
        title: story.title || story.url,
        url: story.url,
        outlet: outletName(story.siteName, names[story.sourceId], story.url),
        relevance: score.relevance,
        claims: shownClaims(score.claims, { minClaimScore, possible: false }).map((hit) => ({ claim: hit.claim, stance: hit.stance })),
        clusterSize,
      }),
    );
    return {
      sources: sources.map((s) => results.get(s.id) ?? { id: s.id, status: 'failed', fetched: 0, fresh: 0, error: 'not polled' }),
      found,
      minClaimScore,
      stories: counts.stories,
      relevant: counts.relevant,
      alertsSent: counts.alertsSent,
      alertsFailed: counts.alertsFailed,
      digests,
      timedOut,
    };
  }

  /** true once every queue has been empty twice in a row; false at the deadline. */
  async waitIdle(deadline: number): Promise<boolean> {
    let quiet = 0;
    while (Date.now() < deadline) {
      quiet = (await this.queues.idle()) ? quiet + 1 : 0;
      if (quiet >= 2) return true;
      await new Promise((r) => setTimeout(r, ONCE_POLL_MS));
    }
    return false;
  }

  /** Stop schedules' effects, let in-flight jobs finish (with a deadline), close queues, then the store. */
  async close(deadlineMs = SHUTDOWN_DEADLINE_MS): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    if (this.statusTimer) {
      clearInterval(this.statusTimer);
      await this.writeStatus().catch(() => {});
    }
    await this.watcher?.close().catch(() => {});
    await this.web?.close().catch(() => {});
    const graceful = this.queues.closeWorkers(false);
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), deadlineMs).unref());
    if ((await Promise.race([graceful, timer])) === 'timeout') {
      this.options.log.warn({ deadlineMs }, 'in-flight jobs did not finish in time; handing them back');
      await this.queues.closeWorkers(true).catch(() => {});
    }
    await this.queues.close().catch((err) => this.options.log.warn({ reason: errorMessage(err) }, 'queue close failed'));
    await this.fetcher.close().catch(() => {});
    await this.backends.close();
    this.options.log.info('veille stopped');
  }
}

/** BullMQ's reason for a job its stall check failed. */
const STALLED_TOO_OFTEN = /stalled more than (?:the )?allowable limit/i;

/**
 * Which final failures are an ops alert: a job that exhausted its retries or stalled (crashed its
 * workers) anywhere but in polling (a failing source has its own health alert), and a delivery refused for good.
 */
function raisesOpsAlert(queue: string, err: Error): boolean {
  if (queue === QUEUE.pollSource) return false;
  // failed by the stall check (it crashed its workers): whichever of this event and onStalled sees it first says
  // so, the store's key sends it once (a loaded machine reads the job as still active in onStalled)
  if (STALLED_TOO_OFTEN.test(err.message)) return true;
  if (err.name === 'UnrecoverableError') return queue === QUEUE.deliverAlert || queue === QUEUE.sendDigest;
  return true;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.VEILLE_DATA_DIR || './data');
}

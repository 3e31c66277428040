/**
 * Pipeline benchmarks on a real Veille (src/main.ts): throughput of a `once` pass, and the time from
 * a story's appearance in a feed to its Slack post with a long-running worker.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Veille } from '../src/main.js';
import { QUEUE, QUEUE_NAMES, type QueueName } from '../src/jobs/names.js';
import { makeEnv, type Cleanup, type Mode } from './backends.js';
import { feedItem, generateArticles, pageHtml, rssFeed, type Article, type FeedItem } from './corpus.js';
import { clock, type Servers, type SlackPost } from './servers.js';
import { instrument, type CallStats } from './instrument.js';

/**
 * The loopback servers must pass the SSRF guard. No politeness delay: every page lives on one of a
 * few local hosts, and the benchmark measures the pipeline, not the pause Veille keeps between two
 * requests to one publisher (default 500 ms: at most 2 stories/s per host, and +0.5 s of latency
 * when the article is on the feed's host).
 */
export const FETCH = { trusted_addresses: ['127.0.0.1'], politeness_delay: 0 };
/** on-storyline stories score ≥ 0.78 on the generated corpus, unrelated ones 0: every on-storyline story alerts */
export const MIN_SCORE = 0.5;

export function slackAlert(slackUrl: string, hookPath: string) {
  return { id: 'newsroom', type: 'slack', webhook_url: `${slackUrl}${hookPath}`, on: ['contradiction', 'support', 'relevant'], min_score: MIN_SCORE };
}

export interface Site {
  name: string;
  base: string;
  feedPath: string;
  articles: Article[];
}

/** `feeds` sites (one port each), each with a feed of `perFeed` items linking to its own article pages. */
export async function publishCorpus(servers: Servers, feeds: number, perFeed: number): Promise<{ sites: Site[]; onStoryline: number; textBytes: number }> {
  const articles = generateArticles(feeds * perFeed, { seed: 7, onShare: 0.3 });
  const sites: Site[] = [];
  for (let s = 0; s < feeds; s++) {
    const name = `site${s}`;
    const base = await servers.site(name);
    const mine = articles.slice(s * perFeed, (s + 1) * perFeed);
    await servers.pages(name, mine.map((a) => [a.path, pageHtml(a, `Daily ${s}`)]));
    await servers.feed(name, '/feed.xml', rssFeed(`Daily ${s}`, base, mine.map((a) => feedItem(a, base))));
    sites.push({ name, base, feedPath: '/feed.xml', articles: mine });
  }
  const textBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.paragraphs.join('\n')), 0) / articles.length;
  return { sites, onStoryline: articles.filter((a) => a.onStoryline).length, textBytes };
}

export interface ThroughputResult {
  mode: Mode;
  openMs: number;
  onceMs: number;
  closeMs: number;
  storiesPerS: number;
  stories: number;
  relevant: number;
  alertsSent: number;
  alertsFailed: number;
  slackPosts: number;
  sourcesFailed: number;
  timedOut: boolean;
  /** CPU time of this process during the pass / wall time (1 = one core busy) */
  cpuCores: number;
  eventLoopP99Ms: number;
  /** per queue, from the completed jobs: how long they waited before a worker took them, and ran */
  stages: Partial<Record<QueueName, StageStats>>;
  /** time inside the store, the scorer and the fetcher during the pass */
  calls: Record<string, CallStats>;
}

export interface StageStats {
  jobs: number;
  waitP50Ms: number;
  waitP95Ms: number;
  runP50Ms: number;
  runP95Ms: number;
  /** first job added → last job finished */
  spanMs: number;
}

async function stageStats(veille: Veille): Promise<Partial<Record<QueueName, StageStats>>> {
  const out: Partial<Record<QueueName, StageStats>> = {};
  for (const name of QUEUE_NAMES) {
    const jobs = (await veille.queues.queues[name].getJobs(['completed'], 0, 1999)).filter((j) => j && j.processedOn && j.finishedOn);
    if (!jobs.length) continue;
    const wait = jobs.map((j) => j.processedOn! - j.timestamp).sort((a, b) => a - b);
    const run = jobs.map((j) => j.finishedOn! - j.processedOn!).sort((a, b) => a - b);
    out[name] = {
      jobs: jobs.length,
      waitP50Ms: percentile(wait, 0.5),
      waitP95Ms: percentile(wait, 0.95),
      runP50Ms: percentile(run, 0.5),
      runP95Ms: percentile(run, 0.95),
      spanMs: Math.max(...jobs.map((j) => j.finishedOn!)) - Math.min(...jobs.map((j) => j.timestamp)),
    };
  }
  return out;
}

/** Veille.open (timed apart), then one `once` pass over every source of the corpus. */
export async function throughput(mode: Mode, ctx: { cleanup: Cleanup; servers: Servers; slackUrl: string; redis: { url: string; own: boolean }; sites: Site[]; timeoutMs: number }): Promise<ThroughputResult> {
  const hook = `/hooks/once-${mode}`;
  const env = await makeEnv(ctx.cleanup, mode, `once_${mode}`, {
    sources: ctx.sites.map((s) => ({ id: s.name, type: 'rss', url: `${s.base}${s.feedPath}`, every: '15m' })),
    alerts: [slackAlert(ctx.slackUrl, hook)],
    fetch: FETCH,
  }, ctx.redis);
  try {
    const t0 = clock();
    const veille = await Veille.open(env.options(), { attempts: 3 });
    const openMs = clock() - t0;
    const close = ctx.cleanup.add(`veille once ${mode}`, () => veille.close());
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const stopTiming = instrument(veille);
    const cpu0 = process.cpuUsage();
    const t1 = clock();
    const summary = await veille.once({ timeoutMs: ctx.timeoutMs, sendDigests: false });
    const onceMs = clock() - t1;
    const calls = stopTiming();
    const cpu = process.cpuUsage(cpu0);
    loop.disable();
    const stages = await stageStats(veille).catch(() => ({}));
    const t2 = clock();
    await close();
    const closeMs = clock() - t2;
    return {
      mode,
      openMs,
      onceMs,
      closeMs,
      storiesPerS: summary.stories / (onceMs / 1000),
      stories: summary.stories,
      relevant: summary.relevant,
      alertsSent: summary.alertsSent,
      alertsFailed: summary.alertsFailed,
      slackPosts: ctx.servers.posts.filter((p) => p.path === hook).length,
      sourcesFailed: summary.sources.filter((s) => s.status !== 'ok').length,
      timedOut: summary.timedOut,
      cpuCores: (cpu.user + cpu.system) / 1000 / onceMs,
      eventLoopP99Ms: loop.percentile(99) / 1e6,
      stages,
      calls,
    };
  } finally {
    await env.dispose();
  }
}

export interface LatencyResult {
  mode: Mode;
  samples: number;
  missed: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
  wallMs: number;
  /** embedded only: did a poll-source job added under start() get processed within START_PROBE_MS? */
  startProbe: { pickedUp: boolean; ms: number; waiting: number; delayed: number } | null;
  how: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function waitForPost(servers: Servers, hook: string, token: string, timeoutMs: number): Promise<SlackPost | null> {
  return new Promise((resolve) => {
    const found = servers.posts.find((p) => p.path === hook && p.body.includes(token));
    if (found) return resolve(found);
    const timer = setTimeout(() => {
      off();
      resolve(null);
    }, timeoutMs);
    const off = servers.onPost((p) => {
      if (p.path === hook && p.body.includes(token)) {
        clearTimeout(timer);
        off();
        resolve(p);
      }
    });
  });
}

const WARMUP_ITEMS = 5;
const START_PROBE_MS = 5_000;
const FEED_KEEP = 50;

/**
 * A long-running worker (`start()`); stories are published one at a time in a feed, each followed by
 * a poll-source job (the scheduler's minimum interval is 1m), and the time from the feed change to
 * the Slack sink receiving the post with the story's title is recorded. Embedded: see startProbe.
 */
export async function latency(mode: Mode, ctx: { cleanup: Cleanup; servers: Servers; slackUrl: string; redis: { url: string; own: boolean }; samples: number; sampleTimeoutMs: number; budgetMs: number }): Promise<LatencyResult> {
  const site = `lat-${mode}`;
  const hook = `/hooks/lat-${mode}`;
  const base = await ctx.servers.site(site);
  // every one on the storyline: each must produce exactly one Slack post
  const articles = generateArticles(ctx.samples + WARMUP_ITEMS + 1, { seed: mode === 'redis' ? 101 : 202, onShare: 1, prefix: site });
  await ctx.servers.pages(site, articles.map((a) => [a.path, pageHtml(a, `Latency ${mode}`)]));
  let items: FeedItem[] = articles.slice(0, WARMUP_ITEMS).map((a) => feedItem(a, base));
  await ctx.servers.feed(site, '/feed.xml', rssFeed(`Latency ${mode}`, base, items));
  const env = await makeEnv(ctx.cleanup, mode, `lat_${mode}`, {
    sources: [{ id: 'latency', type: 'rss', url: `${base}/feed.xml`, every: '15m' }],
    alerts: [slackAlert(ctx.slackUrl, hook)],
    fetch: FETCH,
  }, ctx.redis);
  const startedAt = clock();
  try {
    const track = (v: Veille, name: string) => ctx.cleanup.add(name, () => v.close());
    let veille = await Veille.open(env.options(), { attempts: 3 });
    let close = track(veille, `veille latency ${mode}`);
    await veille.start();
    // the scheduler's first poll runs at once: wait for the warm-up stories to reach Slack
    const warm = await Promise.all(articles.slice(0, WARMUP_ITEMS).map((a) => waitForPost(ctx.servers, hook, tokenOf(a), 60_000)));
    if (warm.some((p) => !p)) throw new Error(`latency ${mode}: warm-up stories did not reach Slack in 60 s`);
    await veille.waitIdle(Date.now() + 30_000);
    let startProbe: LatencyResult['startProbe'] = null;
    if (mode === 'embedded') {
      // With start() on PGlite, a poll-source job added while the queue holds the scheduler's next
      // (delayed) run is not picked up until that run is due: BullMQ's Postgres worker then blocks
      // until the delayed job instead of drainDelay, and PGlite delivers no NOTIFY. Record it, then
      // measure with the workers alone (start() without the job schedulers).
      const a = articles[WARMUP_ITEMS];
      items = [feedItem(a, base), ...items];
      const post = waitForPost(ctx.servers, hook, tokenOf(a), START_PROBE_MS);
      const publishedAt = await ctx.servers.feed(site, '/feed.xml', rssFeed(`Latency ${mode}`, base, items));
      await veille.queues.queues[QUEUE.pollSource].add('poll-source', { sourceId: 'latency' }, { jobId: `poll-bench-probe-${Date.now()}`, attempts: 1 });
      const p = await post;
      const counts = await veille.queues.queues[QUEUE.pollSource].getJobCounts('waiting', 'delayed');
      startProbe = { pickedUp: !!p, ms: p ? p.t - publishedAt : START_PROBE_MS, waiting: counts.waiting ?? 0, delayed: counts.delayed ?? 0 };
      await close();
      veille = await Veille.open(env.options(), { attempts: 3 });
      close = track(veille, `veille latency ${mode} (workers only)`);
      const polls = veille.queues.queues[QUEUE.pollSource];
      for (const s of await polls.getJobSchedulers(0, -1)) await polls.removeJobScheduler(s.key ?? (s as { id?: string }).id ?? '');
      veille.startWorkers();
      await veille.recover();
      await waitForPost(ctx.servers, hook, tokenOf(a), 30_000);
      await veille.waitIdle(Date.now() + 30_000);
    }
    const polls = veille.queues.queues[QUEUE.pollSource];
    const latencies: number[] = [];
    let missed = 0;
    const deadline = clock() + ctx.budgetMs;
    const first = WARMUP_ITEMS + (mode === 'embedded' ? 1 : 0);
    for (let i = 0; i < ctx.samples && first + i < articles.length && clock() < deadline; i++) {
      const a = articles[first + i];
      items = [feedItem(a, base), ...items].slice(0, FEED_KEEP);
      const post = waitForPost(ctx.servers, hook, tokenOf(a), ctx.sampleTimeoutMs);
      const publishedAt = await ctx.servers.feed(site, '/feed.xml', rssFeed(`Latency ${mode}`, base, items));
      await polls.add('poll-source', { sourceId: 'latency' }, { jobId: `poll-bench-${mode}-${i}-${Date.now()}`, attempts: 1 });
      const p = await post;
      if (p) latencies.push(p.t - publishedAt);
      else missed++;
      // a random gap, so that samples do not lock onto the workers' polling phase
      await sleep(50 + Math.random() * 250);
    }
    await close();
    const sorted = [...latencies].sort((x, y) => x - y);
    return {
      mode,
      samples: latencies.length,
      missed,
      p50Ms: percentile(sorted, 0.5),
      p90Ms: percentile(sorted, 0.9),
      p99Ms: percentile(sorted, 0.99),
      minMs: sorted[0] ?? NaN,
      maxMs: sorted[sorted.length - 1] ?? NaN,
      wallMs: clock() - startedAt,
      startProbe,
      how: mode === 'embedded' ? 'workers only (start() minus job schedulers)' : 'start()',
    };
  } finally {
    await env.dispose();
  }
}

/** The story number in its title ("… (lat-redis 0012)"): unique, and plain ASCII in the Slack JSON. */
function tokenOf(a: Article): string {
  const m = /\(([^()]+)\)$/.exec(a.title);
  return m ? m[1] : a.title;
}

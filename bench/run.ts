/**
 * `npm run bench`: the whole benchmark, on this machine only (local HTTP servers, an own
 * redis-server, fresh databases on the local Postgres, temp dirs; all removed at the end).
 *
 *   1. stories/s of a `once` pass over 1,000 generated stories (10 feeds × 100), embedded (PGlite)
 *      and Redis queues + Postgres state; Veille.open timed apart
 *   2. p50/p99 feed-to-Slack latency with a long-running worker, both modes (embedded: the workers
 *      without job schedulers, see bench/pipeline.ts latency(): under start() an added poll job waits)
 *   3. idle RSS of `veille start` in a child process, both modes (dist/cli.js when built, and tsx);
 *      embedded also after a restart on the same data dir
 *
 * Besides the figures it prints, per stage, BullMQ's wait/run times and the time spent inside the
 * store, scorer and fetcher (bench/instrument.ts), to show where a pass spends its time.
 *   4. the matcher (bench/matching.ts), and 5. the ingestion and clustering parts (bench/parts.ts), each in a
 *      process of its own (bench/part.ts): a fresh heap, no other part's libraries loaded
 *
 * Prints a table and, last, one JSON line. Figures only: targets are printed, never asserted.
 *
 * Environment: REDIS_URL (use this Redis instead of spawning one), BENCH_DATABASE_URL or
 * TEST_DATABASE_URL (admin URL of the local Postgres, default postgres://postgres@127.0.0.1:5432/test),
 * BENCH_SAMPLES (latency samples per mode, default 50), BENCH_IDLE_S (idle wait, default 10),
 * BENCH_RSS_TSX=0 (skip the tsx reference children when dist/cli.js exists).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { ADMIN_DATABASE_URL, Cleanup, startRedis, type Mode } from './backends.js';
import { DIST_CLI, idleRss, staleDist, type IdleRssResult, type Runner } from './idle-rss.js';
import { MATCHING_PART, PARTS } from './parts.js';
import { latency, publishCorpus, throughput, type LatencyResult, type ThroughputResult } from './pipeline.js';
import { clock, startServers } from './servers.js';
import { QUEUE_NAMES } from '../src/jobs/names.js';

const FEEDS = 10;
const PER_FEED = 100;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 50);
const IDLE_MS = Number(process.env.BENCH_IDLE_S ?? 10) * 1000;

const TARGET = {
  storiesPerS: { embedded: 20, redis: 100 },
  idleRssMb: { redis: 150 },
  matcherPerS: 2000,
};

const MODES: Mode[] = ['embedded', 'redis'];
const MODE_LABEL: Record<Mode, string> = { embedded: 'embedded (PGlite)', redis: 'Redis + Postgres' };

const cleanup = new Cleanup();
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: cleaning up…`);
    void cleanup.runAll().finally(() => process.exit(130));
  });
}

const log = (line: string) => process.stderr.write(`[bench ${((clock() - started) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);
const started = clock();
const loadAtStart = os.loadavg();

// ---------- formatting ----------

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || !Number.isFinite(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const secs = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? '—' : `${fmt(ms / 1000, 1)} s`);
const millis = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? '—' : `${fmt(ms, 0)} ms`);
const vs = (value: number | undefined, target: number, atLeast: boolean) =>
  value === undefined || !Number.isFinite(value) ? `${atLeast ? '≥' : '≤'}${fmt(target)}` : `${atLeast ? '≥' : '≤'}${fmt(target)} ${(atLeast ? value >= target : value <= target) ? 'met' : 'NOT met'}`;

function table(title: string, header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ')}`;
  return [title, line(header), `  ${widths.map((w) => '─'.repeat(w)).join('   ')}`, ...rows.map(line)].join('\n');
}

// ---------- run ----------

interface Results {
  throughput: Partial<Record<Mode, ThroughputResult>>;
  latency: Partial<Record<Mode, LatencyResult>>;
  idleRss: IdleRssResult[];
  matching: Record<string, number> | null;
  /** ingestion and clustering parts, each a flat record of figures */
  parts: Record<string, Record<string, number>>;
  errors: string[];
}

const PART_SCRIPT = fileURLToPath(new URL('./part.ts', import.meta.url));

/** A bench part (bench/parts.ts) run in a child process with this one's loader and CPU affinity; its printed lines pass through. */
async function inChild(key: string): Promise<Record<string, number>> {
  const out = path.join(os.tmpdir(), `veille-bench-${process.pid}-${key}.json`);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [...process.execArgv, PART_SCRIPT, key, out], { stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`bench part ${key} exited with ${signal ?? `code ${code}`}`))));
    });
    return JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
  } finally {
    rmSync(out, { force: true });
  }
}

async function main(): Promise<Results> {
  const results: Results = { throughput: {}, latency: {}, idleRss: [], matching: null, parts: {}, errors: [] };
  const attempt = async (name: string, fn: () => Promise<void>) => {
    if (interrupted) return;
    try {
      await fn();
    } catch (err) {
      const message = `${name}: ${(err as Error)?.stack ?? err}`;
      results.errors.push(message.split('\n').slice(0, 4).join(' | '));
      log(`FAILED ${message}`);
    }
  };

  // the in-process micro-benchmarks first, each in a process of its own (bench/part.ts says why)
  // 4. matcher
  await attempt('matching', async () => {
    log(`${MATCHING_PART.title}…`);
    results.matching = await inChild('matching');
  });
  // 5. ingestion and clustering, each beside the peer library it replaces where there is one
  for (const [key, part] of Object.entries(PARTS)) {
    await attempt(part.title, async () => {
      log(`${part.title}…`);
      results.parts[part.title] = await inChild(key);
    });
  }

  const servers = await startServers();
  cleanup.add('http servers', () => servers.close());
  const slackUrl = await servers.slack();
  const redis = await startRedis(cleanup);
  log(`redis ${redis.url}${redis.own ? ' (own redis-server)' : ' (REDIS_URL)'}; postgres ${ADMIN_DATABASE_URL}`);
  const corpus = await publishCorpus(servers, FEEDS, PER_FEED);
  log(`corpus: ${FEEDS} feeds × ${PER_FEED} items, ${corpus.onStoryline} on the storyline, ~${fmt(corpus.textBytes)} bytes of text per page`);

  // 1. once throughput
  for (const mode of MODES) {
    await attempt(`once ${mode}`, async () => {
      log(`once pass, ${MODE_LABEL[mode]}…`);
      const r = await throughput(mode, { cleanup, servers, slackUrl, redis, sites: corpus.sites, timeoutMs: 120_000 });
      results.throughput[mode] = r;
      log(`  open ${secs(r.openMs)}, once ${secs(r.onceMs)}: ${fmt(r.storiesPerS, 1)} stories/s, ${r.alertsSent} alerts sent, ${r.slackPosts} Slack posts`);
    });
  }

  // 2. feed-to-Slack latency
  for (const mode of ['redis', 'embedded'] as Mode[]) {
    await attempt(`latency ${mode}`, async () => {
      log(`feed-to-Slack latency, ${MODE_LABEL[mode]}, ${SAMPLES} samples…`);
      const r = await latency(mode, { cleanup, servers, slackUrl, redis, samples: SAMPLES, sampleTimeoutMs: 20_000, budgetMs: 90_000 });
      results.latency[mode] = r;
      log(`  p50 ${millis(r.p50Ms)}, p99 ${millis(r.p99Ms)} (${r.samples} samples, ${r.missed} missed)`);
    });
  }

  // 3. idle RSS, the children side by side
  await attempt('idle RSS', async () => {
    const primary: Runner = existsSync(DIST_CLI) ? 'dist' : 'tsx';
    const runners: Runner[] = primary === 'dist' && process.env.BENCH_RSS_TSX !== '0' ? ['dist', 'tsx'] : [primary];
    log(`idle RSS: ${runners.join(' + ')} × ${MODES.join(' + ')}, ${IDLE_MS / 1000} s idle…`);
    const settled = await Promise.allSettled(
      runners.flatMap((runner) => MODES.map((mode) => idleRss(mode, runner, { cleanup, servers, slackUrl, redis, idleMs: IDLE_MS, readyTimeoutMs: 90_000 }))),
    );
    for (const s of settled) {
      if (s.status === 'fulfilled') results.idleRss.push(...s.value);
      else results.errors.push(`idle RSS: ${String(s.reason?.message ?? s.reason).slice(0, 400)}`);
    }
    for (const r of results.idleRss) log(`  ${r.mode} (${r.runner}, ${r.phase}): ${fmt(r.rssMb, 1)} MB RSS, peak ${fmt(r.hwmMb, 1)} MB, exit ${r.exitCode}`);
  });

  return results;
}

function report(results: Results, dist: { primary: Runner; stale: string[] }): void {
  const out: string[] = [];
  const t = results.throughput;
  out.push('');
  out.push(`Veille benchmark — node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? '?'}), ${os.platform()}`);
  out.push(`load average at start ${loadAtStart.map((x) => x.toFixed(2)).join(' ')}, at end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (other processes on this machine skew the figures)`);
  out.push('');
  out.push(
    table(`1. once pass: ${FEEDS * PER_FEED} stories (${FEEDS} RSS feeds × ${PER_FEED} items, ~3 KB pages, local HTTP), one Slack channel`, ['', MODE_LABEL.embedded, MODE_LABEL.redis], [
      ['Veille.open (not in the pass)', secs(t.embedded?.openMs), secs(t.redis?.openMs)],
      ['once wall time', secs(t.embedded?.onceMs), secs(t.redis?.onceMs)],
      ['stories/s', fmt(t.embedded?.storiesPerS, 1), fmt(t.redis?.storiesPerS, 1)],
      ['  target', vs(t.embedded?.storiesPerS, TARGET.storiesPerS.embedded, true), vs(t.redis?.storiesPerS, TARGET.storiesPerS.redis, true)],
      ['stories stored', fmt(t.embedded?.stories), fmt(t.redis?.stories)],
      ['relevant / alerts sent / Slack posts', ...MODES.map((m) => (t[m] ? `${t[m]!.relevant} / ${t[m]!.alertsSent} / ${t[m]!.slackPosts}` : '—'))],
      ['failed alerts / failed sources / timed out', ...MODES.map((m) => (t[m] ? `${t[m]!.alertsFailed} / ${t[m]!.sourcesFailed} / ${t[m]!.timedOut}` : '—'))],
      ['CPU of this process (cores busy)', fmt(t.embedded?.cpuCores, 2), fmt(t.redis?.cpuCores, 2)],
      ['event-loop delay p99', millis(t.embedded?.eventLoopP99Ms), millis(t.redis?.eventLoopP99Ms)],
      ['Veille.close', secs(t.embedded?.closeMs), secs(t.redis?.closeMs)],
    ]),
  );
  out.push('   config: fetch.politeness_delay 0 (default 500 ms would cap the fetches at 2/s per host: 20 stories/s for these 10 hosts)');
  const stageRows: string[][] = [];
  for (const q of QUEUE_NAMES) {
    const cells = MODES.map((m) => t[m]?.stages[q]);
    if (!cells.some(Boolean)) continue;
    stageRows.push([`${q} (jobs; wait p50/p95; run p50/p95)`, ...cells.map((c) => (c ? `${c.jobs}; ${fmt(c.waitP50Ms)}/${fmt(c.waitP95Ms)} ms; ${fmt(c.runP50Ms)}/${fmt(c.runP95Ms)} ms` : '—'))]);
  }
  if (stageRows.length) out.push(table('   per stage during the pass (BullMQ completed jobs: wait = added → taken; run = taken → finished)', ['', MODE_LABEL.embedded, MODE_LABEL.redis], stageRows));
  const callNames = [...new Set(MODES.flatMap((m) => Object.keys(t[m]?.calls ?? {})))];
  const busiest = callNames
    .map((n) => ({ n, busy: Math.max(...MODES.map((m) => t[m]?.calls[n]?.busy ?? 0)) }))
    .sort((a, b) => b.busy - a.busy)
    .slice(0, 8);
  if (busiest.length) {
    out.push(table('   time inside calls during the pass (calls; mean/p95; in flight on average = summed time / wall)', ['', MODE_LABEL.embedded, MODE_LABEL.redis], busiest.map(({ n }) => [
      n,
      ...MODES.map((m) => {
        const c = t[m]?.calls[n];
        return c ? `${c.calls}; ${fmt(c.meanMs, 1)}/${fmt(c.p95Ms, 1)} ms; ${fmt(c.busy, 2)}` : '—';
      }),
    ])));
  }
  const l = results.latency;
  out.push('');
  out.push(
    table('2. feed-to-Slack latency, long-running worker (item published → poll-source job added → Slack post received)', ['', MODE_LABEL.embedded, MODE_LABEL.redis], [
      ['worker', ...MODES.map((m) => l[m]?.how ?? '—')],
      ['samples (missed)', ...MODES.map((m) => (l[m] ? `${l[m]!.samples} (${l[m]!.missed})` : '—'))],
      ['p50', millis(l.embedded?.p50Ms), millis(l.redis?.p50Ms)],
      ['p90', millis(l.embedded?.p90Ms), millis(l.redis?.p90Ms)],
      ['p99', millis(l.embedded?.p99Ms), millis(l.redis?.p99Ms)],
      ['min / max', ...MODES.map((m) => (l[m] ? `${millis(l[m]!.minMs)} / ${millis(l[m]!.maxMs)}` : '—'))],
      ['under start(): added poll job processed?', ...MODES.map((m) => {
        const r = l[m];
        if (!r) return '—';
        if (!r.startProbe) return r.samples ? 'yes (all samples)' : '—';
        const p = r.startProbe;
        return p.pickedUp ? `yes, ${millis(p.ms)}` : `NO, not in ${secs(p.ms)} (poll-source: ${p.waiting} waiting, ${p.delayed} delayed)`;
      })],
    ]),
  );
  out.push('   (excludes the poll interval: the scheduler would add up to `every`, ≥ 1m, before the poll; and with the default');
  out.push('   fetch.politeness_delay, 500 ms, the article GET waits ≥ 0.5 s after the feed GET on the same host)');
  if (l.embedded?.startProbe && !l.embedded.startProbe.pickedUp) {
    out.push('   embedded under start(): the poll-source queue holds the scheduler\'s next run (delayed); BullMQ\'s Postgres worker then');
    out.push('   blocks until that run is due rather than drainDelay, and PGlite delivers no NOTIFY: an added job waits up to `every`.');
  }
  out.push('');
  const rss = (mode: Mode, runner: Runner, phase: IdleRssResult['phase']) => results.idleRss.find((r) => r.mode === mode && r.runner === runner && r.phase === phase);
  const runners = [...new Set(results.idleRss.map((r) => r.runner))].sort((a) => (a === dist.primary ? -1 : 1));
  const runnerLabel = (r: Runner) => (r === 'dist' ? 'node dist/cli.js start' : 'node --import tsx src/cli.ts start');
  const rssRows: string[][] = [];
  for (const runner of runners.length ? runners : [dist.primary]) {
    for (const phase of ['first start', 'restart'] as const) {
      const cells = MODES.map((m) => rss(m, runner, phase));
      if (phase === 'restart' && !cells.some(Boolean)) continue;
      rssRows.push([`idle RSS, ${runnerLabel(runner)}, ${phase}`, ...cells.map((r) => (r ? `${fmt(r.rssMb, 1)} MB` : '—'))]);
      rssRows.push(['  peak RSS (VmHWM)', ...cells.map((r) => (r ? `${fmt(r.hwmMb, 1)} MB` : '—'))]);
      rssRows.push(['  ready in / SIGTERM exit (code, time)', ...cells.map((r) => (r ? `${secs(r.readyMs)}${r.ready ? '' : ' (not ready)'} / ${r.exitCode}, ${secs(r.stopMs)}` : '—'))]);
    }
  }
  rssRows.push(['  target (first start)', '—', vs(rss('redis', dist.primary, 'first start')?.rssMb, TARGET.idleRssMb.redis, false).replace(/(\d)( |$)/, '$1 MB$2')]);
  out.push(table(`3. idle worker RSS (/proc/<pid>/status VmRSS, ${IDLE_MS / 1000} s after its first polls were processed; 2 feeds × 10 items)`, ['', MODE_LABEL.embedded, MODE_LABEL.redis], rssRows));
  out.push('   embedded restart: same data dir, one feed added (its first poll marks the worker ready)');
  out.push(`   measured with: ${runnerLabel(dist.primary)}${dist.primary === 'dist' && dist.stale.length ? ` — NOTE: dist/ is older than ${dist.stale.length} src file(s) (${dist.stale.slice(0, 4).join(', ')}${dist.stale.length > 4 ? ', …' : ''}); run \`npm run build\` for a current build` : ''}`);
  out.push('');
  const m = results.matching;
  out.push(
    table(`4. matcher (bench/matching.ts, in-process, seed watchlist; ${m?.matching_from_dist ? 'dist/, the deployed build' : 'src/ through tsx: run `npm run build` to measure the deployed build'})`, ['', 'value', 'target'], [
      ['scorer build', m ? `${fmt(m.matching_scorer_build_ms, 1)} ms` : '—', ''],
      ['story size', m ? `${fmt(m.matching_story_bytes)} B` : '—', ''],
      ['charCodeAt loop / indexed loop (≈1; ≈5 if a module subclasses String)', fmt(m?.matching_charcodeat_ratio, 2), '≈1'],
      ['on-topic stories/s', fmt(m?.matching_on_topic_stories_per_s), vs(m?.matching_on_topic_stories_per_s, TARGET.matcherPerS, true)],
      ['  per CPU-second of the bench process (other processes on the core do not count)', fmt(m?.matching_on_topic_stories_per_cpu_s), ''],
      ['  the first 2,000 of a fresh process (V8 still compiling)', fmt(m?.matching_on_topic_first_pass_stories_per_s), ''],
      ['feed-mix stories/s', fmt(m?.matching_feed_stories_per_s), vs(m?.matching_feed_stories_per_s, TARGET.matcherPerS, true)],
      ['short (≤ 60 words) stories/s', fmt(m?.matching_short_stories_per_s), ''],
      ['20 KB stories/s', fmt(m?.matching_20kb_stories_per_s), ''],
      ['relevant share on-topic / feed', m ? `${m.matching_on_topic_relevant_share} / ${m.matching_feed_relevant_share}` : '—', ''],
    ]),
  );
  for (const [name, figures] of Object.entries(results.parts)) {
    out.push('');
    out.push(table(`5. ${name}`, ['', 'value'], Object.entries(figures).map(([k, v]) => [k, fmt(v, Number.isInteger(v) ? 0 : 3)])));
  }
  if (results.errors.length) {
    out.push('');
    out.push('errors:');
    for (const e of results.errors) out.push(`  ${e}`);
  }
  out.push('');
  out.push(`total bench time ${secs(clock() - started)}`);
  console.log(out.join('\n'));

  const json: Record<string, unknown> = {
    node: process.version,
    cpus: os.cpus().length,
    stories: FEEDS * PER_FEED,
    rss_runner: dist.primary,
    load_avg_start: Math.round(loadAtStart[0] * 100) / 100,
    dist_stale_files: dist.stale.length,
  };
  for (const mode of MODES) {
    const tp = t[mode];
    if (tp) Object.assign(json, { [`once_${mode}_open_ms`]: Math.round(tp.openMs), [`once_${mode}_ms`]: Math.round(tp.onceMs), [`once_${mode}_stories_per_s`]: Math.round(tp.storiesPerS * 10) / 10, [`once_${mode}_alerts_sent`]: tp.alertsSent });
    const lt = l[mode];
    if (lt) Object.assign(json, { [`latency_${mode}_p50_ms`]: Math.round(lt.p50Ms), [`latency_${mode}_p99_ms`]: Math.round(lt.p99Ms), [`latency_${mode}_samples`]: lt.samples });
    for (const r of results.idleRss.filter((x) => x.mode === mode)) {
      json[`idle_rss_${mode}${r.phase === 'restart' ? '_restart' : ''}${r.runner === dist.primary ? '' : `_${r.runner}`}_mb`] = Math.round(r.rssMb * 10) / 10;
    }
  }
  Object.assign(json, m ?? {}, { errors: results.errors.length, total_s: Math.round((clock() - started) / 1000) });
  json.parts = results.parts;
  console.log(JSON.stringify(json));
}

let exitCode = 0;
let results: Results | null = null;
try {
  results = await main();
} catch (err) {
  console.error(`bench failed: ${(err as Error)?.stack ?? err}`);
  exitCode = 1;
} finally {
  log('cleaning up…');
  await cleanup.runAll();
}
if (results && !interrupted) report(results, { primary: existsSync(DIST_CLI) ? 'dist' : 'tsx', stale: await staleDist() });
process.exit(interrupted ? 130 : exitCode);

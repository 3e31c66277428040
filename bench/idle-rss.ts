/**
 * Idle RSS of the worker (`veille start`) in a child process: started on a small config (two feeds,
 * one Slack channel), given time to poll and process them, then left idle; VmRSS read from
 * /proc/<pid>/status.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { makeEnv, ROOT, stopChild, type Cleanup, type Mode } from './backends.js';
import { feedItem, generateArticles, pageHtml, rssFeed } from './corpus.js';
import { FETCH, slackAlert } from './pipeline.js';
import { clock, type Servers } from './servers.js';

export type Runner = 'dist' | 'tsx';

export const DIST_CLI = path.join(ROOT, 'dist/cli.js');

export function runnerArgs(runner: Runner): string[] {
  return runner === 'dist' ? [DIST_CLI, 'start'] : ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'start'];
}

/** src/ files modified after dist/cli.js was built (dist may not match the sources). */
export async function staleDist(): Promise<string[]> {
  if (!existsSync(DIST_CLI)) return [];
  const built = statSync(DIST_CLI).mtimeMs;
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if ((await stat(p)).mtimeMs > built) out.push(path.relative(ROOT, p));
    }
  };
  await walk(path.join(ROOT, 'src'));
  return out;
}

async function procStatus(pid: number): Promise<{ rssMb: number; hwmMb: number }> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

export interface IdleRssResult {
  mode: Mode;
  runner: Runner;
  /** first start on a fresh data dir / database, or a restart on the data left by the first */
  phase: 'first start' | 'restart';
  rssMb: number;
  /** peak RSS of the process (VmHWM) */
  hwmMb: number;
  /** from spawn to the feeds polled and the alerts posted */
  readyMs: number;
  ready: boolean;
  exitCode: number | null;
  stopMs: number;
}

const FEED_ITEMS = 10;

/** Environment of the child: ours without anything that would pick other backends. */
function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'VEILLE_CONFIG', 'VEILLE_DATA_DIR', 'VEILLE_QUEUE_PREFIX', 'VEILLE_JOB_LOCK_MS', 'NODE_OPTIONS']) delete env[k];
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

type Ctx = { cleanup: Cleanup; servers: Servers; slackUrl: string; redis: { url: string; own: boolean }; idleMs: number; readyTimeoutMs: number };

/**
 * `veille start` in a child on `feeds` feeds (each of FEED_ITEMS stories): ready once every feed was
 * polled and every on-storyline story posted to Slack; RSS read `idleMs` later; then SIGTERM.
 * Embedded, a second child restarts on the same data dir with one more feed (its first poll says
 * the restarted worker is up): PGlite's memory differs a lot between initdb and reopening.
 */
export async function idleRss(mode: Mode, runner: Runner, ctx: Ctx): Promise<IdleRssResult[]> {
  const tag = `rss-${mode}-${runner}`;
  const hook = `/hooks/${tag}`;
  const base = await ctx.servers.site(tag);
  const feeds = mode === 'embedded' ? 3 : 2;
  const articles = generateArticles(feeds * FEED_ITEMS, { seed: 303, onShare: 0.5, prefix: tag });
  await ctx.servers.pages(tag, articles.map((a) => [a.path, pageHtml(a, tag)]));
  for (let f = 0; f < feeds; f++) {
    const mine = articles.slice(f * FEED_ITEMS, (f + 1) * FEED_ITEMS);
    await ctx.servers.feed(tag, `/feed${f}.xml`, rssFeed(tag, base, mine.map((a) => feedItem(a, base))));
  }
  const config = (n: number) => ({
    sources: Array.from({ length: n }, (_, f) => ({ id: `feed${f}`, type: 'rss', url: `${base}/feed${f}.xml`, every: '15m' })),
    alerts: [slackAlert(ctx.slackUrl, hook)],
    fetch: FETCH,
    // each worker its own port: they run side by side (the web app's own cost: bench/web.ts)
    web: { port: 0 },
  });
  const env = await makeEnv(ctx.cleanup, mode, tag.replace(/-/g, '_'), config(2), ctx.redis);
  try {
    const out: IdleRssResult[] = [];
    const on = (n: number) => articles.slice(0, n * FEED_ITEMS).filter((a) => a.onStoryline).length;
    out.push(await runChild('first start', [0, 1], on(2)));
    if (mode === 'embedded') {
      await env.writeConfig(config(3));
      out.push(await runChild('restart', [2], on(3)));
    }
    return out;
  } finally {
    await env.dispose();
  }

  async function runChild(phase: IdleRssResult['phase'], feedsToPoll: number[], expectedPosts: number): Promise<IdleRssResult> {
    const t0 = clock();
    const child = spawn(process.execPath, runnerArgs(runner), {
      cwd: ROOT,
      env: childEnv({
        VEILLE_CONFIG: env.configPath,
        VEILLE_DATA_DIR: env.dataDir,
        DATABASE_URL: env.databaseUrl,
        REDIS_URL: env.redisUrl,
        VEILLE_QUEUE_PREFIX: mode === 'redis' ? env.prefix : undefined,
        LOG_LEVEL: 'warn',
        CI: '1',
      }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(-2000)));
    const stop = ctx.cleanup.add(`child ${tag} (pid ${child.pid})`, () => stopChild(child, 'SIGKILL', 2000));
    try {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const dead = () => child.exitCode !== null || child.signalCode !== null;
      const ready = () =>
        feedsToPoll.every((f) => (ctx.servers.feedHits.get(`${tag}/feed${f}.xml`) ?? 0) > 0) &&
        ctx.servers.posts.filter((p) => p.path === hook).length >= expectedPosts;
      let ok = false;
      while (clock() - t0 < ctx.readyTimeoutMs && !dead()) {
        if ((ok = ready())) break;
        await Promise.race([new Promise((r) => setTimeout(r, 100)), exited]);
      }
      const readyMs = clock() - t0;
      if (dead()) throw new Error(`${tag} (${phase}): the worker exited with ${child.exitCode}: ${stderr.trim().slice(-400)}`);
      await Promise.race([new Promise((r) => setTimeout(r, ctx.idleMs)), exited]);
      if (dead()) throw new Error(`${tag} (${phase}): the worker exited with ${child.exitCode} while idle: ${stderr.trim().slice(-400)}`);
      const mem = await procStatus(child.pid!);
      const t1 = clock();
      const exitCode = await stopChild(child, 'SIGTERM', 25_000);
      return { mode, runner, phase, rssMb: mem.rssMb, hwmMb: mem.hwmMb, readyMs, ready: ok, exitCode, stopMs: clock() - t1 };
    } finally {
      await stop();
    }
  }
}

/**
 * Matching benchmark: scorer build time and stories/s on generated ~3 KB stories with the seed
 * watchlist (config/watchlist.yaml). Prints figures; never asserts timings.
 *
 *   npx tsx bench/matching.ts
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadWatchlist } from '../src/config/load.js';
import type { Watchlist } from '../src/config/watchlist.js';
import type { StoryInput } from '../src/domain/types.js';
import { createScorer as createScorerFromSource } from '../src/matchers/index.js';
import { staleDist } from './idle-rss.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STORY_BYTES = 3000;
const STORIES = 2000;
const BUILDS = 5;
/** A tweet or a headline: at most 60 words. */
const SHORT_STORY_BYTES = 300;
/** A long report or feature. */
const LONG_STORY_BYTES = 20_000;
const LONG_STORIES = 300;

/** Filler words in the languages we read, so that normalisation meets accents and Cyrillic. */
const FILLER = (
  'the of and to in a that said on for with was as by at from his it an were are which this be has have had not ' +
  'government officials report week statement company market court police minister city people year new first ' +
  'le la les de des du et un une dans pour sur avec selon a été ont été après déclaré gouvernement élection été ' +
  'der die das und zu den mit von für auf ist sich dem nicht eine als auch Regierung Wahl über ' +
  'el la los las de y en que por con para según año gobierno elección ' +
  'и в не на что с по как это от для страны выборы правительство заявил года'
).split(' ');

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of words that are watchlist aliases in an on-topic story (~10 names in 3 KB). */
const ON_TOPIC_ALIAS_RATE = 0.02;
/** ... and in an off-topic one (a name or none). */
const OFF_TOPIC_ALIAS_RATE = 0.002;

/** ~3 KB stories: filler sentences with watchlist aliases sprinkled in at `aliasRate` of the words. */
export function generateStories(watchlist: Watchlist, count = STORIES, aliasRate = ON_TOPIC_ALIAS_RATE, bytes = STORY_BYTES): StoryInput[] {
  const rnd = random(42);
  const aliases = watchlist.entities.flatMap((e) => e.aliases.map((a) => a.text));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const stories: StoryInput[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length < bytes) {
      const words: string[] = [];
      const n = 8 + Math.floor(rnd() * 14);
      for (let w = 0; w < n; w++) words.push(rnd() < aliasRate ? pick(aliases) : pick(FILLER));
      text += `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}. `;
      if (rnd() < 0.15) text += '\n\n';
    }
    const title = `${rnd() < aliasRate * 25 ? pick(aliases) : pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`;
    stories.push({ title, text, lang: null, publishedAt: '2017-11-14' });
  }
  return stories;
}

/**
 * Time of a `charCodeAt` loop over the time of the same loop reading `s[i]`: about 1 while V8 inlines
 * `String.prototype.charCodeAt`, about 5 once any module in the process defines a subclass of `String`
 * (ioredis 6 did), which slows every character loop of the matcher and the HTML parser.
 */
export function charCodeAtRatio(): number {
  const text = 'The committee heard from the witness about the emails and the meeting. '.repeat(60);
  const byCode = (s: string) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
    return n;
  };
  const byIndex = (s: string) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s[i] === ' ') n++;
    return n;
  };
  const time = (loop: (s: string) => number) => {
    for (let r = 0; r < 2_000; r++) loop(text); // optimised first
    const t0 = performance.now();
    for (let r = 0; r < 10_000; r++) loop(text);
    return performance.now() - t0;
  };
  return Math.round((time(byCode) / time(byIndex)) * 100) / 100;
}

const DIST_MATCHERS = path.join(ROOT, 'dist/matchers/index.js');

/**
 * The scorer as deployed (the Docker image runs dist/, compiled by tsc) when a current build is there;
 * else from the sources through tsx, whose helpers (a `__name` call per closure created) cost ~10%.
 */
async function scorerFactory(): Promise<{ createScorer: typeof createScorerFromSource; fromDist: boolean }> {
  if (existsSync(DIST_MATCHERS) && !(await staleDist()).length) {
    const built = (await import(pathToFileURL(DIST_MATCHERS).href)) as { createScorer: typeof createScorerFromSource };
    return { createScorer: built.createScorer, fromDist: true };
  }
  return { createScorer: createScorerFromSource, fromDist: false };
}

export async function benchMatching(watchlistPath = path.join(ROOT, 'config/watchlist.yaml')): Promise<Record<string, number>> {
  const watchlist = await loadWatchlist(watchlistPath);
  const { createScorer, fromDist } = await scorerFactory();
  createScorer(watchlist); // warm-up: JIT and the normaliser's caches
  let buildMs = Infinity;
  for (let i = 0; i < BUILDS; i++) {
    const t0 = performance.now();
    createScorer(watchlist);
    buildMs = Math.min(buildMs, performance.now() - t0);
  }
  const scorer = createScorer(watchlist);
  // per wall second, and per CPU second of this process (what a busy machine's other processes do not change)
  const time = (stories: StoryInput[]) => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let relevant = 0;
    for (const s of stories) if (scorer.score(s).relevant) relevant++;
    const cpu = process.cpuUsage(cpu0);
    return {
      perSecond: Math.round(stories.length / ((performance.now() - t0) / 1000)),
      perCpuSecond: Math.round(stories.length / ((cpu.user + cpu.system) / 1e6)),
      relevant: relevant / stories.length,
    };
  };
  const rate = (stories: StoryInput[]) => {
    for (const s of stories.slice(0, 200)) scorer.score(s); // warm-up
    return time(stories);
  };
  const onTopic = generateStories(watchlist, STORIES, ON_TOPIC_ALIAS_RATE);
  // a fresh process scores its first couple of thousand stories while V8 still compiles the matcher, at
  // less than half the speed; a running worker is past that, so the figures below come after one pass
  const firstPass = time(onTopic);
  // a feed: one story in five on the storyline's names, the rest mentioning one name now and then
  const feed = generateStories(watchlist, STORIES, OFF_TOPIC_ALIAS_RATE).map((s, i) => (i % 5 === 0 ? onTopic[i] : s));
  const dense = rate(onTopic);
  const mixed = rate(feed);
  // tweets and headlines (≤ 60 words, ~300 bytes, a name or two) and long reports (~20 KB)
  const short = rate(generateStories(watchlist, STORIES, ON_TOPIC_ALIAS_RATE * 2, SHORT_STORY_BYTES));
  const long = rate(generateStories(watchlist, LONG_STORIES, ON_TOPIC_ALIAS_RATE, LONG_STORY_BYTES));
  const avgBytes = onTopic.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0) / onTopic.length;
  return {
    matching_from_dist: fromDist ? 1 : 0,
    matching_scorer_build_ms: Math.round(buildMs * 10) / 10,
    matching_story_bytes: Math.round(avgBytes),
    matching_charcodeat_ratio: charCodeAtRatio(),
    matching_on_topic_first_pass_stories_per_s: firstPass.perSecond,
    matching_on_topic_stories_per_s: dense.perSecond,
    matching_on_topic_stories_per_cpu_s: dense.perCpuSecond,
    matching_feed_stories_per_s: mixed.perSecond,
    matching_short_stories_per_s: short.perSecond,
    matching_20kb_stories_per_s: long.perSecond,
    matching_on_topic_relevant_share: Math.round(dense.relevant * 100) / 100,
    matching_feed_relevant_share: Math.round(mixed.relevant * 100) / 100,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await benchMatching(process.argv[2]);
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(28)} ${v}`);
}

/**
 * Matching with a large watchlist: 1,000 generated entities × 5 aliases and 200 claims (plausible
 * multi-word names, handles, acronyms, Cyrillic spellings; deterministic seed), scorer build time
 * and stories/s on 2,000 generated ~3 KB stories, some mentioning entities. Prints figures and the
 * targets (≥ 300 stories/s, build < 200 ms); never asserts timings.
 *
 *   npx tsx bench/matching-large.ts
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Watchlist } from '../src/config/watchlist.js';
import type { StoryInput } from '../src/domain/types.js';
import { createScorer } from '../src/matchers/index.js';

const ENTITIES = 1000;
const ALIASES_PER_ENTITY = 5;
const CLAIMS = 200;
const STORIES = 2000;
const STORY_BYTES = 3000;
const BUILDS = 3;
/** Share of stories that mention watchlist entities (several names each); the rest mention one now and then. */
const ON_TOPIC_SHARE = 0.3;
const TARGET = { storiesPerS: 300, buildMs: 200 };

/** Deterministic pseudo-random numbers (mulberry32). */
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

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'f', 'g', 'gr', 'h', 'j', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'm', 'nd', 'rt', 'sk', 'v'];
const ORG_SUFFIXES = ['Group', 'Holdings', 'Agency', 'Institute', 'Partners', 'Media', 'Foundation', 'Bank'];
const PLACE_PREFIXES = ['Port', 'Saint', 'New', 'Upper', 'Lake'];
const UNITS = ['users', 'tweets', 'accounts', 'euros', 'dollars', 'ads', 'documents', 'officers'];
const TRANSLIT: Record<string, string> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', y: 'й', z: 'з',
};

/** Filler words in the five languages the matchers read. */
const FILLER = (
  'the of and to in a that said on for with was as by at from his it an were are which this be has have had not ' +
  'government officials report week statement company market court police minister city people year new first ' +
  'le la les de des du et un une dans pour sur avec selon a été ont été après déclaré gouvernement élection ' +
  'der die das und zu den mit von für auf ist sich dem nicht eine als auch Regierung Wahl über ' +
  'el la los las de y en que por con para según año gobierno elección ' +
  'и в не на что с по как это от для страны выборы правительство заявил года'
).split(' ');

interface Generated {
  watchlist: Watchlist;
  aliases: string[];
}

function generateWatchlist(rnd: () => number): Generated {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const syllable = () => pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  const word = (n = 2 + Math.floor(rnd() * 2)) => {
    let w = '';
    for (let i = 0; i < n; i++) w += syllable();
    return w[0].toUpperCase() + w.slice(1);
  };
  const cyrillic = (s: string) => [...s.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('').replace(/^./u, (c) => c.toUpperCase());
  const ids = new Set<string>();
  const entities = [];
  for (let i = 0; i < ENTITIES; i++) {
    const kind = i % 5;
    let id: string;
    let type: string;
    let aliases: { text: string; lang?: string[]; kind?: string; needs_context?: boolean }[];
    if (kind <= 1) {
      const first = word(2);
      const last = word();
      type = 'person';
      id = `${first}_${last}`.toLowerCase();
      aliases = [
        { text: `${first} ${last}` },
        { text: `${first[0]}. ${last}` },
        { text: last, needs_context: true },
        { text: `@${first}${last}`, kind: 'handle' },
        { text: `${cyrillic(first)} ${cyrillic(last)}`, lang: ['ru'] },
      ];
    } else if (kind === 2) {
      const a = word();
      const b = word(2);
      const suffix = pick(ORG_SUFFIXES);
      type = 'org';
      id = `${a}_${b}_${suffix}`.toLowerCase();
      aliases = [
        { text: `${a} ${b} ${suffix}` },
        { text: `${a} ${b}` },
        { text: `${a[0]}${b[0]}${suffix[0]}`, needs_context: true, kind: 'acronym' },
        { text: `@${a}${b}`, kind: 'handle' },
        { text: `the ${a} group`, lang: ['en'], kind: 'description' },
      ];
    } else if (kind === 3) {
      const name = word(3);
      const prefix = pick(PLACE_PREFIXES);
      type = 'place';
      id = `${prefix}_${name}`.toLowerCase();
      aliases = [
        { text: `${prefix} ${name}` },
        { text: name },
        { text: `${cyrillic(prefix)} ${cyrillic(name)}`, lang: ['ru'] },
        { text: `${name} harbour`, lang: ['en'] },
        { text: `le port de ${name}`, lang: ['fr'], kind: 'description' },
      ];
    } else {
      const name = word(2);
      type = 'platform';
      id = `${name}_app`.toLowerCase();
      aliases = [
        { text: `${name} App` },
        { text: name, needs_context: true },
        { text: `${name.toLowerCase()}.com` },
        { text: `@${name}`, kind: 'handle' },
        { text: `le réseau ${name}`, lang: ['fr'], kind: 'description' },
      ];
    }
    while (ids.has(id)) id += '_x';
    ids.add(id);
    entities.push({ id, type, aliases: aliases.slice(0, ALIASES_PER_ENTITY) });
  }
  const claims = [];
  for (let c = 0; c < CLAIMS; c++) {
    const members = [pick(entities), pick(entities), pick(entities)].slice(0, 2 + Math.floor(rnd() * 2));
    const names = members.map((e) => e.aliases[0].text);
    const value = 10 + Math.floor(rnd() * 100_000);
    const unit = pick(UNITS);
    const year = 2010 + Math.floor(rnd() * 10);
    const statement = `${names[0]} paid ${names[1]} about ${value.toLocaleString('en-US')} ${unit} in ${year}.`;
    claims.push({
      id: `C${String(c + 1).padStart(3, '0')}`,
      source: `S${c % 5}`,
      quote: `${names[0]} a versé environ ${value} ${unit} à ${names[1]} en ${year}.`,
      statement,
      entities: [...new Set(members.map((e) => e.id))],
      quantities: [{ value, unit, approx: true }],
      dates: [{ value: String(year) }],
    });
  }
  const watchlist = Watchlist.parse({ version: 1, language_of_seeds: 'fr', entities, claims, context_words: ['election', 'élection', 'Wahl', 'elección', 'выборы'] });
  return { watchlist, aliases: watchlist.entities.flatMap((e) => e.aliases.map((a) => a.text)) };
}

/** Share of on-topic stories that restate a claim (with its number kept or changed): the stance path runs. */
const CLAIM_STORY_SHARE = 0.3;

function generateStories(rnd: () => number, aliases: readonly string[], claims: Watchlist['claims']): StoryInput[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const stories: StoryInput[] = [];
  for (let i = 0; i < STORIES; i++) {
    const onTopic = rnd() < ON_TOPIC_SHARE;
    const rate = onTopic ? 0.02 : 0.001;
    let text = '';
    if (onTopic && rnd() < CLAIM_STORY_SHARE) {
      const claim = pick(claims);
      text += rnd() < 0.5 ? `${claim.statement} ` : `${claim.statement.replace(/\d[\d,]*/u, (n) => String(Number(n.replace(/,/g, '')) * 3))} `;
    }
    while (Buffer.byteLength(text) < STORY_BYTES) {
      const words: string[] = [];
      const n = 8 + Math.floor(rnd() * 14);
      for (let w = 0; w < n; w++) words.push(rnd() < rate ? pick(aliases) : pick(FILLER));
      if (rnd() < 0.2) words.push(`${Math.floor(rnd() * 100_000)}`, pick(UNITS));
      text += `${words.join(' ').replace(/^./u, (c) => c.toUpperCase())}. `;
      if (rnd() < 0.15) text += '\n\n';
    }
    const title = `${onTopic ? pick(aliases) : pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`;
    stories.push({ title, text, lang: null, publishedAt: '2017-11-14' });
  }
  return stories;
}

export async function benchLargeWatchlist(): Promise<Record<string, number>> {
  const rnd = random(20171114);
  const { watchlist, aliases } = generateWatchlist(rnd);
  const stories = generateStories(rnd, aliases, watchlist.claims);

  let t0 = performance.now();
  await createScorer(watchlist);
  const firstBuildMs = performance.now() - t0;
  let buildMs = Infinity;
  for (let i = 0; i < BUILDS; i++) {
    t0 = performance.now();
    await createScorer(watchlist);
    buildMs = Math.min(buildMs, performance.now() - t0);
  }
  const scorer = await createScorer(watchlist);
  for (const s of stories.slice(0, 200)) scorer.score(s); // warm-up
  t0 = performance.now();
  let relevant = 0;
  let withClaims = 0;
  for (const s of stories) {
    const score = scorer.score(s);
    if (score.relevant) relevant++;
    if (score.claims.length) withClaims++;
  }
  const seconds = (performance.now() - t0) / 1000;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    large_entities: watchlist.entities.length,
    large_aliases: aliases.length,
    large_claims: watchlist.claims.length,
    large_story_bytes: Math.round(stories.reduce((n, s) => n + Buffer.byteLength(s.text), 0) / stories.length),
    large_scorer_first_build_ms: round1(firstBuildMs),
    large_scorer_build_ms: round1(buildMs),
    large_stories_per_s: Math.round(stories.length / seconds),
    large_relevant_share: Math.round((relevant / stories.length) * 100) / 100,
    large_with_claims_share: Math.round((withClaims / stories.length) * 100) / 100,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await benchLargeWatchlist();
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(30)} ${v}`);
  console.log(`target: ≥ ${TARGET.storiesPerS} stories/s (${figures.large_stories_per_s >= TARGET.storiesPerS ? 'met' : 'NOT met'}), build < ${TARGET.buildMs} ms (${figures.large_scorer_build_ms < TARGET.buildMs ? 'met' : 'NOT met'})`);
}

/**
 * Relevance of a story to the storyline, 0..1, from its entity evidence.
 *
 * Every weight is derived from the watchlist itself: an entity is *specific* when it is of a
 * narrow type (a person, an event), few claims need it (hubs such as the main protagonist or the
 * platforms appear in most stories about them, relevant or not), and claims list it first (their
 * subject) rather than last (their context). An entity's optional `weight` overrides all that, on
 * the same scale (≈0.15 a platform everyone names … ≈0.8 a person only this storyline names).
 * Evidence adds up — entities (title mentions more, passing mentions less), entity pairs that share
 * claims, claim candidates, the claims' wording — with diminishing returns, and saturates:
 * relevance = 1 - exp(-x); stories published outside the storyline's time window weigh less.
 */
import type { Watchlist } from '../config/watchlist.js';
import type { ClaimCandidate } from './claims.js';
import type { EntityEvidence } from './entities.js';
import { MAX_THREAD_BITS, type StorylineVocabulary } from './vocabulary.js';
import { predict } from './logistic.js';
import { RELEVANCE_MODEL } from './relevance-weights.js';

/** How narrow an entity type is: a named person or event rarely appears off-storyline by chance. */
const TYPE_SPECIFICITY: Record<string, number> = { person: 1, event: 1, org: 0.8, media: 0.6, platform: 0.5, place: 0.3 };
const DEFAULT_TYPE_SPECIFICITY = 0.7;
/** Entities no claim refers to are background (the newspapers, the investigation as a whole). */
const UNCLAIMED_FACTOR = 0.6;
/** An entity always listed last in its claims is their context, not their subject: up to this much weaker. */
const CONTEXT_ROLE_DISCOUNT = 0.5;
/** An entity most of whose aliases are ambiguous is weaker evidence. */
const AMBIGUITY_PENALTY = 0.3;
/** Specificity from which an entity is named as "specific" in explanations. */
export const SPECIFIC_ENTITY = 0.6;

/** A title mention is the story's subject, not an aside. */
const TITLE_BOOST = 1.5;
/** Where a story's lead ends (characters after the title): names there are its subject. */
const LEAD_CHARS = 500;
/** Named once, after the lead: a passing mention, which does not make a story about it. */
const PASSING_FACTOR = 0.5;

/**
 * Gains of the evidence terms (x = Σ gain × term). Scale: a story needs about one full claim
 * candidate plus a pair of claim-sharing entities, or several specific entities with storyline
 * wording, to pass relevance 0.5 (x ≈ 0.7); a single entity, however specific, stays below it.
 */
const GAIN = { entities: 0.2, pairs: 0.2, candidate: 0.6, vocabulary: 0.35, stance: 0.8 };
/** Vocabulary evidence assumed for a story in a language the claims are not worded in (see NEUTRAL_OVERLAP). */
const NEUTRAL_VOCABULARY = 0.4;
/** Vocabulary evidence counts up to this much idf mass (half a dozen distinctive storyline words). */
const VOCABULARY_SATURATION = 20;

/** Stories published this long before the first claims' dates cannot report on them. */
export const WINDOW_LEAD_MS = 183 * 86_400_000;
/** Stories published this long after the last claim are rarely about it again. */
const WINDOW_TAIL_MS = 3 * 365 * 86_400_000;
const BEFORE_WINDOW_FACTOR = 0.25;
const AFTER_WINDOW_FACTOR = 0.6;

export interface RelevanceModel {
  /** entity id → 0..~1.5 specificity */
  specificity: Map<string, number>;
  /** entity id → entity id → number of claims naming both (both ways) */
  sharedClaims: Map<string, Map<string, number>>;
  /** entity id → display name (its first alias) */
  names: Map<string, string>;
  /** publication dates outside this window weigh less (epoch ms), null without dated claims */
  window: { start: number; end: number } | null;
}

function countPair(shared: RelevanceModel['sharedClaims'], a: string, b: string): void {
  for (const [x, y] of [[a, b], [b, a]]) {
    let partners = shared.get(x);
    if (!partners) shared.set(x, (partners = new Map()));
    partners.set(y, (partners.get(y) ?? 0) + 1);
  }
}

function claimDate(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.trim());
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
}

/** The storyline's time window: from the 10th percentile of claim dates (minus a lead) to the last one (plus a tail). */
export function storylineWindow(watchlist: Pick<Watchlist, 'claims'>): RelevanceModel['window'] {
  const dates = watchlist.claims
    .flatMap((c) => c.dates.map((d) => claimDate(d.value)))
    .filter((d): d is number => d !== null)
    .sort((a, b) => a - b);
  if (dates.length < 3) return null;
  return { start: dates[Math.floor(dates.length * 0.1)] - WINDOW_LEAD_MS, end: dates[dates.length - 1] + WINDOW_TAIL_MS };
}

export function buildRelevanceModel(watchlist: Pick<Watchlist, 'entities' | 'claims'>): RelevanceModel {
  const claimCount = new Map<string, number>();
  const roleSum = new Map<string, number>();
  const sharedClaims: RelevanceModel['sharedClaims'] = new Map();
  for (const claim of watchlist.claims) {
    const ids = [...new Set(claim.entities)];
    ids.forEach((a, i) => {
      claimCount.set(a, (claimCount.get(a) ?? 0) + 1);
      // a claim lists its subject first and its context last
      roleSum.set(a, (roleSum.get(a) ?? 0) + 1 - CONTEXT_ROLE_DISCOUNT * (ids.length > 1 ? i / (ids.length - 1) : 0));
      for (const b of ids.slice(i + 1)) countPair(sharedClaims, a, b);
    });
  }
  const counts = [...claimCount.values()].sort((a, b) => a - b);
  const typical = counts.length ? counts[Math.floor(counts.length / 2)] : 1;
  const specificity = new Map<string, number>();
  for (const entity of watchlist.entities) {
    if (entity.weight !== undefined) {
      specificity.set(entity.id, entity.weight);
      continue;
    }
    const c = claimCount.get(entity.id) ?? 0;
    const hub = 1 / (1 + 0.5 * Math.log2(1 + c / typical));
    const role = c ? roleSum.get(entity.id)! / c : 1;
    const ambiguous = entity.aliases.filter((a) => a.needs_context).length / entity.aliases.length;
    const type = TYPE_SPECIFICITY[entity.type] ?? DEFAULT_TYPE_SPECIFICITY;
    specificity.set(entity.id, type * hub * role * (c ? 1 : UNCLAIMED_FACTOR) * (1 - AMBIGUITY_PENALTY * ambiguous));
  }
  const names = new Map(watchlist.entities.map((e) => [e.id, e.aliases[0].text]));
  return { specificity, sharedClaims, names, window: storylineWindow(watchlist) };
}

export interface RelevanceInput {
  entities: EntityEvidence[];
  /** where the title ends in the matched text (entity positions are offsets in it) */
  titleEnd: number;
  candidates: ClaimCandidate[];
  vocabulary: StorylineVocabulary;
  /** storyline stems found in the story; null when its language cannot be compared with the claims' */
  storyStems: ReadonlySet<string> | null;
  publishedAt?: string | null;
  /** score of the story's best claim stance (0 without one): taking a stance on a claim is the storyline */
  stance?: number;
  /** share of the story's person mentions that are of people the watchlist does not name (outsiders.ts) */
  outsiders?: number;
}

export interface RelevanceBreakdown {
  relevance: number;
  /** the evidence terms before gains */
  terms: { entities: number; pairs: number; candidate: number; vocabulary: number; stance: number };
  /** factor applied for the publication date (1 inside the storyline window) */
  dateFactor: number;
  /** per entity: its evidence */
  entityEvidence: Map<string, number>;
  /** entity pairs that share claims */
  pairs: { a: string; b: string; shared: number }[];
  /** storyline words found (stems) */
  words: string[];
  /** the thread the story is most about, and how much (0..1) */
  thread: { id: string; score: number } | null;
  /** tangential topics the story is about */
  tangential: number;
  /** the signals the fitted combination weighs (relevance-weights.ts) */
  features: RelevanceFeatures;
}

/** The signals the fitted relevance weighs, each storyline-independent (derived from the watchlist, never from a story). */
export interface RelevanceFeatures {
  /** the hand-set combination of entities, pairs, claim candidates, claim wording and stance (x of 1 - e^-x) */
  evidence: number;
  /** distinct specific entities (log) */
  specific: number;
  /** the best thread's words in the story (0..1), halved without any of the thread's entities */
  thread: number;
  /** how many tangential topics the story is about */
  tangential: number;
  /** the share of its people the storyline does not name (0..1) */
  outsiders: number;
}

export function entityEvidence(ev: EntityEvidence, specificity: number, titleEnd: number): number {
  const passing = ev.count === 1 && !ev.inTitle && ev.positions[0].start > titleEnd + LEAD_CHARS;
  const prominence = ev.inTitle ? TITLE_BOOST : passing ? PASSING_FACTOR : 1;
  // (a needs_context alias counts fully once its context is there: "ZG" beside the network it runs is that company;
  // without the context it is not counted at all, entities.ts; an entity most of whose aliases are ambiguous is
  // already weaker through its specificity)
  return specificity * (1 + 0.4 * Math.log(ev.count)) * prominence;
}

/** The strongest piece of evidence counts fully, the next ones less and less: many broad names are not the storyline. */
function diminishing(values: number[]): number {
  return values.sort((a, b) => b - a).reduce((sum, v, i) => sum + v / Math.sqrt(i + 1), 0);
}

export function scoreRelevance(input: RelevanceInput, model: RelevanceModel): RelevanceBreakdown {
  const perEntity = new Map<string, number>();
  // a post that names the storyline's people only as who wrote or reposted it says nothing of the storyline by that
  const authorsOnly = input.entities.every((ev) => ev.authorOnly);
  for (const ev of input.entities) {
    const evidence = entityEvidence(ev, model.specificity.get(ev.id) ?? DEFAULT_TYPE_SPECIFICITY, input.titleEnd);
    perEntity.set(ev.id, authorsOnly ? evidence * PASSING_FACTOR : evidence);
  }
  const entities = diminishing([...perEntity.values()]);

  const pairs: RelevanceBreakdown['pairs'] = [];
  const pairValues: number[] = [];
  const ids = [...perEntity.keys()];
  for (let i = 0; i < ids.length; i++) {
    const a = ids[i];
    const partners = model.sharedClaims.get(a);
    if (!partners) continue;
    for (let j = i + 1; j < ids.length; j++) {
      const b = ids[j];
      const shared = partners.get(b) ?? 0;
      if (!shared) continue;
      pairs.push({ a, b, shared });
      pairValues.push(Math.sqrt(perEntity.get(a)! * perEntity.get(b)!) * Math.min(1, shared / 2));
    }
  }
  const pairTerm = diminishing(pairValues);

  const candidate = input.candidates.length ? input.candidates[0].score : 0;

  const words: string[] = [];
  let mass = 0;
  if (input.entities.length && input.storyStems) {
    for (const s of input.storyStems) {
      const w = input.vocabulary.idf.get(s);
      if (!w) continue; // not a word of the claims (a tangential topic's)
      words.push(s);
      mass += w;
    }
  }
  // the claims' wording counts as far as the story has a claim's entities together (half a candidate is enough)
  const wording = !input.entities.length ? 0 : input.storyStems ? Math.min(1, mass / VOCABULARY_SATURATION) : NEUTRAL_VOCABULARY;
  const vocabulary = wording * Math.min(1, 2 * candidate);

  let dateFactor = 1;
  const published = input.publishedAt ? Date.parse(input.publishedAt) : NaN;
  if (model.window && Number.isFinite(published)) {
    if (published < model.window.start) dateFactor = BEFORE_WINDOW_FACTOR;
    else if (published > model.window.end) dateFactor = AFTER_WINDOW_FACTOR;
  }
  const stance = input.stance ?? 0;
  const terms = { entities, pairs: pairTerm, candidate, vocabulary, stance };
  const x =
    (GAIN.entities * entities + GAIN.pairs * pairTerm + GAIN.candidate * candidate + GAIN.vocabulary * vocabulary + GAIN.stance * stance) *
    dateFactor;

  // the storyline's threads: their words in the story, with one of their entities
  let thread: RelevanceBreakdown['thread'] = null;
  const present = new Set(input.entities.map((e) => e.id));
  if (input.storyStems) {
    const { threads, threadBits, idf } = input.vocabulary;
    const mass = new Float64Array(threads.length);
    for (const s of input.storyStems) {
      let bits = threadBits.get(s) ?? 0;
      if (!bits) continue;
      const w = idf.get(s) ?? 0;
      for (let k = 0; bits; k++, bits >>>= 1) if (bits & 1) mass[k] += w;
    }
    for (let k = MAX_THREAD_BITS; k < threads.length; k++) for (const s of input.storyStems) if (threads[k].stems.has(s)) mass[k] += idf.get(s) ?? 0;
    for (let k = 0; k < threads.length; k++) {
      if (!mass[k]) continue;
      let named = false;
      for (const id of present) named ||= threads[k].entities.has(id);
      const score = Math.min(1, mass[k] / THREAD_SATURATION) * (named ? 1 : UNNAMED_THREAD_FACTOR);
      if (score > (thread?.score ?? 0)) thread = { id: threads[k].id, score };
    }
  }
  let tangential = 0;
  if (input.storyStems) {
    for (const topic of input.vocabulary.tangential) {
      let found = 0;
      for (const s of topic) if (input.storyStems.has(s)) found++;
      if (found >= Math.max(1, Math.ceil(TANGENTIAL_SHARE * topic.size))) tangential++;
    }
  }
  let specificCount = 0;
  for (const id of perEntity.keys()) if ((model.specificity.get(id) ?? 0) >= SPECIFIC_ENTITY) specificCount++;
  const features: RelevanceFeatures = { evidence: x, specific: Math.log1p(specificCount), thread: thread?.score ?? 0, tangential, outsiders: input.outsiders ?? 0 };
  // no watchlist entity named: nothing ties the story to the storyline
  const relevance = !input.entities.length ? 0 : RELEVANCE_MODEL ? predict(RELEVANCE_MODEL, features) : 1 - Math.exp(-x);
  return { relevance, terms, dateFactor, entityEvidence: perEntity, pairs, words, thread, tangential, features };
}

/** Idf mass of a thread's words that makes a story about it (three or four of its distinctive words). */
const THREAD_SATURATION = 20;
/** A thread's words without any of its entities: half as sure. */
const UNNAMED_THREAD_FACTOR = 0.5;
/** Share of a tangential topic's words a story must use to be about it. */
const TANGENTIAL_SHARE = 0.6;

/**
 * The story scorer: entities, claim candidates and relevance for one story, with the reasons.
 * Everything the watchlist implies (automaton, weights, vocabulary) is compiled once per scorer.
 */
import type { Watchlist } from '../config/watchlist.js';
import { proposeThreads } from '../seeds/threads.js';
import type { Scorer, StoryInput, StoryScore } from '../domain/types.js';
import { buildStanceModel, type StanceModel } from './claim-profile.js';
import { findClaimCandidates, type ClaimCandidate } from './claims.js';
import { createEntityMatcher, type StoryAnalysis } from './entities.js';
import { storyLanguage } from './language.js';
import { foldText } from './normalize.js';
import { findOutsiders, type Outsiders } from './outsiders.js';
import { buildRelevanceModel, scoreRelevance, SPECIFIC_ENTITY, type RelevanceBreakdown, type RelevanceModel } from './relevance.js';
import { assessClaims, type ClaimStance } from './stance.js';
import { ruleBasedStance, type StanceProvider } from './stance-provider.js';
import { withStandardNames } from './standard-names.js';
import { withStatedFacts } from './stated-facts.js';
import { buildVocabulary, claimOverlaps, storylineStems, type StorylineVocabulary } from './vocabulary.js';

export interface ScorerOptions {
  /**
   * Relevance from which a story counts as relevant.
   * @defaultValue 0.5
   */
  relevanceThreshold?: number;
  /**
   * Who decides each (sentence, claim) stance in `assess`: the rule-based matcher when unset.
   * @defaultValue the rule-based provider
   */
  stance?: StanceProvider;
}

export const DEFAULT_RELEVANCE_THRESHOLD = 0.5;

/** Everything the scorer found in one story, for explanations. */
export interface StoryDetails {
  analysis: StoryAnalysis;
  candidates: ClaimCandidate[];
  /** claims assessed for a stance (those with a score ≥ 0.5 are in score.claims) */
  stances: ClaimStance[];
  breakdown: RelevanceBreakdown;
  /** people the story names whom the watchlist does not */
  outsiders: Outsiders;
  score: StoryScore;
}

export interface DetailedScorer extends Scorer {
  /** the rule-based stance provider over this scorer */
  readonly ruleStance: StanceProvider;
  /** the score with everything behind it */
  details(story: StoryInput): StoryDetails;
  readonly model: RelevanceModel;
  readonly vocabulary: StorylineVocabulary;
  readonly stanceModel: StanceModel;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function whyLines(d: Omit<StoryDetails, 'score'>, model: RelevanceModel, threads: ReadonlyMap<string, string>): string[] {
  const name = (id: string) => model.names.get(id) ?? id;
  const { analysis, breakdown } = d;
  const why: string[] = [];
  if (!analysis.entities.length) return ['names no one and nothing the watchlist follows'];
  const ranked = [...analysis.entities].sort((a, b) => (breakdown.entityEvidence.get(b.id) ?? 0) - (breakdown.entityEvidence.get(a.id) ?? 0));
  why.push(`names ${ranked.map((e) => (e.count > 1 ? `${name(e.id)} (${e.count} times)` : name(e.id))).join(', ')}`);
  const inTitle = ranked.filter((e) => e.inTitle);
  if (inTitle.length) why.push(`the title names ${inTitle.map((e) => name(e.id)).join(', ')}`);
  if (breakdown.pairs.length) {
    const top = [...breakdown.pairs].sort((a, b) => b.shared - a.shared).slice(0, 2);
    why.push(`names together people and things the seed claims link: ${top.map((p) => `${name(p.a)} and ${name(p.b)}`).join('; ')}`);
  }
  for (const c of d.stances.filter((x) => x.score >= 0.5 && x.stance !== 'possible').slice(0, 3)) {
    why.push(`${c.stance} claim ${c.claim}: ${c.reason} The story: “${clip(c.evidence)}”`);
  }
  for (const c of d.stances.filter((x) => x.score >= 0.5 && x.stance === 'possible').slice(0, 2)) {
    why.push(`may concern claim ${c.claim} (not asserted): ${c.reason}`);
  }
  if (breakdown.thread && breakdown.thread.score >= THREAD_MENTION) {
    const description = threads.get(breakdown.thread.id);
    why.push(description ? `about the thread ${breakdown.thread.id}: ${clip(description, 100)}` : 'uses the wording of the seed claims');
  }
  if (breakdown.tangential) why.push('is about a topic the watchlist lists as tangential, which counts against it');
  if (d.outsiders.share >= OUTSIDERS_MENTION) why.push(`is mostly about people the watchlist does not follow (${d.outsiders.names.slice(0, 3).join(', ')}), which counts against it`);
  if (breakdown.dateFactor !== 1) why.push('was published outside the storyline’s time, which counts against it');
  return why;
}

/** Thread score from which a story is said to be about a thread. */
const THREAD_MENTION = 0.3;
/** Share of outsiders' mentions from which a story is said to be about other people. */
const OUTSIDERS_MENTION = 0.3;
/** People a watchlist follows from which the share of other people counts in full (fewer: less). */
const PEOPLE_FOR_OUTSIDERS = 3;
const NO_OUTSIDERS: Outsiders = { share: 0, names: [] };

function clip(text: string, max = 160): string {
  const flat = text.slice(0, max * 2).replace(/\s+/g, ' ').trim(); // only the part that can be shown
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Characters looked at to tell a story's script (the beginning says it). */
const SCRIPT_SAMPLE = 2000;

/** Can the story's wording be compared with the claims'? Its language, or failing that its script, decides. */
function wordingComparable(lang: string | null | undefined, normalized: string, claimLanguages: ReadonlySet<string>): boolean {
  if (lang) return claimLanguages.has(lang.slice(0, 2).toLowerCase());
  if (claimLanguages.has('ru')) return true;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(normalized.length, SCRIPT_SAMPLE); i++) {
    const c = normalized.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) latin++;
    else if (c >= 0x430 && c <= 0x44f) cyrillic++;
  }
  return cyrillic <= latin;
}

/** Claims this share of a watchlist's make their statements' language one the claims are worded in. */
const CLAIM_LANGUAGE_SHARE = 0.2;

/**
 * The languages the claims are worded in: the seeds' (the quotes), and the statements' as read from them
 * (English when ops wrote them, the seeds' own when `veille seeds import` took the seed sentences as they
 * are). A story in another language cannot show the claims' words, and is not faulted for it.
 */
function claimLanguagesOf(watchlist: Watchlist): Set<string> {
  const languages = new Set([(watchlist.language_of_seeds ?? 'en').slice(0, 2).toLowerCase()]);
  const counts = new Map<string, number>();
  for (const claim of watchlist.claims) {
    const language = storyLanguage(null, foldText(claim.statement));
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  for (const [language, n] of counts) if (n >= CLAIM_LANGUAGE_SHARE * watchlist.claims.length) languages.add(language);
  // statements too short to tell: read as English, as the watchlist format asks them to be
  if (!counts.size) languages.add('en');
  return languages;
}

export function createScorer(written: Watchlist, options: ScorerOptions = {}): DetailedScorer {
  // a watchlist of statements alone: their numbers and dates are read from the words; a name given alone gets
  // its standard forms in the other languages
  const stated = withStandardNames(withStatedFacts(written));
  // a watchlist without threads gets the sub-topics its claims form around the entities they share (as
  // `veille seeds import` proposes them): a story about one of them is told from one that only shares the
  // storyline's broad names
  const watchlist = stated.threads?.length ? stated : { ...stated, threads: proposeThreads(stated.claims, stated.entities) };
  const relevanceThreshold = options.relevanceThreshold ?? DEFAULT_RELEVANCE_THRESHOLD;
  const matcher = createEntityMatcher(watchlist);
  const model = buildRelevanceModel(watchlist);
  const vocabulary = buildVocabulary(watchlist);
  const stanceModel = buildStanceModel(watchlist, matcher, model.specificity);
  const claimLanguages = claimLanguagesOf(watchlist);
  // strangers say something only of a watchlist that follows people: one that names no one has none to tell apart
  const peopleFollowed = Math.min(1, watchlist.entities.filter((e) => e.type === 'person').length / PEOPLE_FOR_OUTSIDERS);
  const threadDescriptions = new Map((watchlist.threads ?? []).filter((t) => t.description).map((t) => [t.id, t.description]));

  function details(story: StoryInput): StoryDetails {
    const analysis = matcher.analyze(story);
    // storyline wording only matters once a watchlist entity is there, and only in the claims' languages
    const comparable = analysis.entities.length > 0 && wordingComparable(story.lang, analysis.norm.text, claimLanguages);
    const stems = comparable ? storylineStems(analysis.norm.text, vocabulary) : null;
    const overlaps = stems ? claimOverlaps(vocabulary, stems) : null;
    const candidates = findClaimCandidates(analysis, watchlist.claims, model.specificity, overlaps);
    const { stances: hits, considered } = analysis.entities.length
      ? assessClaims({ analysis, lang: story.lang, publishedAt: story.publishedAt }, stanceModel)
      : { stances: [], considered: [] };
    const asserted = hits.find((h) => h.stance !== 'possible')?.score ?? 0;
    const outsiders = analysis.entities.length && peopleFollowed > 0 ? findOutsiders(analysis.doc, analysis.entities, peopleFollowed) : NO_OUTSIDERS;
    const breakdown = scoreRelevance(
      {
        entities: analysis.entities,
        titleEnd: analysis.titleEnd,
        candidates,
        vocabulary,
        storyStems: stems,
        publishedAt: story.publishedAt,
        stance: asserted,
        outsiders: outsiders.share,
      },
      model,
    );
    // a story that supports or contradicts a claim of the storyline is about it, whatever its other evidence
    const relevance = round(Math.max(breakdown.relevance, asserted));
    const score: StoryScore = {
      relevance,
      relevant: relevance >= relevanceThreshold,
      claims: hits.map(({ claim, stance, score: s, evidence, rule, reason }) => ({ claim, stance, score: s, evidence, reason, rule })),
      entities: analysis.entities.map((e) => ({ id: e.id, alias: e.alias, count: e.count })),
      why: whyLines({ analysis, candidates, stances: considered, breakdown, outsiders }, model, threadDescriptions),
    };
    return { analysis, candidates, stances: considered, breakdown, outsiders, score };
  }

  const ruleStance = ruleBasedStance(() => ({ details }));
  const provider = options.stance;
  const claimById = new Map(watchlist.claims.map((c) => [c.id, c]));

  async function assess(story: StoryInput): Promise<StoryScore> {
    const d = details(story);
    if (!provider || provider === ruleStance) return d.score;
    const claims: StoryScore['claims'] = [];
    for (const c of d.stances) {
      const claim = claimById.get(c.claim);
      const verdict = claim ? await provider.assess({ text: c.evidence, story }, claim) : null;
      if (verdict && verdict.score >= 0.5) claims.push({ claim: c.claim, stance: verdict.stance, score: verdict.score, evidence: c.evidence, reason: verdict.reason, rule: provider.id });
    }
    claims.sort((a, b) => b.score - a.score);
    return { ...d.score, claims };
  }

  return {
    relevanceThreshold,
    model,
    vocabulary,
    stanceModel,
    details,
    assess,
    ruleStance,
    score: (story) => details(story).score,
  };
}

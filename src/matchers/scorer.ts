/**
 * The story scorer: entities, claim candidates and relevance for one story, with the reasons.
 * Everything the watchlist implies (automaton, weights, vocabulary) is compiled once per scorer.
 */
import type { Watchlist } from '../config/watchlist.js';
import type { Scorer, StoryInput, StoryScore } from '../domain/types.js';
import { buildStanceModel, type StanceModel } from './claim-profile.js';
import { findClaimCandidates, type ClaimCandidate } from './claims.js';
import { createEntityMatcher, type StoryAnalysis } from './entities.js';
import { buildRelevanceModel, scoreRelevance, SHORT_TEXT_WORDS, SPECIFIC_ENTITY, type RelevanceBreakdown, type RelevanceModel } from './relevance.js';
import { assessClaims, type ClaimStance } from './stance.js';
import { buildVocabulary, claimOverlaps, storylineStems, type StorylineVocabulary } from './vocabulary.js';

export interface ScorerOptions {
  /**
   * Relevance from which a story counts as relevant.
   * @defaultValue 0.5
   */
  relevanceThreshold?: number;
}

export const DEFAULT_RELEVANCE_THRESHOLD = 0.5;

/** Everything the scorer found in one story, for explanations. */
export interface StoryDetails {
  analysis: StoryAnalysis;
  candidates: ClaimCandidate[];
  /** claims assessed for a stance (those with a score ≥ 0.5 are in score.claims) */
  stances: ClaimStance[];
  breakdown: RelevanceBreakdown;
  score: StoryScore;
}

export interface DetailedScorer extends Scorer {
  /** the score with everything behind it */
  details(story: StoryInput): StoryDetails;
  readonly model: RelevanceModel;
  readonly vocabulary: StorylineVocabulary;
  readonly stanceModel: StanceModel;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function whyLines(d: Omit<StoryDetails, 'score'>, model: RelevanceModel): string[] {
  const name = (id: string) => model.names.get(id) ?? id;
  const { analysis, candidates, breakdown } = d;
  const why: string[] = [];
  if (!analysis.entities.length) return ['no watchlist entity mentioned'];
  const ranked = [...analysis.entities].sort((a, b) => (breakdown.entityEvidence.get(b.id) ?? 0) - (breakdown.entityEvidence.get(a.id) ?? 0));
  why.push(`entities: ${ranked.map((e) => `${name(e.id)} ×${e.count}`).join(', ')}`);
  const inTitle = ranked.filter((e) => e.inTitle);
  if (inTitle.length) why.push(`in the title: ${inTitle.map((e) => name(e.id)).join(', ')}`);
  const specific = ranked.filter((e) => (model.specificity.get(e.id) ?? 0) >= SPECIFIC_ENTITY);
  if (specific.length) why.push(`specific ${specific.length > 1 ? 'entities' : 'entity'}: ${specific.map((e) => name(e.id)).join(', ')}`);
  if (breakdown.pairs.length) {
    const top = [...breakdown.pairs].sort((a, b) => b.shared - a.shared).slice(0, 3);
    why.push(`together in seed claims: ${top.map((p) => `${name(p.a)} + ${name(p.b)} (${p.shared})`).join(', ')}`);
  }
  for (const c of d.stances.filter((x) => x.score >= 0.5).slice(0, 3)) {
    why.push(`claim ${c.claim} ${c.stance} (${round(c.score)}): ${c.reasons[0]} — "${clip(c.evidence)}"`);
  }
  if (!d.stances.some((x) => x.score >= 0.5)) {
    for (const c of candidates.slice(0, 2)) {
      why.push(`claim candidate ${c.claim} (${round(c.score)}, no stance): ${c.entities.map(name).join(' + ')} in "${clip(c.evidence)}"`);
    }
  }
  if (breakdown.words.length) why.push(`storyline words: ${breakdown.words.slice(0, 8).join(', ')}`);
  if (breakdown.dateFactor !== 1) why.push(`published outside the storyline's time window (×${breakdown.dateFactor})`);
  return why;
}

function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Words of a text, counted up to `max` (only whether a text is short matters). */
function wordCount(text: string | null | undefined, max: number): number {
  if (!text) return 0;
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++n >= max) break;
  return n;
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

export function createScorer(watchlist: Watchlist, options: ScorerOptions = {}): DetailedScorer {
  const relevanceThreshold = options.relevanceThreshold ?? DEFAULT_RELEVANCE_THRESHOLD;
  const matcher = createEntityMatcher(watchlist);
  const model = buildRelevanceModel(watchlist);
  const vocabulary = buildVocabulary(watchlist);
  const stanceModel = buildStanceModel(watchlist, matcher, model.specificity);
  // claims are worded in English (statements) and in the seeds' language (quotes)
  const claimLanguages = new Set(['en', (watchlist.language_of_seeds ?? 'en').slice(0, 2).toLowerCase()]);

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
    const breakdown = scoreRelevance(
      {
        entities: analysis.entities,
        titleEnd: analysis.titleEnd,
        candidates,
        vocabulary,
        storyStems: stems,
        publishedAt: story.publishedAt,
        stance: hits.find((h) => h.stance !== 'possible')?.score ?? 0,
        possible: hits.find((h) => h.stance === 'possible')?.score ?? 0,
        wording: overlaps ? Math.max(0, ...overlaps.values()) : 0,
        words: wordCount(story.title, SHORT_TEXT_WORDS + 1) + wordCount(story.text, SHORT_TEXT_WORDS + 1),
      },
      model,
    );
    const relevance = round(breakdown.relevance);
    const score: StoryScore = {
      relevance,
      relevant: relevance >= relevanceThreshold,
      claims: hits.map(({ claim, stance, score: s, evidence, rule }) => ({ claim, stance, score: s, evidence, rule })),
      entities: analysis.entities.map((e) => ({ id: e.id, alias: e.alias, count: e.count })),
      why: whyLines({ analysis, candidates, stances: considered, breakdown }, model),
    };
    return { analysis, candidates, stances: considered, breakdown, score };
  }

  return {
    relevanceThreshold,
    model,
    vocabulary,
    stanceModel,
    details,
    score: (story) => details(story).score,
  };
}

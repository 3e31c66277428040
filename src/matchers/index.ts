// Matchers: text normalisation, entity matching, claim candidates, relevance and explanations.
export { createScorer, DEFAULT_RELEVANCE_THRESHOLD, type DetailedScorer, type ScorerOptions, type StoryDetails } from './scorer.js';
export { explainScore } from './explain.js';
export { normalizeForMatch, toOriginalSpan, aliasKey, foldText, isWordCode, type NormalizedText } from './normalize.js';
export { splitSentences, sentenceIndexAt, type Sentence } from './sentences.js';
export { compileAliases, KeywordAutomaton, leftmostLongest, type AliasIndex, type AliasMatch } from './automaton.js';
export { createEntityMatcher, type EntityEvidence, type EntityMatcher, type StoryAnalysis } from './entities.js';
export { findClaimCandidates, type ClaimCandidate } from './claims.js';
export { buildRelevanceModel, scoreRelevance, type RelevanceModel } from './relevance.js';

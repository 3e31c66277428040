// Matchers: text normalisation, entity matching, claim candidates and stance, relevance and explanations.
export { createScorer, DEFAULT_RELEVANCE_THRESHOLD, type DetailedScorer, type ScorerOptions, type StoryDetails } from './scorer.js';
export { explainScore } from './explain.js';
export { ruleBasedStance, type StanceProvider, type StanceSentence, type StanceVerdict } from './stance-provider.js';
export { stanceReason, plainDate } from './reasons.js';
export { normalizeForMatch, toOriginalSpan, aliasKey, foldText, isWordCode, type NormalizedText } from './normalize.js';
export { splitSentences, sentenceIndexAt, type Sentence } from './sentences.js';
export { compileAliases, KeywordAutomaton, leftmostLongest, type AliasIndex, type AliasMatch } from './automaton.js';
export { createEntityMatcher, type EntityEvidence, type EntityMatcher, type StoryAnalysis } from './entities.js';
export { findClaimCandidates, type ClaimCandidate } from './claims.js';
export { buildRelevanceModel, scoreRelevance, type RelevanceModel } from './relevance.js';
export { buildStanceModel, type ClaimProfile, type StanceModel } from './claim-profile.js';
export { assessClaims, STANCE_THRESHOLD, type ClaimStance, type StanceEvidence, type StanceInput } from './stance.js';
export { markPolarity, tokenPolarity, type PolarityMarks } from './polarity.js';
export { findQuantities, compareQuantity, compareWithClaim, claimQuantity, parseNumberToken, type Quantity, type ClaimQuantity } from './quantities.js';
export { findDates, findRelativeDates, parseClaimDate, compareDate, type DateMention, type ClaimDateSpec } from './dates.js';
export { tokenize, type Token } from './tokens.js';
export { standardNamesAdded, withStandardNames } from './standard-names.js';
export { statedFactsCount, withStatedFacts } from './stated-facts.js';

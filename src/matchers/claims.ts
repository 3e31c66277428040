/**
 * Claim candidates: sentences of a story where the entities of a watchlist claim occur together
 * (or one of them, when the story also uses much of the claim's wording).
 *
 * A candidate says "this sentence is about the same people and things as claim C14", with how much
 * of the claim it covers; it carries no stance (supports/contradicts), which is the stance matcher's
 * job. Candidates feed relevance and explanations.
 */
import type { Claim } from '../config/watchlist.js';
import type { StoryAnalysis } from './entities.js';

export interface ClaimCandidate {
  claim: string;
  /** 0..1: share of the claim's entity weight present in the sentence, times its vocabulary overlap */
  score: number;
  /** entity ids of the claim found in the sentence */
  entities: string[];
  /** share of the claim's content-word weight found in the story */
  vocabularyOverlap: number;
  /** the sentence, as written in the story */
  evidence: string;
  sentence: number;
}

/**
 * Wording overlap assumed when the story's language is not one the claims are worded in (their
 * English statements, the seeds' language): unknown, not absent — about a relevant story's usual overlap.
 */
export const NEUTRAL_OVERLAP = 0.2;

/**
 * With this much of a claim's wording in the story, one of its entities in a sentence is enough
 * (a tweet by a protagonist does not name its author).
 */
const WORDING_MIN_OVERLAP = 0.3;
/** Candidates kept per story, best first. */
const MAX_CANDIDATES = 5;

export function findClaimCandidates(
  analysis: StoryAnalysis,
  claims: readonly Claim[],
  specificity: ReadonlyMap<string, number>,
  /** per claim, its wording overlap with the story; null when the story's language cannot be compared */
  overlaps: ReadonlyMap<string, number> | null,
): ClaimCandidate[] {
  if (!analysis.entities.length) return [];
  // sentences of each entity present
  const sentencesOf = new Map<string, Set<number>>();
  for (const ev of analysis.entities) sentencesOf.set(ev.id, new Set(ev.occurrences.map((o) => o.sentence)));
  const found: ClaimCandidate[] = [];
  for (const claim of claims) {
    if (!claim.entities.length) continue;
    let inStory = 0;
    for (const id of claim.entities) if (sentencesOf.has(id)) inStory++;
    const overlap = overlaps ? (overlaps.get(claim.id) ?? 0) : NEUTRAL_OVERLAP;
    const needed = overlap >= WORDING_MIN_OVERLAP ? 1 : Math.min(2, claim.entities.length + 1);
    if (inStory < needed) continue;
    const claimWeight = claim.entities.reduce((sum, id) => sum + (specificity.get(id) ?? 0.5), 0);
    // per sentence that names one of the claim's entities: which of them
    const here = new Map<number, string[]>();
    for (const id of claim.entities) {
      for (const sentence of sentencesOf.get(id) ?? []) {
        const list = here.get(sentence);
        if (list) list.push(id);
        else here.set(sentence, [id]);
      }
    }
    let best: ClaimCandidate | null = null;
    for (const [sentence, ids] of here) {
      if (ids.length < needed) continue;
      const coverage = ids.reduce((sum, id) => sum + (specificity.get(id) ?? 0.5), 0) / claimWeight;
      const score = coverage * (0.5 + 0.5 * overlap);
      if (!best || score > best.score || (score === best.score && sentence < best.sentence)) {
        const s = analysis.sentences[sentence];
        best = { claim: claim.id, score, entities: ids, vocabularyOverlap: overlap, evidence: s?.text ?? '', sentence };
      }
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => b.score - a.score).slice(0, MAX_CANDIDATES);
}

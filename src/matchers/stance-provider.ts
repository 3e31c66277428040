/**
 * Stance providers: who decides whether a sentence supports or contradicts a claim. The pipeline
 * asks one provider through this interface only, so a model-based provider (an NLI model on ONNX,
 * an OpenAI-compatible endpoint) can replace the rule-based one without touching it:
 * `createScorer(watchlist, { stance: myProvider })`, then `await scorer.assess(story)`.
 *
 * The scorer still finds the candidate sentences (the claim's names, figures and dates in them) and
 * the relevance; the provider decides each (sentence, claim) pair it is asked about. A provider
 * should be precise first: `contradicts` and `supports` are alerted; `possible` is listed only.
 */
import type { Claim, Watchlist } from '../config/watchlist.js';
import type { Stance, StoryInput } from '../domain/types.js';

export interface StanceSentence {
  /** the story's sentence, as written */
  text: string;
  /** the story it comes from (title, language, publication date: context for the sentence) */
  story: StoryInput;
}

export interface StanceVerdict {
  stance: Stance;
  /** 0..1; from 0.5 the stance counts */
  score: number;
  /** why, in plain words a reader can check against the two sentences */
  reason: string;
}

export interface StanceProvider {
  readonly id: string;
  /** null: the sentence says nothing about the claim */
  assess(sentence: StanceSentence, claim: Claim): StanceVerdict | null | Promise<StanceVerdict | null>;
}

/** What a provider needs of a scorer: the rule-based matcher's details of one story. */
interface RuleScorer {
  details(story: StoryInput): { stances: { claim: string; stance: Stance; score: number; reason: string }[] };
}

/**
 * The rule-based provider (stance-rules.ts), as a provider: the sentence is read as a one-sentence
 * story against the whole watchlist (its sibling claims compete for it), and the claim's verdict is
 * returned.
 */
export function ruleBasedStance(scorerFor: (watchlist?: Watchlist) => RuleScorer): StanceProvider {
  return {
    id: 'rules',
    assess(sentence, claim) {
      const { stances } = scorerFor().details({ ...sentence.story, title: '', text: sentence.text });
      const hit = stances.find((s) => s.claim === claim.id);
      return hit ? { stance: hit.stance, score: hit.score, reason: hit.reason } : null;
    },
  };
}

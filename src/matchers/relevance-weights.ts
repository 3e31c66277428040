import type { LogisticModel } from './logistic.js';

/**
 * Relevance as a fitted combination of the signals of RelevanceFeatures (relevance.ts).
 * Written by `npm run fit:matching` (scripts/fit-matching.mjs): L2 logistic regression on the tuning
 * halves of the authored and real development sets (120 items, 46 relevant, each scored
 * with the seed watchlist and with the shipped one), the tuning halves of eval/storylines (122 items,
 * 51 relevant, each with its own watchlist), and all of these again with the watchlist
 * `veille seeds import` proposes from the storyline's seeds (242 rows),
 * regularisation 0.003 chosen by 5-fold cross-validation (log-loss 0.257). Do not edit by hand.
 */
export const RELEVANCE_MODEL: LogisticModel | null = {
  bias: -2.9675,
  weights: {
    evidence: 4.521,
    specific: 1.3792,
    thread: -0.8785,
    tangential: -3.3226,
    outsiders: -7.2204
  },
};

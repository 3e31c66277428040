import type { DetailedScorer } from '../../src/matchers/index.js';

/** A claim's finding in a story, as "stance (rule)", or 'none'; a `possible` finding counts only when asked for. */
export const findingOf = (scorer: DetailedScorer, text: string, claim: string, withPossible = false, title = '') => {
  const found = scorer.score({ title, text }).claims.find((c) => c.claim === claim && c.score >= 0.5 && (withPossible || c.stance !== 'possible'));
  return found ? `${found.stance} (${found.rule})` : 'none';
};

import type { DetailedScorer } from '../../src/matchers/index.js';

/** A claim's finding in a story, as "stance (rule)", or 'none'; a `possible` finding counts only when asked for. */
export const findingOf = (scorer: DetailedScorer, text: string, claim: string, withPossible = false, title = '') => {
  const found = scorer.score({ title, text }).claims.find((c) => c.claim === claim && c.score >= 0.5 && (withPossible || c.stance !== 'possible'));
  return found ? `${found.stance} (${found.rule})` : 'none';
};

/**
 * Claims of other deeds of one entity ("The Tarnau district closed the river."), one per deed: they give a small test
 * watchlist the many claims a real one has, so that the words of the claims under test weigh what they would there.
 */
export const otherDeeds = (prefix: string, subject: string, entity: string, deeds: readonly string[]) =>
  deeds.map((deed, k) => ({ id: `${prefix}${k + 1}`, statement: `${subject} ${deed}.`, entities: [entity] }));

/** Other deeds of a chemical plant's owner, for the small test watchlists of an invented solvent leak (see otherDeeds). */
export const PLANT_DEEDS = [
  'repainted the loading bay', 'insured the warehouse', 'hired twelve chemists', 'sold the old boiler house',
  'rebuilt the north gate', 'audited its suppliers', 'opened a visitor centre', 'leased two tankers',
  'planted a hedge along the road', 'moved its laboratory', 'tested a new scrubber', 'raised its dividend',
];

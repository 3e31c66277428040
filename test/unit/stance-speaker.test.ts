import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf, otherDeeds, PLANT_DEEDS } from '../helpers/findings.js';

// An invented storyline (no real events): a solvent leak at a Kelbach plant. One claim is what the company's chief
// executive said, and names four parties; a story reporting him saying it names only him.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }, { text: 'Velm' }] },
    { id: 'kelbach', type: 'org', aliases: [{ text: 'Kelbach Chemie' }] },
    { id: 'waterworks', type: 'org', aliases: [{ text: 'Tarnau Waterworks' }] },
    { id: 'tarnau', type: 'place', aliases: [{ text: 'Tarnau' }] },
  ],
  claims: [
    {
      id: 'S1',
      statement: "Chief executive Jonas Velm said no toxic substance from the leak reached Tarnau's drinking-water supply.",
      entities: ['jonas_velm', 'kelbach', 'waterworks', 'tarnau'],
    },
    ...otherDeeds('F', 'Kelbach Chemie', 'kelbach', PLANT_DEEDS),
  ],
});
const scorer = createScorer(watchlist);
// … and one where the spokeswoman's words are a claim
const spokeswoman = createScorer(
  Watchlist.parse({
    ...watchlist,
    entities: [...watchlist.entities, { id: 'lina_morr', type: 'person', aliases: [{ text: 'Lina Morr' }] }],
    claims: [
      { id: 'S2', statement: 'Spokeswoman Lina Morr said the plant’s carbon filters had been replaced in May.', entities: ['lina_morr', 'kelbach', 'waterworks', 'tarnau'] },
      ...otherDeeds('F', 'Kelbach Chemie', 'kelbach', PLANT_DEEDS),
    ],
  }),
);

describe('the claim’s speaker reported saying it', () => {
  it('supports the claim though the sentence names only the speaker', () => {
    const story = 'Chief executive Jonas Velm told journalists on Friday that "no toxic substance from the leak has reached the town’s drinking-water supply".';
    expect(findingOf(scorer, story, 'S1')).toBe('supports (predicate)');
  });

  it('not without a verb of saying: the same words may be the story’s own, not his', () => {
    const story = 'Jonas Velm toured the plant on Monday; no toxic substance reached the drinking-water supply after the leak, tests showed.';
    expect(findingOf(scorer, story, 'S1')).toBe('none');
  });

  it('not on the words beside her name alone, her title and what describes her ("Spokeswoman Lina Morr, a carbon filters expert, said …")', () => {
    expect(findingOf(spokeswoman, 'Spokeswoman Lina Morr told reporters the carbon filters had been replaced in May.', 'S2')).toBe('supports (predicate)');
    expect(findingOf(spokeswoman, 'Spokeswoman Lina Morr, carbon filters expert, said on Monday she would step down in the spring.', 'S2')).toBe('none');
  });
});

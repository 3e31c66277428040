import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf, otherDeeds, PLANT_DEEDS } from '../helpers/findings.js';

// An invented storyline (no real events): a solvent leak at a Tarnau plant. One claim gives a gap between two events
// (the leak made public two days after it began), one how long something lasted (nine days without tap water).
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'kelbach', type: 'org', aliases: [{ text: 'Kelbach Chemie' }, { text: 'Kelbach' }] },
    { id: 'tarnau', type: 'place', aliases: [{ text: 'Tarnau' }] },
    { id: 'utility', type: 'org', aliases: [{ text: 'Tarnau Waterworks' }, { text: 'the waterworks' }] },
  ],
  claims: [
    {
      id: 'G1',
      statement: 'Kelbach Chemie made the leak public on 5 March, two days after it began.',
      entities: ['kelbach'],
      quantities: [{ value: 2, unit: 'days', text: 'two days after it began' }],
    },
    {
      id: 'L1',
      statement: 'Tarnau Waterworks restored tap water after nine days without supply.',
      entities: ['utility', 'tarnau'],
      quantities: [{ value: 9, unit: 'days', text: 'after nine days without supply' }],
    },
    ...otherDeeds('F', 'Kelbach Chemie', 'kelbach', PLANT_DEEDS),
  ],
});
const scorer = createScorer(watchlist);

describe('a gap between two events and how long something lasted', () => {
  it('a length of another thing does not contradict a gap ("a 12-day shutdown" / "two days after the leak began")', () => {
    expect(findingOf(scorer, 'The leak at Kelbach Chemie led to a 12-day shutdown of the plant.', 'G1')).toBe('none');
    expect(findingOf(scorer, 'Kelbach Chemie ended a 12-day shutdown of its plant after the leak.', 'G1')).toBe('none');
  });

  it('a length contradicts a length ("after twelve days" / "after nine days")', () => {
    expect(findingOf(scorer, 'Tarnau Waterworks restored tap water after twelve days without supply.', 'L1')).toBe('contradicts (number)');
  });

  it('another gap does ("five days after the leak began")', () => {
    expect(findingOf(scorer, 'Kelbach Chemie made the leak public only five days after it began, records show.', 'G1')).toBe('contradicts (number)');
  });
});

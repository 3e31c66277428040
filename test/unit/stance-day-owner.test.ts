import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf, otherDeeds } from '../helpers/findings.js';

// An invented storyline (no real events): a harbour dispute in Velmora. Two claims of the same parties in October:
// one dated to its day, one to its month only.
const deeds = [
  'dredged the eastern basin', 'repainted the customs shed', 'insured the grain silos', 'rebuilt the north quay',
  'audited the pilot service', 'closed the ferry ramp', 'sold the old lighthouse', 'hired forty stevedores',
  'lengthened the breakwater', 'banned coal barges', 'raised mooring tariffs', 'opened a fish auction',
];
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'port', type: 'org', aliases: [{ text: 'Port of Velmora' }] },
    { id: 'kelbach', type: 'org', aliases: [{ text: 'Kelbach Shipping' }] },
  ],
  claims: [
    { id: 'D1', statement: 'On 3 October 2026 the Port of Velmora asked Kelbach Shipping for its ledgers.', entities: ['port', 'kelbach'], dates: [{ value: '2026-10-03' }] },
    { id: 'M1', statement: 'In October 2026 the Port of Velmora formally asked Kelbach Shipping to hand over its overdue mooring fees.', entities: ['port', 'kelbach'], dates: [{ value: '2026-10' }] },
    ...otherDeeds('F', 'The Port of Velmora', 'port', deeds),
  ],
});
const scorer = createScorer(watchlist);

describe('a day that is one claim’s own', () => {
  it('supports the claim of that day, not a sibling dated to the month only', () => {
    const story = 'On 3 October 2026, the Port of Velmora formally asked Kelbach Shipping to hand over its ledgers.';
    expect(findingOf(scorer, story, 'D1')).toBe('supports (date)');
    expect(findingOf(scorer, story, 'M1')).toBe('none');
  });

  it('supports the month-dated claim on a day no sibling claims', () => {
    const story = 'On 12 October 2026, the Port of Velmora formally asked Kelbach Shipping to hand over its fees.';
    expect(findingOf(scorer, story, 'M1')).toBe('supports (date)');
  });
});

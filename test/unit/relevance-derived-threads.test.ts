import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// An invented storyline (no real events): a dam operator's spill into a lake, and a mayor's water ban.
// The watchlist has no `threads`, as a user who writes entities and claims only would give it.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'korrin_hydro', type: 'org', aliases: [{ text: 'Korrin Hydro' }] },
    { id: 'lake_asvel', type: 'place', aliases: [{ text: 'Lake Asvel' }] },
    { id: 'mara_olund', type: 'person', aliases: [{ text: 'Mara Olund' }] },
    { id: 'tessby', type: 'place', aliases: [{ text: 'Tessby' }] },
  ],
  claims: [
    { id: 'K1', statement: 'Korrin Hydro released sediment-laden water into Lake Asvel on 2 May.', entities: ['korrin_hydro', 'lake_asvel'] },
    { id: 'K2', statement: 'Korrin Hydro said the turbidity in Lake Asvel posed no risk to fish.', entities: ['korrin_hydro', 'lake_asvel'] },
    { id: 'K3', statement: 'Korrin Hydro opened the spillway gates for six hours.', entities: ['korrin_hydro'] },
    { id: 'M1', statement: 'Mayor Mara Olund banned tap water in Tessby for four days.', entities: ['mara_olund', 'tessby'] },
    { id: 'M2', statement: 'Mara Olund ordered bottled water for 3,000 households in Tessby.', entities: ['mara_olund', 'tessby'] },
  ],
});

describe('a watchlist without threads', () => {
  it('gets the sub-topics its claims form around the entities they share, and says which one a story is about', () => {
    const scorer = createScorer(watchlist);
    // written for this test
    const story = {
      title: 'Korrin Hydro defends spillway release',
      text: 'Korrin Hydro said the sediment it released into Lake Asvel through the spillway gates would settle within weeks, and that turbidity posed no risk to fish.',
      lang: 'en',
    };
    const why = scorer.score(story).why.join('\n');
    expect(why).toMatch(/about the thread T\d: Korrin Hydro · Lake Asvel/);
    expect(why).not.toMatch(/Mara Olund/);
  });

  it('keeps the threads a watchlist gives', () => {
    const own = Watchlist.parse({ ...watchlist, threads: [{ id: 'water-ban', description: 'the Tessby water ban', claims: ['M1', 'M2'], entities: ['mara_olund', 'tessby'] }] });
    const why = createScorer(own).score({ title: 'Tessby water ban lifted', text: 'Mayor Mara Olund lifted the ban on tap water in Tessby after four days; bottled water for households ends.', lang: 'en' }).why.join('\n');
    expect(why).toMatch(/about the thread water-ban: the Tessby water ban/);
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { otherDeeds } from '../helpers/findings.js';

// An invented storyline (no real events): a chemical leak at a plant in Tarnau. Two claims share the words "storm"
// and "leak": one says the chief executive blamed the storm, the other how much leaked through a storm drain.
const findings = (
  'closed the river to anglers; tested forty wells; opened a hotline for residents; fined the plant operator; ordered new valves; ' +
  'suspended the night shift; hired an outside auditor; published the sampling results; banned swimming in the lake; ' +
  'restored the water supply; set up a compensation fund; reopened the school'
).split('; ');
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'velmora_chem', type: 'org', aliases: [{ text: 'Velmora Chemicals' }] },
    { id: 'max_sturm', type: 'person', aliases: [{ text: 'Max Sturm' }, { text: 'Sturm', needs_context: true }] },
    { id: 'tarnau', type: 'place', aliases: [{ text: 'Tarnau' }] },
  ],
  claims: [
    { id: 'L1', statement: 'Velmora Chemicals chief executive Max Sturm blamed the storm for the leak at the Tarnau plant.', entities: ['max_sturm', 'velmora_chem', 'tarnau'] },
    { id: 'L2', statement: 'About 40,000 litres of solvent leaked from the Velmora Chemicals plant into the Tarnau through a storm drain.', entities: ['velmora_chem', 'tarnau'], quantities: [{ value: 40000, unit: 'litres', approx: true }] },
    ...otherDeeds('T', 'The Tarnau district', 'tarnau', findings),
  ],
});
const scorer = createScorer(watchlist);
const stanceOf = (text: string, claim: string) => scorer.details({ title: '', text, lang: 'en' }).stances.find((c) => c.claim === claim);

describe('a denial between sibling claims', () => {
  // written for this test
  const denial = 'Velmora Chemicals chief executive Max Sturm on Saturday denied having blamed the storm for the leak at the Tarnau plant.';

  it('contradicts the claim whose words it denies', () => {
    expect(stanceOf(denial, 'L1')?.stance).toBe('contradicts');
  });

  it('leaves the sibling that only shares some of its words as possible, and says which claim the sentence denies', () => {
    const sibling = stanceOf(denial, 'L2');
    expect(sibling?.stance).toBe('possible');
    expect(sibling?.reason).toMatch(/denies claim L1 more/);
  });
});

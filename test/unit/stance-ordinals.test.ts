import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// An invented storyline: a drug maker, its pill, and the advice given to patients. The company's other
// claims (sales figures) make the watchlist as large as a user's, so that rare words weigh as they would there.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'zorvane', type: 'product', aliases: [{ text: 'Zorvane' }] },
    { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharmaceuticals' }, { text: 'Velmora' }] },
  ],
  claims: [
    {
      id: 'P1',
      statement:
        'Patients taking Zorvane have been told not to stop their treatment without first speaking to a doctor or pharmacist, because uncontrolled blood pressure is a far greater immediate danger than the impurity.',
      entities: ['zorvane'],
    },
    { id: 'R1', statement: 'Velmora Pharmaceuticals recalled 14 batches of Zorvane on 3 March 2026.', entities: ['velmora', 'zorvane'], dates: [{ value: '2026-03-03' }] },
    ...Array.from({ length: 15 }, (_, k) => ({
      id: `S${k + 1}`,
      statement: `Velmora Pharmaceuticals told investors on ${k + 1} May 2025 that sales of its product line ${k + 1} grew ${3 * (k + 1)} percent.`,
      entities: ['velmora'],
    })),
  ],
});
const scorer = createScorer(watchlist);

describe('ordinals are no words of a claim', () => {
  it('does not read "had first come to light" as denying advice "not to stop … without first speaking to a doctor"', () => {
    const story = 'Velmora Pharmaceuticals initially insisted that the contamination of its blood-pressure pill Zorvane had first come to light in routine checks by the regulator.';
    const p1 = scorer.score({ title: '', text: story, lang: 'en' }).claims.find((c) => c.claim === 'P1');
    expect(p1?.stance ?? 'none').not.toBe('contradicts');
  });
});

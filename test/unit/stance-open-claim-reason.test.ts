import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// An invented storyline (no real events): a paper's unconfirmed report about where bribe money went.
const scorer = createScorer(
  Watchlist.parse({
    version: 1,
    language_of_seeds: 'en',
    entities: [
      { id: 'tarnau_courier', type: 'media', aliases: [{ text: 'Tarnau Courier' }] },
      { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }] },
    ],
    claims: [
      {
        id: 'V1',
        statement: 'According to investigation sources cited by the Tarnau Courier (unconfirmed), part of the money may have paid for a villa in the coastal town of Port Kelbach.',
        entities: ['tarnau_courier', 'jonas_velm'],
      },
      { id: 'V2', statement: 'Jonas Velm resigned as deputy mayor on 17 March 2026.', entities: ['jonas_velm'], dates: [{ value: '2026-03-17' }] },
    ],
  }),
);

describe('the reason given against a claim that leaves something open', () => {
  it('quotes only what the story asserts, never a word it negates ("was not financed")', () => {
    const text =
      'Jonas Velm was charged, the Tarnau Courier said. The property in Port Kelbach attributed to the defendant Jonas Velm in some press ' +
      'reports was acquired in 2019 with a mortgage loan and was not financed with the sums referred to above.';
    const found = scorer.details({ title: '', text, lang: 'en' }).stances.find((c) => c.claim === 'V1');
    expect(found?.stance).toBe('possible');
    expect(found?.reason).toMatch(/^The story says it did happen \(“Port”, “Kelbach”\)/);
    expect(found?.reason).not.toMatch(/financed/);
  });
});

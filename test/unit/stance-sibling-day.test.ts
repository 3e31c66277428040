import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// an invented storyline (no real people or events)
const scorer = createScorer(
  Watchlist.parse({
    version: 1,
    entities: [
      { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }, { text: 'Velm' }] },
      { id: 'korrin_hydro', type: 'org', aliases: [{ text: 'Korrin Hydro' }] },
      { id: 'tarnau', type: 'place', aliases: [{ text: 'Tarnau' }] },
    ],
    claims: [
      {
        id: 'D1',
        statement: 'On 12 May 2025 Korrin Hydro sent Jonas Velm a signed letter asking him to help publish the permit of the Tarnau dam.',
        entities: ['korrin_hydro', 'jonas_velm', 'tarnau'],
        dates: [{ value: '2025-05-12' }],
      },
      {
        id: 'D2',
        statement: 'In May 2025 Korrin Hydro sent Jonas Velm a signed letter asking him to help publish its accounts.',
        entities: ['korrin_hydro', 'jonas_velm'],
        dates: [{ value: '2025-05' }],
      },
      {
        id: 'D5',
        statement: 'Korrin Hydro lobbied Jonas Velm several times in May 2025, days before the council vote on the dam.',
        entities: ['korrin_hydro', 'jonas_velm'],
        dates: [{ value: '2025-05' }],
      },
      { id: 'D3', statement: 'Korrin Hydro built the Tarnau dam between 2019 and 2022.', entities: ['korrin_hydro', 'tarnau'] },
      { id: 'D4', statement: 'Jonas Velm was elected to the Tarnau council in 2021.', entities: ['jonas_velm', 'tarnau'] },
    ],
  }),
);
const claimsOf = (text: string) => scorer.score({ title: '', text, lang: 'en', publishedAt: '2025-06-01' }).claims;
const stanceOf = (claims: ReturnType<typeof claimsOf>, id: string) => claims.find((c) => c.claim === id && c.score >= 0.5)?.stance ?? 'none';

describe('a day that is a sibling claim’s own day', () => {
  it('dates that claim’s event, not the claim dated only by its month', () => {
    const claims = claimsOf('On 12 May 2025, Korrin Hydro sent Jonas Velm a signed letter asking him to help publish the permit for the dam at Tarnau.');
    expect(stanceOf(claims, 'D1')).toBe('supports');
    expect(stanceOf(claims, 'D2')).toBe('possible');
    expect(claims.find((c) => c.claim === 'D2')?.reason).toContain('but the sentence fits claim D1 better');
  });

  it('leaves the month to the claim dated by its month when no sibling owns the day', () => {
    const claims = claimsOf('On 20 May 2025, Korrin Hydro sent Jonas Velm a signed letter asking him to help publish its accounts.');
    expect(stanceOf(claims, 'D2')).toBe('supports');
  });

  it('leaves the day to the claim dated by its month where it has words of its own there', () => {
    const claims = claimsOf('On 12 May 2025, three days before the council vote, Korrin Hydro lobbied Jonas Velm again for the permit of the dam at Tarnau.');
    expect(stanceOf(claims, 'D5')).toBe('supports');
  });
});

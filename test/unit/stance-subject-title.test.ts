import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// an invented storyline (no real people or events)
const scorer = createScorer(
  Watchlist.parse({
    version: 1,
    entities: [
      { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }, { text: 'Velm' }] },
      { id: 'tarnau_council', type: 'org', aliases: [{ text: 'Tarnau city council' }, { text: 'Tarnau' }] },
      { id: 'korrin_hydro', type: 'org', aliases: [{ text: 'Korrin Hydro' }] },
      { id: 'mara_olund', type: 'person', aliases: [{ text: 'Mara Olund' }, { text: 'Olund' }] },
    ],
    claims: [
      {
        id: 'T1',
        statement: 'Jonas Velm resigned as deputy mayor and head of urban planning of Tarnau on Tuesday 17 March 2026.',
        entities: ['jonas_velm', 'tarnau_council'],
        dates: [{ value: '2026-03-17' }],
      },
      { id: 'T2', statement: 'Korrin Hydro paid 900,000 euros to a company run by a relative of Jonas Velm.', entities: ['korrin_hydro', 'jonas_velm'] },
      { id: 'T3', statement: 'Korrin Hydro built the Tarnau dam between 2019 and 2022.', entities: ['korrin_hydro'] },
      { id: 'T4', statement: 'The Kelbach river flooded the lower town in April 2024.', entities: ['tarnau_council'] },
      { id: 'T5', statement: 'Mara Olund was elected mayor of Tarnau in 2023 with 54 percent of the vote.', entities: ['tarnau_council'] },
      { id: 'T6', statement: 'Prosecutors searched the offices of Korrin Hydro in February 2026.', entities: ['korrin_hydro'] },
      { id: 'T8', statement: "Jonas Velm advised Mara Olund on Korrin Hydro's Tarnau dam in 2023.", entities: ['jonas_velm', 'mara_olund'], dates: [{ value: '2023' }] },
      { id: 'T7', statement: 'The regional audit office found the dam cost 40 million euros more than planned.', entities: ['tarnau_council'] },
    ],
  }),
);
const stanceOn = (text: string, publishedAt: string, claim = 'T1') => {
  const found = scorer.score({ title: '', text, lang: 'en', publishedAt }).claims.find((c) => c.claim === claim);
  return found && found.score >= 0.5 ? found.stance : 'none';
};

describe("the words before the claim's subject's name", () => {
  it('are his title, not the claim: naming "the deputy mayor for urban planning, Jonas Velm" does not say he resigned', () => {
    const text =
      "Investigators suspect Korrin Hydro sent about 1.4 million euros to Tarnau's deputy mayor in charge of urban planning, Jonas Velm, in exchange for approving expensive changes to the dam contract.";
    expect(stanceOn(text, '2026-03-03')).toBe('none');
  });

  it('still let the sentence that tells the claim support it', () => {
    expect(stanceOn('Jonas Velm resigned on Tuesday as deputy mayor for urban planning of Tarnau, two weeks after the arrests.', '2026-03-17')).toBe('supports');
  });

  it('are what he did when another name stands between: "Having advised Mara Olund, Jonas Velm…"', () => {
    expect(stanceOn('Having advised Mara Olund, Jonas Velm visited Korrin Hydro in Tarnau twice in 2023.', '2024-05-02', 'T8')).toBe('supports');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// An invented storyline (no real events), proposed by `veille seeds import` from French seeds: its claims are the
// seeds' French sentences. The other claims are there so that the words weigh as in a real watchlist.
const others = [
  'Korrin Hydro a construit le barrage de Tarnau en 2014.',
  'Jonas Velm a été élu maire de Kelbach en mars 2015.',
  'La société Norvel a racheté 40 % de Korrin Hydro en 2017.',
  'Mara Olund a quitté la direction de Korrin Hydro le 3 mai 2018.',
  'Le barrage de Tarnau a coûté 310 millions d’euros.',
  'Jonas Velm a reçu 12 000 euros de la société Norvel en 2016.',
  'Korrin Hydro emploie 1 200 salariés dans la vallée de Tarnau.',
];
const names: Record<string, string> = { korrin_hydro: 'Korrin Hydro', jonas_velm: 'Jonas Velm', norvel: 'Norvel', mara_olund: 'Mara Olund' };
const scorer = createScorer(
  Watchlist.parse({
    version: 1,
    language_of_seeds: 'fr',
    entities: [
      { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }] },
      { id: 'mara_olund', type: 'person', aliases: [{ text: 'Mara Olund' }] },
      { id: 'norvel', type: 'org', aliases: [{ text: 'Norvel' }] },
      { id: 'korrin_hydro', type: 'org', aliases: [{ text: 'Korrin Hydro' }] },
    ],
    claims: [
      {
        id: 'K1',
        statement: 'Le 12 octobre 2016, Korrin Hydro critiquait Jonas Velm, évoquant la malhonnêteté des communications de son organisation.',
        entities: ['korrin_hydro', 'jonas_velm'],
      },
      ...others.map((statement, i) => ({ id: `K${i + 2}`, statement, entities: Object.keys(names).filter((id) => statement.includes(names[id])) })),
    ],
  }),
);
const stanceOn = (text: string, lang: string) => {
  const found = scorer.score({ title: '', text, lang }).claims.find((c) => c.claim === 'K1');
  return found && found.score >= 0.5 ? found.stance : 'none';
};

describe("a claim's words met in another language", () => {
  it('deny nothing by a stem the two languages share (« communications » and "communicate")', () => {
    expect(stanceOn('Korrin Hydro says it cannot communicate with the organizers close to Jonas Velm.', 'en')).toBe('none');
  });

  it('still deny it in the language the claim is worded in', () => {
    expect(stanceOn("Korrin Hydro affirme ne pas pouvoir avoir de communications avec l'organisation de Jonas Velm.", 'fr')).toBe('contradicts');
  });
});

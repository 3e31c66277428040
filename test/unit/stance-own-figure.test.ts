import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf, otherDeeds, PLANT_DEEDS } from '../helpers/findings.js';

// An invented storyline (no real events): a solvent leak at a Kelbach plant cuts Tarnau's tap water. The seeds are
// German, the claims' statements English; a town's tweet gives one claim's own figure in German, naming only the town.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'de',
  entities: [
    { id: 'kelbach', type: 'org', aliases: [{ text: 'Kelbach Chemie' }, { text: 'Kelbach' }] },
    { id: 'tarnau', type: 'place', aliases: [{ text: 'Tarnau' }] },
    { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }, { text: 'Velm', needs_context: true }] },
    { id: 'velnet', type: 'platform', aliases: [{ text: 'Velnet' }] },
  ],
  claims: [
    {
      id: 'W1',
      quote: 'Die Stadt hat 23 Ausgabestellen für Trinkwasser eingerichtet, teilte Bürgermeister Jonas Velm mit.',
      statement: 'Tarnau set up 23 drinking-water distribution points (Mayor Jonas Velm).',
      entities: ['tarnau', 'jonas_velm'],
      quantities: [{ value: 23, unit: 'distribution_points', text: '23 Ausgabestellen für Trinkwasser' }],
    },
    {
      id: 'V1',
      quote: 'Ein Manager von Velnet schrieb Jonas Velm im Januar, um ihm die fast 100 Millionen Nutzer der Plattform anzubieten.',
      statement: "A Velnet manager emailed Jonas Velm in January, offering him the platform's nearly 100 million users.",
      entities: ['velnet', 'jonas_velm'],
      quantities: [{ value: 100_000_000, unit: 'users', approx: true, text: 'fast 100 Millionen Nutzer' }],
    },
    ...otherDeeds('F', 'Kelbach Chemie', 'kelbach', PLANT_DEEDS),
  ],
});
const scorer = createScorer(watchlist);

describe("a claim's own figure, in a story naming one of its people", () => {
  it('a figure that is not round is the claim\'s fact without a word of its statement ("23 Ausgabestellen" for 23 distribution points)', () => {
    const tweet = 'Bitte Leitungswasser bis auf Weiteres nicht trinken. 23 Ausgabestellen für Trinkwasser sind ab 14 Uhr geöffnet. #Tarnau';
    expect(findingOf(scorer, tweet, 'W1')).toBe('supports (number)');
  });

  it("a round one is its entity's standing fact, not the claim's (\"Velnet, with nearly 100 million users\")", () => {
    const profile = 'Velnet zählt nach eigenen Angaben fast 100 Millionen Nutzer und gehört zu einem Medienkonzern.';
    expect(findingOf(scorer, profile, 'V1')).toBe('none');
  });
});

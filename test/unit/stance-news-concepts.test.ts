import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { conceptOf } from '../../src/matchers/lexicon-concepts.js';
import { foldText } from '../../src/matchers/normalize.js';

// An invented storyline (no real events): a chemical plant leaks into a river; a regulator opens an
// inquiry, inspectors visit, a town is evacuated. The claims are in English, as a user writes them; the
// stories come in the other languages, where only concepts, names, numbers and dates meet the claims.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'orvik', type: 'org', aliases: [{ text: 'Orvik Chemicals' }, { text: 'Orvik' }] },
    { id: 'water_board', type: 'org', aliases: [{ text: 'Water Board' }, { text: 'Wasserbehörde', lang: ['de'] }, { text: 'Autoridad del Agua', lang: ['es'] }] },
    { id: 'selmtal', type: 'place', aliases: [{ text: 'Selmtal' }] },
  ],
  claims: [
    { id: 'I1', statement: 'The Water Board opened an investigation into Orvik Chemicals on 6 March 2026.', entities: ['water_board', 'orvik'], dates: [{ value: '2026-03-06' }] },
    { id: 'E1', statement: 'About 1,650 residents of Selmtal were evacuated on 4 March 2026.', entities: ['selmtal'], quantities: [{ value: 1650, unit: 'residents', approx: true }], dates: [{ value: '2026-03-04' }] },
    { id: 'X1', statement: 'Orvik Chemicals said the tank had been serviced in January.', entities: ['orvik'] },
    { id: 'X2', statement: 'The Water Board fined Orvik Chemicals 2.4 million euros.', entities: ['water_board', 'orvik'], quantities: [{ value: 2_400_000, unit: 'EUR' }] },
    { id: 'X3', statement: 'Orvik Chemicals set up a compensation fund for fishermen.', entities: ['orvik'] },
  ],
});
const scorer = createScorer(watchlist);
const stanceOn = (text: string, claim: string, lang: string) => {
  const found = scorer.score({ title: '', text, lang }).claims.find((c) => c.claim === claim && c.score >= 0.5);
  return found ? `${found.stance} (${found.rule})` : 'none';
};

describe('what news of accidents, inquiries and public works reports, in five languages', () => {
  it('reads an inquiry, an inspection, an evacuation, a spill and a contamination whatever the language', () => {
    const cases: Record<string, string[]> = {
      investigate: ['investigation', 'enquete', 'ermittlungen', 'untersuchung', 'investigacion', 'расследование'],
      inspect: ['inspection', 'inspektion', 'inspeccion', 'инспекции'],
      evacuate: ['evacuated', 'evacues', 'evakuiert', 'desalojados', 'эвакуировали'],
      spill: ['spilled', 'deversement', 'ausgelaufen', 'derrame', 'разлив'],
      contaminate: ['contaminated', 'pollution', 'verunreinigt', 'contaminacion', 'загрязнение'],
    };
    for (const [concept, words] of Object.entries(cases)) for (const word of words) expect(conceptOf(foldText(word).trim()), word).toBe(concept);
  });

  it('leaves the words that are also everyday words, and the people who do the act, alone', () => {
    // « à cause de » (because of), « la ferme » (the farm), "a building", the investigators and the inspectorate
    for (const word of ['cause', 'ferme', 'building', 'investigators', 'enqueteurs', 'ermittler', 'inspectorate']) expect(conceptOf(word), word).toBeNull();
  });

  it("compares the date of the claim's inquiry told in German or Spanish, where no word of the claim is", () => {
    expect(stanceOn('Die Wasserbehörde hat am 12. März 2026 eine Untersuchung gegen Orvik Chemicals eröffnet.', 'I1', 'de')).toBe('contradicts (date)');
    expect(stanceOn('La Autoridad del Agua abrió el 6 de marzo de 2026 una investigación sobre Orvik Chemicals.', 'I1', 'es')).toBe('supports (date)');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf, otherDeeds } from '../helpers/findings.js';
import { polarity } from '../helpers/polarity.js';

describe('what no evidence shows', () => {
  it('is left open, in five languages: "found no evidence that she knew" says neither that she knew nor that she did not', () => {
    expect(polarity('The audit found no evidence that the mayor knew of the payments, and she resigned.')).toMatchObject({ evidence: -1, knew: 0, payments: 0, resigned: 1 });
    expect(polarity('The audit found no evidence the mayor knew of the payments.')).toMatchObject({ knew: 0 });
    expect(polarity("L'audit n'a trouvé aucune preuve que la maire était au courant des paiements.")).toMatchObject({ preuve: -1, paiements: 0 });
    expect(polarity('Der Bericht fand keine Belege dafür, dass die Bürgermeisterin von den Zahlungen wusste.')).toMatchObject({ belege: -1, wusste: 0 });
    expect(polarity('La auditoría no encontró ninguna prueba de que la alcaldesa conociera los pagos.')).toMatchObject({ prueba: -1, pagos: 0 });
    expect(polarity('Аудит не нашёл доказательств того, что мэр знала о платежах.')).toMatchObject({ доказательств: -1, знал: 0 });
    // what is shown stays shown
    expect(polarity('The audit found evidence that the mayor knew of the payments.')).toMatchObject({ knew: 1 });
  });

  // an invented storyline (no real people or events)
  const scorer = createScorer(
    Watchlist.parse({
      version: 1,
      entities: [
        { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }, { text: 'Velm' }] },
        { id: 'korrin_hydro', type: 'org', aliases: [{ text: 'Korrin Hydro' }] },
        { id: 'mara_olund', type: 'person', aliases: [{ text: 'Mara Olund' }, { text: 'Olund' }] },
        { id: 'tarnau_audit', type: 'org', aliases: [{ text: 'Tarnau audit office' }] },
      ],
      claims: [
        { id: 'N1', statement: "Jonas Velm denied the accusation: 'I have never received money from Korrin Hydro.'", entities: ['jonas_velm', 'korrin_hydro'] },
        {
          id: 'N2',
          statement: 'The Tarnau audit office found no evidence that Mara Olund knew of the payments before March 2025.',
          entities: ['tarnau_audit', 'mara_olund'],
          dates: [{ value: '2025-03' }],
        },
        {
          id: 'N3',
          statement: 'Inspectors found no evidence that Korrin Hydro dumped 300 tonnes of silt into the river.',
          entities: ['korrin_hydro'],
          quantities: [{ value: 300, unit: 'tonnes' }],
        },
        ...otherDeeds('X', 'Korrin Hydro', 'korrin_hydro', ['built the Tarnau dam', 'hired twelve engineers', 'sold its old offices', 'opened a visitor centre']),
      ],
    }),
  );

  it('does not contradict a denial: "no evidence that Velm received money" is not "Velm received money"', () => {
    expect(findingOf(scorer, 'The court found no evidence that Jonas Velm received money from Korrin Hydro.', 'N1')).not.toBe('contradicts (opposite-words)');
    expect(findingOf(scorer, 'The court found that Jonas Velm received money from Korrin Hydro.', 'N1')).toBe('contradicts (opposite-words)');
  });

  it('supports a claim that leaves the same fact open, by its date or its figure', () => {
    expect(findingOf(scorer, 'Auditors found no evidence that Olund knew of the payments before March 2025.', 'N2')).toBe('supports (date)');
    expect(findingOf(scorer, 'Inspectors found no evidence that Korrin Hydro dumped 300 tonnes of silt.', 'N3')).toBe('supports (number)');
  });
});

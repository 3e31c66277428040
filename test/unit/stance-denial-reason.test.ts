import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { otherDeeds } from '../helpers/findings.js';

// an invented storyline (no real people or events)
const scorer = createScorer(
  Watchlist.parse({
    version: 1,
    entities: [
      { id: 'korrin_hydro', type: 'org', aliases: [{ text: 'Korrin Hydro' }] },
      { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }, { text: 'Velm' }] },
    ],
    claims: [
      { id: 'R1', statement: "Korrin Hydro asked Jonas Velm for his office's permit files.", entities: ['korrin_hydro', 'jonas_velm'] },
      ...otherDeeds('X', 'Korrin Hydro', 'korrin_hydro', ['built the Tarnau dam', 'hired twelve engineers', 'sold its old offices', 'opened a visitor centre']),
    ],
  }),
);

describe('the explanation of a denial', () => {
  it('says what is denied, not that someone else did it, when the sentence names no one else', () => {
    const found = scorer.score({ title: '', text: "Korrin Hydro did not ask Jonas Velm for his office's permit files, a spokesman insisted." }).claims.find((c) => c.claim === 'R1');
    expect(found).toMatchObject({ stance: 'contradicts' });
    expect(found!.reason).toContain('The story denies what the claim says');
    expect(found!.reason).not.toContain('it was not Jonas Velm');
  });
});

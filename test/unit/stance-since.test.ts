import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf, otherDeeds } from '../helpers/findings.js';

// an invented storyline (no real companies or events)
const scorer = createScorer(
  Watchlist.parse({
    version: 1,
    entities: [
      { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharma' }, { text: 'Velmora' }] },
      { id: 'calvexin_recall', type: 'event', aliases: [{ text: 'Calvexin recall' }] },
    ],
    claims: [
      {
        id: 'F1',
        statement: "Velmora's shares fell 18 percent on the day the Calvexin recall was announced.",
        entities: ['velmora', 'calvexin_recall'],
        quantities: [{ value: 18, unit: 'percent' }],
        dates: [{ value: '2026-03-11' }],
      },
      ...otherDeeds('X', 'Velmora Pharma', 'velmora', ['hired a new chief chemist', 'opened a plant in Tarnau', 'sold its vaccine unit', 'raised its dividend']),
    ],
  }),
);

describe('a figure of change since some point', () => {
  it('is not the figure of the claim’s event: "lost 30 percent since the recall" does not contradict "fell 18 percent on the day"', () => {
    expect(findingOf(scorer, "Velmora's shares have lost 30 percent since the Calvexin recall was announced.", 'F1')).toBe('none');
    expect(findingOf(scorer, "Les actions de Velmora ont perdu 30 % depuis l'annonce du Calvexin recall.", 'F1')).toBe('none');
    expect(findingOf(scorer, "Velmora's shares fell 30 percent on the day the Calvexin recall was announced.", 'F1')).toBe('contradicts (number)');
  });
});

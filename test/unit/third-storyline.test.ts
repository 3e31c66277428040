import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/matchers/index.js';
import { proposeFromSeeds } from '../../src/seeds/propose.js';
import { seedFixture } from '../helpers/seed-fixtures.js';

// A third storyline, unlike the other two: three invented seed articles (French, English, Spanish) about a
// drug maker recalling its painkiller, imported as a new user would, then stories in four languages.
const { watchlist } = proposeFromSeeds(seedFixture('velmora'));
const scorer = createScorer(watchlist);
const findings = (title: string, text: string) =>
  scorer
    .score({ title, text })
    .claims.filter((c) => c.score >= 0.5 && c.stance !== 'possible')
    .map((c) => `${c.stance} (${c.rule})`);

describe('a third storyline, from its seeds to findings', () => {
  it('proposes the company once, by its full name and its name alone, and the Spanish agency whole', () => {
    const named = (name: string) => watchlist.entities.filter((e) => e.aliases.some((a) => a.text === name));
    expect(named('Velmora')).toHaveLength(1);
    expect(named('Velmora')[0]).toMatchObject({ type: 'org' });
    expect(named('Velmora')[0].aliases.map((a) => a.text)).toContain('Velmora Pharma');
    expect(named('AEMPS')[0]?.aliases.map((a) => a.text)).toContain('Agencia Española de Medicamentos y Productos Sanitarios');
    expect(named('Calvexin')[0]?.type).not.toBe('person');
  });

  it('compares the recall in English and German with the French seed’s « boîtes »', () => {
    expect(findings('Velmora recalls 200,000 boxes of Calvexin', 'Velmora Pharma recalled about 200,000 boxes of its painkiller Calvexin on 3 March 2025, the company said.')).toEqual([
      'contradicts (number)',
    ]);
    expect(findings('Velmora ruft Calvexin zurück', 'Velmora Pharma hat am 3. März 2025 rund 120.000 Packungen des Schmerzmittels Calvexin zurückgerufen.')).toContain('supports (number)');
  });

  it('supports the share fall told in Russian', () => {
    expect(findings('Акции Velmora Pharma упали', 'Акции Velmora Pharma упали на 18% после отзыва препарата Calvexin.')).toContain('supports (number)');
  });
});

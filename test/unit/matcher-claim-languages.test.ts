import { describe, expect, it } from 'vitest';
import type { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// Watchlists written for this test: the same two claims, their statements in French (as `veille seeds import`
// proposes them, the seed sentences as they are) or in English (as ops write them).
const claims = (statements: [string, string]) =>
  statements.map((statement, i) => ({
    id: `K${i + 1}`,
    statement,
    quote: statement,
    entities: ['acme', 'jane_roe'],
    dates: [],
    quantities: [],
  }));
const watchlistWith = (statements: [string, string]) =>
  ({
    language_of_seeds: 'fr',
    entities: [
      { id: 'acme', type: 'org', aliases: [{ text: 'Acme Réseaux', lang: ['any'] }] },
      { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe', lang: ['any'] }] },
    ],
    claims: claims(statements),
  }) as unknown as Watchlist;
const french = watchlistWith([
  'Selon la préfecture, Acme Réseaux a versé une indemnité aux habitants et Jane Roe a déposé une plainte pour le collectif.',
  'Jane Roe a annoncé que la plainte contre Acme Réseaux serait jugée dans le département, selon la préfecture.',
]);
const english = watchlistWith([
  'According to the prefecture, Acme Réseaux paid compensation to the residents and Jane Roe filed a complaint for the group.',
  'Jane Roe said that the complaint against Acme Réseaux would be heard in the department, according to the prefecture.',
]);

// Stories written for this test: the same news in English and in German.
const inEnglish = {
  title: 'Jane Roe sues Acme Réseaux',
  text: 'Jane Roe filed a complaint against the grid operator Acme Réseaux on behalf of the residents, the prefecture said.',
  lang: 'en',
};
const inGerman = {
  title: 'Jane Roe verklagt Acme Réseaux',
  text: 'Jane Roe hat im Namen der Anwohner Klage gegen den Netzbetreiber Acme Réseaux eingereicht, teilte die Präfektur mit.',
  lang: 'de',
};

describe('the languages the claims are worded in', () => {
  it('does not fault an English story for missing the words of claims stated in French only', () => {
    const scorer = createScorer(french);
    // neither story can show the French statements' words: both are read alike
    expect(scorer.score(inEnglish).relevance).toBeCloseTo(scorer.score(inGerman).relevance, 6);
  });

  it('still reads an English story against claims stated in English', () => {
    const scorer = createScorer(english);
    expect(scorer.details(inEnglish).breakdown.words.length).toBeGreaterThan(0);
    expect(scorer.details(inGerman).breakdown.words).toEqual([]);
  });
});

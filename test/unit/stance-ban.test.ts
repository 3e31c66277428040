import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf } from '../helpers/findings.js';

// A fifth invented storyline (no real events): a cyclist's doping ban. Its facts hang on short words
// ("ban", "appeal") and on how long the ban lasts, told in several languages.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'piet_verhoef', type: 'person', aliases: [{ text: 'Piet Verhoef' }, { text: 'Verhoef', needs_context: true }] },
    { id: 'wada', type: 'org', aliases: [{ text: 'World Anti-Doping Agency' }, { text: 'WADA' }] },
    { id: 'cas', type: 'org', aliases: [{ text: 'Court of Arbitration for Sport' }] },
    { id: 'calvexin', type: 'product', aliases: [{ text: 'Calvexin' }] },
  ],
  claims: [
    { id: 'D1', statement: 'Cyclist Piet Verhoef tested positive for the banned substance Calvexin on 12 July 2024.', entities: ['piet_verhoef', 'calvexin'], dates: [{ value: '2024-07-12' }] },
    { id: 'D2', statement: 'The World Anti-Doping Agency banned Piet Verhoef for four years.', entities: ['wada', 'piet_verhoef'], quantities: [{ value: 4, unit: 'years' }] },
    { id: 'D3', statement: 'Piet Verhoef denied ever taking Calvexin.', entities: ['piet_verhoef', 'calvexin'] },
    { id: 'D4', statement: 'Verhoef appealed the ban to the Court of Arbitration for Sport.', entities: ['piet_verhoef', 'cas'] },
  ],
});
const scorer = createScorer(watchlist);
const findingOn = (text: string, claim: string) => findingOf(scorer, text, claim);

describe('a fact told with a three-letter word', () => {
  it('meets "the ban" in the story, and its denial', () => {
    expect(findingOn('Piet Verhoef has appealed his ban to the Court of Arbitration for Sport, his lawyer said.', 'D4')).toBe('supports (names-and-statement)');
    expect(findingOn('Piet Verhoef will not appeal his ban to the Court of Arbitration for Sport, his lawyer said.', 'D4')).toBe('contradicts (opposite-words)');
  });
});

describe('how long a ban lasts, in any language', () => {
  it('supports the four years in German, contradicts two years, and leaves a ban cut on appeal alone', () => {
    expect(findingOn('Die Welt-Anti-Doping-Agentur WADA hat Piet Verhoef für vier Jahre gesperrt.', 'D2')).toBe('supports (number)');
    expect(findingOn('The World Anti-Doping Agency banned Piet Verhoef for two years.', 'D2')).toBe('contradicts (number)');
    expect(findingOn("The Court of Arbitration for Sport reduced Piet Verhoef's four-year ban to two years on appeal.", 'D2')).toBe('none');
  });
});

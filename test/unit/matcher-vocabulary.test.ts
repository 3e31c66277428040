import { describe, expect, it } from 'vitest';
import type { Watchlist } from '../../src/config/watchlist.js';
import { foldText } from '../../src/matchers/normalize.js';
import { buildVocabulary, stemOf, storylineStems } from '../../src/matchers/vocabulary.js';

// A watchlist written for this test: one claim, worded in English and in French.
const watchlist = {
  entities: [{ id: 'acme', type: 'org', aliases: [{ text: 'Acme' }] }],
  claims: [
    {
      id: 'K1',
      statement: 'Acme hacked the emails and leaked them during the elections.',
      quote: 'Acme a piraté les courriels pendant les élections.',
      entities: ['acme'],
      dates: [],
      quantities: [],
    },
  ],
} as unknown as Pick<Watchlist, 'entities' | 'claims'>;

describe('storyline words', () => {
  it('meets inflected forms of the claims’ words: a headline saying “hacking” and “email leak” uses the claim’s wording', () => {
    const vocabulary = buildVocabulary(watchlist);
    const found = storylineStems(foldText('Acme accused of hacking: the email leak in the election'), vocabulary);
    expect([...found].sort()).toEqual([stemOf('email'), stemOf('hacked'), stemOf('leaked'), stemOf('elections')].sort());
  });

  it('reads a one-letter hyphenated prefix as part of its word: “E-Mails” and “e-mail” are the claim’s “emails”', () => {
    const vocabulary = buildVocabulary(watchlist);
    expect(storylineStems(foldText('Acme und die E-Mails'), vocabulary)).toContain(stemOf('email'));
    expect(storylineStems(foldText('the Acme e-mail probe'), vocabulary)).toContain(stemOf('email'));
    // a longer first part keeps its hyphen as a word break
    expect(foldText('Jean-Pierre, e-mail, X-ray, A-10')).toBe('jean pierre, email, xray, a 10');
  });

  it('keeps words apart that only share a plural or a verb ending', () => {
    expect(stemOf('hacked')).toBe(stemOf('hacking'));
    expect(stemOf('emails')).toBe(stemOf('email'));
    expect(stemOf(foldText('élections'))).toBe(stemOf('election'));
    expect(stemOf('elecciones')).toBe(stemOf(foldText('elección')));
    expect(stemOf('news')).toBe('news');
    expect(stemOf('process')).toBe('proces');
    expect(stemOf('hacker')).not.toBe(stemOf('hacked'));
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { foldText } from '../../src/matchers/normalize.js';
import { retractsBefore } from '../../src/matchers/polarity.js';
import { tokenize } from '../../src/matchers/tokens.js';

/** A sentence as the matcher reads it: folded, then cut into tokens. */
const read = (sentence: string) => tokenize(foldText(sentence));

// An invented storyline (no real events): a regulator's finding about a drug maker, as its seeds report it.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'tarnau_agency', type: 'org', aliases: [{ text: 'Tarnau Medicines Agency' }, { text: 'TMA', needs_context: true }] },
    { id: 'kelbach_pharma', type: 'org', aliases: [{ text: 'Kelbach Pharma' }] },
  ],
  claims: [
    {
      id: 'R1',
      statement: 'The Tarnau Medicines Agency found that Kelbach Pharma stopped production of its tablets on 11 March 2026.',
      entities: ['tarnau_agency', 'kelbach_pharma'],
      dates: [{ value: '2026-03-11' }],
    },
    { id: 'R2', statement: 'Kelbach Pharma paid a fine of 4.2 million euros.', entities: ['kelbach_pharma'], quantities: [{ value: 4200000, unit: 'EUR' }] },
  ],
});
const scorer = createScorer(watchlist);
const stanceOf = (text: string, claim: string) => scorer.score({ title: '', text, lang: 'en' }).claims.find((c) => c.claim === claim);
const stanceOn = (text: string, claim: string) => {
  const found = stanceOf(text, claim);
  return found && found.score >= 0.5 ? found.stance : 'none';
};
const told = 'Summaries published on Friday said the Tarnau Medicines Agency found that Kelbach Pharma stopped production of its tablets on 11 March 2026.';

describe('a sentence the next one takes back', () => {
  it('reads "that summary did not reflect…", « cette affirmation était inexacte », „diese Angabe war falsch“, «эта цифра была ошибочной»', () => {
    for (const sentence of [
      'The agency said on Monday that this summary "did not reflect" what it had decided.',
      'This figure was wrong.',
      'Cette affirmation était inexacte.',
      'Diese Angabe war falsch.',
      'Esta cifra era errónea.',
      'Эта цифра была ошибочной.',
    ]) {
      expect(retractsBefore(read(sentence)), sentence).toBe(true);
    }
    // pointing back at something else, or calling nothing wrong, takes nothing back
    expect(retractsBefore(read('This information was confirmed by the agency on Monday.'))).toBe(false);
    expect(retractsBefore(read('The agency said the company was wrong to wait.'))).toBe(false);
  });

  it('contradicts the claim the story told and then took back, and says so in plain words', () => {
    const text = `${told} The agency said on Monday that this summary "did not reflect" what it had decided.`;
    expect(stanceOn(text, 'R1')).toBe('contradicts');
    expect(stanceOf(text, 'R1')?.reason).toMatch(/takes it back/);
  });

  it('still supports the claim the story tells and then confirms', () => {
    expect(stanceOn(`${told} This information was confirmed by the agency on Monday.`, 'R1')).toBe('supports');
  });
});

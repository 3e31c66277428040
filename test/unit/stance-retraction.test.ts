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

// The same storyline's local paper took back one of its reports: a claim about that retraction.
const retraction = createScorer(
  Watchlist.parse({
    version: 1,
    language_of_seeds: 'en',
    entities: [
      { id: 'tarnau_courier', type: 'media', aliases: [{ text: 'Tarnau Courier' }] },
      { id: 'kelbach_pharma', type: 'org', aliases: [{ text: 'Kelbach Pharma' }] },
      { id: 'velmora', type: 'product', aliases: [{ text: 'Velmora' }] },
    ],
    claims: [
      {
        id: 'W1',
        statement: 'The Tarnau Courier retracted its 16 March report that two deaths had been linked to the Velmora tablets.',
        entities: ['tarnau_courier', 'velmora'],
        dates: [{ value: '2026-03-16', what: 'original report' }],
      },
      // (other claims of the storyline: the retraction claim's words are rare among them, as in a real watchlist)
      { id: 'W2', statement: 'Kelbach Pharma recalled 14 batches of Velmora on 11 March 2026.', entities: ['kelbach_pharma', 'velmora'], quantities: [{ value: 14, unit: 'batches' }] },
      { id: 'W3', statement: 'Kelbach Pharma said the impurity was found by its own laboratory.', entities: ['kelbach_pharma'] },
      { id: 'W4', statement: 'Shares of Kelbach Pharma fell 18 percent on the day of the recall.', entities: ['kelbach_pharma'], quantities: [{ value: 18, unit: 'percent' }] },
    ],
  }),
);
const retractionStance = (text: string) => {
  const found = retraction.score({ title: 'Correction: Tarnau Courier report on Velmora deaths', text, lang: 'en', publishedAt: '2026-03-18' }).claims.find((c) => c.claim === 'W1');
  return found && found.score >= 0.5 ? found.stance : 'none';
};
const ourReport = 'On Monday, March 16, we reported that two deaths had been linked to the Velmora tablets.';

describe('a claim that a report was taken back', () => {
  it('reads "we have withdrawn it" as taking back the sentence before', () => {
    expect(retractsBefore(read('That report was not supported by the evidence and we have withdrawn it.'))).toBe(true);
    expect(retractsBefore(read('Nous retirons donc cette affirmation.'))).toBe(false); // nothing points back before the verb
    // the words that also mean going back or a product recall take nothing back
    expect(retractsBefore(read('Diese Zahl geht auf Schätzungen der Behörde zurück.'))).toBe(false);
    expect(retractsBefore(read('Esta información llega tras la retirada de los lotes.'))).toBe(false);
    expect(retractsBefore(read('Cette information, nous la retirons.'))).toBe(true);
  });

  it('is supported by the paper taking the report back, though its headline names the report (words the claim says were taken back)', () => {
    expect(retractionStance(`${ourReport} That report was not supported by the evidence and we have withdrawn it.`)).toBe('supports');
    const story = { title: 'Correction: Tarnau Courier report on Velmora deaths', text: `${ourReport} That report was not supported by the evidence and we have withdrawn it.`, lang: 'en' };
    expect(retraction.score(story).claims.find((c) => c.claim === 'W1')?.reason).toMatch(/what the claim says was taken back .* and takes it back too/);
  });

  it('is not supported by the paper telling the report again, standing by it', () => {
    expect(retractionStance(`${ourReport} We stand by that report.`)).not.toBe('supports');
  });
});

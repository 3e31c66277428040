import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { normalizeForMatch } from '../../src/matchers/normalize.js';
import { findQuantities } from '../../src/matchers/quantities.js';
import { tokenize } from '../../src/matchers/tokens.js';
import { findingOf } from '../helpers/findings.js';

const unitsOf = (text: string) => findQuantities(tokenize(normalizeForMatch(text).text)).map((q) => `${q.value} ${q.unit}`);

// An invented storyline (no real events): a painkiller contaminated with an impurity, a seed that says "more than
// ten times the limit" where the regulator's figures make it about six times.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'calvexin', type: 'product', aliases: [{ text: 'Calvexin' }] },
    { id: 'ndxa', type: 'other', aliases: [{ text: 'NDXA' }] },
    { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharma' }, { text: 'Velmora' }] },
  ],
  claims: [
    { id: 'L1', statement: 'Some Calvexin tablets carried more than ten times the permitted amount of NDXA.', entities: ['calvexin', 'ndxa'], quantities: [{ value: 10, unit: 'times_limit', approx: false }] },
    { id: 'R1', statement: 'Velmora Pharma recalled 14 batches of Calvexin.', entities: ['velmora', 'calvexin'], quantities: [{ value: 14, unit: 'batches' }] },
    { id: 'F1', statement: 'Velmora Pharma was fined 4 million euros over the contamination.', entities: ['velmora'], quantities: [{ value: 4_000_000, unit: 'EUR' }] },
    { id: 'T1', statement: 'Velmora tested 40 batches of Calvexin in its own laboratory.', entities: ['velmora', 'calvexin'], quantities: [{ value: 40, unit: 'batches' }] },
  ],
});
const scorer = createScorer(watchlist);

describe('a multiple of something, not a count of occasions', () => {
  it('reads "N times the limit", « N fois plus », „das Siebenfache“, «в N раз больше» as multiples', () => {
    expect(unitsOf('Levels were 6.7 times the limit.')).toEqual(['6.7 multiple']);
    expect(unitsOf('Levels were 30 times higher than allowed.')).toEqual(['30 multiple']);
    expect(unitsOf('des taux dix fois supérieurs à la norme')).toEqual(['10 multiple']);
    expect(unitsOf('fast das Siebenfache des Grenzwerts')).toEqual(['7 multiple']);
    expect(unitsOf('Уровень был в 10 раз выше нормы.')).toEqual(['10 multiple']);
  });

  it('keeps a count of times a count ("replied three times the same day")', () => {
    expect(unitsOf('He replied three times the same day.')).toEqual(['3 replies']);
    expect(unitsOf('They met three times.')).toEqual(['3 null']);
  });

  it('contradicts "more than ten times the limit" with "nearly seven times" it, in another language too', () => {
    // written for this test
    expect(findingOf(scorer, 'Calvexin tablets contained NDXA at nearly seven times the permitted limit, the regulator said.', 'L1')).toBe('contradicts (number)');
    expect(findingOf(scorer, 'Die Calvexin-Tabletten enthielten fast das Siebenfache des zulässigen Grenzwerts an NDXA.', 'L1')).toBe('contradicts (number)');
  });

  it('reads a fact-check\'s "Claim: … Verdict: False." as the claim corrected, not supported', () => {
    // written for this test: the claim quoted, then the verdict, then the regulator's figure
    const factCheck =
      'Claim: Some Calvexin tablets carried "more than ten times" the permitted amount of NDXA.\n\nVerdict: False.\n\n' +
      'The regulator measured NDXA in Calvexin at about 6.5 times the limit.';
    expect(findingOf(scorer, factCheck, 'L1')).toBe('contradicts (number)');
  });
});

import { describe, expect, it } from 'vitest';
import { loadCases, onDay, sameTitle, score, tokenF1, veille } from '../../bench/extract.js';

/**
 * The evaluation pages of `npx tsx bench/extract.ts` (test/fixtures/extract/: news sites, blogs,
 * wire copy, live pages, pages with comments; English, French, German, Spanish, Russian), held
 * to the targets so that a heuristic change that loses text shows here. Speed and the
 * comparison with Readability are the benchmark's business.
 */
describe('extraction quality on the evaluation pages', () => {
  const cases = loadCases();
  const result = score(veille, cases, 0);

  it('has at least 20 pages with expected text, title and date', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const page of cases) {
      expect(page.expected.length, page.name).toBeGreaterThan(200);
      expect(page.title, page.name).not.toBe('');
    }
  });

  it('finds the main text: mean token F1 ≥ 0.95, no page below 0.85', () => {
    expect(result.f1).toBeGreaterThanOrEqual(0.95);
    for (const [name, f1] of Object.entries(result.perPage)) expect(f1, name).toBeGreaterThanOrEqual(0.85);
  });

  it('reads titles (≥ 0.85) and publication days (≥ 0.80)', () => {
    expect(result.title).toBeGreaterThanOrEqual(0.85);
    expect(result.date).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the benchmark measures', () => {
  it('token F1 counts words as a bag, case-insensitively', () => {
    expect(tokenF1('The cat sat.', 'the CAT sat')).toBe(1);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('a b', '')).toBe(0);
    expect(tokenF1('a a b', 'a b')).toBeCloseTo(0.8); // precision 2/3, recall 1
  });

  it('title match ignores case, spacing, quote and dash styles', () => {
    expect(sameTitle('Trump Jr’s  messages – explained', "trump jr's messages - explained")).toBe(true);
    expect(sameTitle('Trump Jr messages | Site', 'Trump Jr messages')).toBe(false);
  });

  it('a date matches the day it falls on in some time zone', () => {
    expect(onDay('2017-11-18T00:31:00.000Z', '2017-11-17')).toBe(true); // 19:31 EST
    expect(onDay('2017-11-14T00:00:00.000Z', '2017-11-14')).toBe(true);
    expect(onDay('2017-11-16T00:00:00.000Z', '2017-11-14')).toBe(false);
    expect(onDay(null, '2017-11-14')).toBe(false);
  });
});

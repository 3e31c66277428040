import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/config/load.js';
import { Watchlist } from '../../src/config/watchlist.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A `?` that stood for a non-breaking space next to « » (a lossy copy of the seed text). */
const NBSP_ARTEFACT = /«\s?\?(?=\S)|(?<=\S)\?\s?»/;

describe('the shipped watchlist quotes the seeds as a reader would read them', () => {
  const watchlist = parseYaml(Watchlist, readFileSync(path.join(ROOT, 'config/watchlist.yaml'), 'utf8'), 'watchlist.yaml', {});

  it('has no question mark standing for a non-breaking space inside « »', () => {
    const bad = watchlist.claims.filter((claim) => NBSP_ARTEFACT.test(claim.quote)).map((claim) => `${claim.id}: ${claim.quote}`);
    expect(bad).toEqual([]);
  });

  it('keeps the French quotation marks with their non-breaking spaces', () => {
    const quoted = watchlist.claims.filter((claim) => claim.quote.includes('«\u00a0'));
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    expect(quoted.some((claim) => claim.quote.includes('«\u00a0cela améliorerait énormément la perception de notre impartialité\u00a0»'))).toBe(true);
  });

  it('the artefact pattern does catch the broken form', () => {
    expect(NBSP_ARTEFACT.test('assurant que « ?cela améliorerait? » tout')).toBe(true);
    expect(NBSP_ARTEFACT.test('« Pourquoi ? » demanda-t-il')).toBe(false);
  });
});

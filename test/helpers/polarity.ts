import { normalizeForMatch } from '../../src/matchers/normalize.js';
import { markPolarity, tokenPolarity } from '../../src/matchers/polarity.js';
import { tokenize } from '../../src/matchers/tokens.js';

/** A sentence's words (as the matcher folds them) → 1 asserted, -1 negated, 0 left open. */
export function polarity(text: string): Record<string, number> {
  const tokens = tokenize(normalizeForMatch(text).text);
  const p = tokenPolarity(markPolarity(tokens));
  return Object.fromEntries(tokens.map((t, k) => [t.text, p[k]]));
}

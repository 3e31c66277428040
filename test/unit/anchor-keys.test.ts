import { describe, expect, it } from 'vitest';
import { anchorKey, isPredicateWord, lookupKeys } from '../../src/matchers/anchor-keys.js';

describe('anchor keys: how a claim word and a story word meet', () => {
  it('keeps the three-letter words that carry a fact, and finds them in the plural', () => {
    expect(anchorKey('ban')).toBe('ban');
    expect(isPredicateWord('tax')).toBe(true);
    expect(lookupKeys('bans')).toContain('ban');
    expect(lookupKeys('taxes')).toContain('tax');
    expect(anchorKey('laws')).toBe('law');
  });

  it('does not take a longer word for a short one, nor a function word for a fact', () => {
    expect(lookupKeys('band')).not.toContain('ban');
    expect(lookupKeys('warns')).not.toContain('war');
    expect(anchorKey('the')).toBeNull();
    expect(isPredicateWord('and')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { conceptOf } from '../../src/matchers/lexicon-concepts.js';

describe('predicate concepts', () => {
  it('reads the verbs of praise in five languages', () => {
    for (const word of ['praised', 'hailed', 'lauded', 'felicite', 'gelobt', 'alabo', 'alabaron', 'elogio', 'похвалил']) expect(conceptOf(word)).toBe('praise');
  });

  it('does not take a place name for a verb that begins like it ("Alabama" is not «alabar»)', () => {
    expect(conceptOf('alabama')).toBeNull();
  });
});

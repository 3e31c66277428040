import { describe, expect, it } from 'vitest';
import { estimateJaccard, minhash } from '../../src/cluster/minhash.js';
import { extractNumbers, sameStory, signatureOf } from '../../src/cluster/signature.js';
import type { StoryScore } from '../../src/domain/types.js';
import { COPIES } from '../fixtures/pipeline/wire-copies.js';

const scoreWith = (...ids: string[]): StoryScore => ({
  relevance: 0.8,
  relevant: true,
  claims: [],
  entities: ids.map((id) => ({ id, alias: id, count: 1 })),
  why: [],
});

const story = (key: keyof typeof COPIES, publishedAt = '2017-10-31T18:00:00Z') => ({
  title: COPIES[key].title,
  text: COPIES[key].body.join('\n\n'),
  publishedAt,
});

describe('near-duplicate text', () => {
  it('a lightly edited wire copy is estimated much closer than a different story', () => {
    const a = minhash(story('wireA').text)!;
    const b = minhash(story('wireB').text)!;
    const other = minhash(story('other').text)!;
    expect(estimateJaccard(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(estimateJaccard(a, other)).toBeLessThan(0.2);
  });

  it('signatures are the same in any process: fixed hash seeds', () => {
    expect(minhash('the same words in the same order')).toEqual(minhash('the same words in the same order'));
    expect(minhash('')).toBeNull();
  });
});

describe('figures survive translation', () => {
  it('reads grouped thousands in English and French the same', () => {
    expect(extractNumbers('$274,100 on 1,823 promoted tweets')).toEqual(['1823', '274100']);
    expect(extractNumbers('274 100 dollars pour 1 823 tweets')).toEqual(['1823', '274100']);
  });
});

describe('sameStory', () => {
  const entities = ['rt', 'twitter', 'facebook', 'internet_research_agency'];
  it('links the wire copies as near-duplicates', () => {
    expect(sameStory(signatureOf(story('wireA'), scoreWith(...entities)), signatureOf(story('wireB'), scoreWith(...entities)))).toBe('near-duplicate');
  });

  it('links the French version by its entities and figures within a day', () => {
    const en = signatureOf(story('wireA'), scoreWith(...entities));
    const fr = signatureOf(story('french', '2017-11-01T07:00:00Z'), scoreWith(...entities));
    expect(sameStory(en, fr)).toBe('same-facts');
  });

  it('does not link the French version a week later', () => {
    const en = signatureOf(story('wireA'), scoreWith(...entities));
    const fr = signatureOf(story('french', '2017-11-08T07:00:00Z'), scoreWith(...entities));
    expect(sameStory(en, fr)).toBeNull();
  });

  it('does not link another story on the same people the same day', () => {
    const a = signatureOf(story('wireA'), scoreWith('rt', 'twitter', 'us_intelligence'));
    const other = signatureOf(story('other'), scoreWith('rt', 'twitter', 'us_intelligence'));
    expect(sameStory(a, other)).toBeNull();
  });
});

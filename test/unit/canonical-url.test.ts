import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/sources/canonical-url.js';

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://WWW.Example.COM/Path/Story.html', 'https://www.example.com/Path/Story.html'],
    ['https://example.com/a#comments', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['https://example.com/a?#top', 'https://example.com/a'],
    ['https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x', 'https://example.com/a'],
    ['https://example.com/a?UTM_Source=rss', 'https://example.com/a'],
    ['https://example.com/a?id=7&fbclid=IwAR0abc&gclid=xyz', 'https://example.com/a?id=7'],
    ['https://example.com/a?mc_cid=1&mc_eid=2&page=2', 'https://example.com/a?page=2'],
    ['https://www.lemonde.fr/a.html?xtor=RSS-3208&lmd_medium=al&lmd_campaign=x', 'https://www.lemonde.fr/a.html'],
    ['https://example.fr/a?at_medium=email&at_campaign=nl&ocid=msn&cmpid=rss', 'https://example.fr/a'],
    ['https://www.nytimes.com/2018/a.html?smid=tw-share&ref=nyt', 'https://www.nytimes.com/2018/a.html'],
    ['https://example.com/search?q=b&a=1', 'https://example.com/search?a=1&q=b'],
    ['https://example.com/list?tag=z&tag=a', 'https://example.com/list?tag=z&tag=a'], // repeated names keep their order
    ['https://example.com/a?path=%2Fx%2Fy&b=c%20d', 'https://example.com/a?b=c%20d&path=%2Fx%2Fy'], // encoding kept
    ['https://example.com/a?&&id=3&', 'https://example.com/a?id=3'],
    ['https://example.com', 'https://example.com/'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['file:///tmp/page.html#x', 'file:///tmp/page.html'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = canonicalUrl('HTTPS://Example.com:443/a?z=1&utm_source=x&a=2#frag');
    expect(canonicalUrl(once)).toBe(once);
  });

  it('returns an unparsable URL trimmed, without throwing', () => {
    expect(canonicalUrl(' not a url ')).toBe('not a url');
  });
});

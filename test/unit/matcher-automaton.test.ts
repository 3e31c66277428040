import { describe, expect, it } from 'vitest';
import { compileAliases, KeywordAutomaton, leftmostLongest } from '../../src/matchers/automaton.js';
import { foldText } from '../../src/matchers/normalize.js';
import { Watchlist } from '../../src/config/watchlist.js';

const watchlist = Watchlist.parse({
  version: 1,
  entities: [
    { id: 'acme_jr', type: 'person', aliases: [{ text: 'Acme Jr.' }, { text: 'Acme junior' }] },
    { id: 'acme', type: 'person', aliases: [{ text: 'Acme' }, { text: 'Acme Industries' }] },
    { id: 'rt', type: 'media', aliases: [{ text: 'RT', needs_context: true }, { text: 'Russia Today' }] },
    { id: 'don', type: 'person', aliases: [{ text: 'Don' }] },
    { id: 'vk', type: 'platform', aliases: [{ text: 'VK', needs_context: true }, { text: 'VKontakte' }, { text: 'ВКонтакте' }] },
  ],
  context_words: ['election'],
});

const find = (text: string) =>
  compileAliases(watchlist)
    .match(foldText(text))
    .map((m) => `${m.entityId ?? '#context'}:${foldText(text).slice(m.start, m.end)}`);

describe('alias automaton', () => {
  it('finds every alias of every entity in one pass', () => {
    expect(find('Acme Industries and RT covered the election on VKontakte')).toEqual([
      'acme:acme industries',
      'rt:rt',
      '#context:election',
      'vk:vkontakte',
    ]);
  });

  it('matches on word boundaries only: no RT inside ARTICLE, no VK inside VKontakte', () => {
    expect(find('ARTICLE PARTNERS')).toEqual([]);
    expect(find('VKontakte')).toEqual(['vk:vkontakte']);
    expect(find('VK Cloud')).toEqual(['vk:vk']);
  });

  it('resolves overlaps leftmost-longest', () => {
    expect(find('Acme Jr. spoke')).toEqual(['acme_jr:acme jr']);
    expect(find('Acme junior')).toEqual(['acme_jr:acme junior']);
  });

  it('is case-, accent- and inflection-insensitive, in Cyrillic too', () => {
    expect(find('RUSSIA TODAY, rússia today')).toEqual(['rt:russia today', 'rt:russia today']);
    expect(find('во ВКонтакте и о ВКонтакту')).toHaveLength(2);
  });

  it('accepts a genitive s on longer names', () => {
    expect(find('Acmes Anwalt')).toEqual(['acme:acme']);
  });

  it('does not take the "n\'t" of a contraction for a name ending in n: "Don\'t" is not Don', () => {
    expect(find('Don’t blow it off, don\'t!')).toEqual([]);
    expect(find('Don\'s call, Don’s reply')).toEqual(['don:don', 'don:don']);
  });
});

describe('KeywordAutomaton', () => {
  it('reports overlapping keys that leftmostLongest then resolves', () => {
    const a = new KeywordAutomaton(['he', 'she', 'hers', 'his']);
    const raw = a.findAll('ushers his');
    const spans = [];
    for (let i = 0; i < raw.length; i += 3) spans.push({ key: raw[i], start: raw[i + 1], end: raw[i + 2] });
    // "ushers" is one word: no key sits on its boundaries; "his" does
    expect(spans.map((s) => s.key)).toEqual([3]);
    expect(leftmostLongest([{ start: 0, end: 3 }, { start: 0, end: 5 }, { start: 4, end: 8 }, { start: 6, end: 9 }])).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 9 },
    ]);
  });
});

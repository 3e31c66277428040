import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceConfig } from '../../src/config/schema.js';
import type { FetchOptions, Fetcher } from '../../src/fetch/types.js';
import { PermanentError } from '../../src/lib/errors.js';
import { silentLogger } from '../../src/lib/logger.js';
import { extractLinks } from '../../src/sources/page/extract-links.js';
import { pageSource } from '../../src/sources/page/index.js';

const listPage = readFileSync(new URL('../fixtures/pages/list-page.html', import.meta.url), 'utf8');

function pageFetcher(html: string, finalUrl: string) {
  const calls: Partial<FetchOptions>[] = [];
  const fetcher: Fetcher = {
    async fetch(url, options) {
      calls.push(options ?? {});
      const body = Buffer.from(html);
      return { url: finalUrl || url, status: 200, notModified: false, headers: {}, body, contentType: 'text/html', etag: null, lastModified: null, text: html, charset: 'utf-8' };
    },
    async close() {},
  };
  return { fetcher, calls };
}

describe('pageSource', () => {
  it('lists the story links picked by the selector, resolved, deduped, with titles and dates', async () => {
    const { fetcher, calls } = pageFetcher(listPage, 'https://list.example.org/actu/index.html');
    const config = SourceConfig.parse({ id: 'list', type: 'page', url: 'https://list.example.org/actu/', links: 'article.teaser a[href]' });
    const result = await pageSource.fetch(config, { fetcher, state: { etag: null, lastModified: null }, log: silentLogger });
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(calls[0]).toMatchObject({ accept: 'html', allowFile: true });
    expect(result.title).toBe('International & monde — Exemple');
    expect(result.skipped).toBe(2); // javascript: and mailto:
    expect(result.items).toEqual([
      {
        url: 'https://list.example.org/actu/2018/02/16/mueller-inculpe-13-russes.html?xtor=RSS-3208',
        canonicalUrl: 'https://list.example.org/actu/2018/02/16/mueller-inculpe-13-russes.html',
        guid: 'https://list.example.org/actu/2018/02/16/mueller-inculpe-13-russes.html',
        title: 'Mueller inculpe 13 Russes pour ingérence électorale',
        publishedAt: '2018-02-16T17:00:00.000Z',
        summary: 'Le procureur spécial vise l’Internet Research Agency.',
      },
      {
        // an image link and a "Lire" link to the same page: one item, titled from the card's heading
        url: 'https://list.example.org/actu/2018/02/17/facebook-vp.html',
        canonicalUrl: 'https://list.example.org/actu/2018/02/17/facebook-vp.html',
        guid: 'https://list.example.org/actu/2018/02/17/facebook-vp.html',
        title: 'Le vice-président de Facebook chargé des publicités s’explique sur Twitter',
        publishedAt: null, // "17/02/2018" is ambiguous: no date rather than a wrong one
        summary: '',
      },
      {
        url: 'https://autre.example.com/rt-tweets-promus',
        canonicalUrl: 'https://autre.example.com/rt-tweets-promus',
        guid: 'https://autre.example.com/rt-tweets-promus',
        title: 'RT a acheté des tweets promus, selon Twitter',
        publishedAt: '2017-10-27T00:00:00.000Z',
        summary: '',
      },
    ]);
  });

  it('uses the default selector (article a[href]) when the config does not set one', async () => {
    const { fetcher } = pageFetcher(listPage, 'https://list.example.org/actu/');
    const config = SourceConfig.parse({ id: 'list', type: 'page', url: 'https://list.example.org/actu/' });
    const result = await pageSource.fetch(config, { fetcher, state: { etag: null, lastModified: null }, log: silentLogger });
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.items).toHaveLength(3);
  });
});

describe('extractLinks', () => {
  it('accepts selectors that match headings instead of links', () => {
    const html = '<ul><li><h3><a href="/one">First story title here</a></h3></li><li><a href="/two"><h3>Second story title here</h3></a></li></ul>';
    const { items } = extractLinks(html, 'https://x.example.com/news/', 'li h3');
    expect(items.map((item) => [item.url, item.title])).toEqual([
      ['https://x.example.com/one', 'First story title here'],
      ['https://x.example.com/two', 'Second story title here'],
    ]);
  });

  it('keeps file: links only on a file: page', () => {
    const html = '<article><a href="story.html">A local story page for tests</a></article><article><a href="file:///etc/passwd">A file link from the web</a></article>';
    expect(extractLinks(html, 'file:///srv/pages/list.html', 'article a').items.map((item) => item.url)).toEqual([
      'file:///srv/pages/story.html',
      'file:///etc/passwd',
    ]);
    const fromWeb = extractLinks(html, 'https://x.example.com/list', 'article a');
    expect(fromWeb.items.map((item) => item.url)).toEqual(['https://x.example.com/story.html']);
    expect(fromWeb.skipped).toBe(1);
  });

  it('drops links back to the page itself', () => {
    const html = '<article><a href="#top">Back to the top of this page</a><a href="?utm_source=x">This same page again</a></article>';
    expect(extractLinks(html, 'https://x.example.com/list', 'article a').items).toEqual([]);
  });

  it('reports an invalid selector as a PermanentError naming it', () => {
    expect(() => extractLinks('<p>x</p>', 'https://x.example.com/', 'article >>> a[')).toThrow(PermanentError);
    expect(() => extractLinks('<p>x</p>', 'https://x.example.com/', 'article >>> a[')).toThrow(/invalid links selector "article >>> a\["/);
  });
});

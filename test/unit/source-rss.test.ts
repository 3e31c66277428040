import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceConfig } from '../../src/config/schema.js';
import type { FetchOptions, FetchResult, Fetcher } from '../../src/fetch/types.js';
import { PermanentError } from '../../src/lib/errors.js';
import { silentLogger } from '../../src/lib/logger.js';
import { rssSource } from '../../src/sources/rss/index.js';

/** A Fetcher that serves fixture files by URL, answers 304 when the ETag matches, and records its calls. */
function fixtureFetcher(files: Record<string, { file: string; etag?: string; status?: number }>) {
  const calls: { url: string; options?: Partial<FetchOptions> }[] = [];
  const fetcher: Fetcher = {
    async fetch(url, options) {
      calls.push({ url, options });
      const entry = files[url];
      if (!entry) throw new Error(`no fixture for ${url}`);
      const etag = entry.etag ?? null;
      const notModified = etag !== null && options?.etag === etag;
      const body = notModified ? Buffer.alloc(0) : readFileSync(new URL(`../fixtures/${entry.file}`, import.meta.url));
      const result: FetchResult = {
        url,
        status: notModified ? 304 : (entry.status ?? 200),
        notModified,
        headers: {},
        body,
        contentType: 'application/rss+xml',
        etag,
        lastModified: 'Wed, 21 Feb 2018 10:00:00 GMT',
        text: body.toString('utf8'),
        charset: 'utf-8',
      };
      return result;
    },
    async close() {},
  };
  return { fetcher, calls };
}

const source = (url: string) => SourceConfig.parse({ id: 'example', type: 'rss', url });
const ctx = (fetcher: Fetcher, etag: string | null = null) => ({ fetcher, state: { etag, lastModified: null }, log: silentLogger });

describe('rssSource', () => {
  it('maps feed items to discovered items with absolute and canonical URLs', async () => {
    const { fetcher, calls } = fixtureFetcher({ 'https://news.example.com/rss.xml': { file: 'feeds/rss2-bare-ampersand.xml', etag: '"v1"' } });
    const result = await rssSource.fetch(source('https://news.example.com/rss.xml'), ctx(fetcher));
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.title).toBe('Politics & Power — Example Daily');
    expect(result.etag).toBe('"v1"');
    expect(result.lastModified).toBe('Wed, 21 Feb 2018 10:00:00 GMT');
    expect(result.skipped).toBe(0);
    expect(result.items[0]).toEqual({
      url: 'https://news.example.com/2017/11/13/trump-jr-wikileaks.html?utm_source=rss&utm_medium=feed',
      canonicalUrl: 'https://news.example.com/2017/11/13/trump-jr-wikileaks.html',
      guid: 'news-example-1001',
      title: 'Trump Jr. & WikiLeaks: the messages explained',
      publishedAt: '2017-11-13T22:15:00.000Z',
      summary: 'Donald Trump Jr. exchanged messages with WikiLeaks during the campaign — Q&A inside.',
    });
    expect(calls[0].options).toMatchObject({ accept: 'feed', allowFile: true, etag: null, lastModified: null });
  });

  it('sends the stored validators and reports not-modified on 304', async () => {
    const { fetcher, calls } = fixtureFetcher({ 'https://news.example.com/rss.xml': { file: 'feeds/rss2-bare-ampersand.xml', etag: '"v1"' } });
    const result = await rssSource.fetch(source('https://news.example.com/rss.xml'), ctx(fetcher, '"v1"'));
    expect(result).toEqual({ status: 'not-modified' });
    expect(calls[0].options?.etag).toBe('"v1"');
  });

  it('skips and counts items without a usable link, keeping the rest', async () => {
    const { fetcher } = fixtureFetcher({ 'https://bad.example.com/feed': { file: 'feeds/rss2-bad-item.xml' } });
    const result = await rssSource.fetch(source('https://bad.example.com/feed'), ctx(fetcher));
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.items.map((item) => item.canonicalUrl)).toEqual(['https://bad.example.com/a', 'https://bad.example.com/b?id=7']);
    expect(result.skipped).toBe(2);
  });

  it('follows feedburner origLinks and dedupes by canonical URL', async () => {
    const { fetcher } = fixtureFetcher({ 'https://feeds.feedburner.com/burned': { file: 'feeds/feedburner-origlink.xml' } });
    const result = await rssSource.fetch(source('https://feeds.feedburner.com/burned'), ctx(fetcher));
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.items[0].url).toBe('https://burned.example.com/2018/03/original-story/?utm_source=feedburner&utm_medium=feed');
    expect(result.items[0].canonicalUrl).toBe('https://burned.example.com/2018/03/original-story/');
  });

  it('fails with a PermanentError when the URL serves a web page', async () => {
    const { fetcher } = fixtureFetcher({ 'https://news.example.com/': { file: 'feeds/not-a-feed.html' } });
    await expect(rssSource.fetch(source('https://news.example.com/'), ctx(fetcher))).rejects.toBeInstanceOf(PermanentError);
  });

  it('turns an HTTP error status into the right error kind', async () => {
    const { fetcher } = fixtureFetcher({ 'https://gone.example.com/rss': { file: 'feeds/rss2-bad-item.xml', status: 410 } });
    await expect(rssSource.fetch(source('https://gone.example.com/rss'), ctx(fetcher))).rejects.toThrow(/HTTP 410/);
  });
});

import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../src/lib/errors.js';
import { parseFeed, parseFeedDetailed } from '../../src/sources/parse-feed.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

describe('parseFeed', () => {
  it('reads RSS 2.0 with a bare & and HTML entities without a DTD, after leading whitespace', () => {
    const feed = parseFeed(fixture('rss2-bare-ampersand.xml'), 'https://news.example.com/rss.xml');
    expect(feed.title).toBe('Politics & Power — Example Daily');
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first).toEqual({
      title: 'Trump Jr. & WikiLeaks: the messages explained',
      link: 'https://news.example.com/2017/11/13/trump-jr-wikileaks.html?utm_source=rss&utm_medium=feed',
      guid: 'news-example-1001',
      publishedAt: '2017-11-13T22:15:00.000Z',
      summary: 'Donald Trump Jr. exchanged messages with WikiLeaks during the campaign — Q&A inside.',
      author: 'Julia Ioffe',
    });
    // &#146; is cp1252's right quote, not a C1 control; HTML in CDATA becomes plain text
    expect(second.title).toBe('RT’s promoted tweets étude');
    expect(second.summary).toBe('Twitter said RT spent $274,100 on ads. More & more.');
    expect(second.author).toBe('News Desk');
    expect(second.publishedAt).toBe('2017-10-27T14:30:00.000Z');
  });

  it('reads RSS 1.0 (RDF) with dc:date', () => {
    const feed = parseFeed(fixture('rss1-rdf-dcdate.rdf'), 'https://rdf.example.org/index.rdf');
    expect(feed.title).toBe('RDF Example Wire');
    expect(feed.items.map((item) => [item.link, item.publishedAt, item.author])).toEqual([
      ['https://rdf.example.org/story/1', '2018-02-16T16:05:00.000Z', 'Wire Staff'],
      ['https://rdf.example.org/story/2', '2018-02-17T00:00:00.000Z', ''],
    ]);
    expect(feed.items[0].guid).toBe('https://rdf.example.org/story/1');
  });

  it('resolves Atom links through xml:base and reads html/xhtml titles as plain text', () => {
    const feed = parseFeed(fixture('atom-xml-base.xml'), 'https://blog.example.net/feed.atom');
    expect(feed.title).toBe('Example Blog');
    const [first, second, third] = feed.items;
    expect(first.title).toBe('Facebook ads VP: "the majority of ads ran after the election"');
    expect(first.link).toBe('https://blog.example.net/news/2018/02/facebook-vp.html');
    expect(first.publishedAt).toBe('2018-02-18T02:30:00.000Z'); // published wins over updated
    expect(first.summary).toBe('Rob Goldman’s tweets, annotated.');
    expect(first.author).toBe('Ann Writer');
    expect(second.title).toBe('An xhtml title');
    expect(second.link).toBe('https://blog.example.net/archive/old-post.html');
    expect(second.publishedAt).toBe('2018-02-10T12:00:00.000Z');
    expect(second.summary).toBe('Plain text content with a <tag> that is text.');
    expect(second.author).toBe('Feed Author'); // the feed's author stands in
    expect(third.title).toBe('Using <div> in a title'); // type="text" is not HTML
    expect(third.link).toBe('https://elsewhere.example.com/absolute');
  });

  it('reads JSON Feed 1.1, resolving relative URLs and keeping an item without one (link empty)', () => {
    const { feed, dropped } = parseFeedDetailed(fixture('jsonfeed-1.1.json'), 'https://json.example.com/feed.json');
    expect(feed.title).toBe('JSON Example News');
    expect(dropped).toBe(0);
    expect(feed.items).toEqual([
      {
        title: 'VK executive reached out to the Trump campaign',
        link: 'https://json.example.com/2018/vk-outreach',
        guid: 'https://json.example.com/2018/vk-outreach',
        publishedAt: '2017-12-01T15:00:00.000Z',
        summary: 'A VK executive emailed Donald Trump Jr.',
        author: 'Rosalind Helderman',
      },
      {
        title: 'A relative URL item',
        link: 'https://json.example.com/2018/relative-item',
        guid: '42',
        publishedAt: '2018-01-02T03:04:05.000Z',
        summary: 'Summary <as text>',
        author: 'JSON Desk',
      },
      { title: 'An item without any URL', link: '', guid: 'no-url-item', publishedAt: null, summary: '', author: 'JSON Desk' },
    ]);
  });

  it('keeps every item of a feed with bad items; an unusable link is empty (the source skips those)', () => {
    const { feed, dropped } = parseFeedDetailed(fixture('rss2-bad-item.xml'), 'https://bad.example.com/feed');
    expect(feed.items.map((item) => [item.title, item.link])).toEqual([
      ['First good item', 'https://bad.example.com/a'],
      ['Item without any link', ''], // an opaque guid is not a link
      ['Item with a mailto link', ''],
      ['Second good item, relative link', 'https://bad.example.com/b?xtor=RSS-12&id=7'],
    ]);
    expect(dropped).toBe(0);
    expect(feed.items[1].publishedAt).toBeNull(); // "not a date at all"
    expect(feed.items[3].publishedAt).toBe('2018-02-21T08:15:00.000Z');
  });

  it('prefers feedburner:origLink over the proxy link', () => {
    const feed = parseFeed(fixture('feedburner-origlink.xml'), 'https://feeds.feedburner.com/burned');
    expect(feed.items[0].link).toBe('https://burned.example.com/2018/03/original-story/?utm_source=feedburner&utm_medium=feed');
    expect(feed.items[0].guid).toBe('https://burned.example.com/?p=101');
    expect(feed.items[0].publishedAt).toBe('2018-03-01T10:00:00.000Z'); // MEST is UTC+2
    expect(feed.items[1].link).toBe('http://feedproxy.google.com/~r/burned/~3/GhIjKl/');
    expect(feed.items[1].publishedAt).toBe('2018-03-01T11:00:00.000Z');
  });

  it('uses a permalink guid when an item has no link', () => {
    const xml = `<rss version="2.0"><channel><title>t</title>
      <item><title>guid is the permalink</title><guid>https://g.example.com/story-1</guid></item>
      <item><title>opaque guid</title><guid isPermaLink="false">https://g.example.com/not-a-page</guid></item>
    </channel></rss>`;
    const feed = parseFeed(xml, 'https://g.example.com/rss');
    expect(feed.items.map((item) => item.link)).toEqual(['https://g.example.com/story-1', '']);
    expect(feed.items[1].guid).toBe('https://g.example.com/not-a-page');
  });

  it('decodes a windows-1252 body from its XML prolog', () => {
    const feed = parseFeed(fixture('rss2-windows-1252.xml'), 'https://cp.example.fr/rss');
    expect(feed.title).toBe('Café press');
    expect(feed.items[0].title).toBe('L’été – “quoted” ’s');
    expect(feed.items[0].publishedAt).toBe('2018-03-06T09:00:00.000Z'); // French weekday and month
  });

  it('repairs a UTF-8 feed that a fetcher decoded as Latin-1 (its declaration said so)', () => {
    const utf8 = '<rss version="2.0"><channel><title>Über café</title><item><title>L’été – “vite”</title><link>https://m.example.com/1</link></item></channel></rss>';
    const asLatin1 = iconv.decode(Buffer.from(utf8, 'utf8'), 'windows-1252'); // "Ãœber cafÃ©", "â€œviteâ€\ufffd"
    const feed = parseFeed(asLatin1, 'https://m.example.com/rss');
    expect([feed.title, feed.items[0].title]).toEqual(['Über café', 'L’été – “vite”']);
    // genuine Latin-1 text is left alone
    expect(parseFeed('<rss><channel><title>Ã la carte, café</title></channel></rss>', 'https://m.example.com/rss').title).toBe('Ã la carte, café');
  });

  it('survives junk before the prolog and a stray < in a title', () => {
    const xml = `Warning: something went wrong in feed.php<br />\n<?xml version="1.0"?>
      <rss version="2.0"><channel><title>t</title><item><title>1 < 2 & 3 > 2</title><link>https://x.example.com/1</link></item></channel></rss>`;
    expect(parseFeed(xml, 'https://x.example.com/feed').items[0].title).toBe('1 < 2 & 3 > 2');
  });

  it('keeps the complete items of a truncated feed', () => {
    const feed = parseFeed(fixture('truncated.xml'), 'https://cut.example.com/rss');
    expect(feed.items.map((item) => item.link)).toEqual(['https://cut.example.com/1']);
  });

  it('reads Atom 0.3 (issued/modified) and RSS 0.91', () => {
    const atom03 = `<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
      <entry><title>E</title><link rel="alternate" type="text/html" href="http://old.example.com/e"/><id>x</id>
      <issued>2004-01-01T00:00:00Z</issued><modified>2004-01-02T00:00:00Z</modified></entry></feed>`;
    expect(parseFeed(atom03, 'http://old.example.com/atom.xml').items).toEqual([
      { title: 'E', link: 'http://old.example.com/e', guid: 'x', publishedAt: '2004-01-01T00:00:00.000Z', summary: '', author: '' },
    ]);
    const rss091 = `<?xml version="1.0" encoding="ISO-8859-1"?>
      <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Old RSS</title><item><title>One</title><link>http://old.example.com/1</link></item></channel></rss>`;
    expect(parseFeed(rss091, 'http://old.example.com/rss').items.map((item) => item.link)).toEqual(['http://old.example.com/1']);
  });

  it('returns an empty item list for a valid feed without items', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>', 'https://e.example.com/rss')).toEqual({ title: 'Empty', items: [] });
  });

  it.each([
    ['an HTML page', fixture('not-a-feed.html'), /not a feed: .* is an HTML page/],
    ['garbage', 'lorem ipsum dolor sit amet', /not a feed: .* no RSS, Atom, RDF or JSON Feed root element/],
    ['an empty body', '   ', /not a feed: empty body/],
    ['truncated XML with no complete item', fixture('truncated-no-items.xml'), /not a feed: truncated XML/],
    ['JSON that is not a JSON Feed', '{"hello": "world"}', /not a feed: .* JSON but not a JSON Feed/],
    ['an XML document of another kind', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', /not a feed/],
  ])('rejects %s with a PermanentError', (_, body, message) => {
    let error: unknown;
    try {
      parseFeed(body, 'https://x.example.com/feed');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as Error).message).toMatch(message);
  });
});

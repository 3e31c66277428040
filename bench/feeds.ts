/**
 * Feed parsing, ours next to the libraries it replaces, in the same run:
 *
 *   1. MB/s of parseFeed on a generated ~2 MB RSS 2.0 feed, next to feedsmith's parseFeed and
 *      rss-parser's parseString on the same text;
 *   2. the share of the feed checks (test/fixtures/feeds/suite: item count, title, link, guid,
 *      date, feed title, summary, refusals) each one passes, through the same expectations.
 *
 * The peers get what they would get in Veille: the body decoded by the fetcher's charset rules
 * (src/fetch/charset.ts), titles and summaries made plain text by the same HTML-to-text, dates read
 * with `new Date`. Run alone with `npx tsx bench/feeds.ts`; `benchFeeds()` returns the figures.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseFeed as feedsmithParse } from 'feedsmith';
import RssParser from 'rss-parser';
import { htmlToText } from '../src/extract/dom.js';
import { decodeBody } from '../src/fetch/charset.js';
import { parseFeed } from '../src/sources/parse-feed.js';
import { runFeedChecks, type CheckedFeed, type ParserUnderTest } from '../test/fixtures/feeds/suite/run-checks.js';

const TARGET_MB_PER_S = 25;
const FEED_BYTES = 2 * 1024 * 1024;
const MIN_RUN_MS = 3000;

// ---------- the generated feed ----------

const WORDS = 'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there would their we him been has when who will no more if out so said what up its about than into them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ');

/** A deterministic RSS 2.0 feed of about `bytes` bytes, shaped like a news site's: escaped HTML, CDATA, entities. */
export function generateRss(bytes = FEED_BYTES): string {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n',
    '<title>Generated News &amp; Views</title>\n<link>https://news.example.com/</link>\n<description>Benchmark feed</description>\n',
    '<atom:link href="https://news.example.com/rss" rel="self" type="application/rss+xml"/>\n',
  ];
  let size = parts.join('').length;
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; size < bytes - 40; i++) {
    const date = new Date(start - i * 3_600_000).toUTCString().replace('GMT', '+0000');
    const item =
      `<item>\n<title>${words(8)} &#8211; ${words(3)} &amp; ${words(2)}</title>\n` +
      `<link>https://news.example.com/${2024 - (i % 5)}/${i}/story-${i}.html?utm_source=rss&amp;utm_medium=feed</link>\n` +
      `<guid isPermaLink="false">news-${i}</guid>\n<pubDate>${date}</pubDate>\n<dc:creator>${words(2)}</dc:creator>\n` +
      `<category>${words(1)}</category><category>${words(1)}</category>\n` +
      `<description>&lt;p&gt;${words(40)} &amp;mdash; ${words(20)}&lt;/p&gt;&lt;p&gt;&lt;a href="https://news.example.com/${i}"&gt;${words(3)}&lt;/a&gt;&lt;/p&gt;</description>\n` +
      `<content:encoded><![CDATA[<p>${words(60)}</p><p><img src="https://img.example.com/${i}.jpg" alt="${words(2)}"> ${words(50)}</p>]]></content:encoded>\n</item>\n`;
    parts.push(item);
    size += item.length;
  }
  parts.push('</channel>\n</rss>\n');
  return parts.join('');
}

// ---------- the peers, as an integrator would use them ----------

const isoDate = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};
const textOf = (value: unknown): string => {
  const raw = typeof value === 'string' ? value : (value as { value?: unknown } | undefined)?.value;
  return typeof raw === 'string' ? htmlToText(raw) : '';
};
const linkOf = (value: unknown, base: string): string => {
  if (typeof value !== 'string' || value.trim() === '') return '';
  const trimmed = value.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return '';
  }
};
const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const peerText = (body: Buffer) => decodeBody(body, null, 'feed').text;

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- peers' untyped shapes

function fromFeedsmith(text: string, url: string): CheckedFeed {
  const { format, feed } = feedsmithParse(text) as { format: string; feed: Loose };
  if (format === 'json') {
    return {
      title: textOf(feed.title),
      items: (feed.items ?? []).map((item: Loose) => ({
        title: textOf(item.title),
        link: linkOf(item.url ?? item.external_url, url),
        guid: str(item.id),
        publishedAt: isoDate(item.date_published ?? item.date_modified),
        summary: textOf(item.summary ?? item.content_text ?? item.content_html),
      })),
    };
  }
  if (format === 'atom') {
    return {
      title: textOf(feed.title),
      items: (feed.entries ?? []).map((entry: Loose) => {
        const links: Loose[] = entry.links ?? [];
        const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
        return {
          title: textOf(entry.title),
          link: linkOf(alternate?.href, url),
          guid: str(entry.id),
          publishedAt: isoDate(entry.published ?? entry.updated),
          summary: textOf(entry.summary ?? entry.content),
        };
      }),
    };
  }
  return {
    title: textOf(feed.title),
    items: (feed.items ?? []).map((item: Loose) => ({
      title: textOf(item.title),
      link: linkOf(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined), url),
      guid: str(item.guid?.value ?? item.rdf?.about),
      publishedAt: isoDate(item.pubDate ?? item.dc?.dates?.[0] ?? item.dc?.date),
      summary: textOf(item.description ?? item.content?.encoded),
    })),
  };
}

const rssParser = new RssParser();

async function fromRssParser(text: string, url: string): Promise<CheckedFeed> {
  const feed = await rssParser.parseString(text);
  return {
    title: textOf(feed.title),
    items: feed.items.map((item) => ({
      title: textOf(item.title),
      link: linkOf(item.link, url),
      guid: str(item.guid ?? (item as Loose).id),
      publishedAt: item.isoDate ?? isoDate(item.pubDate),
      summary: textOf(item.contentSnippet ?? item.summary ?? item.content),
    })),
  };
}

export const FEED_PARSERS: Record<string, ParserUnderTest> = {
  veille: (body, url) => parseFeed(body, url),
  feedsmith: (body, url) => fromFeedsmith(peerText(body), url),
  'rss-parser': (body, url) => fromRssParser(peerText(body), url),
};

// ---------- measuring ----------

/**
 * MB/s of each parser on `text`: the runs are interleaved (one of each, round after round) so that
 * a busy machine slows them alike, and each figure is the median of its runs after a warm-up.
 */
async function throughputs(parsers: Record<string, (text: string) => unknown>, text: string): Promise<Record<string, number>> {
  const mb = Buffer.byteLength(text) / 1e6;
  const entries = Object.entries(parsers);
  for (let i = 0; i < 3; i++) for (const [, parse] of entries) await parse(text);
  const rates: Record<string, number[]> = Object.fromEntries(entries.map(([name]) => [name, []]));
  const started = performance.now();
  for (let round = 0; round < 7 || performance.now() - started < MIN_RUN_MS; round++) {
    for (const [name, parse] of entries) {
      const t0 = performance.now();
      await parse(text);
      rates[name].push(mb / ((performance.now() - t0) / 1000));
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(entries.map(([name]) => [name, median(rates[name])]));
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Feed MB/s and check pass rates for Veille's parseFeed, feedsmith and rss-parser, measured in this run. */
export async function benchFeeds(): Promise<Record<string, number>> {
  const text = generateRss();
  const body = Buffer.from(text);
  const url = 'https://news.example.com/rss';
  const items = parseFeed(text, url).items.length;
  const result: Record<string, number> = { feeds_bench_bytes: body.length, feeds_bench_items: items };
  const mbPerS = await throughputs(
    {
      veille: (t) => parseFeed(t, url),
      veille_buffer: () => parseFeed(body, url),
      feedsmith: (t) => feedsmithParse(t),
      rss_parser: (t) => rssParser.parseString(t),
    },
    text,
  );
  for (const [name, value] of Object.entries(mbPerS)) result[`feeds_${name}_mb_per_s`] = round(value, 1);
  for (const [name, parse] of Object.entries(FEED_PARSERS)) {
    const report = await runFeedChecks(parse);
    result.feeds_checks = report.total;
    result[`feeds_checks_${name.replace('-', '_')}_rate`] = round(report.rate, 3);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchFeeds();
  const rows: [string, string, string][] = [
    ['Veille parseFeed (string)', `${r.feeds_veille_mb_per_s}`, `${r.feeds_checks_veille_rate}`],
    ['Veille parseFeed (Buffer)', `${r.feeds_veille_buffer_mb_per_s}`, ''],
    ['feedsmith parseFeed', `${r.feeds_feedsmith_mb_per_s}`, `${r.feeds_checks_feedsmith_rate}`],
    ['rss-parser parseString', `${r.feeds_rss_parser_mb_per_s}`, `${r.feeds_checks_rss_parser_rate}`],
  ];
  console.log(`Feed parsing — ${(r.feeds_bench_bytes / 1e6).toFixed(2)} MB RSS, ${r.feeds_bench_items} items; ${r.feeds_checks} checks`);
  console.log(`  ${'parser'.padEnd(28)}${'MB/s'.padStart(8)}${'checks'.padStart(10)}`);
  for (const [name, mbs, rate] of rows) console.log(`  ${name.padEnd(28)}${mbs.padStart(8)}${rate.padStart(10)}`);
  console.log(`  target: ≥ ${TARGET_MB_PER_S} MB/s, ≥ 0.96 of the checks`);
  console.log(JSON.stringify(r));
}

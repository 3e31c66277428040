import type { AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import type { Feed, FeedItem } from '../domain/types.js';
import { collapse, htmlToText } from '../extract/dom.js';
import { parseDate } from './parse-date.js';

/**
 * feedsmith's objects (one shape per format) to FeedItem: the best link resolved against
 * xml:base and the feed URL, the first readable date, titles and summaries as plain text.
 * An item without a usable link, or whose mapping throws, is dropped and counted.
 */

/** A summary longer than this is a full article body pasted in the feed; the article fetch gets the rest. */
const MAX_SUMMARY_CHARS = 10_000;
/** Titles longer than this are a body pasted in the title element. */
const MAX_TITLE_CHARS = 1_000;

export interface ParsedFeed {
  feed: Feed;
  /** items dropped because they had no usable link or could not be read */
  dropped: number;
}

interface Draft {
  title: string | undefined;
  /** true when the title is plain text (Atom type="text", JSON Feed); otherwise it is read as HTML */
  titleIsText?: boolean;
  /** link candidates, best first; relative ones are resolved against `base` */
  links: (string | undefined)[];
  /** a guid usable as the link when nothing else is (RSS isPermaLink, an Atom id that is a URL) */
  permalink?: string;
  guid: string | undefined;
  dates: (string | undefined)[];
  summary: string | undefined;
  summaryIsText?: boolean;
  author: string | undefined;
  base: string;
}

/** `title` is the feed's title as plain text; each draft is built lazily so that one that throws is dropped alone. */
function finish(title: string, drafts: (() => Draft)[]): ParsedFeed {
  const items: FeedItem[] = [];
  let dropped = 0;
  for (const draft of drafts) {
    try {
      const item = toItem(draft());
      if (item) items.push(item);
      else dropped++;
    } catch {
      dropped++; // one unreadable item never costs the feed
    }
  }
  return { feed: { title: title.slice(0, MAX_TITLE_CHARS), items }, dropped };
}

function toItem(draft: Draft): FeedItem | null {
  let link: string | null = null;
  for (const candidate of [...draft.links, draft.permalink]) {
    link = resolve(candidate, draft.base);
    if (link) break;
  }
  if (!link) return null;
  const rawTitle = draft.title ?? '';
  const title = (draft.titleIsText ? collapse(rawTitle) : htmlToText(rawTitle)).slice(0, MAX_TITLE_CHARS);
  const rawSummary = draft.summary ?? '';
  const summary = (draft.summaryIsText ? collapse(rawSummary) : htmlToText(rawSummary)).slice(0, MAX_SUMMARY_CHARS);
  let publishedAt: string | null = null;
  for (const date of draft.dates) {
    publishedAt = parseDate(date);
    if (publishedAt) break;
  }
  return {
    title,
    link,
    guid: collapse(draft.guid ?? '') || link,
    publishedAt,
    summary,
    author: cleanAuthor(draft.author),
  };
}

/** Absolute http(s)/file URL, or null. */
function resolve(candidate: string | undefined, base: string): string | null {
  const value = candidate?.trim();
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return /^(https?|file):$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function baseOf(xmlBase: string | undefined, parent: string): string {
  if (!xmlBase) return parent;
  try {
    return new URL(xmlBase.trim(), parent).href;
  } catch {
    return parent;
  }
}

/** "jane@example.org (Jane Doe)" → "Jane Doe", the RSS author convention. */
function cleanAuthor(author: string | undefined): string {
  const text = htmlToText(author ?? '');
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  return (named ? named[1] : text).trim();
}

function isUrl(value: string | undefined): value is string {
  return typeof value === 'string' && /^https?:\/\//i.test(value.trim());
}

type AtomLink = { href?: string; rel?: string; type?: string };

/** The entry's page: feedburner's original first, then rel=alternate HTML, then any link that is not self/edit/feed. */
function atomLinks(links: AtomLink[] | undefined): string[] {
  if (!links) return [];
  const rel = (link: AtomLink) => (link.rel ?? 'alternate').toLowerCase();
  const ranked = [
    ...links.filter((link) => rel(link) === 'x-origlink'),
    ...links.filter((link) => rel(link) === 'alternate' && (!link.type || /html/i.test(link.type))),
    ...links.filter((link) => rel(link) === 'alternate'),
    ...links.filter((link) => !['self', 'edit', 'edit-media', 'replies', 'enclosure', 'hub', 'x-origlink', 'alternate'].includes(rel(link))),
  ];
  return ranked.map((link) => link.href).filter((href): href is string => !!href);
}

function firstOf<T>(list: T[] | undefined): T | undefined {
  return list?.[0];
}

type DcLike = { dates?: string[] } | undefined;
type DcTermsLike = { issued?: string[]; created?: string[]; modified?: string[]; date?: string[] } | undefined;

function namespaceDates(dc: DcLike, dcterms: DcTermsLike): (string | undefined)[] {
  return [firstOf(dc?.dates), firstOf(dcterms?.issued), firstOf(dcterms?.created), firstOf(dcterms?.date), firstOf(dcterms?.modified)];
}

export function mapRss(feed: RssFeed.Feed<string>, url: string): ParsedFeed {
  const feedBase = baseOf(feed.xml?.base, url);
  const items = feed.items ?? [];
  return finish(
    htmlToText(feed.title ?? ''),
    items.map((item) => () => {
      const base = baseOf(item.xml?.base, feedBase);
      const guid = item.guid?.value;
      const dc = item.dc;
      return {
        title: item.title ?? item.atom?.title?.value,
        links: [origLink(item.atom?.links), item.link, ...atomLinks(item.atom?.links)],
        // RSS 2.0: a guid is a permalink unless isPermaLink="false"
        permalink: item.guid?.isPermaLink !== false && isUrl(guid) ? guid : undefined,
        guid,
        dates: [item.pubDate, ...namespaceDates(dc, item.dcterms), item.atom?.published, item.atom?.updated],
        summary: item.description ?? item.content?.encoded ?? item.atom?.summary?.value,
        author: firstOf(item.authors)?.name ?? firstOf(dc?.creators) ?? firstOf(item.atom?.authors)?.name,
        base,
      };
    }),
  );
}

function origLink(links: AtomLink[] | undefined): string | undefined {
  return links?.find((link) => link.rel?.toLowerCase() === 'x-origlink')?.href;
}

export function mapRdf(feed: RdfFeed.Feed<string>, url: string): ParsedFeed {
  const feedBase = baseOf(feed.xml?.base, url);
  return finish(
    htmlToText(feed.title ?? ''),
    (feed.items ?? []).map((item) => () => {
      const dc = item.dc;
      return {
        title: item.title,
        links: [origLink(item.atom?.links), item.link, item.rdf?.about],
        guid: item.rdf?.about ?? item.link,
        dates: [...namespaceDates(dc, item.dcterms), item.atom?.published, item.atom?.updated],
        summary: item.description ?? item.content?.encoded,
        author: firstOf(dc?.creators),
        base: feedBase,
      };
    }),
  );
}

function atomText(text: { value?: string; type?: string } | string | undefined): { value: string | undefined; isText: boolean } {
  if (text === undefined) return { value: undefined, isText: true };
  if (typeof text === 'string') return { value: text, isText: false };
  const type = (text.type ?? 'text').toLowerCase();
  return { value: text.value, isText: type === 'text' || type === 'text/plain' };
}

export function mapAtom(feed: AtomFeed.Feed<string>, url: string): ParsedFeed {
  const feedBase = baseOf(feed.xml?.base, url);
  return finish(
    atomTitleForFeed(feed.title),
    (feed.entries ?? []).map((entry) => () => {
      const title = atomText(entry.title);
      const summary = atomText(entry.summary ?? entry.content);
      const dc = entry.dc;
      const id = typeof entry.id === 'string' ? entry.id : undefined;
      return {
        title: title.value,
        titleIsText: title.isText,
        links: atomLinks(entry.links),
        permalink: isUrl(id) ? id : undefined,
        guid: id,
        dates: [entry.published, ...namespaceDates(dc, entry.dcterms), entry.updated],
        summary: summary.value,
        summaryIsText: summary.isText,
        author: firstOf(entry.authors)?.name ?? firstOf(feed.authors)?.name ?? firstOf(dc?.creators),
        base: baseOf(entry.xml?.base, feedBase),
      };
    }),
  );
}

function atomTitleForFeed(title: AtomFeed.Text | undefined): string {
  const text = atomText(title);
  return text.isText ? collapse(text.value ?? '') : htmlToText(text.value ?? '');
}

export function mapJson(feed: JsonFeed.Feed<string>, url: string): ParsedFeed {
  // relative item URLs resolve against the document they were read from, like any fetched resource
  const base = url;
  return finish(
    collapse(feed.title ?? ''),
    (feed.items ?? []).map((item) => () => ({
      title: item.title,
      titleIsText: true,
      links: [item.url, item.external_url],
      permalink: isUrl(item.id) ? item.id : undefined,
      guid: item.id === undefined ? undefined : String(item.id),
      dates: [item.date_published, item.date_modified],
      summary: item.summary ?? item.content_text ?? item.content_html,
      summaryIsText: item.summary !== undefined || item.content_text !== undefined,
      author: firstOf(item.authors)?.name ?? firstOf(feed.authors)?.name,
      base,
    })),
  );
}

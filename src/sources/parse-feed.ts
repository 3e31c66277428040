import { parseAtomFeed, parseFeed as parseAnyFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import type { AnyFeed, JsonFeed } from 'feedsmith';
import type { Feed } from '../domain/types.js';
import { PermanentError, errorMessage } from '../lib/errors.js';
import { decodeFeedBody, feedRoot, precleanXml, repairTruncated, type FeedRoot } from './feed-body.js';
import { mapAtom, mapJson, mapRdf, mapRss, type ParsedFeed } from './feed-items.js';

export type { ParsedFeed };

/**
 * Feed parsing: feedsmith (RSS 0.9x-2.0, RDF, Atom 0.3/1.0, JSON Feed 1.0/1.1; it passes more of
 * the public feed suites than rss-parser and keeps a feed with a bare `&`) behind our own repairs:
 * leading junk, stray `<`, truncation, feedburner:origLink, xml:base, dates, HTML in text fields.
 */

/** The root's end tag; some servers append comments or whitespace after it, hence a window, not the last bytes. */
const ROOT_END = /<\/(?:[\w.-]+:)?(?:rss|feed|rdf)\s*>/i;
const ROOT_END_WINDOW = 4096;

/** Parses an RSS, Atom, RDF or JSON feed; throws PermanentError ("not a feed: …") on anything else. */
export function parseFeed(body: Buffer | string, url: string): Feed {
  return parseFeedDetailed(body, url).feed;
}

/** parseFeed, also counting the items it dropped. */
export function parseFeedDetailed(body: Buffer | string, url: string): ParsedFeed {
  const text = decodeFeedBody(body);
  if (text.trim() === '') throw new PermanentError(`not a feed: empty body from ${url}`);
  const cleaned = precleanXml(text);
  const root = feedRoot(cleaned);
  if (root === 'html') throw new PermanentError(`not a feed: ${url} is an HTML page (look for its RSS/Atom link)`);
  if (root === 'json') return mapJson(parseJson(text, url), url);

  let xml = rewriteOrigLinks(cleaned, root === 'atom');
  if (root !== 'unknown' && !ROOT_END.test(xml.slice(-ROOT_END_WINDOW))) {
    // the download was cut: keep the complete items, never a half item
    const repaired = repairTruncated(xml);
    if (repaired === null) throw new PermanentError(`not a feed: truncated XML from ${url} with no complete item`);
    xml = repaired;
  }
  const parsed = parseXml(xml, root, url);
  switch (parsed.format) {
    case 'rss':
      return mapRss(parsed.feed, url);
    case 'rdf':
      return mapRdf(parsed.feed, url);
    case 'atom':
      return mapAtom(parsed.feed, url);
    case 'json':
      return mapJson(parsed.feed, url);
  }
}

function parseXml(xml: string, root: FeedRoot, url: string): AnyFeed<string> {
  const attempt = (source: string): AnyFeed<string> => {
    if (root === 'rss') return { format: 'rss', feed: parseRssFeed(source) };
    if (root === 'atom') return { format: 'atom', feed: parseAtomFeed(source) };
    if (root === 'rdf') return { format: 'rdf', feed: parseRdfFeed(source) };
    return parseAnyFeed<string>(source);
  };
  try {
    return attempt(xml);
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'DetectError' || root === 'unknown') {
      throw new PermanentError(`not a feed: ${url} has no RSS, Atom, RDF or JSON Feed root element`, { cause: err });
    }
    const repaired = repairTruncated(xml);
    if (repaired !== null) {
      try {
        return attempt(repaired);
      } catch {
        // fall through to the original error
      }
    }
    const cause = err instanceof Error && err.cause ? errorMessage(err.cause) : errorMessage(err);
    throw new PermanentError(`not a feed: malformed XML from ${url} (${cause})`, { cause: err });
  }
}

function parseJson(text: string, url: string): JsonFeed.Feed<string> {
  try {
    return parseJsonFeed(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new PermanentError(`not a feed: ${url} is JSON but not a JSON Feed`, { cause: err });
  }
}

/** feedburner:origLink (any prefix) → a link element feedsmith keeps, rel="x-origlink". */
function rewriteOrigLinks(xml: string, atom: boolean): string {
  if (!/origlink/i.test(xml)) return xml;
  return xml.replace(/<((?:[\w.-]+:)?)origLink\b[^>]*>([\s\S]*?)<\/\1origLink\s*>/gi, (_, _prefix, content: string) => {
    const href = content
      .replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1')
      .trim()
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;');
    return `<${atom ? '' : 'atom:'}link rel="x-origlink" href="${href}"/>`;
  });
}

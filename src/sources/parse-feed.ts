import type { Feed } from '../domain/types.js';
import { PermanentError } from '../lib/errors.js';
import { decodeFeedBody, findFeedStart } from './feed-body.js';
import { isJsonFeed, mapJsonFeed } from './feed/json-feed.js';
import { parseXml } from './feed/xml.js';
import { mapAtom, mapRss, type ParsedFeed } from './feed-items.js';

export type { ParsedFeed };

/**
 * Feed parsing: RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1, read the way real feeds
 * need it, in one pass and without an XML parser that stops at the first error: encoding checked
 * against the bytes, bare `&` and HTML entities without a DTD, junk before the prolog, a stray `<`,
 * a cut download (the complete items are kept), feedburner:origLink, xml:base, loose dates.
 */

/** Parses an RSS, Atom, RDF or JSON feed; throws PermanentError ("not a feed: …") on anything else. */
export function parseFeed(body: Buffer | string, url: string): Feed {
  return parseFeedDetailed(body, url).feed;
}

/** parseFeed, also counting the items it dropped. */
export function parseFeedDetailed(body: Buffer | string, url: string): ParsedFeed {
  const text = decodeFeedBody(body);
  if (text.trim() === '') throw new PermanentError(`not a feed: empty body from ${url}`);
  const start = findFeedStart(text);
  switch (start.kind) {
    case 'json':
      return mapJsonFeed(parseJson(text.slice(start.at), url), url);
    case 'html':
      throw new PermanentError(`not a feed: ${url} is an HTML page (look for its RSS/Atom link)`);
    case 'unknown':
      throw new PermanentError(`not a feed: ${url} has no RSS, Atom, RDF or JSON Feed root element`);
  }
  const doc = parseXml(text, url, start.at);
  const root = doc.root;
  if (!root) throw new PermanentError(`not a feed: ${url} has no RSS, Atom, RDF or JSON Feed root element`);
  const parsed = start.kind === 'atom' ? mapAtom(doc, root) : mapRss(doc, root);
  if (!root.complete && parsed.feed.items.length === 0) {
    throw new PermanentError(`not a feed: truncated XML from ${url} with no complete item`);
  }
  return parsed;
}

function parseJson(text: string, url: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new PermanentError(`not a feed: ${url} is not valid JSON`, { cause: err });
  }
  if (!isJsonFeed(value)) throw new PermanentError(`not a feed: ${url} is JSON but not a JSON Feed`);
  return value;
}

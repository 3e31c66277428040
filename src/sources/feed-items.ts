import type { Feed, FeedItem } from '../domain/types.js';
import { collapse } from '../extract/dom.js';
import { MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, absoluteUrl, atomTextField, childOf, childrenOf, cleanAuthor, htmlField, isHttpUrl, textOf } from './feed/fields.js';
import { htmlToText } from './feed/html-text.js';
import type { XmlDocument, XmlNode } from './feed/xml.js';
import { parseDate } from './parse-date.js';

/**
 * The element tree of an RSS (0.9x, 2.0), RDF (RSS 0.90/1.0) or Atom (0.3, 1.0) document to
 * FeedItems: the best link resolved against xml:base and the feed URL, the first readable date,
 * titles and summaries as plain text. An item without a usable link is kept with link '' (the
 * source decides what to do with it); an item the text ended inside, or whose mapping throws, is
 * dropped and counted.
 */

export interface ParsedFeed {
  feed: Feed;
  /** items dropped because the document was cut inside them or they could not be read */
  dropped: number;
}

/** An item's fields as read, before the common finishing (guid fallback, caps). */
export interface Draft {
  title: string;
  link: string;
  guid: string;
  publishedAt: string | null;
  summary: string;
  author: string;
}

/** `drafts` are built lazily so that one that throws is dropped alone. */
export function finish(title: string, drafts: (() => Draft | null)[]): ParsedFeed {
  const items: FeedItem[] = [];
  let dropped = 0;
  for (const make of drafts) {
    try {
      const draft = make();
      if (draft) items.push(toItem(draft));
      else dropped++;
    } catch {
      dropped++; // one unreadable item never costs the feed
    }
  }
  return { feed: { title: title.slice(0, MAX_TITLE_CHARS), items }, dropped };
}

function toItem(draft: Draft): FeedItem {
  return {
    title: draft.title.slice(0, MAX_TITLE_CHARS),
    link: draft.link,
    guid: collapse(draft.guid) || draft.link,
    publishedAt: draft.publishedAt,
    summary: draft.summary.slice(0, MAX_SUMMARY_CHARS),
    author: draft.author,
  };
}

/** The first readable date among the raw candidates, in order. */
export function firstDate(candidates: (string | undefined)[]): string | null {
  for (const candidate of candidates) {
    const date = parseDate(candidate);
    if (date) return date;
  }
  return null;
}

type Field = readonly [local: string, ns: readonly string[]];

/** Where items keep their date, best first: published-like, then modified-like. */
const RSS_DATES: Field[] = [
  ['pubdate', ['']], ['date', ['dc']], ['issued', ['dcterms']], ['created', ['dcterms']], ['date', ['dcterms']],
  ['published', ['atom']], ['issued', ['atom']], ['created', ['atom']],
  ['modified', ['dcterms']], ['updated', ['atom']], ['modified', ['atom']], ['date', ['']],
];
/** Atom 1.0 published, 0.3 issued/created, borrowed Dublin Core, then updated (1.0) or modified (0.3). */
const ATOM_DATES: Field[] = [
  ['published', ['atom', '']], ['issued', ['atom', '']], ['created', ['atom', '']],
  ['date', ['dc']], ['issued', ['dcterms']], ['created', ['dcterms']], ['date', ['dcterms']], ['modified', ['dcterms']],
  ['updated', ['atom', '']], ['modified', ['atom', '']],
];

function dateOf(node: XmlNode, fields: Field[]): string | null {
  for (const [local, ns] of fields) {
    const candidate = childOf(node, local, ns);
    const date = candidate ? parseDate(candidate.text) : null;
    if (date) return date;
  }
  return null;
}

const ATOM = ['atom', ''];

/** The first candidate that gives a non-empty value. */
function first(...candidates: (() => string)[]): string {
  for (const candidate of candidates) {
    const value = candidate();
    if (value) return value;
  }
  return '';
}

function origLink(item: XmlNode): string {
  const node = childOf(item, 'origlink', ['feedburner']);
  return node ? absoluteUrl(node.text, node.base) : '';
}

/** The entry's page among Atom links: rel=alternate (the default) in HTML first, then any alternate. */
function alternateLink(links: XmlNode[]): string {
  let fallback = '';
  for (const link of links) {
    const rel = (link.attrs.rel ?? 'alternate').trim().toLowerCase().replace(/^.*\//, '');
    if (rel !== 'alternate' && rel !== '') continue;
    const href = absoluteUrl(link.attrs.href ?? link.text, link.base);
    if (!href) continue;
    const type = link.attrs.type?.toLowerCase();
    if (!type || type.includes('html')) return href;
    fallback ||= href;
  }
  return fallback;
}

/** Media RSS: media:description, alone or in a media:group (YouTube, podcasts). */
function mediaDescription(doc: XmlDocument, node: XmlNode): string {
  const group = childOf(node, 'group', ['media']);
  return htmlField(doc, childOf(node, 'description', ['media']) ?? (group && childOf(group, 'description', ['media'])));
}

function atomAuthor(node: XmlNode | undefined): string {
  return node ? collapse(childOf(node, 'name', ATOM)?.text ?? node.text) : '';
}

/** RSS 0.9x/2.0 and RDF items. */
function rssDraft(doc: XmlDocument, item: XmlNode, rdf: boolean): Draft | null {
  if (!item.complete) return null; // the text ended inside this item: never half an item
  const guidNode = childOf(item, 'guid');
  const guid = textOf(guidNode);
  const about = item.attrs['rdf:about'] ?? '';
  return {
    title: first(
      () => htmlField(doc, childOf(item, 'title')),
      () => atomTextField(doc, childOf(item, 'title', ['atom'])),
      () => htmlField(doc, childOf(item, 'title', ['dc'])),
    ),
    link: first(
      () => origLink(item),
      () => {
        for (const link of childrenOf(item, 'link')) {
          const href = absoluteUrl(link.text.trim() || link.attrs.href, link.base);
          if (href) return href;
        }
        return '';
      },
      () => alternateLink(childrenOf(item, 'link', ['atom'])),
      () => {
        // RSS 2.0: a guid is the item's permalink unless isPermaLink="false"
        const permaLink = guidNode?.attrs.ispermalink?.trim().toLowerCase();
        if (!guidNode || permaLink === 'false') return '';
        return permaLink === 'true' || isHttpUrl(guid) ? absoluteUrl(guid, guidNode.base) : '';
      },
      () => (rdf && isHttpUrl(about) ? absoluteUrl(about, item.base) : ''),
    ),
    guid: guid || about.trim() || textOf(childOf(item, 'id', ['atom'])),
    publishedAt: dateOf(item, RSS_DATES),
    summary: first(
      () => htmlField(doc, childOf(item, 'description')),
      () => htmlField(doc, childOf(item, 'encoded', ['content'])),
      () => htmlField(doc, childOf(item, 'body', ['xhtml'])),
      () => atomTextField(doc, childOf(item, 'summary', ['atom'])),
      () => atomTextField(doc, childOf(item, 'content', ['atom'])),
      () => htmlField(doc, childOf(item, 'description', ['dc'])),
      () => mediaDescription(doc, item),
      () => htmlField(doc, childOf(item, 'summary', ['itunes'])),
    ),
    author: first(
      () => cleanAuthor(htmlField(doc, childOf(item, 'author'))),
      () => htmlField(doc, childOf(item, 'creator', ['dc'])),
      () => atomAuthor(childOf(item, 'author', ['atom'])),
      () => htmlField(doc, childOf(item, 'author', ['itunes'])),
    ),
  };
}

/** Items of an RSS or RDF root: in the channel, and beside it (RSS 0.90, RDF, and feeds that close the channel early). */
export function mapRss(doc: XmlDocument, root: XmlNode): ParsedFeed {
  const rdf = root.local === 'rdf';
  const channel = root.local === 'channel' ? root : (childOf(root, 'channel') ?? root);
  const items = childrenOf(channel, 'item');
  if (channel !== root) items.push(...childrenOf(root, 'item'));
  items.sort((a, b) => a.start - b.start);
  const title = first(
    () => htmlField(doc, childOf(channel, 'title')),
    () => atomTextField(doc, childOf(channel, 'title', ['atom'])),
    () => htmlField(doc, childOf(channel, 'title', ['dc'])),
  );
  return finish(
    title,
    items.map((item) => () => rssDraft(doc, item, rdf)),
  );
}

/** Atom 1.0 and 0.3 entries. */
function atomDraft(doc: XmlDocument, entry: XmlNode, feedAuthor: string): Draft | null {
  if (!entry.complete) return null;
  const id = textOf(childOf(entry, 'id', ATOM));
  return {
    title: atomTextField(doc, childOf(entry, 'title', ATOM)),
    link: first(
      () => origLink(entry),
      () => alternateLink(childrenOf(entry, 'link', ATOM)),
      () => (isHttpUrl(id) ? absoluteUrl(id, entry.base) : ''),
    ),
    guid: id,
    publishedAt: dateOf(entry, ATOM_DATES),
    summary: first(
      () => atomTextField(doc, childOf(entry, 'summary', ATOM)),
      () => atomTextField(doc, childOf(entry, 'content', ATOM)),
      () => htmlField(doc, childOf(entry, 'description', ['dc'])),
      () => mediaDescription(doc, entry),
    ),
    author: first(
      () => atomAuthor(childOf(entry, 'author', ATOM)),
      () => feedAuthor,
      () => htmlField(doc, childOf(entry, 'creator', ['dc'])),
    ),
  };
}

export function mapAtom(doc: XmlDocument, root: XmlNode): ParsedFeed {
  const feedAuthor = atomAuthor(childOf(root, 'author', ATOM));
  return finish(
    atomTextField(doc, childOf(root, 'title', ATOM)) || htmlToText(childOf(root, 'title', ['dc'])?.text ?? ''),
    childrenOf(root, 'entry', ATOM).map((entry) => () => atomDraft(doc, entry, feedAuthor)),
  );
}

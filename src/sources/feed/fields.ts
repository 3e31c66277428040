import { htmlToText, looseToText, plainToText } from './html-text.js';
import type { XmlDocument, XmlNode } from './xml.js';

/** Feed fields to FeedItem values: text constructs to plain text, link candidates to absolute URLs. */

/** A summary longer than this is a full article body pasted in the feed; the article fetch gets the rest. */
export const MAX_SUMMARY_CHARS = 10_000;
/** Titles longer than this are a body pasted in the title element. */
export const MAX_TITLE_CHARS = 1_000;
/** HTML read for a summary: enough markup around MAX_SUMMARY_CHARS of text, without reading a whole pasted book. */
const MAX_HTML_CHARS = 200_000;

const cap = (html: string) => (html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);

/**
 * An element whose content is HTML by convention (RSS title and description): its character data
 * read as HTML if it looks like HTML, or, when it holds child elements (markup left unescaped), its
 * source read as HTML.
 */
export function htmlField(doc: XmlDocument, node: XmlNode | undefined): string {
  if (!node) return '';
  return node.children.length === 0 ? looseToText(cap(node.text)) : htmlToText(cap(innerSource(doc, node)));
}

/**
 * An Atom text construct (1.0 `type` text/html/xhtml, 0.3 `mode` escaped/xml/base64) as plain text.
 * Markup inside a type="text" element means the producer wrote HTML, so it is read as HTML.
 */
export function atomTextField(doc: XmlDocument, node: XmlNode | undefined): string {
  if (!node) return '';
  const type = (node.attrs.type ?? 'text').trim().toLowerCase();
  const mode = node.attrs.mode?.trim().toLowerCase();
  if (mode === 'base64') {
    const decoded = Buffer.from(node.text.replace(/\s+/g, ''), 'base64').toString('utf8');
    return type.includes('html') ? htmlToText(cap(decoded)) : plainToText(decoded);
  }
  if (type.includes('html') || mode === 'xml' || node.children.length > 0) {
    return htmlToText(cap(node.children.length === 0 ? node.text : innerSource(doc, node)));
  }
  return plainToText(node.text);
}

/** The node's text, trimmed ('' for none). */
export function textOf(node: XmlNode | undefined): string {
  return node ? node.text.trim() : '';
}

const URL_SPACE = /[\t\r\n]+/g;
const ABSOLUTE_HTTP = /^https?:\/\/[^\s/?#]+/i;
const FOLLOWABLE = new Set(['http:', 'https:', 'file:']);

/**
 * An absolute http(s)/file URL for a link candidate, '' when there is none. An absolute link is kept
 * as written (the suites and the publisher's own spelling agree); a relative one is resolved against
 * `base` (xml:base in effect, then the feed URL).
 */
export function absoluteUrl(candidate: string | undefined, base: string): string {
  if (!candidate) return '';
  let value = candidate.trim().replace(URL_SPACE, '');
  if (value === '') return '';
  if (/^www\.[^/\s]+\./i.test(value)) value = `http://${value}`; // "www.example.com/story": a scheme forgotten
  if (ABSOLUTE_HTTP.test(value)) {
    try {
      new URL(value);
      return value;
    } catch {
      return '';
    }
  }
  try {
    const url = new URL(value, base);
    return FOLLOWABLE.has(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

export function isHttpUrl(value: string): boolean {
  return ABSOLUTE_HTTP.test(value.trim());
}

/** "jane@example.org (Jane Doe)" → "Jane Doe", the RSS author convention. */
export function cleanAuthor(author: string): string {
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(author);
  return (named ? named[1] : author).trim();
}

const NO_NAMESPACE: readonly string[] = [''];

/** The element's children with this local name, in one of these namespaces. */
export function childrenOf(node: XmlNode, local: string, ns: readonly string[] = NO_NAMESPACE): XmlNode[] {
  const found: XmlNode[] = [];
  for (const child of node.children) if (child.local === local && ns.includes(child.ns)) found.push(child);
  return found;
}

export function childOf(node: XmlNode, local: string, ns: readonly string[] = NO_NAMESPACE): XmlNode | undefined {
  for (const child of node.children) if (child.local === local && ns.includes(child.ns)) return child;
  return undefined;
}

/** Raw content of an element with child elements, CDATA kept, to be read as HTML. */
export function innerSource(doc: XmlDocument, node: XmlNode): string {
  return doc.source.slice(node.start, node.end);
}

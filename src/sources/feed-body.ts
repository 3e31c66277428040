import iconv from 'iconv-lite';

/**
 * Repairs of what real feeds do wrong before the XML parser sees them. Bare `&` and HTML named
 * entities without a DTD need no repair here: feedsmith reads text with entity processing off and
 * decodes it with the HTML5 rules (which also give C1 references like `&#146;` their cp1252 meaning).
 */

/** Bytes → text: BOM, then the XML prolog's encoding, then UTF-8 (cp1252 when UTF-8 is invalid). */
export function decodeFeedBody(body: Buffer | string): string {
  if (typeof body === 'string') return body;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return body.subarray(3).toString('utf8');
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return iconv.decode(body.subarray(2), 'utf-16le');
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return iconv.decode(body.subarray(2), 'utf-16be');
  const head = body.subarray(0, 512).toString('latin1');
  const declared = /<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return iconv.decode(body, declared);
  }
  const utf8 = body.toString('utf8');
  // a feed that says nothing and is not UTF-8 is, in practice, Windows-1252
  if (!declared && utf8.includes('\ufffd')) return iconv.decode(body, 'windows-1252');
  return utf8;
}

/** Characters XML 1.0 forbids anywhere; some CMSs leak them from pasted text. */
const XML_FORBIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** A `<` that cannot start markup ("a < b" in a title) — the XML parser would stop there; CDATA is left alone. */
const STRAY_LT = /<!\[CDATA\[[\s\S]*?\]\]>|<(?![A-Za-z_:!?/])/g;
/** Where an XML feed really starts, when something was printed before it (PHP warnings, blank lines). */
const XML_START = /<\?xml\b|<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)\b/i;

/** Leading BOM/whitespace/junk removed, forbidden characters dropped, stray `<` escaped. */
export function precleanXml(text: string): string {
  let xml = text.replace(/^[\ufeff\s]+/, '');
  if (!xml.startsWith('<?xml')) {
    const start = XML_START.exec(xml);
    if (start && start.index > 0 && !/^<(?:!doctype\s+html|html)\b/i.test(xml)) xml = xml.slice(start.index);
  }
  return xml.replace(XML_FORBIDDEN_CHARS, '').replace(STRAY_LT, (match) => (match === '<' ? '&lt;' : match));
}

export type FeedRoot = 'rss' | 'atom' | 'rdf' | 'json' | 'html' | 'unknown';

/** Which format the document is, from its root element (not from a tag found anywhere in it). */
export function feedRoot(text: string): FeedRoot {
  const start = text.replace(/^[\ufeff\s]+/, '');
  if (start.startsWith('{')) return 'json';
  // skip the prolog, processing instructions, comments and the doctype
  const root = /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>))*\s*<([A-Za-z_][\w.:-]*)/i.exec(start);
  if (!root) return /^<!doctype\s+html/i.test(start) ? 'html' : 'unknown';
  const name = root[1].toLowerCase().replace(/^[\w.-]+:/, '');
  if (name === 'rss') return 'rss';
  if (name === 'feed') return 'atom';
  if (name === 'rdf') return 'rdf';
  if (name === 'html' || name === 'head' || name === 'body') return 'html';
  return 'unknown';
}

const ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi;
const TOKEN = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![^>]*>|<(\/?)([A-Za-z_][\w:.-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?(\/?)>/g;

/**
 * A truncated feed cut after its last complete item and closed again, or null when no item is
 * complete. Downloads stopped by the size cap, or by the server, end mid-item.
 */
export function repairTruncated(xml: string): string | null {
  let cut = -1;
  for (const match of xml.matchAll(ITEM_END)) cut = match.index + match[0].length;
  if (cut === -1) return null;
  const prefix = xml.slice(0, cut);
  const open: string[] = [];
  for (const match of prefix.matchAll(TOKEN)) {
    const [, closing, name, selfClosing] = match;
    if (!name || selfClosing) continue;
    if (!closing) {
      open.push(name);
      continue;
    }
    const at = open.lastIndexOf(name);
    if (at !== -1) open.length = at;
  }
  if (open.length === 0) return null; // nothing was cut: the problem is elsewhere
  return prefix + open.reverse().map((name) => `</${name}>`).join('');
}

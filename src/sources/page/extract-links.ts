import type { AnyNode, Element } from 'domhandler';
import type { DiscoveredItem } from '../../domain/types.js';
import { isElement, parseHtml, queryHtml, stripTagLike, textOf } from '../../extract/dom.js';
import { PermanentError, errorMessage } from '../../lib/errors.js';
import { canonicalUrl } from '../canonical-url.js';
import { parseDate } from '../parse-date.js';

/** How far up from a link we look for its card: the heading, the date, the teaser. */
const MAX_CARD_DEPTH = 4;
/** A link text shorter than this is "Read more" or an icon; the card's heading says more. */
const MIN_LINK_TITLE_CHARS = 15;
/** Teasers are short; a longer text is the page body, not the card's. */
const MAX_SUMMARY_CHARS = 500;
/** Elements that hold one story on a list page. */
const CARD_TAGS = new Set(['article', 'li', 'section', 'div', 'figure', 'tr']);

export interface ExtractedLinks {
  /** the page's own title */
  title: string;
  items: DiscoveredItem[];
  /** links matched by the selector but not followable (mailto:, javascript:, other hosts' schemes) */
  skipped: number;
}

/** The story links of a list page: `selector` picks links (or elements containing one). */
export function extractLinks(html: string, pageUrl: string, selector: string): ExtractedLinks {
  // one shared Cheerio for every page's queries (a load() per page slows every later scavenge: see parseHtml)
  const $ = queryHtml(parseHtml(html));
  const baseHref = $('base[href]').first().attr('href');
  let base = pageUrl;
  try {
    if (baseHref) base = new URL(baseHref, pageUrl).href;
  } catch {
    // an unreadable <base> is ignored, as browsers do
  }
  const pageProtocol = safeProtocol(pageUrl);
  const allowed = new Set(['http:', 'https:', ...(pageProtocol === 'file:' ? ['file:'] : [])]);
  const pageCanonical = canonicalUrl(pageUrl);

  const items: DiscoveredItem[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let matches: Element[];
  try {
    matches = $(selector).toArray().filter(isElement);
  } catch (err) {
    throw new PermanentError(`invalid links selector ${JSON.stringify(selector)}: ${errorMessage(err)}`, { cause: err });
  }
  for (const matched of matches) {
    const anchor = anchorFor(matched);
    const href = anchor?.attribs.href?.trim();
    if (!anchor || !href) {
      skipped++;
      continue;
    }
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      skipped++;
      continue;
    }
    if (!allowed.has(url.protocol)) {
      skipped++;
      continue;
    }
    url.hash = '';
    const canonical = canonicalUrl(url.href);
    if (canonical === pageCanonical || seen.has(canonical)) continue; // "#top" links, the same story twice
    seen.add(canonical);
    const card = cardOf(anchor);
    items.push({
      url: url.href,
      canonicalUrl: canonical,
      guid: canonical,
      title: titleFor(anchor, card),
      publishedAt: dateFor(anchor, card),
      summary: summaryFor(anchor, card),
    });
  }
  return { title: stripTagLike(textOf($('title').first().toArray())), items, skipped };
}

function safeProtocol(url: string): string | null {
  try {
    return new URL(url).protocol;
  } catch {
    return null;
  }
}

/** The link itself, the link around it (`h2` inside `a`), or the first link inside it (`h2 > a`). */
function anchorFor(element: Element): Element | null {
  if (element.name === 'a') return element;
  for (let node: AnyNode | null = element.parent; node && isElement(node); node = node.parent) {
    if (node.name === 'a') return node;
  }
  return findFirst(element, (node) => node.name === 'a' && !!node.attribs.href);
}

function findFirst(root: AnyNode, test: (element: Element) => boolean): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node !== root && test(node)) return node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return null;
}

/** The nearest card-like ancestor that holds only this story (no second link to another page). */
function cardOf(anchor: Element): Element | null {
  let card: Element | null = null;
  let node = anchor.parent;
  for (let depth = 0; depth < MAX_CARD_DEPTH && node && isElement(node); depth++, node = node.parent) {
    if (node.name === 'body' || node.name === 'main' || node.name === 'ul' || node.name === 'ol') break;
    if (CARD_TAGS.has(node.name)) {
      card = node;
      if (node.name === 'article' || node.name === 'li') break; // a story's own container
    }
  }
  return card;
}

function titleFor(anchor: Element, card: Element | null): string {
  const text = textOf(anchor);
  if (text.length >= MIN_LINK_TITLE_CHARS) return text;
  const heading = card ? findFirst(card, (node) => /^h[1-6]$/.test(node.name)) : null;
  const headingText = heading ? textOf(heading) : '';
  if (headingText) return headingText;
  return text || anchor.attribs.title?.trim() || findFirst(anchor, (node) => node.name === 'img')?.attribs.alt?.trim() || '';
}

function dateFor(anchor: Element, card: Element | null): string | null {
  for (const scope of [anchor, card]) {
    if (!scope) continue;
    const time = findFirst(scope, (node) => node.name === 'time' && !!node.attribs.datetime);
    const date = parseDate(time?.attribs.datetime) ?? parseDate(time ? textOf(time) : null);
    if (date) return date;
  }
  return null;
}

function summaryFor(anchor: Element, card: Element | null): string {
  if (!card) return '';
  const teaser = findFirst(card, (node) => node.name === 'p' && !isInside(node, anchor));
  const text = teaser ? textOf(teaser) : '';
  return text.length <= MAX_SUMMARY_CHARS ? text : text.slice(0, MAX_SUMMARY_CHARS);
}

function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

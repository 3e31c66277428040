import type { AnyNode, Document } from 'domhandler';
import type { Article } from '../domain/types.js';
import { isElement, NON_TEXT_TAGS, parseHtml, queryHtml, textLength, type PageQuery } from './dom.js';
import { detectLang } from './lang.js';
import { extractMainText } from './main-text.js';
import { indexDocument } from './document-index.js';
import { readCanonical, readMetadata, type PageMetadata } from './metadata.js';
import { repairDoubleEncoding } from './mojibake.js';
import type { SiteRule } from './site-rule.js';
import { siteRuleFor } from './sites/index.js';
import { walk } from './tree.js';

/** Less text than this is no article: the page's description says more. */
const MIN_TEXT_BEFORE_SUMMARY = 100;
/** Less text than this from a site rule's body means the site changed its markup: the generic scorer takes over. */
const MIN_RULE_TEXT_CHARS = 200;

/**
 * Title, main text and metadata of one HTML page. Never throws: a hostile or empty page gives
 * what could be read (an empty text, the URL alone at worst). Pages from a site with a rule
 * (sites/) are read with its selectors first.
 */
export function extractArticle(html: string, url: string): Article {
  const article: Article = { url, title: '', text: '' };
  let root: Document;
  try {
    root = parseHtml(typeof html === 'string' ? html : String(html ?? ''));
  } catch {
    return article;
  }
  const $ = queryHtml(root);
  const index = indexDocument(root);
  let rule: SiteRule | undefined;
  let meta: PageMetadata | undefined;
  try {
    // the page's own host, else the canonical one (an AMP cache, a mirror)
    const canonical = readCanonical(index, url);
    rule = siteRuleFor(url) ?? (canonical ? siteRuleFor(canonical) : undefined);
    meta = readMetadata($, index, url, rule);
  } catch {
    // metadata is best effort; the text may still be there
  }
  if (meta) {
    article.title = meta.title;
    if (meta.canonicalUrl) article.canonicalUrl = meta.canonicalUrl;
    if (meta.byline) article.byline = meta.byline;
    if (meta.publishedAt) article.publishedAt = meta.publishedAt;
    if (meta.siteName) article.siteName = meta.siteName;
    if (meta.lang) article.lang = meta.lang;
  }
  const headline = meta?.headline || article.title;
  const known = [headline, article.title, article.byline ?? ''];
  const discussion = meta?.discussion ?? false;
  try {
    const containers = rule ? ruleContainers($, rule) : [];
    if (containers.length > 0) article.text = extractMainText({ root, known, title: headline, containers });
    const textIn = textRoot(root, index.body);
    if (article.text.length < MIN_RULE_TEXT_CHARS) {
      const generic = extractMainText({ root: textIn, known, title: headline, discussion, mains: index.mains, quotes: index.quotes });
      if (generic.length > article.text.length) article.text = generic;
    }
    // a page rendered by script keeps its text for crawlers in <noscript> (forums, single-page apps)
    if (article.text.length < MIN_RULE_TEXT_CHARS && unwrapNoscript(root)) {
      const generic = extractMainText({ root: textIn, known, title: headline, discussion, mains: index.mains, quotes: index.quotes });
      if (generic.length > article.text.length) article.text = generic;
    }
  } catch {
    article.text = '';
  }
  // a page rendered by script (a forum thread, a single-page app) may hold no text but its own summary
  if (article.text.length < MIN_TEXT_BEFORE_SUMMARY && meta?.description && meta.description.length > article.text.length) article.text = meta.description;
  // a page encoded twice (see mojibake.ts) reads as the outlet wrote it
  article.title = repairDoubleEncoding(article.title);
  article.text = repairDoubleEncoding(article.text);
  if (article.byline) article.byline = repairDoubleEncoding(article.byline);
  if (!article.lang) {
    const lang = detectLang(article.text || article.title);
    if (lang) article.lang = lang;
  }
  return article;
}

/**
 * Where the page's text is: its <body>, unless that body holds less than half of the text (a
 * `<noscript><body></noscript>` read first, a body closed early): then the whole document.
 */
function textRoot(root: Document, body: AnyNode | undefined): AnyNode {
  if (!body) return root;
  // the text outside the body first (most often none: the head holds no reader text); the body is read
  // only as far as it takes to hold half of the whole (a body inside <noscript> adds nothing to the whole)
  let counted = true;
  for (let at = body.parent; at; at = at.parent) if (isElement(at) && NON_TEXT_TAGS.has(at.name)) counted = false;
  const outside = textLength(root, body);
  // inBody * 2 >= outside + inBody when the body counts, inBody * 2 >= outside when it does not
  const needed = counted ? outside : outside / 2;
  return textLength(body, undefined, needed) >= needed ? body : root;
}

/** <noscript> blocks read as ordinary blocks; false when the page has none. */
function unwrapNoscript(root: Document): boolean {
  // every element, as the selector `noscript` finds them (one walk, no Cheerio: see parseHtml)
  let found = false;
  walk(root, NOTHING_SKIPPED, (element) => {
    if (element.name !== 'noscript') return;
    found = true;
    if (element.type === 'tag') element.name = 'div';
  });
  return found;
}

const NOTHING_SKIPPED = new Set<AnyNode>();

/** The rule's body elements, outermost only, with the rule's clean list removed from them. */
function ruleContainers($: PageQuery, rule: SiteRule): AnyNode[] {
  const matches = $(rule.body).toArray();
  const set = new Set<AnyNode>(matches);
  const outermost = matches.filter((node) => {
    for (let at = node.parent; at; at = at.parent) if (set.has(at)) return false;
    return true;
  });
  if (rule.clean?.length) $(outermost).find(rule.clean.join(', ')).remove();
  return outermost;
}

import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom.js';

/**
 * The elements metadata is read from, collected in one walk over the document. Each CSS query
 * walks the whole tree again (css-select), and a dozen of them cost more than parsing the page;
 * one walk that looks at tag names and a few attributes costs a fraction of it.
 */
export interface DocumentIndex {
  html?: Element;
  body?: Element;
  /** the first <title> */
  title?: Element;
  metas: Element[];
  /** <script type="application/ld+json"> */
  jsonLd: Element[];
  /** href of the first <link rel="canonical"> */
  canonicalHref?: string;
  h1: Element[];
  /** <time> elements, with or without datetime */
  times: Element[];
  /** elements marked itemprop="datePublished" (microdata) or <abbr class="published"> (hAtom) */
  published: Element[];
  /** rel="author" links */
  authorLinks: Element[];
  /** itemprop="author" elements */
  authorProps: Element[];
  /** elements whose class names a byline: byline, article-byline, author-name, byline-name, signature, auteur */
  bylines: Element[];
  /** an element's microdata type is a forum thread (schema.org DiscussionForumPosting) */
  discussionItem: boolean;
  /** <main> and role="main" elements, in document order */
  mains: Element[];
  /** the page holds a <blockquote> (most pages hold none, and have no quoted copies to look for) */
  quotes: boolean;
  /**
   * Elements that may show the publication date, in document order: <time>, itemprop="datePublished",
   * a class naming a date, a publication, a post time or the meta line, an id naming a date
   * (as the selector `time, [itemprop~=datePublished], [class*=date i], [id*=date i], …` would find them)
   */
  dateElements: Element[];
}

/** Class words of elements that show the publication date (substrings, any case: "PostDate", "entry-meta", "published"). */
const DATE_CLASS = /date|publi|posted|timestamp|meta/i;
/** Ids of such elements. */
const DATE_ID = /date/i;

/** A handful of each is enough: the first ones are the article's. */
const MAX_PER_KIND = 20;
const BYLINE_CLASSES = new Set(['byline', 'article-byline', 'author-name', 'byline-name', 'signature', 'auteur']);
/** What each of BYLINE_CLASSES holds: only a class string holding one of these is split into its names. */
const BYLINE_CLASS_WORD = /byline|author-name|signature|auteur/;

/**
 * The schema.org type of a page whose replies are its content: a forum thread. Not QAPage: Stack Exchange
 * pages keep comments under their answers that readers (and the benchmark gold) leave out.
 */
export const DISCUSSION_TYPE = /\bDiscussionForumPosting\b/;

/** True when the space-separated attribute value holds `token` (CSS `~=`). */
export function hasToken(value: string | undefined, token: string): boolean {
  if (!value) return false;
  const at = value.indexOf(token);
  if (at === -1) return false;
  return value.split(/\s+/).includes(token);
}

export function indexDocument(root: AnyNode): DocumentIndex {
  const index: DocumentIndex = { metas: [], jsonLd: [], h1: [], times: [], published: [], authorLinks: [], authorProps: [], bylines: [], discussionItem: false, mains: [], quotes: false, dateElements: [] };
  const add = (list: Element[], element: Element) => {
    if (list.length < MAX_PER_KIND) list.push(element);
  };
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    if (isElement(node)) {
      const { attribs } = node;
      switch (node.name) {
        case 'html':
          index.html ??= node;
          break;
        case 'body':
          index.body ??= node;
          break;
        case 'title':
          index.title ??= node;
          break;
        case 'meta':
          index.metas.push(node);
          break;
        case 'script':
          if (attribs.type?.trim().toLowerCase() === 'application/ld+json') add(index.jsonLd, node);
          continue; // a script holds text only
        case 'style':
          continue;
        case 'link':
          if (index.canonicalHref === undefined && attribs.href && hasToken(attribs.rel?.toLowerCase(), 'canonical')) index.canonicalHref = attribs.href;
          break;
        case 'h1':
          add(index.h1, node);
          break;
        case 'time':
          add(index.times, node);
          break;
        case 'abbr':
          if (attribs.title && hasToken(attribs.class, 'published')) add(index.published, node);
          break;
        case 'blockquote':
          index.quotes = true;
          break;
      }
      // the attributes read below, found in one pass over the element's own (most have none or one): a read by
      // name is a search among the page's many shapes of attribute sets, and this walk made six per element
      let itemprop: string | undefined, role: string | undefined, className: string | undefined;
      let id: string | undefined, itemtype: string | undefined, rel: string | undefined;
      for (const name in attribs) {
        switch (name) {
          case 'itemprop':
            itemprop = attribs[name];
            break;
          case 'role':
            role = attribs[name];
            break;
          case 'class':
            className = attribs[name];
            break;
          case 'id':
            id = attribs[name];
            break;
          case 'itemtype':
            itemtype = attribs[name];
            break;
          case 'rel':
            rel = attribs[name];
            break;
        }
      }
      if (itemprop) {
        if (hasToken(itemprop, 'datePublished')) add(index.published, node);
        if (hasToken(itemprop, 'author')) add(index.authorProps, node);
      }
      if (node.name === 'main' || role === 'main') add(index.mains, node);
      if (node.name === 'time' || hasToken(itemprop, 'datePublished') || (className && DATE_CLASS.test(className)) || (id && DATE_ID.test(id)))
        index.dateElements.push(node);
      if (itemtype && !index.discussionItem) index.discussionItem = DISCUSSION_TYPE.test(itemtype.slice(0, 200));
      if (rel && hasToken(rel, 'author')) add(index.authorLinks, node);
      const cls = className?.slice(0, 300);
      if (cls && BYLINE_CLASS_WORD.test(cls) && cls.split(/\s+/).some((name) => BYLINE_CLASSES.has(name))) add(index.bylines, node);
    }
    // text and comments index nothing: only nodes with children are stacked
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if ('children' in child) stack.push(child);
    }
  }
  return index;
}

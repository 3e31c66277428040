import type { AnyNode, Element } from 'domhandler';
import { NON_TEXT_TAGS, isCollapsedSpace, isElement, textNodeLength, textOf } from './dom.js';
import { classHints } from './hints.js';
import { renderLines } from './render.js';
import { MAX_LINK_DENSITY, firstElementChild, walk, type Stats } from './tree.js';

/** Elements that never hold article text (captions and credits included: they describe a picture, not the story). */
const DROP_TAGS = new Set([...NON_TEXT_TAGS, 'figcaption', 'button', 'input', 'select', 'textarea', 'option', 'label', 'video', 'audio', 'map', 'picture', 'img']);
/** Page furniture, dropped unless it holds the article (see GUARD_PARAGRAPH_SHARE). */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog', 'menu', 'header']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);
/**
 * A boilerplate container holding this share of the page's paragraph text is the article in
 * disguise (ASP.NET <form>, a "has-sidebar" wrapper, an <aside> theme that wraps everything).
 */
const GUARD_PARAGRAPH_SHARE = 0.5;
/**
 * A block whose name also says it holds the article ("print-this-content": a recipe set apart for
 * printing, a "contentNav" cell) is guarded from this share. Tried 0.15, 0.25, 0.35 on the tune half:
 * 0.35 (word F1 0.8884 → 0.8893, 3 pages better, none worse; 0.25: 0.8896 with 1 worse, and one worse
 * on the report half); report half 0.8967 unchanged. Keeping every such block loses more than it wins
 * ("related-content", "text-caption": 55 pages worse).
 */
const NAMED_ARTICLE_GUARD_SHARE = 0.35;
/**
 * Windows drawn over the page (see OVERLAY_PREFIXES in hints.ts) are never guarded so: tune half word
 * F1 0.8836 → 0.8837 (2 pages better, 1 worse), report half 0.8935 → 0.8939.
 */
const OVERLAY_ROLES = new Set(['dialog', 'alertdialog']);
/**
 * The first line of a comment section names it, in every language we read: "Comments (12)",
 * "14 thoughts on …", "One Response to …", "What readers are saying", "Kommentare", "Комментарии". This catches threads
 * whose classes say nothing (hashed CSS-in-JS names).
 */
const COMMENT_SECTION_TITLE =
  /^(?:\d+\s+)?(?:comments?|commentaires?|kommentare|leserkommentare|comentarios|коммент\p{L}*|vos réactions|what (?:readers|people|you) (?:are saying|think|said)|join the (?:conversation|discussion)|leave a (?:comment|reply)|laisser un commentaire|réagissez|(?:\d+|one|no) (?:thoughts? on|responses? to|repl(?:y|ies) to|comments? (?:on|to))\b.*)\s*(?:\(\d+\)|:)?$/iu;
/** Words that also title ordinary article sections ("Discussion", "Réactions"): a comment section only with a count. */
const COUNTED_SECTION_TITLE = /^(?:\d+\s+(?:discussion|conversation|réactions?|reactions?|responses?|replies|diskussion)|(?:discussion|conversation|réactions?|reactions?|responses?|replies|diskussion)\s*\(\d+\))$/iu;
/**
 * An id that names the page's comment section ("comments", "comments_container"): an id names one
 * element, the one the page's "#comments" links lead to, so it still counts when class hints are left
 * out (the reading without them distrusts the class names themes reuse, not this). Tune half word F1
 * 0.8938 → 0.8944 (1 page better, none worse), report half 0.8992 → 0.9005 (3 better, none worse).
 */
const COMMENT_SECTION_ID = /^comments?(?:[-_](?:container|list|area|section|wrapper|block|thread))?$/i;
/**
 * A block that is the page's author, editor or creator as a schema.org Person (`itemprop="author"
 * itemtype=".../Person"`): the author's card under the article, their photo, job and bio, or a forum
 * post's poster and their counts; never the story (a byline marked up so is a line left out anyway).
 * Tune half word F1 0.8974 → 0.8976 (15 pages better, 1 worse); report half 0.9020 → 0.9021 (8
 * better, 1 worse). Any Person block (without the itemprop): tune 0.8977, but a report source worse.
 * Microdata is no class name a theme reuses: the reading without class hints drops the card too (a
 * forum thread read so keeps no poster panels): tune 0.8990 → 0.8991 (4 pages better, none worse),
 * report 0.9029 → 0.9030 (1 better, none worse).
 */
const PERSON_ITEMTYPE = /schema\.org\/Person\/?$/i;
const AUTHOR_ITEMPROPS = new Set(['author', 'creator', 'editor']);
/** A section title is a short line; a longer one is a sentence that happens to start with "Comments". */
const MAX_SECTION_TITLE_CHARS = 60;

/** An inline style that hides the element. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Text for screen readers only ("Posted on", "Updates to this page"): sighted readers never see it. */
const SCREEN_READER_ONLY = /(?:^|[\s_-])(?:sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|a11y-hidden)(?:$|\s)/i;

const NO_HINTS = { positive: false, negative: false, commentLike: false, furniture: false, overlay: false };

/**
 * A segment of a page streamed by React (`<div hidden id="S:0">`, moved into place by `$RC("B:0","S:0")`):
 * hidden only until the script runs, then it is the page, often the whole article.
 */
const STREAMED_SEGMENT_ID = /^S:\d+$/;

/**
 * A folded panel (an accordion's section, a tab, a collapsed "more" block) is hidden only until the
 * reader opens it with a click; product descriptions, specifications and answers wait there. Named by
 * its ARIA role, the tab or button that labels it, or its class. Tune half word F1 0.8811 → 0.8830
 * (14 pages better, 2 product pages slightly worse; leaving out panels hinted as furniture: 0.8829);
 * report half 0.8913 → 0.8925.
 */
const FOLDED_PANEL_ROLES = new Set(['tabpanel', 'region']);
const FOLDED_PANEL_CLASS = /accordion|collaps|tab-?pane|tab-?panel|tab-?content/i;

function isFoldedPanel(element: Element): boolean {
  const { attribs } = element;
  // a collapsed menu matches too ("navbar-collapse"), but is dropped as navigation or as lines of links
  return (
    FOLDED_PANEL_ROLES.has((attribs.role ?? '').toLowerCase()) ||
    attribs['aria-labelledby'] !== undefined ||
    FOLDED_PANEL_CLASS.test((attribs.class ?? '').slice(0, 300))
  );
}

/**
 * Hidden elements (folded panels aside) and tags that never hold reader text. `dropHidden: false`
 * keeps hidden blocks (a page streamed by script keeps its whole text in `<div hidden>` until the
 * script swaps it in).
 */
export function markJunk(root: AnyNode, skip: Set<AnyNode>, dropHidden = true): void {
  walk(root, skip, (element) => {
    const hidden = dropHidden && isHidden(element.attribs);
    if (DROP_TAGS.has(element.name) || (hidden && !isFoldedPanel(element)) || isPlaceholder(element)) {
      skip.add(element);
      return false;
    }
  });
}

/** An element hidden by its attributes: `hidden` (not a streamed segment), a screen-reader-only class, aria-hidden, an inline style. */
function isHidden(attribs: Record<string, string>): boolean {
  // the attributes found in one pass over the element's own (most have none or one): a read by name is a
  // search among the page's many shapes of attribute sets (see indexDocument)
  let hidden = false;
  let id: string | undefined, className: string | undefined, ariaHidden: string | undefined, style: string | undefined;
  for (const name in attribs) {
    switch (name) {
      case 'hidden':
        hidden = true;
        break;
      case 'id':
        id = attribs[name];
        break;
      case 'class':
        className = attribs[name];
        break;
      case 'aria-hidden':
        ariaHidden = attribs[name];
        break;
      case 'style':
        style = attribs[name];
        break;
    }
  }
  return (
    (hidden && !STREAMED_SEGMENT_ID.test(id ?? '')) ||
    SCREEN_READER_ONLY.test((className ?? '').slice(0, 300)) ||
    ariaHidden === 'true' ||
    HIDDEN_STYLE.test((style ?? '').slice(0, 200))
  );
}

/**
 * The filler text of a page template ("Lorem ipsum dolor sit amet…"): a block left unfilled, often
 * hidden by the page's style sheet. Tune half word F1 0.8995 → 0.8999 (1 page better, 0.48 → 0.90;
 * none worse), report half 0.9030 unchanged (no page changed).
 */
const PLACEHOLDER_TEXT = /^\s*lorem ipsum\b/i;

/** The filler is looked for this far into an element's first text. */
const PLACEHOLDER_CHARS = 40;

/** An element whose own text opens with the template filler. */
function isPlaceholder(element: Element): boolean {
  const first = element.children[0];
  if (first === undefined || first.type !== 'text' || !('data' in first)) return false;
  // most texts open with another letter than the filler's "l": told in place, without cutting the text
  const { data } = first;
  let at = 0;
  while (at < PLACEHOLDER_CHARS && data.charCodeAt(at) <= 0x20) at++;
  const c = data.charCodeAt(at);
  if (at >= PLACEHOLDER_CHARS || Number.isNaN(c) || (c <= 0x7f && c !== 0x6c && c !== 0x4c)) return false;
  return PLACEHOLDER_TEXT.test(data.slice(0, PLACEHOLDER_CHARS));
}

/**
 * Drops page furniture by tag, ARIA role, class/id hints and comment-section titles, keeping
 * whatever holds the article; returns the elements it dropped. `byHints: false` leaves class/id hints out (the second attempt, when
 * the first left almost no text: a theme that calls every block a "widget"). On a `discussion` page (a
 * forum thread) the replies are the content: comment hints and titles drop nothing.
 */
export function markBoilerplate(
  root: AnyNode,
  skip: Set<AnyNode>,
  stats: Map<AnyNode, Stats>,
  protect: Set<AnyNode> = new Set(),
  byHints = true,
  discussion = false,
): AnyNode[] {
  const removed: AnyNode[] = [];
  const totalPara = readerParagraphs(root, skip, stats, byHints);
  walk(root, skip, (element) => {
    if (element === root || element.name === 'body' || element.name === 'html' || element.name === 'main') return;
    const own = stats.get(element);
    if (!own) return;
    if (!discussion) {
      const section = flatCommentSection(element, stats, protect);
      if (section.length > 0) {
        for (const node of section) skip.add(node);
        removed.push(...section);
        return false;
      }
    }
    const hints = byHints ? classHints(element) : NO_HINTS;
    const role = (element.attribs.role ?? '').toLowerCase();
    const byTag = BOILERPLATE_TAGS.has(element.name) || BOILERPLATE_ROLES.has(role);
    const commentLike = !discussion && (hints.commentLike || COMMENT_SECTION_ID.test(element.attribs.id ?? '') || (own.para > 0 && opensWithCommentTitle(element, stats)));
    const authorCard = AUTHOR_ITEMPROPS.has(element.attribs.itemprop ?? '') && PERSON_ITEMTYPE.test((element.attribs.itemtype ?? '').trim());
    if (!byTag && !(discussion ? hints.furniture : hints.negative) && !commentLike && !authorCard) return;
    // a window over the page holds no article however long it is (terms of use behind a link, a size guide)
    const overlay = hints.overlay || overlayByMarkup(element, role);
    const guardShare = hints.positive ? NAMED_ARTICLE_GUARD_SHARE : GUARD_PARAGRAPH_SHARE;
    // (nor by its own <h1>, the window's title: tune 0.8932 → 0.8938, report 0.8986 → 0.8992)
    const holdsArticle = !overlay && (own.hasH1 || protect.has(element) || (!commentLike && totalPara > 0 && own.para >= totalPara * guardShare));
    if (holdsArticle) return;
    skip.add(element);
    removed.push(element);
    return false;
  });
  return removed;
}

/** A window drawn over the page by its markup (a dialog element or role); class names say so too (`classHints().overlay`). */
function overlayByMarkup(element: Element, role: string): boolean {
  return OVERLAY_ROLES.has(role) || element.name === 'dialog';
}

/**
 * The page's paragraph text that the guard share is measured against: all of it, less the paragraphs of
 * windows drawn over the page (a cookie consent's preference centre, role=dialog, that describes each
 * kind of cookie at length), which are never the article. A forum thread wrapped in a <form> holds
 * less paragraph text than such a window: measured against the whole, it was dropped as a form and the
 * page read as nothing. Tune half word F1 0.8999 → 0.9007 (3 pages better, none worse); report half
 * 0.9030 unchanged (no page changed).
 */
function readerParagraphs(root: AnyNode, skip: Set<AnyNode>, stats: Map<AnyNode, Stats>, byHints: boolean): number {
  const total = stats.get(root)?.para ?? 0;
  if (total === 0) return total;
  let overlays = 0;
  walk(root, skip, (element) => {
    const own = stats.get(element);
    if (!own || own.para === 0) return false;
    if (!(overlayByMarkup(element, (element.attribs.role ?? '').toLowerCase()) || (byHints && classHints(element).overlay))) return;
    overlays += own.para;
    return false;
  });
  return total - overlays;
}

/**
 * Marks the page's comment sections only (by class/id hints, the "#comments" id, a comment title), for
 * the last resort of reading every visible line: a photo post's page is its caption, not its comments.
 */
export function markComments(root: AnyNode, skip: Set<AnyNode>, stats: Map<AnyNode, Stats>): void {
  walk(root, skip, (element) => {
    if (element === root || element.name === 'body' || element.name === 'html') return;
    const own = stats.get(element);
    if (!own) return;
    const section = flatCommentSection(element, stats, new Set());
    if (section.length > 0) {
      for (const node of section) skip.add(node);
      return false;
    }
    const commentLike = classHints(element).commentLike || COMMENT_SECTION_ID.test(element.attribs.id ?? '') || (own.para > 0 && opensWithCommentTitle(element, stats));
    if (!commentLike || own.hasH1) return;
    skip.add(element);
    return false;
  });
}

/** True when the element's first child is a short, unlinked line naming a comment section. */
function opensWithCommentTitle(element: Element, stats: Map<AnyNode, Stats>): boolean {
  const first = firstElementChild(element);
  return !!first && isCommentTitle(first, stats);
}

/** A short, unlinked line naming a comment section. */
function isCommentTitle(element: Element, stats: Map<AnyNode, Stats>): boolean {
  if (element.name === 'a') return false;
  const own = stats.get(element);
  if (!own || own.text === 0 || own.text > MAX_SECTION_TITLE_CHARS || own.link > own.text * MAX_LINK_DENSITY) return false;
  const title = textOf(element);
  return COMMENT_SECTION_TITLE.test(title) || COUNTED_SECTION_TITLE.test(title);
}

/**
 * Elements that title a comment section set in the article's own block, its comments after it: headings,
 * and the bold line or bare div some themes use instead (tune half 0.8916 → 0.8918, one page better, none
 * worse; report half unchanged, 2 better, 1 worse). Not h1: that is the headline.
 */
const SECTION_HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'b', 'strong']);

/** flatCommentSection's "none": it is asked of every element, and answers this most of the time. */
const NO_SECTION: readonly AnyNode[] = [];

/**
 * A comment section set in the same block as the article, with no wrapper of its own
 * (`<h2>Comments</h2><p>…</p><p class="posted">Posted by…</p>…`, old blog engines): the heading and
 * everything after it in that block, unless the headline is there. Returns the nodes, or none. Tune half
 * word F1 0.8906 → 0.8916 (dragnet 0.890 → 0.896; 5 pages better, 4 worse: a CleanEval page whose gold
 * keeps its comments), report half 0.8974 → 0.8981.
 */
function flatCommentSection(heading: Element, stats: Map<AnyNode, Stats>, protect: Set<AnyNode>): readonly AnyNode[] {
  if (!(SECTION_HEADING_TAGS.has(heading.name) && isCommentTitle(heading, stats)) && !isCommentAnchor(heading, stats)) return NO_SECTION;
  const section: AnyNode[] = [];
  for (let at: AnyNode | null = heading; at; at = at.next) {
    if (protect.has(at) || stats.get(at)?.hasH1) return NO_SECTION;
    section.push(at);
  }
  return section;
}

/**
 * The empty anchor that the page's "#comments" links lead to (`<a name="comments"></a>`), set where the
 * comments start in the article's own block: it opens a flat comment section as a title does. Tune half
 * word F1 0.8984 → 0.8987 (3 pages better, none worse), report half 0.9026 → 0.9029 (2 better, none worse).
 */
function isCommentAnchor(element: Element, stats: Map<AnyNode, Stats>): boolean {
  if (element.name !== 'a' || element.attribs.href !== undefined || (stats.get(element)?.text ?? 0) > 0) return false;
  return COMMENT_SECTION_ID.test(element.attribs.name ?? '') || COMMENT_SECTION_ID.test(element.attribs.id ?? '');
}

/**
 * A block whose text is this long and equal to an earlier block's is a copy that the page's style
 * sheet shows one at a time (a layout per screen size, an A/B variant): only the first is read.
 * Tried 30, 60, 100, 200, 400 on the tune half: 60 best (word F1 0.8793 → 0.8811; 200: 0.8805;
 * report half 0.8895 → 0.8913); shorter copies are mostly real repeats (a spec line on several
 * product cards).
 */
const MIN_COPY_CHARS = 60;
/** Blocks that may be such copies: containers, not paragraphs (a paragraph printed twice is printed twice). */
const COPY_TAGS = new Set(['div', 'section', 'article']);
/** Text read to compare blocks, as a multiple of the page's text: a hostile page of equal blocks costs no more. */
const MAX_COPY_READ_RATIO = 4;

/** Marks later copies of a block of text (see MIN_COPY_CHARS); returns the elements it marked. */
export function markCopies(root: AnyNode, skip: Set<AnyNode>, stats: Map<AnyNode, Stats>): AnyNode[] {
  // blocks bucketed by text length first, text is read only for blocks of equal length; a wrapper
  // and the block it wraps have the same text, so only the outermost of such a chain is a block here
  const byLength = new Map<number, Element[]>();
  walk(root, skip, (element) => {
    const chars = stats.get(element)?.text ?? 0;
    if (chars < MIN_COPY_CHARS) return false;
    // a reply quoting a post shows the post's text again, on purpose
    if (element.name === 'blockquote') return false;
    if (!COPY_TAGS.has(element.name) || (element.parent && stats.get(element.parent)?.text === chars)) return;
    const bucket = byLength.get(chars);
    if (bucket) bucket.push(element);
    else byLength.set(chars, [element]);
  });
  const removed: AnyNode[] = [];
  const marked = new Set<AnyNode>();
  let budget = MAX_COPY_READ_RATIO * (stats.get(root)?.text ?? 0);
  for (const [chars, bucket] of byLength) {
    if (bucket.length < 2) continue;
    const seen = new Set<string>();
    for (const element of bucket) {
      // (inside a copy already marked: its ancestors are looked up, not every copy walked up from it)
      if (marked.size > 0 && isInside(element, marked)) continue;
      if ((budget -= chars) < 0) return removed;
      const text = textOf(element);
      if (seen.has(text)) {
        skip.add(element);
        removed.push(element);
        marked.add(element);
      } else seen.add(text);
    }
  }
  return removed;
}

/** True when `node` or one of its ancestors is in `nodes`. */
function isInside(node: AnyNode, nodes: Set<AnyNode>): boolean {
  for (let at: AnyNode | null = node; at; at = at.parent) if (nodes.has(at)) return true;
  return false;
}

/**
 * A reply that quotes an earlier post shows the post's lines again, in a <blockquote>: the benchmark
 * gold of forum threads keeps the post once and the reply's own words. A quote is dropped when most
 * of its text (QUOTED_COPY_SHARE, lines of MIN_QUOTED_LINE_CHARS or more) stands as lines elsewhere
 * on the page, outside any quote; a quote of a source, a tweet or a letter is new text and stays.
 * Tune half word F1 0.8875 → 0.8884 (forums 0.815 → 0.838, 9 better, 4 worse); report half 0.8966 →
 * 0.8967 (forums 0.687 → 0.695). Counting repeats inside quotes too lost a page whose article lists
 * the same quotes twice (tune 0.8883).
 */
const QUOTED_COPY_SHARE = 0.5;
/** Shorter lines ("Jane said:", "Click to expand...") are no evidence either way. */
const MIN_QUOTED_LINE_CHARS = 20;

/** Marks quotes that repeat lines found elsewhere on the page (see QUOTED_COPY_SHARE); returns them. */
export function markQuotedCopies(root: AnyNode, skip: Set<AnyNode>): AnyNode[] {
  const quotes: Element[] = [];
  walk(root, skip, (element) => {
    if (element.name !== 'blockquote') return;
    quotes.push(element);
    return false;
  });
  if (quotes.length === 0) return [];
  // the quotes' own lines first: the page's lines are rendered only when one of them may stand there
  const quoteLines = quotes.map((quote) => renderLines([quote], skip).map((line) => line.text).filter((text) => text.length >= MIN_QUOTED_LINE_CHARS));
  const outside = new Set(skip);
  for (const quote of quotes) outside.add(quote);
  // (all quotes' lines asked at once: the page's text is joined once, not once per quote, 30 times on a long thread)
  const allQuoteLines = quoteLines.flat();
  if (allQuoteLines.length === 0 || !mayBeLinesOf(allQuoteLines, root, outside)) return [];
  const lines = new Set<string>();
  for (const line of renderLines([root], outside)) if (line.text.length >= MIN_QUOTED_LINE_CHARS) lines.add(line.text);
  const removed: AnyNode[] = [];
  for (const [i, quote] of quotes.entries()) {
    let chars = 0;
    let copied = 0;
    for (const text of quoteLines[i]) {
      chars += text.length;
      if (lines.has(text)) copied += text.length;
    }
    if (chars > 0 && copied >= chars * QUOTED_COPY_SHARE) {
      skip.add(quote);
      removed.push(quote);
    }
  }
  return removed;
}

/**
 * False when none of `texts` can be a line that renderLines([root], skip) gives. A line is a run of the
 * page's text nodes in order, whitespace collapsed: its words (runs without spaces) stand one after the
 * other in the page's text nodes joined, with whitespace or nothing between them (holdsLine). Much cheaper
 * than rendering the page's lines; true only says "maybe". (Looking for the longest word alone said
 * "maybe" for a quote of an article's sentence on dragnet-455, and the page was rendered for nothing.)
 */
function mayBeLinesOf(texts: readonly string[], root: AnyNode, skip: Set<AnyNode>): boolean {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip.has(node)) continue;
    if (node.type === 'text') {
      // (not the text nodes of whitespace alone, often half a page's text: no word stands across them, a word
      // holding no whitespace, and the join cost more than the search; computeStats counts their length anyway)
      if (textNodeLength(node) > 0) parts.push(node.data);
    } else if ('children' in node && !(isElement(node) && NON_TEXT_TAGS.has(node.name))) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  const page = parts.join('');
  return texts.some((text) => holdsLine(page, text));
}

/** Places a line's longest word is tried at before holdsLine says "maybe": a line of one-letter words on a long page costs no more. */
const MAX_LINE_TRIES = 1000;

/**
 * True when `page` holds the words of `line` (a rendered line: words parted by single spaces) in order, with
 * only whitespace or nothing between them; true too when its longest word stands in more than MAX_LINE_TRIES places.
 */
function holdsLine(page: string, line: string): boolean {
  const words = line.split(' ');
  // tried where the longest word stands (the rarest: the fewest places to try)
  let anchor = 0;
  for (let i = 1; i < words.length; i++) if (words[i].length > words[anchor].length) anchor = i;
  const word = words[anchor];
  let tries = 0;
  for (let at = page.indexOf(word); at !== -1; at = page.indexOf(word, at + 1)) {
    if (++tries > MAX_LINE_TRIES) return true;
    if (wordsBefore(page, at, words, anchor) && wordsAfter(page, at + word.length, words, anchor)) return true;
  }
  return false;
}

/** The words after `anchor` follow from `at` on, past whitespace between them. */
function wordsAfter(page: string, at: number, words: readonly string[], anchor: number): boolean {
  for (let i = anchor + 1; i < words.length; i++) {
    while (at < page.length && isCollapsedSpace(page.charCodeAt(at))) at++;
    if (!page.startsWith(words[i], at)) return false;
    at += words[i].length;
  }
  return true;
}

/** The words before `anchor` precede `end`, past whitespace between them. */
function wordsBefore(page: string, end: number, words: readonly string[], anchor: number): boolean {
  for (let i = anchor - 1; i >= 0; i--) {
    while (end > 0 && isCollapsedSpace(page.charCodeAt(end - 1))) end--;
    const word = words[i];
    if (end < word.length || !page.startsWith(word, end - word.length)) return false;
    end -= word.length;
  }
  return true;
}

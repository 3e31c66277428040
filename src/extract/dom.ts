// cheerio/slim: htmlparser2 only, so parse5 is never loaded (less memory in the worker)
import { load } from 'cheerio/slim';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, ChildNode, Document } from 'domhandler';
import { Document as DocumentNode, Element, Text } from 'domhandler';
import { DomHandler, Parser, Tokenizer } from 'htmlparser2';
import type { Stats } from './tree.js';

/**
 * Cheerio on htmlparser2 in HTML mode: `xml` switches Cheerio to htmlparser2, `xmlMode: false`
 * keeps HTML rules (void tags, case-insensitive names, RCDATA title). Measured on the news fixture:
 * 0.15 ms per parse against 0.89 ms for Cheerio's default parse5, about 5× faster. It does not
 * invent <html>/<body> and does not run the HTML5 tree fix-ups, which extraction does not need.
 */
export const FAST_HTML = { xml: { xmlMode: false, decodeEntities: true } } as const;

/**
 * Deepest element nesting we let the parser build; deeper tags are dropped, their text kept.
 * htmlparser2 (and parse5) keep the open-element stack with shift/unshift, quadratic in depth:
 * 100 000 nested divs take 7 s (parse5: 58 s). Chrome's parser stops nesting at 512 too.
 */
const MAX_NESTING = 512;
/** Above this many top-level nodes, css-select's removeSubsets goes quadratic on every query: they get one wrapper. */
const MAX_ROOT_CHILDREN = 32;

/** Parses with FAST_HTML, after capping nesting depth; safe for selectors on any input. */
export function loadHtml(html: string, isDocument = true): CheerioAPI {
  return load(parseHtml(html), FAST_HTML, isDocument);
}

/**
 * The tree loadHtml queries, without Cheerio: for a caller that only walks it. Each Cheerio load()
 * declares a class of its own, and the garbage collector pays for those far more than for the tree:
 * an 18 KB page parsed 1,500 times, scavenges of 0.1 ms without load(), 20 to 50 ms with it.
 */
export function parseHtml(html: string): Document {
  const pieces = limitNestingOf(closeTitle(html.length > EMPTY_SVG_FROM_CHARS ? emptySvg(html) : [html]));
  const root = parsePieces(pieces);
  hoistBodyOutOfHead(root);
  if (root.children.length > MAX_ROOT_CHILDREN) {
    const wrapper = new Element('div', {});
    wrapper.children = root.children;
    for (const child of wrapper.children) child.parent = wrapper;
    wrapper.parent = root;
    root.children = [wrapper];
  }
  return root;
}

/** Selector queries on one page: `$(selector)` finds in the page, `$(nodes)` wraps nodes of it, as a Cheerio loaded with the page would. */
export type PageQuery = (selector: string | AnyNode[]) => Cheerio<AnyNode>;

/** The one Cheerio every page's queries go through, each given its page's root (one load() for all pages: see parseHtml). */
let shared: CheerioAPI | undefined;

/** Selector queries on a tree parseHtml built (site rules). */
export function queryHtml(root: Document): PageQuery {
  const $ = (shared ??= load(new DocumentNode([]), FAST_HTML, true));
  return (selector) => $(selector, null, root);
}

/**
 * The document the pieces make once joined, as Cheerio's load(string) would parse it (htmlparser2
 * with FAST_HTML), fed to the parser piece by piece: the page is never copied whole (a megabyte
 * page is two in memory, and the copy cost more than the parse of its drawings saved).
 */
function parsePieces(pieces: readonly string[]): Document {
  const handler = new TreeHandler(undefined, FAST_HTML.xml);
  const parser = new LowerCaseParser(handler, { ...FAST_HTML.xml, Tokenizer: SkippingTokenizer as unknown as typeof Tokenizer });
  for (const piece of pieces) parser.write(piece);
  parser.end();
  return handler.root;
}

/** The Parser members LowerCaseParser reads (private in htmlparser2's types). */
interface ParserInternals {
  attribname: string;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
}

/**
 * htmlparser2's Parser (HTML mode: tag and attribute names in lower case), the names lowered only when
 * they hold a capital: toLowerCase copies a name that has none, and a page's names (two per element, one
 * per attribute) are most of what its parse leaves for the garbage collector besides the tree.
 */
class LowerCaseParser extends Parser {
  override onopentagname(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    this.endIndex = endIndex;
    self.emitOpenTag(lowerCase(self.getSlice(start, endIndex)));
  }

  override onattribname(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    this.startIndex = start;
    self.attribname = lowerCase(self.getSlice(start, endIndex));
  }
}

/** The Tokenizer members SkippingTokenizer reads (private in htmlparser2's types). */
interface TokenizerInternals {
  buffer: string;
  offset: number;
  index: number;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  fastForwardTo(c: number): boolean;
}
const TokenizerWithInternals = Tokenizer as unknown as new (...args: ConstructorParameters<typeof Tokenizer>) => TokenizerInternals;

const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/**
 * htmlparser2's Tokenizer, reading text and quoted attribute values up to their next `<`, `&` or quote in
 * one loop: decoding entities, the Tokenizer goes through its state switch for every character of them
 * (only those characters change its state), and a page's text and class names are most of its markup.
 */
class SkippingTokenizer extends TokenizerWithInternals {
  override stateText(c: number): void {
    if (c === LESS_THAN || c === AMPERSAND) super.stateText(c);
    else this.skipTo(LESS_THAN, AMPERSAND);
  }

  override stateInAttributeValueDoubleQuotes(c: number): void {
    if (c === DOUBLE_QUOTE || c === AMPERSAND) super.stateInAttributeValueDoubleQuotes(c);
    else this.skipTo(DOUBLE_QUOTE, AMPERSAND);
  }

  override stateInAttributeValueSingleQuotes(c: number): void {
    if (c === SINGLE_QUOTE || c === AMPERSAND) super.stateInAttributeValueSingleQuotes(c);
    else this.skipTo(SINGLE_QUOTE, AMPERSAND);
  }

  /**
   * The Tokenizer's own skip (to the `<` that may close a script or style, to the end of a comment or
   * declaration) with indexOf, which searches far faster than its loop over charCodeAt: inline scripts
   * and JSON are a large share of many pages (over the bench sample, a tenth of the time went to that loop).
   */
  override fastForwardTo(c: number): boolean {
    const { buffer, offset } = this;
    const at = buffer.indexOf(String.fromCharCode(c), this.index - offset + 1);
    if (at === -1) {
      this.index = buffer.length + offset - 1;
      return false;
    }
    this.index = at + offset;
    return true;
  }

  /** Moves to the character before the next `a` or `b` in this chunk (the parse loop then steps onto it), else to the chunk's last character. */
  private skipTo(a: number, b: number): void {
    const { buffer, offset } = this;
    let at = this.index - offset + 1;
    while (at < buffer.length) {
      const c = buffer.charCodeAt(at);
      if (c === a || c === b) break;
      at++;
    }
    this.index = at - 1 + offset;
  }
}

/** `name.toLowerCase()`, the name itself when no character of it changes (ASCII without capitals). */
function lowerCase(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return name.toLowerCase();
  }
  return name;
}

/**
 * DomHandler building the same tree with less garbage for the collector to copy while a page is read:
 *
 * - no comment nodes inside elements: nothing reads a comment (every walk skips them), yet a page can
 *   hold thousands (wcxb-dev-3028: 2,671 of its 15,000 nodes). The text on either side of a comment
 *   stays two text nodes, as before. Comments at the top level stay: loadHtml counts the top-level
 *   nodes (MAX_ROOT_CHILDREN).
 * - each element's children in an array of their number, made once when it closes: the open
 *   elements' children wait on one stack (an element's children are closed before its next sibling
 *   opens), where DomHandler pushes onto each element's own array, which grows to 17 slots at its
 *   first child (most elements hold one to three) and was copied to fit afterwards.
 */
class TreeHandler extends DomHandler {
  /** the children of the open elements, each element's after its parent's */
  private readonly pending: ChildNode[] = [];
  private pendingCount = 0;
  /** where each open element's children start in `pending` (the root's at 0) */
  private readonly starts: number[] = [];

  override oncomment(data: string): void {
    if (this.tagStack.length === 1) super.oncomment(data);
  }

  /** DomHandler's ontext (this parse keeps no indices), its text nodes ones that remember their length (CountedText). */
  override ontext(data: string): void {
    const last = this.lastNode;
    if (last && last.type === 'text') {
      last.data += data;
      return;
    }
    const node = new CountedText(data);
    this.addNode(node);
    this.lastNode = node;
  }

  /** DomHandler's onopentag (HTML mode), its elements ones that can hold their counts (CountedElement). */
  override onopentag(name: string, attribs: Record<string, string>): void {
    const element = new CountedElement(name, attribs);
    this.addNode(element);
    this.tagStack.push(element);
    this.starts.push(this.pendingCount);
  }

  override onclosetag(): void {
    // the parser closes a tag it opened without its attributes once more than the handler opened (a page
    // ending inside an attribute): that close pops the root, whose children onend takes
    const start = this.starts.pop();
    if (start !== undefined) {
      const element = this.tagStack[this.tagStack.length - 1];
      if (this.pendingCount > start) element.children = this.pending.slice(start, this.pendingCount);
      this.pendingCount = start;
    }
    super.onclosetag();
  }

  override onend(): void {
    this.root.children = this.dom = this.pending.slice(0, this.pendingCount);
    this.pendingCount = 0;
    super.onend();
  }

  /** DomHandler's addNode, the child going to the pending stack instead of its parent's array. */
  protected override addNode(node: ChildNode): void {
    const start = this.starts.length > 0 ? this.starts[this.starts.length - 1] : 0;
    if (this.pendingCount > start) {
      const previous = this.pending[this.pendingCount - 1];
      node.prev = previous;
      previous.next = node;
    }
    this.pending[this.pendingCount++] = node;
    node.parent = this.tagStack[this.tagStack.length - 1];
    this.lastNode = null;
  }
}

/** Pages larger than this have their inline SVG emptied before parsing (icons and charts: hundreds of path nodes). */
const EMPTY_SVG_FROM_CHARS = 100_000;
const SVG_OPEN = /<svg[\s>]/gi;
const SVG_CLOSE = /<\/svg\s*>/gi;
/** What an inline drawing never holds: a script or comment boundary, another <svg>, HTML elements (an "<svg" in a string or attribute reached a later </svg>). */
const NOT_A_DRAWING = /<\/?(?:script|style|svg|p|div|span|a|li|ul|ol|h[1-6]|section|article|main|table|tr|td|br|img|header|footer|nav|body|form|button|iframe|noscript|foreignobject)[\s>/]|<!--|-->/i;
const EMPTY_DRAWING = '<svg></svg>';

/**
 * Inline SVG holds no reader text (NON_TEXT_TAGS drops it) but can be a fifth of a page's markup:
 * each <svg>…</svg> becomes an empty <svg></svg>, so the tree keeps its shape and the parser skips
 * the drawing. A stretch that is not a drawing alone (NOT_A_DRAWING) is left as it is. The page
 * comes back as pieces to read in order: the markup between drawings, and each empty drawing.
 */
function emptySvg(html: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  SVG_OPEN.lastIndex = 0;
  for (let open = SVG_OPEN.exec(html); open; open = SVG_OPEN.exec(html)) {
    SVG_CLOSE.lastIndex = open.index;
    const close = SVG_CLOSE.exec(html);
    if (!close) break;
    const inner = html.slice(open.index + 4, close.index);
    if (NOT_A_DRAWING.test(inner)) continue; // a script string, a comment, a nested drawing or HTML: leave it to the parser
    pieces.push(html.slice(last, open.index), EMPTY_DRAWING);
    last = close.index + close[0].length;
    SVG_OPEN.lastIndex = last;
  }
  pieces.push(last === 0 ? html : html.slice(last));
  return pieces;
}

/** A title runs to the end of its line at most. */
const OPEN_TITLE = /<title\b[^>]*>[^\n<]{0,300}/i;
const TITLE_START = /<title\b/i;
const CLOSE_TITLE = /<\/title\s*>/gi;

/**
 * A <title> never closed makes the rest of the page its text (the title is raw text to the parser):
 * the page reads as empty. It is closed at the end of its line, as a writer meant it.
 *
 * Read on the pieces of emptySvg as on the page they make: every piece but the first starts with
 * "<" or follows an empty drawing's ">", so neither the opening title nor "</title>" spans two
 * pieces, and a match inside a piece is the match in the page. A piece that holds "<title" without
 * the whole opening tag may be cut inside it: those pages are joined and read whole.
 */
function closeTitle(pieces: string[]): string[] {
  for (const [at, piece] of pieces.entries()) {
    const open = OPEN_TITLE.exec(piece);
    if (!open) {
      if (TITLE_START.test(piece)) return pieces.length === 1 ? pieces : closeTitle([pieces.join('')]);
      continue;
    }
    CLOSE_TITLE.lastIndex = open.index;
    if (CLOSE_TITLE.test(piece)) return pieces;
    for (let next = at + 1; next < pieces.length; next++) {
      CLOSE_TITLE.lastIndex = 0;
      if (CLOSE_TITLE.test(pieces[next])) return pieces;
    }
    const end = open.index + open[0].length;
    const closed = [...pieces];
    closed[at] = `${piece.slice(0, end)}</title>${piece.slice(end)}`;
    return closed;
  }
  return pieces;
}

/** What a <head> may hold; anything else starts the body (HTML's "in head" insertion mode). */
const HEAD_TAGS = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template', 'object']);
/** <head> is looked for this deep: html > head, or head at the top. */
const HEAD_DEPTH = 2;

/**
 * A page with `<head>` but no `</head>` or `<body>` (hand-written and old CMS pages) leaves the
 * whole body inside <head> in htmlparser2, which never reads it as text. A browser ends the head at
 * the first thing a head cannot hold; so do we: that node and all after it move out, after <head>.
 */
function hoistBodyOutOfHead(root: AnyNode): void {
  const heads: Element[] = [];
  const look = (node: AnyNode, depth: number) => {
    if (!('children' in node) || depth > HEAD_DEPTH) return;
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === 'head') heads.push(child);
      else if (child.name === 'html') look(child, depth + 1);
    }
  };
  look(root, 1);
  for (const head of heads) {
    const at = head.children.findIndex((child) =>
      child.type === 'text' ? child.data.trim() !== '' : isElement(child) ? !HEAD_TAGS.has(child.name) : false,
    );
    const parent = head.parent;
    if (at < 0 || !parent || !('children' in parent)) continue;
    const moved = head.children.splice(at);
    parent.children.splice(parent.children.indexOf(head) + 1, 0, ...moved);
    relink(head.children, head);
    relink(parent.children, parent);
  }
}

function relink(children: AnyNode[], parent: AnyNode): void {
  children.forEach((child, i) => {
    child.parent = parent as Element;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
}

/** Void elements never nest; their end tags do not exist. */
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Opening one of these closes an open element of the same name (as the HTML parser does). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** The HTML with tags nested deeper than MAX_NESTING removed (their text stays); unchanged when shallower. */
export function limitNesting(html: string): string {
  // cheap bound first (char codes, no regex, no copy): most pages never open MAX_NESTING more tags than they close
  if (!nestsDeeperThan(html, MAX_NESTING)) return html;
  return withoutDeepTags(html);
}

/**
 * True when withoutDeepTags would drop a tag: its walk over the tags, without building the page again.
 * The cheap bound counts every unclosed <p> and <li>, and passes on pages that nest no deeper than
 * others (wcxb-dev-0549: 7 ms rebuilding a page that came back unchanged; this walk, under 1 ms).
 */
function dropsDeepTags(html: string): boolean {
  const stack: string[] = [];
  TAG.lastIndex = 0;
  for (let tag = TAG.exec(html); tag; tag = TAG.exec(html)) {
    const [, closing, rawName, selfClosing] = tag;
    const name = rawName.toLowerCase();
    if (VOID_TAGS.has(name) || selfClosing) continue;
    // (nothing is dropped before the first tag too deep: each end tag closes as withoutDeepTags closes it then)
    if (closing) closeUpTo(stack, name);
    else if (opensTooDeep(stack, name)) {
      TAG.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** withoutDeepTags' end tag: closes up to the nearest open element of that name, looking only near the top. */
function closeUpTo(stack: string[], name: string): void {
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - 64); i--) {
    if (stack[i] === name) {
      stack.length = i;
      break;
    }
  }
}

/** withoutDeepTags' start tag: true when it opens deeper than MAX_NESTING, else it is opened on the stack. */
function opensTooDeep(stack: string[], name: string): boolean {
  if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) stack.pop();
  if (stack.length >= MAX_NESTING) return true;
  stack.push(name);
  return false;
}

/** limitNesting past its cheap bound: the tags are followed on a stack, the deep ones dropped (the page itself when none is). */
function withoutDeepTags(html: string): string {
  if (!dropsDeepTags(html)) return html;
  const stack: string[] = [];
  const dropped = new Map<string, number>();
  let tooDeep = false;
  const out = html.replace(TAG, (tag, closing: string, rawName: string, selfClosing: string) => {
    const name = rawName.toLowerCase();
    if (VOID_TAGS.has(name) || selfClosing) return tag;
    if (closing) {
      const pending = dropped.get(name) ?? 0;
      if (pending > 0) {
        dropped.set(name, pending - 1);
        return ' ';
      }
      closeUpTo(stack, name);
      return tag;
    }
    if (!opensTooDeep(stack, name)) return tag;
    tooDeep = true;
    dropped.set(name, (dropped.get(name) ?? 0) + 1);
    return ' ';
  });
  return tooDeep ? out : html;
}

/** Void elements cannot open a level (their names, followed by what ends a name); sticky: read in place, no slice per tag. */
const VOID_TAG_START = /(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)[\s/>]/iy;

/**
 * True when open tags outnumber close tags by more than `limit` at some point: an upper bound of
 * the nesting depth (unclosed <p> and <li> count too), read with indexOf and char codes only.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  return depthAfter(html, limit, 0) === TOO_DEEP;
}

/** What depthAfter says once the depth has passed the limit. */
const TOO_DEEP = -1;

/** nestsDeeperThan's count over `html`, from `depth`: the depth after it, or TOO_DEEP. */
function depthAfter(html: string, limit: number, depth: number): number {
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if (next === 47 /* / */) {
      if (depth > 0) depth--;
    } else if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
      VOID_TAG_START.lastIndex = at + 1;
      if (VOID_TAG_START.test(html)) continue;
      if (++depth > limit) return TOO_DEEP;
    }
  }
  return depth;
}

/**
 * limitNesting over the pieces of emptySvg, read as the page they make. Each piece is counted on its
 * own, the depth carried over: a piece ends before an empty drawing's "<" or at its ">", where a tag
 * name ends in the page too. A page past the cheap bound is joined, and rebuilt whole when it nests too
 * deep (hostile pages only).
 */
function limitNestingOf(pieces: string[]): string[] {
  let depth = 0;
  for (const piece of pieces) {
    depth = depthAfter(piece, MAX_NESTING, depth);
    if (depth === TOO_DEEP) {
      return [withoutDeepTags(pieces.length === 1 ? piece : pieces.join(''))];
    }
  }
  return pieces;
}

/** Elements that end a line of text: their boundaries become whitespace. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never reader text. */
export const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'head']);

/** True when a block element (other than <br>) is somewhere inside `element`. */
export function hasBlockInside(element: Element): boolean {
  const stack: AnyNode[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (BLOCK_TAGS.has(node.name) && node.name !== 'br') return true;
      stack.push(...node.children);
    }
  }
  return false;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * The runs of whitespace (\s, which holds the no-break spaces, and the zero-width space) that
 * collapse() changes: all but a lone space, left as it is (a text already collapsed is not copied).
 */
const LOOSE_WHITESPACE = / [\s\u200b]+|[^\S ][\s\u200b]*|\u200b[\s\u200b]*/g;

/** Whitespace (including no-break spaces) collapsed to single spaces, trimmed. */
export function collapse(text: string): string {
  return text.replace(LOOSE_WHITESPACE, ' ').trim();
}

/**
 * Visible text of a subtree, block boundaries as spaces, whitespace collapsed.
 * Iterative: a hostile page nested 100 000 levels deep must not overflow the stack.
 */
export function textOf(root: AnyNode | AnyNode[]): string {
  return collapse(uncollapsedTextOf(root));
}

/** textOf before its whitespace is collapsed: for a caller that only counts (collapsedLength), one string fewer. */
export function uncollapsedTextOf(root: AnyNode | AnyNode[]): string {
  const parts: string[] = [];
  forEachTextPiece(root, (piece) => parts.push(piece));
  return parts.join('');
}

/**
 * The pieces uncollapsedTextOf joins, in order (text nodes' data, a space at each block boundary),
 * handed to `read` one by one: a caller that only counts builds no string.
 */
export function forEachTextPiece(root: AnyNode | AnyNode[], read: (piece: string) => void): void {
  const stack: (AnyNode | string)[] = Array.isArray(root) ? [...root].reverse() : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      read(node);
      continue;
    }
    if (node.type === 'text') {
      read(node.data);
    } else if (isElement(node)) {
      if (NON_TEXT_TAGS.has(node.name)) continue;
      const block = BLOCK_TAGS.has(node.name);
      if (block) {
        read(' ');
        stack.push(' ');
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
}

/**
 * 1 for each UTF-16 code unit collapse() folds: ASCII whitespace, no-break space, zero-width space,
 * line/paragraph separators, BOM and the other Unicode spaces. One load per character instead of a
 * chain of comparisons: collapsedLength reads every character of a page's text several times, and
 * runs 4× faster so (wikipedia-2's 500 000 characters: 8.2 → 2.2 ms).
 */
const FOLDED_WHITESPACE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) FOLDED_WHITESPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) FOLDED_WHITESPACE[c] = 1;

/** True for a UTF-16 code unit that collapse() folds into a space (FOLDED_WHITESPACE). */
export function isCollapsedSpace(code: number): boolean {
  return FOLDED_WHITESPACE[code] === 1;
}

/** The length `collapse(text)` would have, without building it (no allocation: it runs on every text node). */
export function collapsedLength(text: string): number {
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (FOLDED_WHITESPACE[text.charCodeAt(i)] === 1) {
      space = length > 0;
    } else {
      if (space) length++;
      space = false;
      length++;
    }
  }
  return length;
}

/**
 * collapsedLength of pieces of text read one after the other, as if joined: the length `collapse`
 * would give their concatenation (a space between two pieces is counted once, none at either end).
 */
export class CollapsedCount {
  length = 0;
  /** whitespace was read since the last counted character */
  private space = false;

  add(text: string): void {
    if (text.length === 0) return;
    const inner = collapsedLength(text);
    if (inner === 0) {
      this.space = this.length > 0;
      return;
    }
    // one space where whitespace parts what was counted from this piece's first character
    if (this.length > 0 && (this.space || FOLDED_WHITESPACE[text.charCodeAt(0)] === 1)) this.length++;
    this.length += inner;
    this.space = FOLDED_WHITESPACE[text.charCodeAt(text.length - 1)] === 1;
  }
}

/**
 * A text node that keeps its collapsedLength once counted: the scorer counts every text node of a page
 * several times (each computeStats, each paragraph test), wikipedia-2's 500 000 characters each time.
 */
class CountedText extends Text {
  /** the data `collapsed` was counted for */
  countedData: string | undefined = undefined;
  collapsed = 0;
}

/**
 * An element that holds its counts for the reading under way (tree.ts's NodeStats) itself: a page's
 * counts kept in a Map of tens of thousands of entries cost more to enter and look up than the counts
 * (computeStats on wikipedia-2, 9,900 elements: most of its time went to the Map's set). The element is
 * its own Stats: a Stats object of its own was one more object per element for the garbage collector to
 * copy, and one more place in memory for every walk that reads the counts to fetch.
 */
export class CountedElement extends Element implements Stats {
  /** the NodeStats whose counts these are */
  countedBy: object | undefined = undefined;
  text = 0;
  link = 0;
  para = 0;
  hasH1 = false;
}

/** `collapsedLength(node.data)`, counted once per parsed text node (again only if its data changed). */
export function textNodeLength(node: Text): number {
  if (!(node instanceof CountedText)) return collapsedLength(node.data);
  if (node.countedData !== node.data) {
    node.collapsed = collapsedLength(node.data);
    node.countedData = node.data;
  }
  return node.collapsed;
}

/** `collapse(textOf(root)).length`, without building the text. */
export function collapsedTextLength(root: AnyNode | AnyNode[]): number {
  const count = new CollapsedCount();
  forEachTextPiece(root, (piece) => count.add(piece));
  return count.length;
}

/**
 * Characters of visible text in a subtree (whitespace included), counted without building the text;
 * `except` a subtree left out, and counting stops once it reaches `stopAt` (a caller that only asks
 * "at least this much?").
 */
export function textLength(root: AnyNode, except?: AnyNode, stopAt = Infinity): number {
  let length = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && length < stopAt) {
    const node = stack.pop()!;
    if (node === except) continue;
    if (node.type === 'text') length += node.data.length;
    else if (isElement(node) && NON_TEXT_TAGS.has(node.name)) continue;
    else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return length;
}

/** Plain text of an HTML fragment (feed titles and summaries): tags stripped, entities decoded. */
export function htmlToText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return collapse(fragment);
  try {
    return textOf(parseHtml(fragment));
  } catch {
    return collapse(fragment.replace(/<[^>]*>/g, ' '));
  }
}

/** Removes markup that survived as text (a `<script>` inside `<title>` is RCDATA, so it is kept as text). */
export function stripTagLike(text: string): string {
  return collapse(text.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<\/?[a-z][^>]*>/gi, ' '));
}

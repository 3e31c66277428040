import { type DeclaredEntities, declareEntities, decodeEntities, emptyDeclaredEntities } from './entities.js';
import { nsKey } from './namespaces.js';

/**
 * A forgiving XML reader for feeds, in one pass over the text. Where an XML parser stops, it goes on
 * the way browsers and feedparser's loose mode do: a bare `&` or an unknown entity is text, a `<`
 * that starts no tag is text, an end tag closes the open element of that name (and whatever was left
 * open inside it), an unmatched end tag is ignored, and the end of the text closes everything, marking
 * what was cut as incomplete. Element and attribute names are keyed by namespace URI, so `a10:updated`
 * is `atom:updated` and an undeclared `dc:date` is still `dc:date`.
 */

export interface XmlNode {
  /** namespace key: '' for none (RSS), else a short name from NAMESPACES or the prefix as written */
  ns: string;
  /** local name, lower-cased (feeds write `pubdate`, `pubDate`, `PubDate`) */
  local: string;
  /** attributes by lower-cased `ns:local` (`xml:base`, `rdf:about`) or local name (`href`, `ispermalink`) */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** the decoded character data directly inside (text and CDATA) */
  text: string;
  /** offsets of the raw content in the source: mixed content is re-read as HTML from there */
  start: number;
  end: number;
  /** the xml:base in effect for this element's content and attributes */
  base: string;
  /** its end tag was seen (or a following item/entry closed it); false when the text ended inside it */
  complete: boolean;
}

export interface XmlDocument {
  root: XmlNode | null;
  source: string;
}

type Scope = Record<string, string>;
const ROOT_SCOPE: Scope = { xml: 'http://www.w3.org/XML/1998/namespace' };

/** Items and entries never nest: an unclosed one is closed by the next. */
const NON_NESTING = new Set(['item', 'entry']);

const ATTR = /([^\s=/<>"']+)(?:\s*=\s*(?:"([^"]*)(?:"|$)|'([^']*)(?:'|$)|([^\s>"']+)))?/g;

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0x80;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/** Where a start tag ends ('>' outside quotes), or -1 when a '<' or the end of text comes first. */
function tagEnd(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 62) return i; // >
    if (c === 60) return -1; // <
    if (c === 34 || c === 39) {
      const close = src.indexOf(c === 34 ? '"' : "'", i + 1);
      const nextLt = src.indexOf('<', i + 1);
      if (close !== -1 && (nextLt === -1 || close < nextLt)) {
        i = close;
        continue;
      }
      // an unterminated quote (`href="http://example.com/>`): the value ends at the tag's '>'
      const gt = src.indexOf('>', i + 1);
      return gt !== -1 && (nextLt === -1 || gt < nextLt) ? gt : -1;
    }
  }
  return -1;
}

function resolveBase(value: string, parent: string): string {
  try {
    return new URL(value.trim(), parent).href;
  } catch {
    return parent;
  }
}

/**
 * Reads `source` into a tree from offset `from` (its root element; a DOCTYPE before it still
 * declares entities); never throws. `url` is the base of the document.
 */
export function parseXml(source: string, url: string, from = 0): XmlDocument {
  const src = source;
  const n = src.length;
  let declared: DeclaredEntities | undefined;
  if (from > 0) {
    const prolog = src.slice(0, from);
    if (prolog.includes('<!ENTITY')) declared = declareEntities(prolog, emptyDeclaredEntities());
  }
  let root: XmlNode | null = null;
  const stack: XmlNode[] = [];
  const scopes: Scope[] = [];
  /** the open elements' names as written, to match end tags */
  const names: string[] = [];

  const text = (start: number, end: number) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    // whitespace between child elements is layout, not content (mixed content is re-read from the source)
    if (top.children.length > 0 && isBlank(src, start, end)) return;
    const raw = src.slice(start, end);
    top.text += raw.indexOf('&') === -1 ? raw : decodeEntities(raw, declared);
  };
  const literal = (chars: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += chars;
  };
  const closeTo = (depth: number, at: number) => {
    while (stack.length > depth) {
      const node = stack.pop()!;
      scopes.pop();
      names.pop();
      node.end = at;
      node.complete = true;
    }
  };

  let i = from;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt === -1) {
      text(i, n);
      break;
    }
    if (lt > i) text(i, lt);
    const c = src.charCodeAt(lt + 1);

    if (c === 47) {
      // </name>: the open element of that name closes, with whatever was left open inside it
      const gt = src.indexOf('>', lt + 2);
      if (gt === -1) break;
      const lt2 = src.indexOf('<', lt + 2);
      if (lt2 !== -1 && lt2 < gt) {
        literal('<');
        i = lt + 1;
        continue;
      }
      const depth = endTagDepth(src, lt + 2, gt, names, stack);
      if (depth !== -1) {
        closeTo(depth, lt);
        if (depth === 0) break; // the root is closed: anything after it is not the feed
      }
      i = gt + 1;
      continue;
    }

    if (c === 33) {
      // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE …>
      if (src.startsWith('<!--', lt)) {
        const end = src.indexOf('-->', lt + 4);
        if (end === -1) break;
        i = end + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        const end = src.indexOf(']]>', lt + 9);
        literal(src.slice(lt + 9, end === -1 ? n : end));
        if (end === -1) break;
        i = end + 3;
      } else {
        const bracket = src.indexOf('[', lt);
        let gt = src.indexOf('>', lt);
        if (bracket !== -1 && (gt === -1 || bracket < gt) && /^<!doctype/i.test(src.slice(lt, lt + 9))) {
          const close = src.indexOf(']', bracket);
          gt = close === -1 ? -1 : src.indexOf('>', close);
          if (gt !== -1) declared = declareEntities(src.slice(bracket, close), declared ?? emptyDeclaredEntities());
        }
        if (gt === -1) break;
        i = gt + 1;
      }
      continue;
    }

    if (c === 63) {
      // <?pi ?>
      const end = src.indexOf('?>', lt + 2);
      if (end === -1) break;
      i = end + 2;
      continue;
    }

    if (!isNameStart(c)) {
      literal('<'); // "a < b": a stray '<' is text
      i = lt + 1;
      continue;
    }

    let nameEnd = lt + 2;
    while (nameEnd < n && isNameChar(src.charCodeAt(nameEnd))) nameEnd++;
    const gt = src.charCodeAt(nameEnd) === 62 ? nameEnd : tagEnd(src, nameEnd);
    if (gt === -1) {
      if (src.indexOf('>', nameEnd) === -1) break; // cut inside a tag
      literal('<');
      i = lt + 1;
      continue;
    }
    const qname = src.slice(lt + 1, nameEnd);
    const lower = qname.toLowerCase();
    const colon = lower.indexOf(':');
    const prefix = colon === -1 ? '' : lower.slice(0, colon);
    const local = colon === -1 ? lower : lower.slice(colon + 1);

    if (NON_NESTING.has(local)) {
      for (let d = stack.length - 1; d > 0; d--) {
        if (stack[d].local === local) {
          closeTo(d, lt);
          break;
        }
      }
    }

    const parent = stack[stack.length - 1] ?? null;
    const parentScope = scopes[scopes.length - 1] ?? ROOT_SCOPE;
    let scope = parentScope;
    let attrs = NO_ATTRIBUTES;
    const selfClosing = src.charCodeAt(gt - 1) === 47;
    if (gt > nameEnd + (selfClosing ? 1 : 0)) {
      const rawAttrs = src.slice(nameEnd, gt); // a trailing "/" is no attribute; inside an unterminated quote it is the value's
      const pairs: [string, string][] = [];
      for (const m of rawAttrs.matchAll(ATTR)) {
        const name = m[1];
        const value = m[2] ?? m[3] ?? m[4] ?? '';
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === parentScope) scope = Object.create(parentScope) as Scope;
          scope[name === 'xmlns' ? '' : name.slice(6).toLowerCase()] = value;
        } else {
          pairs.push([name, value]);
        }
      }
      if (pairs.length > 0) attrs = {};
      for (const [name, value] of pairs) {
        const at = name.indexOf(':');
        const decoded = value.indexOf('&') === -1 ? value : decodeEntities(value, declared);
        if (at === -1) attrs[name.toLowerCase()] = decoded;
        else {
          const attrPrefix = name.slice(0, at).toLowerCase();
          attrs[`${nsKey(scope[attrPrefix], attrPrefix)}:${name.slice(at + 1).toLowerCase()}`] = decoded;
        }
      }
    }
    const ns = nsKey(scope[prefix], prefix);
    const parentBase = parent?.base ?? url;
    // an HTML void element left unescaped in a description never gets an end tag
    const empty = selfClosing || ((ns === '' || ns === 'xhtml') && VOID_HTML.has(local) && parent !== null);
    const node: XmlNode = {
      ns,
      local,
      attrs,
      children: [],
      text: '',
      start: gt + 1,
      end: gt + 1,
      base: attrs['xml:base'] === undefined ? parentBase : resolveBase(attrs['xml:base'], parentBase),
      complete: empty,
    };
    if (parent) parent.children.push(node);
    else if (root) break; // a second root element: not part of the feed
    else root = node;
    if (!empty) {
      stack.push(node);
      scopes.push(scope);
      names.push(qname);
    }
    i = gt + 1;
  }
  // the text ended: what is still open was cut
  for (const node of stack) node.end = n;
  return { root, source: src };
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
/** HTML elements that have no end tag (`link` and `source` are not here: feeds give them content). */
const VOID_HTML = new Set(['br', 'img', 'hr', 'input', 'meta', 'area', 'col', 'embed', 'param', 'track', 'wbr', 'basefont', 'frame', 'keygen']);
/** How far down the open elements an end tag looks for its start tag, unless it closes a feed's structure. */
const END_TAG_REACH = 256;
const STRUCTURE = new Set(['rss', 'rdf', 'feed', 'channel', 'item', 'entry']);

/** Index in the stack of the element that the end tag `src[from, gt)` closes, or -1. */
function endTagDepth(src: string, from: number, gt: number, names: string[], stack: XmlNode[]): number {
  const top = names.length - 1;
  if (top < 0) return -1;
  // the common case, without allocating: the end tag of the current element as written
  const current = names[top];
  if (src.startsWith(current, from) && (from + current.length === gt || src.slice(from + current.length, gt).trim() === '')) return top;
  const name = src.slice(from, gt).trim().toLowerCase();
  const local = name.slice(name.indexOf(':') + 1);
  const floor = STRUCTURE.has(local) ? 0 : Math.max(0, top - END_TAG_REACH);
  for (let d = top; d >= floor; d--) if (names[d].toLowerCase() === name) return d;
  // `<dc:creator>…</creator>`: the same local name closes the current element
  return stack[top].local === local ? top : -1;
}

function isBlank(src: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

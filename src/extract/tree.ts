import type { AnyNode, Element } from 'domhandler';
import { isElement, textNodeLength } from './dom.js';

/** Shorter blocks are captions, bylines, buttons: they do not count as paragraphs. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Blocks that are mostly link text are navigation, "read also" teasers, tag lists. */
export const MAX_LINK_DENSITY = 0.5;
/** Elements that count as paragraphs for voting. */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'dd']);

/** Character counts of a subtree, after skipped nodes are taken out. */
export interface Stats {
  /** characters of text, whitespace collapsed */
  text: number;
  /** characters of text inside links */
  link: number;
  /** characters of text inside paragraphs (PARAGRAPH_TAGS that are long enough and not mostly links) */
  para: number;
  hasH1: boolean;
}

/**
 * Pre-order walk over nodes not skipped; `visit` returns false to skip an element's subtree. Iterative: depth is unbounded.
 * Text and comments are never stacked: they hold no element (most nodes of a page are text).
 */
export function walk(root: AnyNode, skip: Set<AnyNode>, visit: (element: Element) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip.has(node)) continue;
    if (isElement(node) && visit(node) === false) continue;
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if ('children' in child) stack.push(child);
      }
    }
  }
}

/**
 * Per-node counts with no entry per text node: a text node's counts are its characters, counted when
 * asked. A page has more text nodes than elements, and a Map grown to tens of thousands of entries
 * costs more than counting those characters again (dragnet-455, 17 600 nodes of which 10 200 are
 * text: computeStats 19 → 8 ms). `has`, `size` and iteration see the other nodes only. Comments
 * have no entry either (their counts would be zeros; every reader takes a missing entry as none).
 */
class NodeStats extends Map<AnyNode, Stats> {
  override get(node: AnyNode): Stats | undefined {
    return node.type === 'text' ? { text: textNodeLength(node), link: 0, para: 0, hasH1: false } : super.get(node);
  }
}

/** `stats.get(node)?.text ?? 0` without building a text node's counts (for loops over every child of every element). */
export function textChars(node: AnyNode, stats: Map<AnyNode, Stats>): number {
  return node.type === 'text' ? textNodeLength(node) : stats.get(node)?.text ?? 0;
}

/** Per-node text, link and paragraph character counts, bottom-up, without recursion. */
export function computeStats(root: AnyNode, skip: Set<AnyNode>): Map<AnyNode, Stats> {
  const stats = new NodeStats();
  const order: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip.has(node)) continue;
    order.push(node);
    // text is counted by its parent; comments and doctypes hold nothing to count
    if ('children' in node) for (const child of node.children) if ('children' in child) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) stats.set(order[i], ownStats(order[i], stats, skip));
  return stats;
}

/** One node's counts from its children's (which must be in `stats`; text children are counted here). */
function ownStats(node: AnyNode, stats: Map<AnyNode, Stats>, skip: Set<AnyNode>): Stats {
  const own: Stats = { text: 0, link: 0, para: 0, hasH1: false };
  if ('children' in node) {
    for (const child of node.children) {
      if (skip.has(child)) continue;
      if (child.type === 'text') {
        own.text += textNodeLength(child);
        continue;
      }
      const sub = stats.get(child);
      if (!sub) continue;
      own.text += sub.text;
      own.link += sub.link;
      own.para += sub.para;
      own.hasH1 ||= sub.hasH1;
    }
    if (isElement(node)) {
      if (isLink(node)) own.link = own.text;
      if (node.name === 'h1') own.hasH1 = true;
      if (PARAGRAPH_TAGS.has(node.name) && own.text >= MIN_PARAGRAPH_CHARS && own.link < own.text * MAX_LINK_DENSITY) own.para = own.text;
    }
  }
  return own;
}

/**
 * The counts again after `removed` nodes joined `skip`: only their ancestors change, recomputed
 * deepest first (the same numbers computeStats would give, at the cost of the ancestor chains).
 */
export function updateStats(stats: Map<AnyNode, Stats>, skip: Set<AnyNode>, removed: readonly AnyNode[]): void {
  const dirty: AnyNode[] = [];
  const seen = new Set<AnyNode>();
  for (const node of removed) {
    const chain: AnyNode[] = [];
    for (let at = node.parent; at && !seen.has(at); at = at.parent) {
      seen.add(at);
      chain.push(at);
    }
    dirty.push(...chain);
  }
  const depth = new Map<AnyNode, number>();
  const depthOf = (node: AnyNode): number => {
    let d = 0;
    for (let at = node.parent; at; at = at.parent) d++;
    return d;
  };
  for (const node of dirty) depth.set(node, depthOf(node));
  dirty.sort((a, b) => depth.get(b)! - depth.get(a)!);
  for (const node of dirty) if (stats.has(node)) stats.set(node, ownStats(node, stats, skip));
}

/** A link a reader can follow: `<a href>`. An `<a name>` anchor left open around a page's text is no link. */
export function isLink(element: Element): boolean {
  return element.name === 'a' && element.attribs.href !== undefined;
}

/** The first element child, skipping text and comments. */
export function firstElementChild(node: AnyNode): Element | undefined {
  if (!('children' in node)) return undefined;
  for (const child of node.children) if (isElement(child)) return child;
  return undefined;
}

/** True when `node` is `ancestor` or inside it. */
export function isWithin(node: AnyNode | null, ancestor: AnyNode): boolean {
  for (let at = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

import type { AnyNode, Element, ParentNode } from 'domhandler';
import { CountedElement, isElement, textNodeLength } from './dom.js';

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
 * text: computeStats 19 → 8 ms). Comments have no entry either (their counts would be zeros; every
 * reader takes a missing entry as none). The parsed elements keep their counts themselves
 * (CountedElement), marked as this table's; only other nodes (the document, a wrapper) have entries
 * in the Map: `size` and iteration see those only.
 */
class NodeStats extends Map<AnyNode, Stats> {
  override get(node: AnyNode): Stats | undefined {
    if (node.type === 'text') return { text: textNodeLength(node), link: 0, para: 0, hasH1: false };
    if (node instanceof CountedElement) return node.countedBy === this ? node : undefined;
    return super.get(node);
  }

  override has(node: AnyNode): boolean {
    if (node instanceof CountedElement) return node.countedBy === this;
    return super.has(node);
  }

  override set(node: AnyNode, stats: Stats): this {
    if (!(node instanceof CountedElement)) return super.set(node, stats);
    node.countedBy = this;
    if (stats !== node) {
      node.text = stats.text;
      node.link = stats.link;
      node.para = stats.para;
      node.hasH1 = stats.hasH1;
    }
    return this;
  }
}

/** `stats.get(node)?.text ?? 0` without building a text node's counts (for loops over every child of every element). */
export function textChars(node: AnyNode, stats: Map<AnyNode, Stats>): number {
  return node.type === 'text' ? textNodeLength(node) : stats.get(node)?.text ?? 0;
}

/**
 * Per-node text, link and paragraph character counts, bottom-up, without recursion. Depth first, each
 * node's counts entered once its children's are (children first, in page order, as before), each
 * child's added to its parent's as it is done: no lookup of a child's counts by node.
 */
export function computeStats(root: AnyNode, skip: Set<AnyNode>): Map<AnyNode, Stats> {
  const stats = new NodeStats();
  if (skip.has(root)) return stats;
  if (!('children' in root)) {
    stats.set(root, { text: 0, link: 0, para: 0, hasH1: false });
    return stats;
  }
  // the open nodes, their counts so far, and the next child each will read
  const open: ParentNode[] = [root];
  const counts: Stats[] = [zeroCounts(root)];
  const next: number[] = [0];
  while (open.length > 0) {
    const top = open.length - 1;
    const node = open[top];
    const own = counts[top];
    const { children } = node;
    let i = next[top];
    let descend: ParentNode | undefined;
    for (; i < children.length; i++) {
      const child = children[i];
      if (skip.has(child)) continue;
      if (child.type === 'text') own.text += textNodeLength(child);
      else if ('children' in child) {
        descend = child;
        break;
      }
    }
    if (descend) {
      next[top] = i + 1;
      open.push(descend);
      counts.push(zeroCounts(descend));
      next.push(0);
      continue;
    }
    if (isElement(node)) ownRules(node, own);
    stats.set(node, own);
    open.pop();
    counts.pop();
    next.pop();
    if (top > 0) addCounts(counts[top - 1], own);
  }
  return stats;
}

/**
 * Where computeStats adds up a node's counts, from zero: a parsed element's own (it is its Stats; a table
 * reading the element's counts meanwhile would find them half done, and none does), else a new Stats.
 */
function zeroCounts(node: AnyNode): Stats {
  if (!(node instanceof CountedElement)) return { text: 0, link: 0, para: 0, hasH1: false };
  node.text = 0;
  node.link = 0;
  node.para = 0;
  node.hasH1 = false;
  return node;
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
      if (sub) addCounts(own, sub);
    }
    if (isElement(node)) ownRules(node, own);
  }
  return own;
}

/** A child's counts into its parent's. */
function addCounts(parent: Stats, child: Stats): void {
  parent.text += child.text;
  parent.link += child.link;
  parent.para += child.para;
  parent.hasH1 ||= child.hasH1;
}

/** What an element is to its counts: a link's text is all link text, an h1 is an h1, a long paragraph with few links is all paragraph text. */
function ownRules(element: Element, own: Stats): void {
  if (isLink(element)) own.link = own.text;
  if (element.name === 'h1') own.hasH1 = true;
  if (PARAGRAPH_TAGS.has(element.name) && own.text >= MIN_PARAGRAPH_CHARS && own.link < own.text * MAX_LINK_DENSITY) own.para = own.text;
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

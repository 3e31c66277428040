import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, hasBlockInside, isElement, textOf } from './dom.js';
import { isBoilerplateLine, renderLines } from './render.js';
import { isWithin } from './tree.js';

/**
 * The standfirst: the sentence or two printed between the headline and the body ("chapô",
 * "Vorspann", sub-headline). Pages put it in the header, outside the container that holds the
 * paragraphs, so the scorer never sees it; it is read here, in document order, from the headline
 * to the start of the selected body.
 */

/** A standfirst is a sentence; shorter lines between headline and body are bylines, dates, kickers, buttons. */
const MIN_LEAD_CHARS = 45;
const MIN_LEAD_WORDS = 6;
/** Longer than this, a block before the body is a body paragraph the scorer left out on purpose. */
const MAX_LEAD_CHARS = 700;
/** At most this many blocks: a headline area holds one standfirst, sometimes two. */
const MAX_LEAD_BLOCKS = 2;
/** Nodes visited between headline and body before giving up (a body far below is not "right after"). */
const MAX_LEAD_DISTANCE = 400;
/** Lines that carry dates or "published/updated" labels are page metadata, not the standfirst. */
const META_LINE =
  /\b(?:published|updated|posted|publié|mis à jour|modifié|actualisé|veröffentlicht|aktualisiert|publicado|actualizado|опубликовано|обновлено)\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{1,2}(?:er)?\.? \p{L}{3,9}\.? \d{4}\b|\b\p{L}{3,9}\.? \d{1,2}, \d{4}\b/iu;
/** A heading this short (letters) matching part of the title is a section name, not the headline. */
const MIN_HEADLINE_LETTERS = 20;
/** …and it must cover this share of the title (or the title of it). */
const MIN_HEADLINE_SHARE = 0.6;
/** Headings that may show the headline. */
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3']);
/** How many headings are looked at to find the headline. */
const MAX_HEADLINE_CANDIDATES = 12;

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The element showing the headline: the first <h1>, else a heading whose text is the title. */
export function findHeadline(root: AnyNode, title: string): Element | undefined {
  const wanted = letters(title);
  let firstH1: Element | undefined;
  let seen = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && seen < MAX_HEADLINE_CANDIDATES) {
    const node = stack.pop()!;
    if (isElement(node) && HEADLINE_TAGS.has(node.name)) {
      seen++;
      const text = letters(textOf(node));
      if (wanted && text && sameHeadline(text, wanted)) return node;
      if (node.name === 'h1' && !firstH1) firstH1 = node;
      continue;
    }
    // (text and comments are never stacked: they hold no heading, and are most of a page's nodes)
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if ('children' in child) stack.push(child);
      }
    }
  }
  // without a title to compare, the first <h1>; with one that no heading shows, none (the <h1> is a logo)
  return wanted ? undefined : firstH1;
}

/** Letters of a heading and of the title match, or one holds the other and most of it (a kicker, a shortened title). */
function sameHeadline(heading: string, title: string): boolean {
  if (heading === title) return true;
  const [shorter, longer] = heading.length < title.length ? [heading, title] : [title, heading];
  return shorter.length >= MIN_HEADLINE_LETTERS && shorter.length >= longer.length * MIN_HEADLINE_SHARE && longer.includes(shorter);
}

/** Blocks after `headline` and before the first of `body`, in document order, that read as a standfirst. */
export function findLead(root: AnyNode, headline: Element | undefined, body: AnyNode[], skip: Set<AnyNode>, known: Set<string>): string[] {
  const start = body[0];
  if (!headline || !start || isWithin(start, headline) || isWithin(headline, start)) return [];
  const leads: string[] = [];
  let started = false;
  let visited = 0;
  // pre-order walk from the headline on; reaching `start` ends the search
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === headline) {
      started = true;
      continue;
    }
    if (started && (++visited > MAX_LEAD_DISTANCE || node === start)) break;
    if (skip.has(node)) continue;
    if (started && isElement(node) && isLeafBlock(node) && !isWithin(start, node)) {
      for (const line of renderLines([node], skip)) {
        if (line.text.length < MIN_LEAD_CHARS || line.text.length > MAX_LEAD_CHARS || line.text.split(' ').length < MIN_LEAD_WORDS) continue;
        if (META_LINE.test(line.text) || isBoilerplateLine(line, known)) continue;
        leads.push(line.text);
      }
      if (leads.length >= MAX_LEAD_BLOCKS) break;
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return leads.slice(0, MAX_LEAD_BLOCKS);
}

/** A block element with no block children: one line of text. */
function isLeafBlock(element: Element): boolean {
  if (!BLOCK_TAGS.has(element.name) && element.name !== 'span') return false;
  return !hasBlockInside(element);
}

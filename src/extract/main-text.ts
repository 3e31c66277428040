import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, NON_TEXT_TAGS, collapse, isElement, textOf } from './dom.js';
import { classHints } from './hints.js';

/**
 * The generic main-text scorer (after Readability): paragraphs vote for their parent and
 * grandparent; the container with the most paragraph text, least link text and the best
 * class/id hints wins; its siblings join when they score close; the text comes out as
 * paragraphs joined by blank lines, minus lines that are links or boilerplate.
 */

/** Shorter blocks are captions, bylines, buttons: they do not vote. */
const MIN_PARAGRAPH_CHARS = 25;
/** Each full 100 characters of a paragraph adds a point, up to this many (Readability's cap). */
const MAX_LENGTH_POINTS = 3;
/** A boilerplate container holding this share of the page's paragraph text is the article in disguise (ASP.NET <form>, a "has-sidebar" wrapper). */
const GUARD_PARAGRAPH_SHARE = 0.5;
/** Hint weight of a class/id: "article-body" vs "comments". */
const CLASS_WEIGHT = 25;
/** A sibling joins the top container when it scores this share of it (continued article, split bodies)… */
const SIBLING_SCORE_SHARE = 0.2;
/** …and at least this much in absolute terms. */
const MIN_SIBLING_SCORE = 10;
/** Lines that are mostly link text are navigation, "read also" teasers, tag lists. */
const MAX_LINE_LINK_DENSITY = 0.5;
/** A short line without sentence punctuation is a label ("AFP", "5 min de lecture", "Mis à jour"). */
const MIN_BARE_LINE_CHARS = 40;
/** Boilerplate phrases are only judged on short lines: a long paragraph quoting "newsletter" is content. */
const MAX_BOILERPLATE_LINE_CHARS = 220;

/** Elements that never hold article text. */
const DROP_TAGS = new Set([...NON_TEXT_TAGS, 'figcaption', 'button', 'input', 'select', 'textarea', 'option', 'label', 'video', 'audio', 'map', 'picture', 'img']);
/** Page furniture, dropped unless it holds the article (see GUARD_PARAGRAPH_SHARE). */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog', 'menu', 'header']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);
/** Elements that count as paragraphs for voting. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'dd']);
/** Containers that can become a paragraph when they hold text directly (div-soup sites). */
const DIV_LIKE_TAGS = new Set(['div', 'section', 'article', 'main', 'center']);
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const TAG_BONUS: Record<string, number> = { div: 5, article: 10, main: 5, section: 2, pre: 3, td: 3, blockquote: 3, ol: -3, ul: -3, dl: -3, li: -3, dd: -3, dt: -3, h1: -5, h2: -5, h3: -5, th: -5 };

/** Lines that start like site furniture: sharing, "read also", newsletter and comment prompts (FR/EN/DE/ES). */
const BOILERPLATE_START =
  /^(?:lire aussi|à lire aussi|a lire aussi|voir aussi|lire la suite|sur le même sujet|read more|read also|see also|related|more on this|advertisement|publicité|pub\b|partager|partagez|share\b|tweet|imprimer|print\b|abonnez-vous|abonnez vous|subscribe|sign up|s['’]inscrire|inscrivez-vous|leave a (?:comment|reply)|laisser un commentaire|commentaires?\b|comments?\b|réagir|réagissez|votre adresse (?:e-?mail|de messagerie)|your email address|required fields|les champs obligatoires|suivez-nous|follow us|weiterlesen|mehr zum thema|leer más|te puede interesar)/i;
/** Phrases that mark a short line as boilerplate wherever they appear. */
const BOILERPLATE_ANYWHERE =
  /newsletter|bulletin d['’]information|boîte de réception|inbox|abonnez-vous|inscrivez-vous|subscribe to|sign up for|cookies?\b|tous droits réservés|all rights reserved|©|will not be published|ne sera pas publiée|cet article est réservé|this article is for subscribers|déjà abonné|already a subscriber/i;
/** A short line opening with "By"/"Par" and a capital is a byline, whatever its punctuation. */
const BYLINE_LINE = /^(?:by|par|von|por|di)\s+\p{Lu}/u;
const MAX_BYLINE_LINE_CHARS = 100;
/** Lines ending like a sentence (or a quote) are content even when short. */
const SENTENCE_END = /[.!?…:»"”)]$/;

interface Stats {
  /** characters of text, whitespace collapsed */
  text: number;
  /** characters of text inside links */
  link: number;
  /** characters of text inside voting paragraphs */
  para: number;
  hasH1: boolean;
}

export interface MainTextInput {
  /** <body>, or the document root when there is none */
  root: AnyNode;
  /** lines equal to these are dropped from the text (the title, the byline) */
  known: string[];
}

/** The article's text: paragraphs joined by blank lines; '' when the page has none. */
export function extractMainText({ root, known }: MainTextInput): string {
  const skip = new Set<AnyNode>();
  markJunk(root, skip);
  let stats = computeStats(root, skip);
  const total = stats.get(root)?.para ?? 0;
  markBoilerplate(root, skip, stats, total);
  stats = computeStats(root, skip);

  const scores = scoreCandidates(root, skip, stats);
  let top: AnyNode = root;
  let topScore = -Infinity;
  for (const [candidate, score] of scores) {
    if (score > topScore) {
      top = candidate;
      topScore = score;
    }
  }
  const selected = topScore === -Infinity ? [root] : withSiblings(top, topScore, scores, stats, skip);
  return renderText(selected, skip, new Set(known.map((line) => line.toLowerCase()).filter(Boolean)));
}

/** Pre-order walk over elements not skipped; `visit` returns false to skip an element's subtree. */
function walk(root: AnyNode, skip: Set<AnyNode>, visit: (element: Element) => boolean | void): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip.has(node)) continue;
    if (isElement(node) && visit(node) === false) continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

function markJunk(root: AnyNode, skip: Set<AnyNode>): void {
  walk(root, skip, (element) => {
    const attribs = element.attribs;
    const hidden =
      'hidden' in attribs ||
      attribs['aria-hidden'] === 'true' ||
      /display\s*:\s*none|visibility\s*:\s*hidden/i.test((attribs.style ?? '').slice(0, 200));
    if (DROP_TAGS.has(element.name) || hidden) {
      skip.add(element);
      return false;
    }
  });
}

/** Per-element text, link and paragraph character counts, bottom-up, without recursion. */
function computeStats(root: AnyNode, skip: Set<AnyNode>): Map<AnyNode, Stats> {
  const stats = new Map<AnyNode, Stats>();
  const order: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip.has(node)) continue;
    order.push(node);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const own: Stats = { text: 0, link: 0, para: 0, hasH1: false };
    if (node.type === 'text') {
      own.text = collapse(node.data).length;
    } else if ('children' in node) {
      for (const child of node.children) {
        const sub = stats.get(child);
        if (!sub) continue;
        own.text += sub.text;
        own.link += sub.link;
        own.para += sub.para;
        own.hasH1 ||= sub.hasH1;
      }
      if (isElement(node)) {
        if (node.name === 'a') own.link = own.text;
        if (node.name === 'h1') own.hasH1 = true;
        if (PARAGRAPH_TAGS.has(node.name) && own.text >= MIN_PARAGRAPH_CHARS && own.link < own.text * MAX_LINE_LINK_DENSITY) own.para = own.text;
      }
    }
    stats.set(node, own);
  }
  return stats;
}

/** Drops page furniture by tag, ARIA role and class/id hints, keeping whatever holds the article. */
function markBoilerplate(root: AnyNode, skip: Set<AnyNode>, stats: Map<AnyNode, Stats>, totalPara: number): void {
  walk(root, skip, (element) => {
    if (element === root || element.name === 'body' || element.name === 'html' || element.name === 'main') return;
    const hints = classHints(element);
    const byTag = BOILERPLATE_TAGS.has(element.name) || BOILERPLATE_ROLES.has((element.attribs.role ?? '').toLowerCase());
    if (!byTag && !hints.negative) return;
    const own = stats.get(element);
    const holdsArticle = !!own && (own.hasH1 || (!hints.commentLike && totalPara > 0 && own.para >= totalPara * GUARD_PARAGRAPH_SHARE));
    if (holdsArticle) return;
    skip.add(element);
    return false;
  });
}

function isParagraphNode(element: Element, stats: Map<AnyNode, Stats>): boolean {
  if (PARAGRAPH_TAGS.has(element.name)) return true;
  if (!DIV_LIKE_TAGS.has(element.name)) return false;
  // a div that holds text itself, with no block children: a paragraph written as a div
  let direct = 0;
  for (const child of element.children) {
    if (isElement(child) && BLOCK_TAGS.has(child.name) && child.name !== 'br') return false;
    direct += stats.get(child)?.text ?? 0;
  }
  return direct >= MIN_PARAGRAPH_CHARS;
}

function scoreCandidates(root: AnyNode, skip: Set<AnyNode>, stats: Map<AnyNode, Stats>): Map<AnyNode, number> {
  const scores = new Map<AnyNode, number>();
  const initial = (node: AnyNode): number => {
    if (!isElement(node)) return 0;
    const hints = classHints(node);
    return (TAG_BONUS[node.name] ?? 0) + (hints.positive ? CLASS_WEIGHT : 0) - (hints.negative ? CLASS_WEIGHT : 0);
  };
  walk(root, skip, (element) => {
    if (!isParagraphNode(element, stats)) return;
    const own = stats.get(element);
    if (!own || own.text < MIN_PARAGRAPH_CHARS || own.link > own.text * MAX_LINE_LINK_DENSITY) return false;
    const text = textOf(element);
    const commas = (text.match(/[,،、，]/g) ?? []).length;
    const points = 1 + commas + Math.min(Math.floor(text.length / 100), MAX_LENGTH_POINTS);
    // the parent gets the full vote, the grandparent half, the next a third
    let ancestor = element.parent;
    for (let level = 0; level < 3 && ancestor && ancestor.type !== 'root'; level++, ancestor = ancestor.parent) {
      if (!scores.has(ancestor)) scores.set(ancestor, initial(ancestor));
      scores.set(ancestor, scores.get(ancestor)! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
    return false;
  });
  for (const [candidate, score] of scores) {
    const own = stats.get(candidate);
    const linkDensity = own && own.text > 0 ? own.link / own.text : 0;
    scores.set(candidate, score * (1 - linkDensity));
  }
  return scores;
}

/** The top container plus siblings that look like more of the same article. */
function withSiblings(top: AnyNode, topScore: number, scores: Map<AnyNode, number>, stats: Map<AnyNode, Stats>, skip: Set<AnyNode>): AnyNode[] {
  const parent = top.parent;
  if (!parent || !('children' in parent)) return [top];
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_SHARE);
  const topHints = isElement(top) ? top.attribs.class ?? '' : '';
  const selected: AnyNode[] = [];
  for (const sibling of parent.children) {
    if (skip.has(sibling)) continue;
    if (sibling === top) {
      selected.push(sibling);
      continue;
    }
    if (!isElement(sibling)) continue;
    let bonus = 0;
    if (topHints && sibling.attribs.class === topHints) bonus += topScore * 0.2; // same class as the top: a split body
    if ((scores.get(sibling) ?? -Infinity) + bonus >= threshold) {
      selected.push(sibling);
      continue;
    }
    if (sibling.name === 'p') {
      const own = stats.get(sibling);
      if (!own) continue;
      const density = own.text > 0 ? own.link / own.text : 1;
      const text = textOf(sibling);
      if ((own.text > 80 && density < 0.25) || (own.text > 0 && density === 0 && /\.( |$)/.test(text))) selected.push(sibling);
    }
  }
  return selected;
}

interface Line {
  text: string;
  link: number;
  heading: boolean;
}

/** Walks the selected containers in document order; each block boundary ends a line. */
function renderText(selected: AnyNode[], skip: Set<AnyNode>, known: Set<string>): string {
  const lines: Line[] = [];
  let buffer: string[] = [];
  let linkChars = 0;
  let heading = false;
  const flush = () => {
    const text = collapse(buffer.join(''));
    if (text) lines.push({ text, link: linkChars, heading });
    buffer = [];
    linkChars = 0;
    heading = false;
  };
  // a stack of nodes and end markers, so that links and headings know where they end
  type Frame = { node: AnyNode; inLink: boolean; exit?: 'block' };
  const stack: Frame[] = [...selected].reverse().map((node) => ({ node, inLink: false }));
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      flush();
      continue;
    }
    const { node, inLink } = frame;
    if (skip.has(node)) continue;
    if (node.type === 'text') {
      buffer.push(node.data);
      if (inLink) linkChars += collapse(node.data).length;
      continue;
    }
    if (!('children' in node)) continue;
    let childInLink = inLink;
    if (isElement(node)) {
      if (NON_TEXT_TAGS.has(node.name)) continue;
      if (node.name === 'br') {
        flush();
        continue;
      }
      if (node.name === 'a') childInLink = true;
      if (BLOCK_TAGS.has(node.name)) {
        flush();
        if (HEADING_TAGS.has(node.name) || node.name === 'h1') heading = true;
        stack.push({ node, inLink, exit: 'block' });
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], inLink: childInLink });
  }
  flush();

  const kept: string[] = [];
  for (const line of lines) {
    if (known.has(line.text.toLowerCase())) continue;
    if (line.link > line.text.length * MAX_LINE_LINK_DENSITY) continue;
    if (line.text.length <= MAX_BOILERPLATE_LINE_CHARS && (BOILERPLATE_START.test(line.text) || BOILERPLATE_ANYWHERE.test(line.text))) continue;
    if (line.text.length < MAX_BYLINE_LINE_CHARS && BYLINE_LINE.test(line.text)) continue;
    if (!line.heading && line.text.length < MIN_BARE_LINE_CHARS && !SENTENCE_END.test(line.text)) continue;
    if (kept[kept.length - 1] === line.text) continue;
    kept.push(line.text);
  }
  return kept.join('\n\n');
}

import type { AnyNode } from 'domhandler';
import type { Element } from 'domhandler';
import { BLOCK_TAGS, NON_TEXT_TAGS, collapse, collapsedTextLength, hasBlockInside, isElement, textNodeLength } from './dom.js';
import { MAX_LINK_DENSITY, isLink } from './tree.js';

/**
 * A line this short without sentence punctuation is a label or a button ("AFP", "Print", "Email").
 * Longer short lines stay: on the public benchmark pages (npm run eval:extraction) their gold keeps a
 * sender, a recipe's yield, a table row. Swept 0–40 on the tune half (10: word F1 0.855 → 0.861) and
 * checked on the report half (0.868 → 0.872; dragnet 0.895 → 0.900, cleaneval 0.925 → 0.933).
 */
const MIN_BARE_LINE_CHARS = 10;
/** …except in a list inside the article, where short items are content ("Rick Gates"); shorter ones are buttons ("Print", "Email"). */
const MIN_BARE_LIST_ITEM_CHARS = 6;
/**
 * A line that is mostly a link is navigation, unless it is a sentence this long: a teaser written
 * as one link, a paragraph linked whole. Swept 40–250 on the tune half (60: word F1 0.861 → 0.865)
 * and checked on the report half (0.872 → 0.873; cleaneval, dragnet, wcxb up, none down).
 */
const MIN_LINKED_SENTENCE_CHARS = 60;
/** A sentence ends somewhere in the line. */
const SENTENCE_INSIDE = /[.!?…]["”»)]?(?:\s|$)/;
/** Boilerplate phrases are only judged on short lines: a long paragraph quoting "newsletter" is content. */
const MAX_BOILERPLATE_LINE_CHARS = 220;
/** A short line opening with "By"/"Par" and a capital is a byline, whatever its punctuation. */
const BYLINE_LINE = /^(?:by|par|von|por|di|автор)\s+\p{Lu}/u;
const MAX_BYLINE_LINE_CHARS = 100;
/** Lines ending like a sentence (or a quote) are content even when short. */
const SENTENCE_END = /[.!?…:»"”)。！？」』]$/;
/** Chinese, Japanese and Korean characters: each carries about as much as a short word. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
/** A line's length for the short-line filters, CJK characters counted three times. */
const readingLength = (text: string) => text.length + 2 * (text.match(CJK)?.length ?? 0);
/** …but a colon after a word or two is a label ("From:", "Source:", "Date:"), not a sentence that introduces a list. */
const MIN_COLON_LINE_CHARS = 15;

/** Lines that start like site furniture: sharing, "read also", newsletter, credits, comment prompts and a quote's expander (FR/EN/DE/ES/RU). */
const BOILERPLATE_START =
  /^(?:lire aussi|à lire aussi|a lire aussi|à lire|voir aussi|lire la suite|sur le même sujet|read more|read also|read next|see also|related|more on this|more:|also read|advertisement|publicité|pub\b|anzeige\b|publicidad\b|реклама\b|partager|partagez|share\b|share this|like this|tweet|imprimer|print\b|abonnez-vous|abonnez vous|subscribe|sign up|s['’]inscrire|inscrivez-vous|leave a (?:comment|reply)|laisser un commentaire|commentaires?\b|comments?\b|réagir|réagissez|votre adresse (?:e-?mail|de messagerie)|your email address|required fields|les champs obligatoires|suivez-nous|follow us|weiterlesen|mehr zum thema|auch interessant|lesen sie auch|leer más|lee también|lea también|te puede interesar|noticias relacionadas|читайте также|подписывайтесь|photo\s*:|photograph\s*:|picture\s*:|credit\s*:|crédit\s*:|foto\s*:|фото\s*:|\(ap photo|skip past|after newsletter promotion|loading\.\.\.|click to expand)/i;
/** Phrases that mark a short line as boilerplate wherever they appear. */
const BOILERPLATE_ANYWHERE =
  /newsletter|bulletin d['’]information|boîte de réception|inbox|abonnez-vous|inscrivez-vous|subscribe to|sign up for|cookies?\b|tous droits réservés|all rights reserved|todos los derechos reservados|все права защищены|alle rechte vorbehalten|©|will not be published|ne sera pas publiée|cet article est réservé|this article is for subscribers|déjà abonné|already a subscriber|already have an account|please consider supporting|support (?:our|independent) journalism|soutenez (?:notre|le journalisme)|jetzt (?:abonnieren|testen)|lesen sie (?:mehr|weiter) mit|suscríbete|está expresamente prohibida|may not be published, broadcast|continue reading your article/i;

/**
 * A table row of short cells (a schedule, a price list, figures) reads as one line: its cells alone
 * would be dropped as labels ("$83", "28.7%"). Tune half word F1 0.879 → 0.880 (dragnet 0.882 →
 * 0.885, 24 pages changed, 0.5 lost against 1.5 gained); report half 0.889 → 0.889 (wcxb articles
 * 0.962 → 0.964; 0.2 lost against 0.7 gained).
 */
const MAX_ROW_CELL_CHARS = 100;
const CELL_TAGS = new Set(['td', 'th']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A row of two or more cells holding short text and no blocks of their own. */
function isDataRow(row: Element): boolean {
  let cells = 0;
  for (const child of row.children) {
    if (!isElement(child)) continue;
    if (!CELL_TAGS.has(child.name)) return false;
    cells++;
    if (hasBlockInside(child) || collapsedTextLength(child) > MAX_ROW_CELL_CHARS) return false;
  }
  return cells >= 2;
}

export interface Line {
  text: string;
  /** characters of the line inside links */
  link: number;
  heading: boolean;
  /** inside a list item */
  item: boolean;
  /** characters of the listing whose item this line titles (see listing.ts); absent for other lines */
  list?: number;
}

/** What renderLines knows of a node on its stack: inside a link, a list item, a data row; or the end marker of a block. */
const IN_LINK = 1;
const IN_ITEM = 2;
const IN_ROW = 4;
const EXIT = 8;

/**
 * The text of `nodes` in document order as lines; each block boundary (and <br>) ends a line.
 * `listOf` tells, for a link, the size of the listing whose item it titles (0: none).
 */
export function renderLines(nodes: AnyNode[], skip: Set<AnyNode>, listOf?: (link: Element) => number): Line[] {
  const lines: Line[] = [];
  let buffer: string[] = [];
  let linkChars = 0;
  let heading = false;
  let item = false;
  let list = 0;
  const flush = () => {
    // (a block's start and end both flush: most flushes find the buffer empty, and keep it)
    if (buffer.length > 0) {
      const text = collapse(buffer.join(''));
      if (text) lines.push(list > 0 ? { text, link: linkChars, heading, item, list } : { text, link: linkChars, heading, item });
      buffer = [];
    }
    linkChars = 0;
    heading = false;
    list = 0;
  };
  // a stack of nodes and end markers, so that links, headings and list items know where they end; what
  // a node is inside goes in parallel stacks (bits, and the listing a link titles), not in an object per node visited
  const stack: AnyNode[] = [];
  const marks: number[] = [];
  const lists: number[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    stack.push(nodes[i]);
    marks.push(0);
    lists.push(0);
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    const mark = marks.pop()!;
    const inList = lists.pop()!;
    const inLink = (mark & IN_LINK) !== 0;
    const inItem = (mark & IN_ITEM) !== 0;
    if ((mark & EXIT) !== 0) {
      flush();
      item = inItem;
      continue;
    }
    if (skip.has(node)) continue;
    if (node.type === 'text') {
      buffer.push(node.data);
      if (inLink) linkChars += textNodeLength(node);
      if (inList > list) list = inList;
      continue;
    }
    if (!('children' in node)) continue;
    let childMark = mark & (IN_LINK | IN_ITEM);
    let childInList = inList;
    if (isElement(node)) {
      if (NON_TEXT_TAGS.has(node.name)) continue;
      if (node.name === 'br') {
        flush();
        continue;
      }
      if (isLink(node)) {
        childMark |= IN_LINK;
        if (listOf && !inLink) childInList = listOf(node);
      }
      if ((mark & IN_ROW) !== 0 && CELL_TAGS.has(node.name)) {
        buffer.push(' '); // a cell of a data row: the row is the line
      } else if (BLOCK_TAGS.has(node.name)) {
        if (node.name === 'tr' && isDataRow(node)) childMark |= IN_ROW;
        flush();
        if (node.name === 'li') childMark |= IN_ITEM;
        item = (childMark & IN_ITEM) !== 0;
        if (HEADING_TAGS.has(node.name)) heading = true;
        stack.push(node);
        marks.push((mark & (IN_LINK | IN_ITEM)) | EXIT);
        lists.push(0);
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push(node.children[i]);
      marks.push(childMark);
      lists.push(childInList);
    }
  }
  flush();
  return lines;
}

/**
 * The lines a reader would call the article: no link lists, labels, prompts, bylines or repeats;
 * the titles of a listing's items are kept when the listing has at least `minList` characters.
 */
export function keepArticleLines(lines: Line[], known: Set<string>, minList = Infinity): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (isBoilerplateLine(line, known, minList)) continue;
    if (kept[kept.length - 1] === line.text) continue;
    kept.push(line.text);
  }
  return kept;
}

/**
 * The line, lowercased, is one of `known` (the title, the byline). Lowercasing never shortens a string
 * (no code point's lower case is shorter), so a line longer than all of them is not one: most lines
 * of an article are never lowercased.
 */
function isKnownLine(text: string, known: Set<string>): boolean {
  for (const line of known) if (line.length >= text.length) return known.has(text.toLowerCase());
  return false;
}

export function isBoilerplateLine(line: Line, known: Set<string>, minList = Infinity): boolean {
  const { text } = line;
  if (isKnownLine(text, known)) return true;
  const itemTitle = (line.list ?? 0) >= minList;
  if (!itemTitle && line.link > text.length * MAX_LINK_DENSITY && !(text.length >= MIN_LINKED_SENTENCE_CHARS && SENTENCE_INSIDE.test(text))) return true;
  if (text.length <= MAX_BOILERPLATE_LINE_CHARS && (BOILERPLATE_START.test(text) || BOILERPLATE_ANYWHERE.test(text))) return true;
  if (text.length < MAX_BYLINE_LINE_CHARS && BYLINE_LINE.test(text) && !SENTENCE_END.test(text)) return true;
  const minBare = line.item ? MIN_BARE_LIST_ITEM_CHARS : MIN_BARE_LINE_CHARS;
  if (!line.heading && readingLength(text) < minBare && (!SENTENCE_END.test(text) || (text.endsWith(':') && text.length < MIN_COLON_LINE_CHARS))) return true;
  return false;
}

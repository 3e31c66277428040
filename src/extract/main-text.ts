import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, CollapsedCount, forEachTextPiece, isElement, textOf } from './dom.js';
import { markBoilerplate, markComments, markCopies, markJunk, markQuotedCopies } from './boilerplate.js';
import { classHints } from './hints.js';
import { findHeadline, findLead } from './lead.js';
import { itemListOf } from './listing.js';
import { keepArticleLines, renderLines } from './render.js';
import { MAX_LINK_DENSITY, MIN_PARAGRAPH_CHARS, PARAGRAPH_TAGS, computeStats, isWithin, textChars, updateStats, walk, type Stats } from './tree.js';

/**
 * The generic main-text scorer (after Readability, with trafilatura's line filters): furniture is
 * dropped first (tags, roles, class hints, comment-section titles); paragraphs vote for their
 * parent and grandparent; the container with the most paragraph text, least link text and the best
 * hints wins; it grows to the block that repeats its shape (split bodies, live posts) and takes
 * siblings that score close; the standfirst above it joins; the text comes out as paragraphs joined
 * by blank lines, minus lines that are links, labels or prompts.
 */

/** Each full 100 characters of a paragraph adds a point, up to this many (Readability's cap). */
const MAX_LENGTH_POINTS = 3;
/** Hint weight of a class/id: "article-body" vs "comments". */
const CLASS_WEIGHT = 25;
/** A sibling joins the top container when it scores this share of it (continued article, split bodies)… */
const SIBLING_SCORE_SHARE = 0.2;
/** …and at least this much in absolute terms. */
const MIN_SIBLING_SCORE = 10;
/**
 * The top container grows to an ancestor (this many levels up at most) when that ancestor holds
 * other blocks of the same shape with paragraphs: a body split into `div[data-area=text]` blocks,
 * a live page's posts, a forum's posts (whose text sits seven or eight levels inside each post).
 * Without it, one block of many wins and the rest of the article is lost. Tried 5 to 15 on the
 * tune half: 10 best (word F1 0.8830 → 0.8836, 2 forum threads better, 1 worse; 5–7: no change);
 * report half 0.8925 → 0.8935. The highest such ancestor wins: a list of reviewed products, each
 * item in same-shape sections, is the whole list, not one item (tune 0.8991 → 0.8995, one page
 * better, 0.36 → 0.83, none worse; report 0.9030 unchanged, no page changed).
 */
const MAX_PROMOTION_LEVELS = 10;
/**
 * The `<main>` (or role=main) element holding the top replaces it when its cleaned text is this many
 * times longer. Tried 1.5, 2, 3, 5 on the tune half: 1.5 best (word F1 0.867 → 0.874; wcxb 0.818 →
 * 0.835, its articles 0.944 → 0.947; dragnet 0.884 → 0.882); on the report half 0.875 → 0.885
 * (wcxb articles 0.952 → 0.962, dragnet 0.902 → 0.900). Requiring an undated page kept only a third of the gain.
 */
const MAIN_REGION_RATIO = 1.5;
/** Text without paragraphs that still makes a block prose (a few sentences). */
const MIN_PROSE_CHARS = 200;
/** Same-shape blocks with paragraphs, besides the top's own, that make a repeated body. */
const MIN_SAME_SHAPE_SIBLINGS = 2;
/** Ancestors a paragraph votes for (Readability: 5). */
const VOTE_LEVELS = 5;
/** See commonAncestorOfRivals. */
const TOP_CANDIDATES = 5;
const RIVAL_SHARE = 0.75;
const MIN_RIVALS = 3;
/** A sibling of the top's own class joins it when at most this share of its text is links. */
const SPLIT_BODY_LINK_DENSITY = 0.25;
/** Containers that count as a paragraph when they hold text directly, without block children (div-soup sites). */
const DIV_LIKE_TAGS = new Set(['div', 'section', 'article', 'main', 'center']);
const TAG_BONUS: Record<string, number> = { div: 5, article: 10, main: 5, section: 2, pre: 3, td: 3, blockquote: 3, ol: -3, ul: -3, dl: -3, li: -3, dd: -3, dt: -3, h1: -5, h2: -5, h3: -5, th: -5 };

export interface MainTextInput {
  /** <body>, or the document root when there is none */
  root: AnyNode;
  /** lines equal to these are dropped from the text (the title, the byline) */
  known: string[];
  /** the headline as read from metadata, to find the standfirst below it */
  title?: string;
  /** containers chosen by a site rule: no scoring, the same cleaning */
  containers?: AnyNode[];
  /** a forum thread (schema.org DiscussionForumPosting, og:type forum): its replies are text, not comments */
  discussion?: boolean;
  /** the page's <main> and role="main" elements (document-index.ts) */
  mains?: readonly Element[];
  /** false when the page holds no <blockquote> (document-index.ts): no walk looks for quoted copies */
  quotes?: boolean;
}

/**
 * Below this many characters, the text is read again with class/id hints left out (Readability
 * retries with its flags off the same way): themes that call every block "widget" or "sidebar"
 * lose the article to the hints, not to the scoring.
 */
const MIN_TEXT_CHARS = 500;

/** Below this, the text is no article: the page's visible lines are returned instead (never an empty text for a page with text). */
const MIN_FALLBACK_CHARS = 100;
/**
 * A page whose scored readings find no article, and whose hidden blocks hold this many times the text
 * of its visible lines, is shown by a script (a content-locking app's `style="display:none"` wrapper
 * round a shop's whole product grid, a page revealed after a check): its lines are read with the
 * hidden blocks. Tune half word F1 0.8958 → 0.8964 (2 pages better, one of them empty before; none
 * worse; 10 the same but for the empty page), report half 0.9019 unchanged (no page changed).
 */
const HIDDEN_TEXT_RATIO = 3;

/** The article's text: paragraphs joined by blank lines; '' when the page has none. */
export function extractMainText(input: MainTextInput): string {
  const first = readMainText(input, true);
  if (first.chars >= MIN_TEXT_CHARS || input.containers?.length) return first.text;
  const second = readMainText(input, false);
  const best = second.chars > first.chars && !onlyAddsTo(second, first) && !losesHeadline(second, first, input.title ?? '') ? second : first;
  if (best.chars >= MIN_FALLBACK_CHARS) return best.text;
  // a page of links or labels only (a link list, a directory): all its visible lines beat an empty text
  const known = new Set(input.known.map((line) => line.toLowerCase()).filter(Boolean));
  const visibleLines = (dropHidden: boolean, dropFurniture: boolean) => {
    const skip = new Set<AnyNode>();
    markJunk(input.root, skip, dropHidden);
    if (dropFurniture) markBoilerplate(input.root, skip, computeStats(input.root, skip), new Set(), true, input.discussion);
    else if (!input.discussion) markComments(input.root, skip, computeStats(input.root, skip));
    const all = renderLines([input.root], skip)
      .filter((line) => !known.has(line.text.toLowerCase()))
      .map((line) => line.text);
    return all.filter((line, i) => all[i - 1] !== line).join('\n\n');
  };
  // the page's furniture dropped (navigation, sidebars, comments): a photo post's page is its caption, not its
  // comments (tune half word F1 0.8944 → 0.8958, 6 pages better, 3 worse; report half 0.9005 → 0.9019, 5 better,
  // 1 worse); the furniture too only when nothing else is left (also when less than MIN_FALLBACK_CHARS is left:
  // tune 0.8948, report 0.9011)
  // hidden blocks too when the visible ones are few, or when they hold HIDDEN_TEXT_RATIO times the visible lines
  // (see HIDDEN_TEXT_RATIO)
  const read = (dropFurniture: boolean) => {
    const text = visibleLines(true, dropFurniture);
    if (text.length < MIN_FALLBACK_CHARS) return visibleLines(false, dropFurniture);
    const withHidden = visibleLines(false, dropFurniture);
    return withHidden.length >= HIDDEN_TEXT_RATIO * text.length ? withHidden : text;
  };
  const text = read(true) || read(false);
  return text.length > best.chars ? text : best.text;
}

/**
 * The reading without class hints is no better when it holds much of the first reading's text
 * (RETRY_KEPT_SHARE of its characters, line by line) and less than RETRY_GROWTH times its length: it
 * found the same short article and only adds the furniture the hints had dropped (a blog's sidebar, the
 * comment form under a photo post). A reading that finds other text, or much more, is still taken (a
 * theme that calls its article a "widget", a forum thread whose posts are named as replies). Tune half
 * word F1 0.8895 → 0.8906 (10 pages better, 2 worse), report half 0.8969 → 0.8974 (with half the
 * first's text kept; a third, as now: one more page, tune 0.8928 → 0.8932, report unchanged; 0.2 the
 * same, 0.8 two pages worse). Growth tried 1.5, 3, 8: all worse than 2. A bare length ratio (the
 * second taken only when 1.3x the first) gained a third of that.
 */
const RETRY_KEPT_SHARE = 0.3;
const RETRY_GROWTH = 2;

function onlyAddsTo(second: Reading, first: Reading): boolean {
  if (second.chars >= RETRY_GROWTH * first.chars) return false;
  let kept = 0;
  for (const line of first.text.split('\n\n')) if (line && second.text.includes(line)) kept += line.length;
  return kept >= RETRY_KEPT_SHARE * first.text.length;
}

/**
 * Nor is it better when the first reading holds the headline's line ("12. Headline", a numbered
 * episode's title over its notes) and the second does not: the first found the post, the second
 * something else, most often the comments under a short post (a video's page). Tune half word F1
 * 0.8918 → 0.8927 (2 pages better, none worse), report half 0.8981 unchanged.
 */
const MIN_HEADLINE_CHARS = 8; // shorter titles ("Home", "News") are found in any text

function losesHeadline(second: Reading, first: Reading, title: string): boolean {
  const headline = title.trim().toLowerCase();
  if (headline.length < MIN_HEADLINE_CHARS) return false;
  const line = first.text.split('\n\n').find((l) => l.toLowerCase().includes(headline));
  return line !== undefined && !second.text.includes(line);
}

/**
 * A reading of the page: its text, and the length it is judged by when the readings are compared,
 * the text without the titles of a listing's items (a reading that finds too little of the article
 * is not saved by a list of links).
 */
interface Reading {
  text: string;
  chars: number;
}

const plainReading = (lines: string[]): Reading => {
  const text = lines.join('\n\n');
  return { text, chars: text.length };
};

/**
 * A listing's items keep their titles (see listing.ts) when the list holds this share of the chosen
 * blocks' text: a list of related stories below an article is no listing. Tried 0, 0.2, 0.3, 0.5 on
 * the tune half: 0.3 best (word F1 0.8867, 0.8869, 0.8872, 0.8865).
 */
const MIN_LISTING_SHARE = 0.3;

function readMainText({ root, known, title = '', containers, discussion = false, mains = [], quotes = true }: MainTextInput, byHints: boolean): Reading {
  const knownLines = new Set(known.map((line) => line.toLowerCase()).filter(Boolean));
  const skip = new Set<AnyNode>();
  if (containers?.length) {
    for (const container of containers) {
      markJunk(container, skip);
      markBoilerplate(container, skip, computeStats(container, skip));
    }
    return plainReading(keepArticleLines(renderLines(containers, skip), knownLines));
  }

  const headline = findHeadline(root, title);
  markJunk(root, skip);
  if (quotes) markQuotedCopies(root, skip);
  const stats = computeStats(root, skip);
  updateStats(stats, skip, markCopies(root, skip, stats));
  updateStats(stats, skip, markBoilerplate(root, skip, stats, ancestorsOf(headline), byHints, discussion));
  const scores = scoreCandidates(root, skip, stats, byHints, discussion);
  let top: AnyNode = root;
  let topScore = -Infinity;
  for (const [candidate, score] of scores) {
    if (score > topScore) {
      top = candidate;
      topScore = score;
    }
  }
  if (topScore === -Infinity) return plainReading(keepArticleLines(renderLines([root], skip), knownLines));
  [top, topScore] = commonAncestorOfRivals(top, topScore, scores);
  [top, topScore] = risingAncestor(top, topScore, scores);
  top = promoteRepeatedShape(top, stats, skip);
  top = growToProse(top, stats);
  let selected = withRowCells(withSiblings(top, topScore, scores, stats, skip, headline), top, topScore, scores, skip);
  const listOf = itemListOf(stats, skip);
  let lines = renderLines(selected, skip, listOf);
  let body = keepArticleLines(lines, knownLines);
  // the page's main region holding much more reader text than the chosen blocks: a product page, a
  // listing, a service page or a forum thread whose parts are no paragraphs, or an article in parts;
  // when the blocks are outside it (a newsletter box won), the page's only <main> (tune: 0.874 → 0.876);
  // without a <main>, the <article> holding them (a plan or a guide in parts: tune 0.8837 → 0.8841)
  const region = mainRegionOf(top) ?? onlyMainRegion(mains, root, skip) ?? articleRegionOf(top);
  // (its text before cleaning bounds what it can hold: most articles are most of their <main>, and are not rendered twice)
  if (region && region !== top && (stats.get(region)?.text ?? 0) >= MAIN_REGION_RATIO * charsOf(body)) {
    const regionLines = renderLines([region], skip, listOf);
    const whole = keepArticleLines(regionLines, knownLines);
    if (charsOf(whole) >= MAIN_REGION_RATIO * charsOf(body)) {
      selected = [region];
      lines = regionLines;
      body = whole;
    }
  }
  const lead = findLead(root, headline, selected, skip, knownLines).filter((line) => !body.includes(line));
  // the length of [...lead, ...body].join('\n\n'), without building it
  const lineCount = lead.length + body.length;
  const chars = charsOf(lead) + charsOf(body) + (lineCount > 0 ? 2 * (lineCount - 1) : 0);
  const selectedChars = selected.reduce((sum, node) => sum + (stats.get(node)?.text ?? 0), 0);
  const listed = keepArticleLines(lines, knownLines, Math.max(1, MIN_LISTING_SHARE * selectedChars));
  return { text: [...lead, ...listed].join('\n\n'), chars };
}

/** The headline and the blocks around it: never furniture, even in a <header>. */
function ancestorsOf(node: AnyNode | undefined): Set<AnyNode> {
  const ancestors = new Set<AnyNode>();
  for (let at = node?.parent; at; at = at.parent) ancestors.add(at);
  return ancestors;
}

function isParagraphNode(element: Element, stats: Map<AnyNode, Stats>, runsOf: (element: Element) => readonly AnyNode[][]): boolean {
  if (LAYOUT_CELL_TAGS.has(element.name)) return !isLayoutCell(element, stats, runsOf);
  if (PARAGRAPH_TAGS.has(element.name)) return true;
  if (!DIV_LIKE_TAGS.has(element.name)) return false;
  // a div that holds text itself, with no block children: a paragraph written as a div
  let direct = 0;
  for (const child of element.children) {
    if (isElement(child) && BLOCK_TAGS.has(child.name) && child.name !== 'br') return false;
    direct += textChars(child, stats);
  }
  return direct >= MIN_PARAGRAPH_CHARS;
}

function scoreCandidates(root: AnyNode, skip: Set<AnyNode>, stats: Map<AnyNode, Stats>, byHints: boolean, discussion: boolean): Map<AnyNode, number> {
  const scores = new Map<AnyNode, number>();
  const initial = (node: AnyNode): number => {
    if (!isElement(node)) return 0;
    // an inline element (a span round a headline's words) is no container: its class says nothing of the article
    if (!byHints || INLINE_CONTAINER_TAGS.has(node.name)) return TAG_BONUS[node.name] ?? 0;
    const hints = classHints(node);
    const negative = discussion ? hints.furniture : hints.negative;
    return (TAG_BONUS[node.name] ?? 0) + (hints.positive ? CLASS_WEIGHT : 0) - (negative ? CLASS_WEIGHT : 0);
  };
  // a paragraph's points go to its parent in full, its grandparent half, the next ones a third of their level
  // (its text, as uncollapsedTextOf would give it, is only counted: read piece by piece, never built)
  const vote = (text: AnyNode | AnyNode[], parent: AnyNode | null) => {
    let commas = 0;
    const chars = new CollapsedCount();
    forEachTextPiece(text, (piece) => {
      commas += countCommas(piece);
      chars.add(piece);
    });
    const points = 1 + commas + Math.min(Math.floor(chars.length / 100), MAX_LENGTH_POINTS);
    let ancestor = parent;
    for (let level = 0; level < VOTE_LEVELS && ancestor && ancestor.type !== 'root'; level++, ancestor = ancestor.parent) {
      if (!scores.has(ancestor)) scores.set(ancestor, initial(ancestor));
      scores.set(ancestor, scores.get(ancestor)! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  };
  // text written straight into a container between its blocks or <br>s ("<div>text<br><br>text<p>…"):
  // each run is a paragraph of that container, as Readability wraps such runs in <p>. Runs are found in
  // the same walk as paragraphs (both stop at a paragraph) but vote after all paragraphs, in walk order.
  const runVotes: [AnyNode[], Element][] = [];
  // a cell's runs are read once: to tell a layout cell, then to vote
  let read: { element: Element; runs: readonly AnyNode[][] } | null = null;
  const runsOf = (element: Element) => (read?.element === element ? read : (read = { element, runs: textRuns(element, skip, stats) })).runs;
  walk(root, skip, (element) => {
    if (!isParagraphNode(element, stats, runsOf)) {
      if (RUN_CONTAINER_TAGS.has(element.name)) for (const run of runsOf(element)) runVotes.push([run, element]);
      return;
    }
    const own = stats.get(element);
    // a paragraph's own text votes once, as a paragraph
    if (own && own.text >= MIN_PARAGRAPH_CHARS && own.link <= own.text * MAX_LINK_DENSITY) vote(element, element.parent);
    return false;
  });
  for (const [run, element] of runVotes) vote(run, element);
  for (const [candidate, score] of scores) {
    const own = stats.get(candidate);
    const linkDensity = own && own.text > 0 ? own.link / own.text : 0;
    scores.set(candidate, score * (1 - linkDensity));
  }
  return scores;
}

/**
 * Table cells are paragraphs, unless they hold paragraphs of their own (LAYOUT_CELL_MIN_PARA) or
 * lines of text between <br>s (LAYOUT_CELL_MIN_RUNS): then they are layout cells, containers whose
 * paragraphs vote (old pages lay the article out in a <td>).
 */
const LAYOUT_CELL_TAGS = new Set(['td', 'dd']);
/** Paragraph text inside a cell that makes it a layout cell: a few real paragraphs, not a caption and a line. */
const LAYOUT_CELL_MIN_PARA = 200;
/**
 * Runs of text between <br>s that make a cell of running text (few links) a layout cell too: an
 * article written without <p>, whose lines each vote as Readability's wrapped runs do, where as one
 * paragraph it earned at most MAX_LENGTH_POINTS for its length. Tune half word F1 0.8971 → 0.8974
 * (3 pages better, none worse; without the link limit a sidebar of links won one page, 0.60 → 0.11);
 * report half 0.9019 → 0.9020 (5 better, 1 worse).
 */
const LAYOUT_CELL_MIN_RUNS = 2;

function isLayoutCell(cell: Element, stats: Map<AnyNode, Stats>, runsOf: (element: Element) => readonly AnyNode[][]): boolean {
  let inner = 0;
  for (const child of cell.children) inner += stats.get(child)?.para ?? 0;
  if (inner >= LAYOUT_CELL_MIN_PARA) return true;
  // a cell of running text, not a column of links with a few lines between them
  const own = stats.get(cell);
  return !!own && own.link <= own.text * SPLIT_BODY_LINK_DENSITY && runsOf(cell).length >= LAYOUT_CELL_MIN_RUNS;
}

/** Commas in a text, in the scripts that write them differently (Arabic ،, CJK 、 and ，): each one a point. */
function countCommas(text: string): number {
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x60c || c === 0x3001 || c === 0xff0c) commas++;
  }
  return commas;
}

const INLINE_CONTAINER_TAGS = new Set(['span', 'font']);
/** Elements whose own text between blocks counts as paragraphs of theirs. */
const RUN_CONTAINER_TAGS = new Set([...DIV_LIKE_TAGS, 'body', 'td', 'font', 'span', 'form']);

const NO_RUNS: readonly AnyNode[][] = [];

/** The runs of inline text directly in `element`, split at blocks and <br>: those long enough, with few links (each as its nodes, for vote). */
function textRuns(element: Element, skip: Set<AnyNode>, stats: Map<AnyNode, Stats>): readonly AnyNode[][] {
  // a run is part of the element's text: an element with less than a paragraph's text has none (most spans)
  const whole = stats.get(element);
  if (whole && whole.text < MIN_PARAGRAPH_CHARS) return NO_RUNS;
  // (arrays only for runs kept: textRuns is called on most containers of a page, and most have none)
  let runs: AnyNode[][] | undefined;
  let parts: AnyNode[] = [];
  let chars = 0;
  let links = 0;
  const end = () => {
    if (chars >= MIN_PARAGRAPH_CHARS && links <= chars * MAX_LINK_DENSITY) {
      (runs ??= []).push(parts);
      parts = [];
    } else parts.length = 0;
    chars = 0;
    links = 0;
  };
  for (const child of element.children) {
    if (skip.has(child)) continue;
    if (isElement(child) && BLOCK_TAGS.has(child.name)) {
      end();
      continue;
    }
    if (child.type === 'text') {
      parts.push(child);
      chars += textChars(child, stats);
      continue;
    }
    const own = stats.get(child);
    if (!own) continue;
    parts.push(child);
    chars += own.text;
    links += own.link;
  }
  end();
  return runs ?? NO_RUNS;
}

/**
 * An article split into sections (`div.sect > div.body > div.para > p`) gives each section a
 * score close to the top's: when at least MIN_RIVALS candidates of the best five score within
 * RIVAL_SHARE of the top and one ancestor of the top holds them, that ancestor is the article
 * (Readability's alternative candidates).
 */
function commonAncestorOfRivals(top: AnyNode, topScore: number, scores: Map<AnyNode, number>): [AnyNode, number] {
  const rivals = [...scores]
    .filter(([node, score]) => node !== top && score >= topScore * RIVAL_SHARE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_CANDIDATES - 1)
    .map(([node]) => node);
  if (rivals.length < MIN_RIVALS) return [top, topScore];
  for (let at = top.parent; at && at.type !== 'root'; at = at.parent) {
    if (isElement(at) && at.name === 'html') break;
    let held = 0;
    for (const rival of rivals) if (rival !== at && isWithin(rival, at)) held++;
    if (held >= MIN_RIVALS) return [at, Math.max(topScore, scores.get(at) ?? -Infinity)];
  }
  return [top, topScore];
}

/**
 * Up from the top while the ancestors keep a third of its score: the first that scores more than
 * the level below it holds more of the article (Readability's walk up).
 */
function risingAncestor(top: AnyNode, topScore: number, scores: Map<AnyNode, number>): [AnyNode, number] {
  let last = topScore;
  for (let at = top.parent; at && at.type !== 'root'; at = at.parent) {
    if (isElement(at) && (at.name === 'body' || at.name === 'html')) break;
    const score = scores.get(at);
    if (score === undefined) continue;
    if (score < topScore / 3) break;
    if (score > last) return [at, score];
    last = score;
  }
  return [top, topScore];
}

/** Tag, class and naming attributes: two blocks with the same shape are parts of one list or one body. */
function shapeOf(node: AnyNode): string | undefined {
  if (!isElement(node)) return undefined;
  const { attribs } = node;
  const named = `${attribs.class ?? ''}|${attribs['data-area'] ?? ''}|${attribs['data-component'] ?? ''}`;
  // a bare <div> says nothing: sources, references and sidebars are bare divs too
  return named === '||' ? undefined : `${node.name}|${named}`;
}

/** A block with paragraphs, or with text written straight into it (<br>-separated posts) and few links. */
function holdsProse(own: Stats | undefined): boolean {
  return !!own && (own.para > 0 || (own.text >= MIN_PROSE_CHARS && own.link < own.text * SPLIT_BODY_LINK_DENSITY));
}

/** See MAX_PROMOTION_LEVELS. */
function promoteRepeatedShape(top: AnyNode, stats: Map<AnyNode, Stats>, skip: Set<AnyNode>): AnyNode {
  let child = top;
  let promoted = top;
  for (let level = 0; level < MAX_PROMOTION_LEVELS; level++) {
    const parent = child.parent;
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') break;
    const shape = shapeOf(child);
    if (!shape) {
      child = parent;
      continue;
    }
    let sameShape = 0;
    for (const sibling of parent.children) {
      if (sibling === child || skip.has(sibling) || shapeOf(sibling) !== shape) continue;
      if (holdsProse(stats.get(sibling))) sameShape++;
    }
    if (sameShape >= MIN_SAME_SHAPE_SIBLINGS) promoted = parent;
    child = parent;
  }
  return promoted;
}

/**
 * The top grows to an ancestor (GROW_LEVELS up at most) holding GROW_TEXT_RATIO times its unlinked
 * text, itself at most GROW_LINK_DENSITY links: the top was one section of the article (a page whose
 * sections are divs of their own, a service page's blocks). Fitted on the tune half (ratio 1.5–5,
 * density 0.2–0.45: 3 and 0.3 best, word F1 0.865 → 0.866, cleaneval 0.918 → 0.924) and checked on
 * the report half (0.873 → 0.874, none worse).
 */
const GROW_TEXT_RATIO = 3;
const GROW_LINK_DENSITY = 0.3;
const GROW_LEVELS = 3;

function growToProse(top: AnyNode, stats: Map<AnyNode, Stats>): AnyNode {
  for (let level = 0; level < GROW_LEVELS; level++) {
    const parent = top.parent;
    if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') break;
    const own = stats.get(top);
    const up = stats.get(parent);
    if (!own || !up || up.text === 0) break;
    if (up.text - up.link < GROW_TEXT_RATIO * (own.text - own.link) || up.link > up.text * GROW_LINK_DENSITY) break;
    top = parent;
  }
  return top;
}

/** The top container plus siblings that look like more of the same article. */
function withSiblings(
  top: AnyNode,
  topScore: number,
  scores: Map<AnyNode, number>,
  stats: Map<AnyNode, Stats>,
  skip: Set<AnyNode>,
  headline: AnyNode | undefined,
): AnyNode[] {
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
    // the block holding the headline is the article's header: its standfirst is read by findLead, its bylines and dates are not text
    if (!isElement(sibling) || stats.get(sibling)?.hasH1 || isWithin(headline ?? null, sibling)) continue;
    let bonus = 0;
    const sameClass = topHints !== '' && sibling.attribs.class === topHints;
    if (sameClass) bonus += topScore * 0.2; // same class as the top: a split body
    const own = stats.get(sibling);
    // a block of the top's own class with paragraph text and few links is more of the same body, however short
    const splitBody = sameClass && own !== undefined && own.para > 0 && own.link < own.text * SPLIT_BODY_LINK_DENSITY;
    if (splitBody || (scores.get(sibling) ?? -Infinity) + bonus >= threshold) {
      selected.push(sibling);
      continue;
    }
    if (sibling.name === 'p') {
      if (!own) continue;
      const density = own.text > 0 ? own.link / own.text : 1;
      const text = textOf(sibling);
      if ((own.text > 80 && density < 0.25) || (own.text > 0 && density === 0 && /\.( |$)/.test(text))) selected.push(sibling);
    }
  }
  return selected;
}

const charsOf = (lines: readonly string[]) => lines.reduce((n, line) => n + line.length, 0);

/** The nearest element from `from` up to the root (excluded) that passes `test`. */
function closest(from: AnyNode | null, test: (element: Element) => boolean): Element | null {
  for (let at = from; at && at.type !== 'root'; at = at.parent) if (isElement(at) && test(at)) return at;
  return null;
}

/** The page's main region (`<main>`, role=main) holding the top, or the top itself, if any. */
const mainRegionOf = (top: AnyNode) => closest(top, (at) => at.name === 'main' || at.attribs.role === 'main');

/** The page's one `<main>` element (or role=main), when it has exactly one outside the skipped furniture. */
function onlyMainRegion(mains: readonly Element[], root: AnyNode, skip: Set<AnyNode>): AnyNode | null {
  // those inside the text's root, outside skipped furniture, and not inside another <main>
  const visible = mains.filter((main) => {
    for (let at: AnyNode | null = main; at; at = at.parent) {
      if (skip.has(at) || (at !== main && mains.includes(at as Element))) return false;
      if (at === root) return true;
    }
    return false;
  });
  return visible.length === 1 ? visible[0] : null;
}

/** The `<article>` element holding the top, if any: on a page without `<main>`, the region it is compared with. */
const articleRegionOf = (top: AnyNode) => closest(top.parent, (at) => at.name === 'article');

/**
 * A layout table's article goes on in the cells of its next rows (a transcript in parts, each part
 * a row under a subhead row): when the top is a table cell, the cells of the other rows of its table
 * that score as a sibling would (SIBLING_SCORE_SHARE, MIN_SIBLING_SCORE) join it, in page order.
 * Tune half word F1 0.8964 → 0.8971 (4 cleaneval pages better, 0.64 → 0.95 the most; none worse);
 * report half 0.9019 unchanged (no page changed).
 */
function withRowCells(selected: AnyNode[], top: AnyNode, topScore: number, scores: Map<AnyNode, number>, skip: Set<AnyNode>): AnyNode[] {
  const row = top.parent;
  if (!isElement(top) || !LAYOUT_CELL_TAGS.has(top.name) || !row || !isElement(row) || row.name !== 'tr' || !row.parent) return selected;
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_SHARE);
  const before: AnyNode[] = [];
  const after: AnyNode[] = [];
  let seen = false;
  for (const other of (row.parent as Element).children) {
    if (other === row) {
      seen = true;
      continue;
    }
    if (!isElement(other) || other.name !== 'tr' || skip.has(other)) continue;
    for (const cell of other.children) {
      if (skip.has(cell) || (scores.get(cell) ?? -Infinity) < threshold) continue;
      (seen ? after : before).push(cell);
    }
  }
  return [...before, ...selected, ...after];
}


import type { Element } from 'domhandler';

/**
 * What an element's class, id and a few naming attributes say about it. Matching is on word
 * prefixes of the tokens ("articleBody" → article, body; "comment-list" → comment, list), so
 * "header" never reads as "ad" and "shadow" never as "ad" either; a short prefix only before a
 * usual ending ("nav" in "navbar", not in "navy").
 */

/** Only the start of a class/id is read: hostile pages carry megabytes in one attribute. */
const MAX_HINT_CHARS = 300;
/**
 * Attributes that name a block the way a class does: `data-area="body"` (Spiegel),
 * `data-component="text-block"` (BBC), `itemprop="articleBody"` (schema.org microdata).
 */
const HINT_ATTRIBUTES = new Set(['class', 'id', 'data-area', 'data-component', 'itemprop']);
/** Word prefixes of containers that hold the article. */
const POSITIVE_PREFIXES = ['article', 'content', 'story', 'post', 'entry', 'body', 'text', 'main', 'prose', 'chapo', 'corps', 'texte', 'hentry', 'blog'];
/**
 * Word prefixes of page furniture: comments, navigation, sharing, promotion, consent, captions.
 * Not "paywall": a `.paywall` block usually wraps the article text that the wall hides; the prompt
 * to subscribe is caught by its wording (see BOILERPLATE_ANYWHERE in render.ts). "notice": a bar
 * over or under the page (a cookie notice, a "sign up to answer" prompt, a shop's notices): tune half
 * word F1 0.8976 → 0.8978 (10 pages better, none worse by more than 0.0001), report 0.9021 (4 better, none worse).
 * "disclaimer": the small print under a product, a review or an article (legal notes, affiliate
 * terms): tune 0.8978 → 0.8984 (13 pages better, 2 worse), report 0.9021 → 0.9026 (11 better, 1 worse).
 * Not "support": a service or product page's "support" sections (plans, support groups, help) are its text,
 * and a newsroom's appeal for support is caught by its wording (BOILERPLATE_ANYWHERE in render.ts, "epic",
 * "donat"): tune half word F1 0.90074 → 0.90078 (9 pages better, 2 worse), report 0.90299 → 0.90317
 * (7 better, 1 worse).
 */
const NEGATIVE_PREFIXES = [
  'comment', 'disqus', 'respond', 'reply', 'reactions', 'nav', 'menu', 'footer', 'sidebar', 'share', 'sharing', 'social',
  'related', 'recommend', 'popular', 'mostread', 'newsletter', 'cookie', 'consent', 'gdpr', 'promo', 'sponsor', 'advert',
  'outbrain', 'taboola', 'subscri', 'abonn', 'breadcrumb', 'popup', 'modal', 'banner', 'masthead',
  'toolbar', 'pagination', 'skip', 'signup', 'inscription', 'partage', 'reseaux', 'readmore', 'caption', 'credit',
  'tweet', 'instagram', 'publicid', 'werbung', 'donat', 'epic', 'trending', 'recirc', 'onward', 'byline', 'dateline',
  'copyright', 'legende', 'lireaussi', 'enlire', 'relacionad', 'compartir', 'notice', 'disclaimer',
];
/**
 * Whole words that are too short to be prefixes ("ad" would catch "adjust", "pub" would catch "published").
 * "likes": a blog's row of likes under the post (tune half word F1 0.899095 → 0.899100, 5 pages better, none worse;
 * report 0.902948 → 0.902950, 4 better, none worse).
 */
const NEGATIVE_WORDS = new Set(['ad', 'ads', 'adv', 'dfp', 'pub', 'publicite', 'publi', 'tags', 'tools', 'rail', 'aside', 'meta', 'print', 'rss', 'mehr', 'share', 'likes']);
/** Comment threads: never protected as "holding the article", however long they are. */
const COMMENT_PREFIXES = ['comment', 'disqus', 'respond', 'reply', 'reactions', 'commentaire'];

/**
 * Word prefixes (among the negative ones) of windows drawn over the page: never the article, however
 * long (terms of use, a size guide).
 */
const OVERLAY_PREFIXES = ['modal', 'popup'];

/** A short prefix is a word of the token only before these endings ("navbar", "menu-item"; not "navy", "epicenter"). */
const SHORT_PREFIX_ENDING = /^(?:|s|es|e|er|ers|ing|bar|bars|igation|link|links|list|lists|item|items|menu|area|box|block|wrap|wrapper|container|section|panel|tion|tions|\d+)$/;
/** Prefixes this long are specific enough to match any continuation ("comments", "sidebar1"). */
const LONG_PREFIX = 6;

function hasPrefix(token: string, prefix: string): boolean {
  if (!token.startsWith(prefix)) return false;
  return prefix.length >= LONG_PREFIX || SHORT_PREFIX_ENDING.test(token.slice(prefix.length));
}

export interface ClassHints {
  positive: boolean;
  negative: boolean;
  commentLike: boolean;
  /** negative for another reason than naming comments (navigation, sharing, promotion…) */
  furniture: boolean;
  /** a window drawn over the page (a modal, a popup) */
  overlay: boolean;
}

const FURNITURE_PREFIXES = NEGATIVE_PREFIXES.filter((prefix) => !COMMENT_PREFIXES.includes(prefix));
/** The per-word cache and the per-value one are each dropped when they grow past this (a hostile page with unique classes everywhere). */
const MAX_CACHE_ENTRIES = 4096;

/** What one token says, as bits: a page's class strings are many, their words far fewer. */
const POSITIVE = 1;
const FURNITURE = 2;
const COMMENT = 4;
const OVERLAY = 8;
const byToken = new Map<string, number>();

function tokenFlags(token: string): number {
  let flags = byToken.get(token);
  if (flags === undefined) {
    const starts = (prefixes: string[]) => prefixes.some((prefix) => hasPrefix(token, prefix));
    flags =
      // a container hinted as the article keeps any continuation ("postbody", "maincontent")
      (POSITIVE_PREFIXES.some((prefix) => token.startsWith(prefix)) ? POSITIVE : 0) |
      (starts(FURNITURE_PREFIXES) || NEGATIVE_WORDS.has(token) ? FURNITURE : 0) |
      (starts(COMMENT_PREFIXES) ? COMMENT : 0) |
      (starts(OVERLAY_PREFIXES) ? OVERLAY : 0);
    if (byToken.size >= MAX_CACHE_ENTRIES) byToken.clear();
    byToken.set(token, flags);
  }
  return flags;
}

/**
 * The hash a CSS module appends to a class ("AccordionTextItem_item__adF2E", "Header_nav__3rnNs"):
 * five letters and digits after a double underscore, with a capital or a digit (a BEM element,
 * "post__aside", is a lower-case word). Read as words, it names nothing and sometimes something
 * ("adF2E" as "ad": an FAQ's answers dropped as ads). Tune half word F1 0.90070 → 0.90074 (1 page
 * better, none worse), report 0.90295 → 0.90299 (2 better, none worse).
 */
const CSS_MODULE_HASH = /__(?=[\w-]{0,4}[A-Z0-9])[\w-]{5}(?=\s|$)/g;

function words(value: string): string[] {
  return value
    .replace(CSS_MODULE_HASH, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Furniture named by a phrase rather than a word. "user-info", "userDetails", "userExtras", "userTitle":
 * a forum post's poster panel (their rank, join date, message count), not what they wrote. Tune half
 * word F1 0.8987 → 0.8990 (13 pages better, 1 worse), report 0.9029 (6 better, 1 worse).
 */
const FURNITURE_PHRASE = /lire-aussi|read-more|read-next|more-on|a-lire|see-also|also-read|more-from|most-(?:read|viewed|popular)|author-(?:bio|box|info)|bio-auteur|user-?(?:info|details|extras|title|banner|stats)/;

/**
 * A copy of an attribute value that holds on to nothing else: the parser cuts values out of the page's
 * source, and a cut string keeps its whole page alive (a cache of them kept 56 MB for 60 pages of 1 MB).
 */
const detached = (value: string) => Buffer.from(value, 'utf8').toString('utf8');

/** What each hint attribute value says, as bits (pages repeat the same class strings hundreds of times: each is read once). */
const byValue = new Map<string, number>();

/**
 * The bits of one attribute value: its words' and its phrases'. Words and phrases never span two
 * values (none holds a space), so an element's hints are its values' bits together.
 */
function valueFlags(value: string): number {
  let flags = byValue.get(value);
  if (flags === undefined) {
    flags = 0;
    for (const token of words(value)) flags |= tokenFlags(token);
    if (FURNITURE_PHRASE.test(value.toLowerCase())) flags |= FURNITURE;
    if (byValue.size >= MAX_CACHE_ENTRIES) byValue.clear();
    byValue.set(detached(value), flags);
  }
  return flags;
}

/** The hints for each combination of bits, built once: reading an element's hints allocates nothing. */
const HINTS_BY_FLAGS: readonly ClassHints[] = Array.from({ length: 16 }, (_, flags) => {
  const furniture = (flags & FURNITURE) !== 0;
  const commentLike = (flags & COMMENT) !== 0;
  return { positive: (flags & POSITIVE) !== 0, negative: furniture || commentLike, commentLike, furniture, overlay: (flags & OVERLAY) !== 0 };
});

export function classHints(element: Element): ClassHints {
  // the hint attributes found in one pass over the element's own (most have none or one): a read by name is a
  // search among the page's many shapes of attribute sets, and classHints is asked of most elements twice or more
  const { attribs } = element;
  let flags = 0;
  for (const name in attribs) {
    if (!HINT_ATTRIBUTES.has(name)) continue;
    const value = attribs[name];
    if (value) flags |= valueFlags(value.slice(0, MAX_HINT_CHARS));
  }
  return HINTS_BY_FLAGS[flags];
}

import type { Element } from 'domhandler';

/**
 * What an element's class and id say about it. Matching is on word prefixes of the
 * class/id tokens ("articleBody" → article, body; "comment-list" → comment, list), so
 * "header" never reads as "ad" and "shadow" never as "ad" either.
 */

/** Only the start of a class/id is read: hostile pages carry megabytes in one attribute. */
const MAX_HINT_CHARS = 300;
/** Word prefixes of containers that hold the article. */
const POSITIVE_PREFIXES = ['article', 'content', 'story', 'post', 'entry', 'body', 'text', 'main', 'prose', 'chapo', 'corps', 'texte', 'hentry', 'blog'];
/** Word prefixes of page furniture: comments, navigation, sharing, promotion, consent. */
const NEGATIVE_PREFIXES = [
  'comment', 'disqus', 'respond', 'reply', 'reactions', 'nav', 'menu', 'footer', 'sidebar', 'share', 'sharing', 'social',
  'related', 'recommend', 'popular', 'mostread', 'newsletter', 'cookie', 'consent', 'gdpr', 'promo', 'sponsor', 'advert',
  'outbrain', 'taboola', 'subscri', 'abonn', 'paywall', 'breadcrumb', 'popup', 'modal', 'banner', 'widget', 'masthead',
  'toolbar', 'pagination', 'skip', 'signup', 'inscription', 'partage', 'reseaux', 'readmore',
];
/** Whole words that are too short to be prefixes ("ad" would catch "adjust", "pub" would catch "published"). */
const NEGATIVE_WORDS = new Set(['ad', 'ads', 'adv', 'dfp', 'pub', 'publicite', 'tags', 'tools', 'rail', 'aside']);
/** Comment threads: never protected as "holding the article", however long they are. */
const COMMENT_PREFIXES = ['comment', 'disqus', 'respond', 'reply', 'reactions'];

export interface ClassHints {
  positive: boolean;
  negative: boolean;
  commentLike: boolean;
}

const NONE: ClassHints = { positive: false, negative: false, commentLike: false };
const cache = new WeakMap<Element, ClassHints>();

function words(value: string): string[] {
  return value
    .slice(0, MAX_HINT_CHARS)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function classHints(element: Element): ClassHints {
  const cached = cache.get(element);
  if (cached) return cached;
  const raw = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
  if (raw.trim() === '') return NONE;
  const tokens = words(raw);
  const joined = raw.slice(0, MAX_HINT_CHARS).toLowerCase();
  const starts = (prefixes: string[]) => tokens.some((token) => prefixes.some((prefix) => token.startsWith(prefix)));
  const hints: ClassHints = {
    positive: starts(POSITIVE_PREFIXES),
    negative: starts(NEGATIVE_PREFIXES) || tokens.some((token) => NEGATIVE_WORDS.has(token)) || /lire-aussi|read-more|read-next/.test(joined),
    commentLike: starts(COMMENT_PREFIXES),
  };
  cache.set(element, hints);
  return hints;
}

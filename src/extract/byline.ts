import type { Element } from 'domhandler';
import { collapse, stripTagLike, textOf, type PageQuery } from './dom.js';
import { hasToken, type DocumentIndex } from './document-index.js';
import type { SiteRule } from './site-rule.js';

/** A byline longer than this is a paragraph that happened to carry the class. */
const MAX_BYLINE_CHARS = 120;
/** "By Jane Doe", "Par : Anne Corpet", "Propos recueillis par …": the label is not the name. */
const BYLINE_PREFIX = /^(?:by|par|von|por|di|propos recueillis par)(?:\s*:\s*|\s+)/i;

type JsonObject = Record<string, unknown>;

function clean(text: string): string {
  return stripTagLike(collapse(text));
}

/** "KYLE CHENEY" → "Kyle Cheney": bylines set in capitals by CSS-less markup (wire copy, Politico). Short tokens like "AFP" stay. */
export function unshout(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{L}+/gu, (word) => (word.length <= 3 ? word : word[0] + word.slice(1).toLowerCase()));
}

function asByline(text: string | undefined): string | undefined {
  const byline = unshout(clean(text ?? '').replace(BYLINE_PREFIX, '').trim());
  return byline && byline.length <= MAX_BYLINE_CHARS ? byline : undefined;
}

/** "Jane Doe", {name}, [{name}, {name}] → "Jane Doe, John Roe" (profile URLs are not names). */
export function nameOf(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((entry) => {
      if (typeof entry === 'string') return entry;
      const name = entry && typeof entry === 'object' ? (entry as JsonObject).name : undefined;
      return typeof name === 'string' ? name : Array.isArray(name) && typeof name[0] === 'string' ? name[0] : undefined;
    })
    .filter((name): name is string => !!name && !/^https?:\/\//.test(name));
  return names.length ? names.join(', ') : undefined;
}

/** Author names the rule points at, labels and duplicates removed. */
export function ruleByline($: PageQuery, rule: SiteRule | undefined): string | undefined {
  if (!rule?.byline) return undefined;
  const names: string[] = [];
  for (const element of $(rule.byline).toArray()) {
    const name = asByline(textOf(element));
    if (name && !names.includes(name)) names.push(name);
  }
  return names.length ? names.join(', ') : undefined;
}

/** Meta author (unless it is a profile URL), JSON-LD author, rel=author, microdata author, byline classes. */
export function pickByline(index: DocumentIndex, metaAuthor: string | undefined, ldAuthor: unknown): string | undefined {
  const microdata = index.authorProps[0];
  const sources: (() => string | undefined)[] = [
    () => (metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : undefined),
    () => nameOf(ldAuthor),
    () => textOf(index.authorLinks.slice(0, 1)),
    () => (microdata ? textOf(nameInside(microdata) ?? microdata) : undefined),
    () => textOf(index.bylines.slice(0, 1)),
  ];
  for (const source of sources) {
    const byline = asByline(source());
    if (byline) return byline;
  }
  return undefined;
}

/** The itemprop="name" inside an itemprop="author" element. */
function nameInside(element: Element): Element | undefined {
  const stack = [...element.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type !== 'tag') continue;
    if (hasToken(node.attribs.itemprop, 'name')) return node;
    stack.push(...node.children);
  }
  return undefined;
}

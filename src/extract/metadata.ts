import type { CheerioAPI } from 'cheerio';
import { parseDate } from '../sources/parse-date.js';
import { canonicalUrl } from '../sources/canonical-url.js';
import { collapse, stripTagLike, textOf } from './dom.js';
import { toLangCode } from './lang.js';

/** JSON-LD blocks larger than this are data dumps, not article metadata; parsing them costs more than they give. */
const MAX_JSON_LD_CHARS = 500_000;
/** A byline longer than this is a paragraph that happened to carry the class. */
const MAX_BYLINE_CHARS = 120;
/** Attribute values are cut here before any test: a hostile page can carry megabytes in one. */
const MAX_META_CHARS = 2_000;
/** Separators between a headline and the site name in <title>: "Headline | Site", "Headline - Site". */
const TITLE_SEPARATOR = /\s+[|\-–—·•:»/]\s+|\s+::\s+/;
/** A title part this short (in words) after a separator is a site name or section, not headline. */
const MAX_SITE_SUFFIX_WORDS = 5;
/** JSON-LD types that describe the article itself (not the page, breadcrumb or organisation). */
const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Report|Posting|LiveBlogPosting)$/i;

export interface PageMetadata {
  title: string;
  canonicalUrl?: string;
  byline?: string;
  publishedAt?: string;
  lang?: string;
  siteName?: string;
}

type JsonObject = Record<string, unknown>;

/** Everything but the main text, read from meta tags, JSON-LD and the markup, each with a fallback chain. */
export function readMetadata($: CheerioAPI, url: string): PageMetadata {
  const meta = readMetaTags($);
  const ld = readJsonLd($);
  const get = (...keys: string[]) => keys.map((key) => meta.get(key)).find((value) => !!value);

  const siteName = clean(get('og:site_name', 'application-name') ?? nameOf(ld?.publisher) ?? '') || undefined;
  const title = pickTitle($, get('og:title', 'twitter:title', 'dc.title') ?? str(ld?.headline), siteName, url);

  const canonicalHref = $('link[rel~="canonical"][href]').first().attr('href') ?? get('og:url') ?? str(ld?.url);
  const canonical = absoluteHttp(canonicalHref, url);

  const byline = pickByline($, get('author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author'), ld);

  const dateCandidates = [
    get('article:published_time', 'og:published_time', 'datepublished'),
    str(ld?.datePublished),
    $('time[itemprop~="datePublished"]').first().attr('datetime'),
    $('article time[datetime], header time[datetime], time[pubdate][datetime]').first().attr('datetime'),
    get('date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article.published'),
    $('time[datetime]').first().attr('datetime'),
    str(ld?.dateCreated),
    get('article:modified_time', 'og:updated_time', 'datemodified'),
    str(ld?.dateModified),
  ];
  let publishedAt: string | undefined;
  for (const candidate of dateCandidates) {
    publishedAt = parseDate(candidate) ?? undefined;
    if (publishedAt) break;
  }

  const lang =
    toLangCode($('html').attr('lang')) ??
    toLangCode($('html').attr('xml:lang')) ??
    toLangCode(get('og:locale', 'content-language', 'language', 'dc.language')) ??
    toLangCode(str(ld?.inLanguage));

  return { title, canonicalUrl: canonical, byline, publishedAt, lang, siteName };
}

/** meta name/property/itemprop/http-equiv → content, lowercase keys, first occurrence wins. */
function readMetaTags($: CheerioAPI): Map<string, string> {
  const map = new Map<string, string>();
  for (const element of $('meta').toArray()) {
    const attribs = element.attribs;
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'])?.slice(0, 100).toLowerCase().trim();
    const content = attribs.content?.slice(0, MAX_META_CHARS).trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** The first JSON-LD object that describes an article (NewsArticle, BlogPosting, …), through @graph and arrays. */
function readJsonLd($: CheerioAPI): JsonObject | undefined {
  for (const script of $('script[type="application/ld+json"]').toArray()) {
    const source = rawText(script);
    if (!source || source.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue; // a broken block is common; the meta tags still speak
    }
    const queue: unknown[] = [parsed];
    for (let guard = 0; queue.length > 0 && guard < 200; guard++) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const object = node as JsonObject;
        const types = ([] as unknown[]).concat(object['@type'] ?? []);
        if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return object;
        if (object['@graph']) queue.push(object['@graph']);
        if (object.mainEntity) queue.push(object.mainEntity);
      }
    }
  }
  return undefined;
}

/** A script's raw text (htmlparser2 keeps it as one text child). */
function rawText(script: { children: { type: string; data?: string }[] }): string {
  return script.children.map((child) => child.data ?? '').join('');
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** "Jane Doe", {name}, [{name}, {name}] → "Jane Doe, John Roe". */
function nameOf(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((entry) => (typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? str((entry as JsonObject).name) : undefined))
    .filter((name): name is string => !!name && !/^https?:\/\//.test(name));
  return names.length ? names.join(', ') : undefined;
}

function clean(text: string): string {
  return stripTagLike(collapse(text));
}

function pickTitle($: CheerioAPI, declared: string | undefined, siteName: string | undefined, url: string): string {
  const h1 = clean(textOf($('article h1, main h1, h1').first().toArray()));
  const documentTitle = clean(textOf($('title').first().toArray()));
  for (const candidate of [declared, documentTitle]) {
    const cleaned = candidate ? withoutSiteSuffix(clean(candidate), siteName, url, h1) : '';
    if (cleaned) return cleaned;
  }
  return h1;
}

/** "Headline | Le Monde" → "Headline"; a title that is only the site name stays as it is. */
function withoutSiteSuffix(title: string, siteName: string | undefined, url: string, h1: string): string {
  if (h1 && title.startsWith(h1) && h1.length >= title.length / 2) return h1;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const host = hostWords(url);
  const site = siteName?.toLowerCase();
  const isSite = (part: string) => {
    const lower = part.toLowerCase();
    return (!!site && (lower === site || lower.includes(site) || site.includes(lower))) || host.some((word) => lower.replace(/[\s.'-]/g, '').includes(word));
  };
  // drop site-name parts at either end
  while (parts.length > 1 && isSite(parts[parts.length - 1])) parts.pop();
  while (parts.length > 1 && isSite(parts[0])) parts.shift();
  // still "Headline | Section": drop a short last part when the rest is clearly longer
  if (parts.length > 1) {
    const last = parts[parts.length - 1];
    const head = parts.slice(0, -1).join(' - ');
    if (last.split(/\s+/).length <= MAX_SITE_SUFFIX_WORDS && head.length > last.length * 2) return trimJoin(title, head);
  }
  return trimJoin(title, parts.join(' - '));
}

/** Keep the original separators when the kept parts are a prefix of the title. */
function trimJoin(title: string, kept: string): string {
  const firstPart = kept.split(' - ')[0];
  const start = title.indexOf(firstPart);
  if (start === -1) return kept;
  const lastPart = kept.split(' - ').pop()!;
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return end > start ? title.slice(start, end).trim() : kept;
}

/** "www.lemonde.fr" → ["lemonde"]; used to spot the site name in a title. */
function hostWords(url: string): string[] {
  try {
    const parts = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '').split('.');
    return parts.slice(0, -1).filter((part) => part.length >= 3);
  } catch {
    return [];
  }
}

function pickByline($: CheerioAPI, metaAuthor: string | undefined, ld: JsonObject | undefined): string | undefined {
  const candidates = [
    metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : undefined,
    nameOf(ld?.author),
    textOf($('[rel~="author"]').first().toArray()),
    textOf($('[itemprop~="author"] [itemprop~="name"], [itemprop~="author"]').first().toArray()),
    textOf($('.byline, .article-byline, .author-name, .byline-name, .signature, .auteur').first().toArray()),
  ];
  for (const candidate of candidates) {
    const byline = clean(candidate ?? '').replace(/^(?:by|par|von|por|di)\s+/i, '').trim();
    if (byline && byline.length <= MAX_BYLINE_CHARS) return byline;
  }
  return undefined;
}

function absoluteHttp(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const resolved = new URL(href.trim().slice(0, MAX_META_CHARS), base);
    return /^https?:$/.test(resolved.protocol) ? canonicalUrl(resolved.href) : undefined;
  } catch {
    return undefined;
  }
}

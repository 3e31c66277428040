import type { Article } from '../domain/types.js';
import { loadHtml } from './dom.js';
import { detectLang } from './lang.js';
import { extractMainText } from './main-text.js';
import { readMetadata } from './metadata.js';

/**
 * Title, main text and metadata of one HTML page. Never throws: a hostile or empty page gives
 * what could be read (an empty text, the URL alone at worst).
 */
export function extractArticle(html: string, url: string): Article {
  const article: Article = { url, title: '', text: '' };
  let $;
  try {
    $ = loadHtml(typeof html === 'string' ? html : String(html ?? ''));
  } catch {
    return article;
  }
  try {
    const meta = readMetadata($, url);
    article.title = meta.title;
    if (meta.canonicalUrl) article.canonicalUrl = meta.canonicalUrl;
    if (meta.byline) article.byline = meta.byline;
    if (meta.publishedAt) article.publishedAt = meta.publishedAt;
    if (meta.siteName) article.siteName = meta.siteName;
    if (meta.lang) article.lang = meta.lang;
  } catch {
    // metadata is best effort; the text may still be there
  }
  try {
    const root = $('body').first()[0] ?? $.root()[0];
    article.text = extractMainText({ root, known: [article.title, article.byline ?? ''] });
  } catch {
    article.text = '';
  }
  if (!article.lang) {
    const lang = detectLang(article.text || article.title);
    if (lang) article.lang = lang;
  }
  return article;
}

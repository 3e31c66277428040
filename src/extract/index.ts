export { extractArticle } from './extract-article.js';
export { htmlToText } from './dom.js';

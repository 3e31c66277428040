export { extractArticle } from './extract-article.js';
export { extractArticleSafe, type SafeExtractOptions } from './extract-safe.js';
export { htmlToText } from './dom.js';
export { siteRuleFor } from './sites/index.js';
export type { SiteRule } from './site-rule.js';

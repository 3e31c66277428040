import type { SiteRule } from '../site-rule.js';

/** Le Monde: `article__*` blocks; "Lire aussi" catchers, newsletter in-reads and reactions sit inside the article. */
export const lemonde = {
  hosts: ['lemonde.fr'],
  body: '.article__desc, article.article__content',
  title: 'h1.article__title',
  byline: '.meta__author .author__detail, .article__author-link',
  date: 'meta[property="og:article:published_time"]',
  clean: ['.meta', '.catcher', '.inread', '.services', '.article__reactions', '.article__siblings', '.article__footer-single', '.author__bio', '.article__paragraph--signature', 'figure'],
} satisfies SiteRule;

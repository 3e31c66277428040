import type { SiteRule } from '../site-rule.js';

/** Ars Technica: microdata `articleBody`; "Further Reading" sidebars, ads and image captions sit inside it. */
export const arstechnica = {
  hosts: ['arstechnica.com'],
  body: 'h2[itemprop="description"], [itemprop="articleBody"]',
  title: 'article h1[itemprop="headline"], article header h1',
  byline: '.post-meta [itemprop="name"], .byline a[rel="author"]',
  date: '.post-meta time, time.date',
  clean: ['figure', '.ad_wrapper', '.story-sidebar', '.related-stories', '.gallery', '.sidebar'],
} satisfies SiteRule;

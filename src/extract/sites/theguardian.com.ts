import type { SiteRule } from '../site-rule.js';

/** The Guardian (DCR markup, `data-gu-name` blocks; `.content__*` for pages rendered before 2020). */
export const guardian = {
  hosts: ['theguardian.com', 'guardian.co.uk'],
  body: '[data-gu-name="standfirst"], [data-gu-name="body"] .article-body-commercial-selector, .content__standfirst, .content__article-body',
  title: '[data-gu-name="headline"] h1, h1.content__headline',
  byline: '[data-gu-name="meta"] a[rel="author"], .byline a[rel="author"]',
  date: 'meta[property="article:published_time"]',
  clean: ['figure', 'aside', 'gu-island', '[data-spacefinder-role="supporting"]', '[id^="EmailSignup"]', 'a[href^="#EmailSignup"]', '.submeta', '.element-rich-link'],
} satisfies SiteRule;

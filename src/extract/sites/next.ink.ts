import type { SiteRule } from '../site-rule.js';

/** Next (formerly Next INpact), a WordPress theme; subscription inserts sit inside `.entry-content`. */
export const next = {
  hosts: ['next.ink', 'nextinpact.com'],
  body: '.entry-content',
  title: 'h1.entry-title',
  byline: '.entry-meta .author',
  date: '.entry-meta time',
  clean: ['.encart-abonnement', '.sharedaddy', '.jp-relatedposts', '.wp-block-embed'],
} satisfies SiteRule;

import type { SiteRule } from '../site-rule.js';

/** Politico: `.story-text`, with related stories, newsletter interrupts and ads inline. */
export const politico = {
  hosts: ['politico.com', 'politico.eu'],
  body: '.summary .dek, .story-text',
  title: 'h2.headline, h1.headline',
  byline: '.story-meta__authors .vcard, .byline .vcard',
  date: '.story-meta__timestamp time, .timestamp time',
  clean: ['figure', '.story-enhancement', '.story-interrupt', '.story-related', '.ad', '.newsletter-signup', '.story-continued'],
} satisfies SiteRule;

import type { SiteRule } from '../site-rule.js';

/** France 24 (France Médias Monde's `t-content__*` template, shared with RFI). */
export const france24 = {
  hosts: ['france24.com'],
  body: '.t-content__chapo, .t-content__body',
  title: 'h1.t-content__title',
  byline: '.m-from-author__name',
  date: '.m-pub-dates time',
  clean: ['figure', '.m-em-related-article', '.m-interstitial', '.o-self-promo', '.a-signature', '.m-em-image'],
} satisfies SiteRule;

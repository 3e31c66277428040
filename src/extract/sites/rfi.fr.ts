import type { SiteRule } from '../site-rule.js';

/** RFI (France Médias Monde's `t-content__*` template, shared with France 24). */
export const rfi = {
  hosts: ['rfi.fr'],
  body: '.t-content__chapo, .t-content__body',
  title: 'h1.t-content__title',
  byline: '.m-from-author a.m-from-author__name, .m-from-author__name',
  date: '.m-pub-dates time',
  clean: ['figure', '.m-em-related-article', '.m-interstitial', '.o-self-promo', '.m-audio-player', '.m-em-image'],
} satisfies SiteRule;

import type { SiteRule } from '../site-rule.js';

/** franceinfo: `c-*` components; "A lire aussi" links and ads sit inside `.c-body`. */
export const franceinfo = {
  hosts: ['francetvinfo.fr'],
  body: '.c-chapo, .c-body',
  title: 'h1.c-title',
  byline: '.c-signature__names',
  date: '.publication-date time',
  clean: ['figure', '.related-content', '.c-body__ad', '.c-newsletter', '.p-share'],
} satisfies SiteRule;

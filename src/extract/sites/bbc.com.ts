import type { SiteRule } from '../site-rule.js';

/** BBC News: one `data-component` block per paragraph or subheading (`.story-body__inner` on older pages). */
export const bbc = {
  hosts: ['bbc.com', 'bbc.co.uk'],
  body: 'main article [data-component="text-block"], main article [data-component="subheadline-block"], .story-body__inner',
  title: 'h1#main-heading, h1.story-body__h1',
  byline: '[data-testid="byline-new-contributors"] > div > span, .byline__name',
  date: 'time[data-testid="timestamp"], .date[data-seconds]',
  clean: ['figure', '[data-component="image-block"]', '[data-component="links-block"]', '.story-more', '.share'],
} satisfies SiteRule;

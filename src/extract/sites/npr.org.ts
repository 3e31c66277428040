import type { SiteRule } from '../site-rule.js';

/** NPR: `#storytext`, where images, related-story insets, ads and newsletter callouts are all `.bucketwrap` or <aside>. */
export const npr = {
  hosts: ['npr.org'],
  body: '#storytext',
  title: '.storytitle h1',
  byline: '#storybyline .byline__name',
  date: '.dateblock time',
  clean: ['.bucketwrap', 'aside', '.enlarge_measure', '.enlarge_html', '.audio-module', '.callout', '[id^="newsletter"]', '.hide-caption', '.toggle-caption'],
} satisfies SiteRule;

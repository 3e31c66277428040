import type { SiteRule } from '../site-rule.js';

/** Lawfare (`post-detail__*` since the 2023 redesign; Drupal `field-name-body` on lawfareblog.com before it). */
export const lawfare = {
  hosts: ['lawfaremedia.org', 'lawfareblog.com'],
  body: '.post-detail__subtitle, .post-detail__content, .field-name-body',
  title: 'h1.post-detail__title, h1.title',
  byline: '.post-detail__authors a, .field-name-field-authors a',
  date: '.post-detail__date, .submitted',
  clean: ['.newsletter-signup', '.post-detail__footer', '.embedded-entity'],
} satisfies SiteRule;

import { findRule, type SiteRule } from '../site-rule.js';
import { arstechnica } from './arstechnica.com.js';
import { bbc } from './bbc.com.js';
import { france24 } from './france24.com.js';
import { franceinfo } from './francetvinfo.fr.js';
import { guardian } from './theguardian.com.js';
import { lawfare } from './lawfaremedia.org.js';
import { lemonde } from './lemonde.fr.js';
import { next } from './next.ink.js';
import { npr } from './npr.org.js';
import { politico } from './politico.com.js';
import { rfi } from './rfi.fr.js';

/** One line per site; test/unit/extract-sites.test.ts checks this list against the files and their fixtures. */
export const SITE_RULES: readonly SiteRule[] = [
  arstechnica,
  bbc,
  france24,
  franceinfo,
  guardian,
  lawfare,
  lemonde,
  next,
  npr,
  politico,
  rfi,
];

/** The rule for a page URL (subdomains included), or undefined for a site without one. */
export function siteRuleFor(url: string): SiteRule | undefined {
  try {
    return findRule(SITE_RULES, new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/**
 * A site rule: where one site keeps its article, as data (STYLE.md rule 9). The extractor reads
 * the rule's selectors first and falls back to the generic scorer and metadata chain for
 * anything the rule does not give, or when the site has changed its markup and a selector no
 * longer matches. A new site is one file in sites/ and one line in sites/index.ts.
 */
export interface SiteRule {
  /** Hosts the rule serves; subdomains match too ("lemonde.fr" serves "www.lemonde.fr"). */
  hosts: readonly string[];
  /** The article body: every match, in document order (list the standfirst's selector too). */
  body: string;
  /** The headline element. */
  title?: string;
  /** Author names: every match, joined with ", ". */
  byline?: string;
  /** The publication date: the first match's datetime/content attribute, else its text. */
  date?: string;
  /** Blocks inside the body that are not article text: "read also", promos, embeds, captions. */
  clean?: readonly string[];
}

/** The rule whose host is `hostname` or a parent domain of it, most specific first. */
export function findRule(rules: readonly SiteRule[], hostname: string): SiteRule | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  let best: { rule: SiteRule; length: number } | undefined;
  for (const rule of rules) {
    for (const ruleHost of rule.hosts) {
      if ((host === ruleHost || host.endsWith(`.${ruleHost}`)) && ruleHost.length > (best?.length ?? 0)) best = { rule, length: ruleHost.length };
    }
  }
  return best?.rule;
}

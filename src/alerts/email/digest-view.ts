import type { AlertKind, Digest, DigestEntry, Stance } from '../../domain/types.js';
import { alsoInOutlet, entryOutlet, otherOutletItems } from '../../digest/build-digest.js';
import { formatDateTime, oneLine, safeHttpUrl, shownClaims, truncate } from '../format.js';
import { STANCE_VERB, claimReason, listWords, readerWhy } from '../reasons.js';

/**
 * What a digest says, computed once so the HTML and the plain-text parts say the same thing.
 * Budgets keep a 25-story digest well under Gmail's ~102 KB clipping point.
 */

export const MAX_CLAIMS_PER_STORY = 2; // the two strongest findings; the rest are in the web app and `veille explain`
const TITLE_MAX = 160;
const SUMMARY_MAX = 220; // two lines: enough to decide whether to click
const STATEMENT_MAX = 160;
const REASON_MAX = 160;
const QUOTE_MAX = 200; // a sentence; the whole story is one click away
const SEED_ERROR_MAX = 180;
const ALSO_IN_LINKS = 3; // outlets named with a link; more are counted
const ALSO_IN_TITLE_MAX = 120;
const URL_MAX = 600; // a longer link is shown as text only: it would cost the e-mail's size budget

export interface ClaimView {
  stance: Stance;
  /** "Contradicts C14" */
  head: string;
  statement: string | null;
  reason: string;
  story: string | null;
  seed: string | null;
  seedError: string | null;
}

export interface EntryView {
  anchor: string;
  title: string;
  url: string | null;
  /** outlet · time · language */
  meta: string;
  summary: string;
  claims: ClaimView[];
  why: string;
  /** "Also in 2 outlets:" followed by the outlets */
  alsoInHead: string;
  alsoIn: { label: string; title: string; url: string | null }[];
  alsoInMore: number;
}

export interface SectionView {
  anchor: string;
  kind: AlertKind;
  title: string;
  entries: EntryView[];
}

export interface DigestView {
  heading: string;
  period: string;
  /** three lines: findings, stories per thread, outlets */
  summary: string[];
  sections: SectionView[];
  /** "And 12 more stories…" when max_stories cut the digest */
  more: { text: string; url: string | null } | null;
}

export interface ViewOptions {
  tz: string;
  /** matching.contradiction_threshold: findings under it are not shown */
  minClaimScore: number;
  /** web.public_url */
  publicUrl?: string;
}

export const SECTION_ICON: Record<AlertKind, string> = { contradiction: '⚠️ ', support: '✅ ', relevant: '' };

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `base` + `path`, when `base` is an http(s) URL. */
export function appUrl(base: string | undefined, pathname: string): string | null {
  if (!base) return null;
  const root = safeHttpUrl(base);
  return root ? `${root.replace(/\/+$/, '')}${pathname}` : null;
}

function link(url: string | null | undefined): string | null {
  const safe = safeHttpUrl(url);
  return safe && safe.length <= URL_MAX ? safe : null;
}

function entryView(entry: DigestEntry, digest: Digest, opts: ViewOptions, anchor: string): EntryView {
  const { story, score } = entry;
  const claims = shownClaims(score.claims, { minClaimScore: opts.minClaimScore, possible: true, max: MAX_CLAIMS_PER_STORY }).map(
    (hit): ClaimView => {
      const claim = digest.claims[hit.claim];
      return {
        stance: hit.stance,
        head: `${STANCE_VERB[hit.stance]} ${oneLine(hit.claim)}`,
        statement: claim?.statement ? truncate(oneLine(claim.statement), STATEMENT_MAX) : null,
        reason: truncate(sentence(claimReason(hit)), REASON_MAX),
        story: hit.evidence ? truncate(oneLine(hit.evidence), QUOTE_MAX) : null,
        // the seed's own sentence where the story disagrees with it; a support or a possible finding needs only the claim
        seed: hit.stance === 'contradicts' && claim?.quote ? truncate(oneLine(claim.quote), QUOTE_MAX) : null,
        seedError: hit.stance === 'contradicts' && claim?.seedError ? truncate(oneLine(claim.seedError), SEED_ERROR_MAX) : null,
      };
    },
  );
  const outlets = otherOutletItems(entry);
  const alsoIn = outlets.slice(0, ALSO_IN_LINKS).map(({ name, item }) => ({
    label: item.lang ? `${name} (${item.lang})` : name,
    title: truncate(oneLine(item.title || item.url), ALSO_IN_TITLE_MAX),
    url: link(item.url),
  }));
  const meta = [
    entryOutlet(entry),
    formatDateTime(story.publishedAt, opts.tz) ?? 'date unknown',
    ...(story.lang ? [story.lang] : []),
  ].join(' · ');
  return {
    anchor,
    title: truncate(oneLine(story.title || story.url), TITLE_MAX),
    url: link(story.url),
    meta,
    summary: claims.length > 0 ? '' : truncate(oneLine(story.summary ?? ''), SUMMARY_MAX),
    claims,
    why: readerWhy(score).join(' · '),
    alsoInHead: outlets.length > 0 ? `Also in ${plural(outlets.length, 'outlet')}:` : '',
    alsoIn,
    alsoInMore: Math.max(0, outlets.length - alsoIn.length),
  };
}

function summaryLines(digest: Digest, sections: SectionView[]): string[] {
  if (digest.storyCount === 0) return ['Nothing new matched the watchlist in this period.'];
  const count = (kind: AlertKind) => sections.filter((s) => s.kind === kind).reduce((n, s) => n + s.entries.length, 0);
  const findings = `${plural(count('contradiction'), 'new contradiction')} and ${plural(count('support'), 'new support')} of the seed claims`;
  const threads = (digest.threads ?? []).map((t) => `${oneLine(t.title)} ${t.stories}`).join(', ');
  const shown = sections.reduce((n, s) => n + s.entries.length, 0);
  const stories = `${plural(digest.storyCount, 'story', 'stories')}${shown < digest.storyCount ? ` (${shown} shown)` : ''}${threads ? ` — ${threads}` : ''}`;
  const names = new Set<string>();
  for (const entry of digest.sections.flatMap((s) => s.entries)) {
    names.add(entryOutlet(entry));
    for (const item of entry.alsoIn) names.add(alsoInOutlet(item));
  }
  const list = [...names].sort((a, b) => a.localeCompare(b));
  const outlets = `${plural(list.length, 'outlet')}: ${listWords(list.slice(0, 8))}${list.length > 8 ? ` and ${list.length - 8} more` : ''}`;
  return [findings, stories, outlets];
}

function period(digest: Digest, tz: string): string {
  const end = formatDateTime(digest.periodEnd, tz) ?? digest.periodEnd;
  const start = formatDateTime(digest.periodStart, tz);
  return start ? `${start} → ${end}` : `until ${end}`;
}

/** The digest as a reader sees it, before HTML or text. */
export function digestView(digest: Digest, opts: ViewOptions): DigestView {
  let n = 0;
  const sections = digest.sections.map((section, i): SectionView => {
    const kind = section.kind ?? 'relevant';
    return {
      anchor: `s${i + 1}`,
      kind,
      title: oneLine(section.title),
      entries: section.entries.map((entry) => entryView(entry, digest, opts, `e${(n += 1)}`)),
    };
  });
  const hidden = digest.hiddenCount ?? 0;
  const moreUrl = appUrl(opts.publicUrl, `/stories?digest=${encodeURIComponent(digest.digestId)}`);
  return {
    heading: `Veille · ${oneLine(digest.digestId)}`,
    period: `${plural(digest.storyCount, 'new story', 'new stories')} · ${period(digest, opts.tz)}`,
    summary: summaryLines(digest, sections),
    sections,
    more:
      hidden > 0
        ? {
            text: moreUrl
              ? `And ${plural(hidden, 'more story', 'more stories')}, weaker matches, in the web app.`
              : `And ${plural(hidden, 'more story', 'more stories')}, weaker matches, not shown (this digest's max_stories).`,
            url: moreUrl,
          }
        : null,
  };
}

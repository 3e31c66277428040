import type { AlertKind, Digest, DigestEntry, Stance } from '../../domain/types.js';
import { SECTION_TITLES, otherOutletCount } from '../../digest/build-digest.js';
import {
  KIND_LABEL,
  entitiesLine,
  formatDate,
  formatDateTime,
  formatScore,
  oneLine,
  safeHttpUrl,
  sortedClaims,
  truncate,
} from '../format.js';
import { el, escapeHtml, htmlLink } from './html.js';

export interface RenderDigestOptions {
  /** subject template; `{count}` and `{date}` are replaced */
  subject: string;
  from: string;
  to: string[];
  /** IANA zone for dates; @defaultValue 'UTC' */
  tz?: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const SUMMARY_MAX = 300; // two or three lines: enough to decide whether to click
const QUOTE_MAX = 600;
const SUBJECT_MAX = 200;

/** Everything an entry shows, computed once so the HTML and text parts say the same thing. */
interface EntryView {
  title: string;
  url: string | null;
  meta: string;
  summary: string;
  entities: string;
  claims: { stance: Stance; head: string; statement: string | null; seed: string | null; story: string | null; seedError: string | null }[];
  why: string;
  alsoIn: { label: string; url: string | null }[];
}

function view(entry: DigestEntry, digest: Digest, tz: string): EntryView {
  const { story, score } = entry;
  const others = otherOutletCount(entry);
  const meta = [
    oneLine(story.siteName || story.sourceId),
    formatDateTime(story.publishedAt, tz) ?? 'date unknown',
    `relevance ${formatScore(score.relevance)}`,
    ...(others > 0 ? [`also in ${others} ${others === 1 ? 'outlet' : 'outlets'}`] : []),
  ].join(' · ');
  return {
    title: truncate(oneLine(story.title || story.url), 300),
    url: safeHttpUrl(story.url),
    meta,
    summary: truncate(oneLine(story.summary ?? ''), SUMMARY_MAX),
    entities: entitiesLine(score.entities),
    claims: sortedClaims(score.claims).map((hit) => {
      const claim = digest.claims[hit.claim];
      return {
        stance: hit.stance,
        head: `${oneLine(hit.claim)} · ${hit.stance} (${formatScore(hit.score)})`,
        statement: claim?.statement ? oneLine(claim.statement) : null,
        seed: claim?.quote ? truncate(oneLine(claim.quote), QUOTE_MAX) : null,
        story: hit.evidence ? truncate(oneLine(hit.evidence), QUOTE_MAX) : null,
        seedError: claim?.seedError ? oneLine(claim.seedError) : null,
      };
    }),
    why: score.why.slice(0, 3).map(oneLine).join(' · '),
    alsoIn: entry.alsoIn.map((item) => ({
      label: `${oneLine(item.sourceId)}: ${truncate(oneLine(item.title || item.url), 200)}`,
      url: safeHttpUrl(item.url),
    })),
  };
}

/** buildDigest names the claim sections; every other section is a thread of relevant stories. */
function sectionKind(title: string): AlertKind {
  if (title === SECTION_TITLES.contradiction) return 'contradiction';
  if (title === SECTION_TITLES.support) return 'support';
  return 'relevant';
}

function period(digest: Digest, tz: string): string {
  const end = formatDateTime(digest.periodEnd, tz) ?? digest.periodEnd;
  const start = formatDateTime(digest.periodStart, tz);
  return start ? `${start} → ${end}` : `until ${end}`;
}

export function renderSubject(template: string, digest: Digest, tz = 'UTC'): string {
  const subject = template.replace(/\{count\}/g, String(digest.storyCount)).replace(/\{date\}/g, formatDate(digest.periodEnd, tz));
  return truncate(oneLine(subject), SUBJECT_MAX); // no line breaks: a subject is one header line
}

// ── HTML ────────────────────────────────────────────────────────────────────

const STYLE = {
  body: 'margin:0;padding:0;background:#f5f5f4;',
  page: 'max-width:680px;margin:0 auto;padding:24px 20px;background:#ffffff;color:#1c1917;font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;',
  h1: 'font-size:20px;margin:0 0 4px;',
  muted: 'margin:0;color:#57534e;font-size:13px;',
  h2: 'font-size:16px;margin:28px 0 12px;padding-bottom:4px;border-bottom:2px solid #e7e5e4;',
  entry: 'margin:0 0 22px;',
  title: 'font-size:16px;font-weight:600;margin:0;',
  link: 'color:#1d4ed8;text-decoration:none;',
  summary: 'margin:6px 0;color:#292524;',
  small: 'margin:4px 0;font-size:13px;color:#44403c;',
  claim: {
    contradicts: 'margin:8px 0;padding:8px 12px;border-left:3px solid #b91c1c;background:#fef2f2;font-size:14px;',
    supports: 'margin:8px 0;padding:8px 12px;border-left:3px solid #15803d;background:#f0fdf4;font-size:14px;',
    possible: 'margin:8px 0;padding:8px 12px;border-left:3px solid #a8a29e;background:#fafaf9;font-size:14px;',
  },
  quote: 'margin:4px 0 0;color:#44403c;',
  seedError: 'margin:4px 0 0;color:#92400e;font-weight:600;',
  footer: 'margin:32px 0 0;padding-top:12px;border-top:1px solid #e7e5e4;color:#78716c;font-size:12px;',
} as const;

function entryHtml(v: EntryView): string {
  const parts = [
    el('p', STYLE.title, v.url ? htmlLink(v.url, v.title, STYLE.link) : escapeHtml(v.title)),
    el('p', STYLE.muted, escapeHtml(v.meta)),
  ];
  if (v.summary) parts.push(el('p', STYLE.summary, escapeHtml(v.summary)));
  if (v.entities) parts.push(el('p', STYLE.small, `<strong>Entities:</strong> ${escapeHtml(v.entities)}`));
  for (const c of v.claims) {
    const lines = [`<strong>${escapeHtml(c.head)}</strong>${c.statement ? ` — ${escapeHtml(c.statement)}` : ''}`];
    if (c.seed) lines.push(el('div', STYLE.quote, `Seed: “${escapeHtml(c.seed)}”`));
    if (c.story) lines.push(el('div', STYLE.quote, `This story: “${escapeHtml(c.story)}”`));
    if (c.seedError) lines.push(el('div', STYLE.seedError, `⚠ The seed itself was wrong here: ${escapeHtml(c.seedError)}`));
    parts.push(el('div', STYLE.claim[c.stance], lines.join('')));
  }
  if (v.why) parts.push(el('p', STYLE.small, `<strong>Matched:</strong> ${escapeHtml(v.why)}`));
  if (v.alsoIn.length > 0) {
    const links = v.alsoIn.map((item) => htmlLink(item.url, item.label, STYLE.link));
    parts.push(el('p', STYLE.small, `<strong>Also in:</strong> ${links.join(' · ')}`));
  }
  return el('div', STYLE.entry, parts.join('\n'));
}

function html(digest: Digest, subject: string, opts: RenderDigestOptions, tz: string): string {
  const body: string[] = [
    el('h1', STYLE.h1, `Veille · ${escapeHtml(digest.digestId)}`),
    el('p', STYLE.muted, escapeHtml(`${countLine(digest)} · ${period(digest, tz)}`)),
  ];
  if (digest.storyCount === 0) body.push(el('p', STYLE.summary, 'Nothing new matched the watchlist in this period.'));
  for (const section of digest.sections) {
    const kind = sectionKind(section.title);
    const icon = kind === 'relevant' ? '' : `${KIND_LABEL[kind].emoji} `;
    body.push(el('h2', STYLE.h2, escapeHtml(`${icon}${section.title}`)));
    for (const entry of section.entries) body.push(entryHtml(view(entry, digest, tz)));
  }
  body.push(el('p', STYLE.footer, escapeHtml(footer(opts))));
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body style="${STYLE.body}">`,
    el('div', STYLE.page, body.join('\n')),
    '</body></html>',
    '',
  ].join('\n');
}

// ── plain text ──────────────────────────────────────────────────────────────

function entryText(v: EntryView): string {
  const lines = [`* ${v.title}`];
  if (v.url) lines.push(`  ${v.url}`);
  lines.push(`  ${v.meta}`);
  if (v.summary) lines.push(`  ${v.summary}`);
  if (v.entities) lines.push(`  Entities: ${v.entities}`);
  for (const c of v.claims) {
    lines.push(`  ${c.head}${c.statement ? ` — ${c.statement}` : ''}`);
    if (c.seed) lines.push(`    Seed: “${c.seed}”`);
    if (c.story) lines.push(`    This story: “${c.story}”`);
    if (c.seedError) lines.push(`    ⚠ The seed itself was wrong here: ${c.seedError}`);
  }
  if (v.why) lines.push(`  Matched: ${v.why}`);
  if (v.alsoIn.length > 0) {
    lines.push('  Also in:');
    for (const item of v.alsoIn) lines.push(`    - ${item.label}${item.url ? ` <${item.url}>` : ''}`);
  }
  return lines.join('\n');
}

function text(digest: Digest, opts: RenderDigestOptions, tz: string): string {
  const out = [`Veille · ${digest.digestId}`, `${countLine(digest)} · ${period(digest, tz)}`, ''];
  if (digest.storyCount === 0) out.push('Nothing new matched the watchlist in this period.', '');
  for (const section of digest.sections) {
    const kind = sectionKind(section.title);
    const heading = `${kind === 'relevant' ? '' : `${KIND_LABEL[kind].emoji} `}${section.title}`.toUpperCase();
    out.push(heading, '-'.repeat(Math.min(heading.length, 72)), '');
    for (const entry of section.entries) out.push(entryText(view(entry, digest, tz)), '');
  }
  out.push('-- ', footer(opts), '');
  return out.join('\n');
}

function countLine(digest: Digest): string {
  return `${digest.storyCount} new ${digest.storyCount === 1 ? 'story' : 'stories'}`;
}

function footer(opts: RenderDigestOptions): string {
  return `Sent by Veille (${oneLine(opts.from)}) to ${opts.to.map(oneLine).join(', ')}. Each entry says why it matched: entities, seed claim, and the story's own sentence.`;
}

/** Render a digest as an e-mail: subject, HTML (escaped everywhere, http(s) links only) and the same content as text. */
export function renderDigestEmail(digest: Digest, opts: RenderDigestOptions): RenderedEmail {
  const tz = opts.tz ?? 'UTC';
  const subject = renderSubject(opts.subject, digest, tz);
  return { subject, html: html(digest, subject, opts, tz), text: text(digest, opts, tz) };
}

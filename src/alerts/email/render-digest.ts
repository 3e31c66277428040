import type { Digest, Stance } from '../../domain/types.js';
import { formatDate, oneLine, truncate } from '../format.js';
import { SECTION_ICON, appUrl, digestView, type DigestView, type EntryView } from './digest-view.js';
import { escapeHtml, htmlLink } from './html.js';

export interface RenderDigestOptions {
  /** subject template; `{count}` and `{date}` are replaced */
  subject: string;
  from: string;
  to: string[];
  /** IANA zone for dates; @defaultValue 'UTC' */
  tz?: string;
  /** matching.contradiction_threshold: claim findings under it are not shown; @defaultValue 0 */
  minClaimScore?: number;
  /** web.public_url: "manage", "and N more" and one-click unsubscribe links point there when set */
  publicUrl?: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  /** extra mail headers (List-Unsubscribe, List-Id) */
  headers?: Record<string, string>;
}

const SUBJECT_MAX = 200;

export function renderSubject(template: string, digest: Digest, tz = 'UTC'): string {
  const subject = template.replace(/\{count\}/g, String(digest.storyCount)).replace(/\{date\}/g, formatDate(digest.periodEnd, tz));
  return truncate(oneLine(subject), SUBJECT_MAX); // no line breaks: a subject is one header line
}

/** The bare address of a From header ("Veille <veille@x.org>" → veille@x.org). */
function address(from: string): string {
  return (/<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from).trim();
}

// ── HTML ────────────────────────────────────────────────────────────────────
// Inline styles (mail clients drop most <style>), short on purpose: 25 stories must stay < 90 KB.
// Every box sets its own text and background colour, so a client's dark mode cannot leave dark
// text on a dark box; the <style> block restyles for dark mode where clients honour it.

const DARK_CSS =
  '@media (prefers-color-scheme:dark){.vb,.vp{background:#1c1917!important;color:#e7e5e4!important}' +
  '.vp a{color:#93c5fd!important}.vm{color:#a8a29e!important}.vx{background:#292524!important;color:#e7e5e4!important}}';

const S = {
  body: 'margin:0;padding:0;background:#f5f5f4;color:#1c1917;',
  page: 'max-width:680px;margin:0 auto;padding:20px 16px;background:#fff;color:#1c1917;font:15px/1.45 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;overflow-wrap:anywhere;word-break:break-word;',
  h1: 'font-size:19px;margin:0;',
  muted: 'margin:2px 0;color:#57534e;font-size:13px;',
  summary: 'margin:12px 0;padding:10px 12px;background:#f5f5f4;color:#1c1917;border-radius:6px;',
  line: 'margin:2px 0;',
  toc: 'margin:8px 0 0;padding-left:18px;font-size:14px;',
  h2: 'font-size:16px;margin:24px 0 8px;padding-bottom:3px;border-bottom:2px solid #e7e5e4;',
  entry: 'margin:0 0 16px;',
  title: 'font-size:16px;font-weight:600;margin:0;',
  a: 'color:#1d4ed8;',
  small: 'margin:3px 0;font-size:13px;color:#44403c;',
  box: {
    contradicts: 'margin:6px 0;padding:6px 10px;border-left:3px solid #b91c1c;background:#fef2f2;color:#1c1917;font-size:14px;',
    supports: 'margin:6px 0;padding:6px 10px;border-left:3px solid #15803d;background:#f0fdf4;color:#1c1917;font-size:14px;',
    possible: 'margin:6px 0;padding:6px 10px;border-left:3px solid #a8a29e;background:#fafaf9;color:#1c1917;font-size:14px;',
  } satisfies Record<Stance, string>,
  q: 'margin:3px 0 0;',
  warn: 'margin:3px 0 0;color:#92400e;font-weight:600;',
  footer: 'margin:28px 0 0;padding-top:10px;border-top:1px solid #e7e5e4;color:#78716c;font-size:12px;',
} as const;

/** `<tag style class>`; `inner` must already be HTML. */
function tag(name: string, style: string, inner: string, attrs = ''): string {
  return `<${name}${attrs} style="${style}">${inner}</${name}>`;
}

function entryHtml(v: EntryView): string {
  const parts = [
    tag('p', S.title, v.url ? htmlLink(v.url, v.title, S.a) : escapeHtml(v.title)),
    tag('p', S.muted, escapeHtml(v.meta), ' class="vm"'),
  ];
  if (v.summary) parts.push(tag('p', S.small, escapeHtml(v.summary)));
  for (const c of v.claims) {
    const lines = [`<b>${escapeHtml(c.head)}</b>${c.statement ? ` · ${escapeHtml(c.statement)}` : ''}`];
    lines.push(tag('div', S.q, escapeHtml(c.reason)));
    if (c.story) lines.push(tag('div', S.q, `This story: “${escapeHtml(c.story)}”`));
    if (c.seed) lines.push(tag('div', S.q, `Seed: “${escapeHtml(c.seed)}”`));
    if (c.seedError) lines.push(tag('div', S.warn, `⚠ The seed itself is wrong here: ${escapeHtml(c.seedError)}`));
    parts.push(tag('div', S.box[c.stance], lines.join(''), ' class="vx"'));
  }
  if (v.why) parts.push(tag('p', S.small, `Why: ${escapeHtml(v.why)}`, ' class="vm"'));
  if (v.alsoInHead) {
    const links = v.alsoIn.map((item) => htmlLink(item.url, item.label, S.a));
    if (v.alsoInMore > 0) links.push(`${v.alsoInMore} more`);
    parts.push(tag('p', S.small, `${escapeHtml(v.alsoInHead)} ${links.join(', ')}`, ' class="vm"'));
  }
  return tag('div', S.entry, parts.join(''), ` id="${v.anchor}"`);
}

function html(view: DigestView, subject: string, footer: FooterView): string {
  const body: string[] = [
    tag('h1', S.h1, escapeHtml(view.heading)),
    tag('p', S.muted, escapeHtml(view.period), ' class="vm"'),
  ];
  const toc = view.sections.map((s) => `<li><a href="#${s.anchor}" style="${S.a}">${escapeHtml(`${s.title} (${s.entries.length})`)}</a></li>`);
  body.push(
    tag(
      'div',
      S.summary,
      view.summary.map((line) => tag('p', S.line, escapeHtml(line))).join('') + (toc.length > 1 ? tag('ol', S.toc, toc.join('')) : ''),
      ' id="summary" class="vx"',
    ),
  );
  for (const section of view.sections) {
    body.push(tag('h2', S.h2, escapeHtml(`${SECTION_ICON[section.kind]}${section.title}`), ` id="${section.anchor}"`));
    body.push(...section.entries.map(entryHtml));
  }
  if (view.more) body.push(tag('p', S.title, view.more.url ? htmlLink(view.more.url, view.more.text, S.a) : escapeHtml(view.more.text)));
  const foot = [escapeHtml(footer.about), escapeHtml(footer.change)];
  if (footer.manageUrl) foot.push(htmlLink(footer.manageUrl, 'Manage this digest', S.a));
  body.push(tag('p', S.footer, foot.join('<br>'), ' class="vm"'));
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">',
    `<title>${escapeHtml(subject)}</title><style>${DARK_CSS}</style></head>`,
    `<body class="vb" style="${S.body}">`,
    tag('div', S.page, body.join('\n'), ' class="vp"'),
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
  for (const c of v.claims) {
    lines.push(`  ${c.head}${c.statement ? ` · ${c.statement}` : ''}`, `    ${c.reason}`);
    if (c.story) lines.push(`    This story: “${c.story}”`);
    if (c.seed) lines.push(`    Seed: “${c.seed}”`);
    if (c.seedError) lines.push(`    ⚠ The seed itself is wrong here: ${c.seedError}`);
  }
  if (v.why) lines.push(`  Why: ${v.why}`);
  if (v.alsoInHead) {
    lines.push(`  ${v.alsoInHead}`);
    for (const item of v.alsoIn) lines.push(`    - ${item.label}: ${item.title}${item.url ? ` <${item.url}>` : ''}`);
    if (v.alsoInMore > 0) lines.push(`    - ${v.alsoInMore} more`);
  }
  return lines.join('\n');
}

function text(view: DigestView, footer: FooterView): string {
  const out = [view.heading, view.period, '', ...view.summary, ''];
  if (view.sections.length > 1) out.push('Contents:', ...view.sections.map((s, i) => `  ${i + 1}. ${s.title} (${s.entries.length})`), '');
  for (const section of view.sections) {
    const heading = `${SECTION_ICON[section.kind]}${section.title}`.toUpperCase();
    out.push(heading, '-'.repeat(Math.min(heading.length, 72)), '');
    for (const entry of section.entries) out.push(entryText(entry), '');
  }
  if (view.more) out.push(view.more.url ? `${view.more.text} <${view.more.url}>` : view.more.text, '');
  out.push('-- ', footer.about, footer.change);
  if (footer.manageUrl) out.push(`Manage this digest: ${footer.manageUrl}`);
  out.push('');
  return out.join('\n');
}

// ── footer and list headers ─────────────────────────────────────────────────

interface FooterView {
  about: string;
  change: string;
  manageUrl: string | null;
}

function footerView(digest: Digest, opts: RenderDigestOptions): FooterView {
  const id = oneLine(digest.digestId);
  return {
    about: `This is the "${id}" digest of Veille, sent by ${oneLine(opts.from)} to ${opts.to.map(oneLine).join(', ')}.`,
    change: `To change its recipients, schedule or size, or to stop it (enabled: false), edit the digest "${id}" under digests: in the Veille config.`,
    manageUrl: appUrl(opts.publicUrl, `/digests/${encodeURIComponent(id)}`),
  };
}

/**
 * List-Unsubscribe (RFC 2369): a mailto to the sender, and with a public web app an https URL that
 * one POST unsubscribes (RFC 8058 one-click, which needs List-Unsubscribe-Post).
 */
export function listHeaders(digest: Digest, opts: Pick<RenderDigestOptions, 'from' | 'publicUrl'>): Record<string, string> {
  const id = oneLine(digest.digestId);
  const mailto = `mailto:${address(opts.from)}?subject=${encodeURIComponent(`unsubscribe ${id}`)}`;
  const oneClick = appUrl(opts.publicUrl, `/digests/${encodeURIComponent(id)}/unsubscribe`);
  const headers: Record<string, string> = {
    'List-Id': `Veille digest ${id} <${id.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.digest.veille>`,
    'List-Unsubscribe': [`<${mailto}>`, ...(oneClick ? [`<${oneClick}>`] : [])].join(', '),
  };
  if (oneClick?.startsWith('https:')) headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  return headers;
}

/** Render a digest as an e-mail: subject, HTML (escaped everywhere, http(s) links only), the same content as text, and list headers. */
export function renderDigestEmail(digest: Digest, opts: RenderDigestOptions): RenderedEmail {
  const tz = opts.tz ?? 'UTC';
  const subject = renderSubject(opts.subject, digest, tz);
  const view = digestView(digest, { tz, minClaimScore: opts.minClaimScore ?? 0, publicUrl: opts.publicUrl });
  const footer = footerView(digest, opts);
  return { subject, html: html(view, subject, footer), text: text(view, footer), headers: listHeaders(digest, opts) };
}

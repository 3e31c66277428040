/** The web app's pages: server-rendered, escaped, readable on a phone. */
import type { Watchlist } from '../config/watchlist.js';
import type { ClaimHit } from '../domain/types.js';
import { html, raw, safeHref, type Html } from './html.js';
import type { ClaimTally, StoryFilters, StoryPage, StoryRow } from './queries.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{background:#1d3557;color:#fff;padding:.6rem 1rem}header a{color:#fff;margin-right:1rem;text-decoration:none}
main{max-width:60rem;margin:0 auto;padding:1rem}table{border-collapse:collapse;width:100%}td,th{padding:.4rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
.flag{display:inline-block;padding:0 .4rem;border-radius:.3rem;font-size:.85em;margin-right:.2rem}.contradicts{background:#fde2e1;color:#8a1c14}.supports{background:#e3f4e1;color:#1d5f1a}.possible{background:#eee;color:#444}
form.feedback{display:inline-block;margin:.2rem .4rem .2rem 0}form.filters{display:flex;flex-wrap:wrap;gap:.5rem;margin-bottom:1rem}form.filters input,form.filters select{font:inherit;padding:.2rem}
.meta{color:#555;font-size:.9em}blockquote{margin:.3rem 0;padding:.3rem .6rem;border-left:3px solid #bbb;background:#fff}
pre.text{white-space:pre-wrap;font:inherit;background:#fff;padding:.8rem;border:1px solid #ddd}
@media (max-width:40rem){td.meta,th.meta{display:none}}`;

export function layout(title: string, body: Html): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Veille</title><style>${raw(STYLE)}</style></head>
<body><header><a href="/stories"><strong>Veille</strong></a><a href="/stories">Stories</a><a href="/stories?stance=contradicts">Contradictions</a><a href="/claims">Claims</a><a href="/sources">Sources</a><a href="/digests">Digests</a></header>
<main>${body}</main></body></html>`.value;
}

export function formatTime(value: string | null, tz: string): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const MIN_FLAG_SCORE = 0.5;
const STANCE_WORD = { contradicts: 'contradicts', supports: 'supports', possible: 'possibly about' } as const;

function flags(claims: readonly ClaimHit[]): Html {
  const shown = claims.filter((c) => c.score >= MIN_FLAG_SCORE && c.stance !== 'possible');
  return html`${shown.map((c) => html`<span class="flag ${c.stance}" title="${STANCE_WORD[c.stance]} ${c.claim} (${c.score.toFixed(2)})">${c.stance === 'contradicts' ? '✗' : '✓'} ${c.claim}</span>`)}`;
}

export interface PageContext {
  tz: string;
  sourceNames: Record<string, string>;
  watchlist: Watchlist;
}

const outletOf = (row: { siteName: string | null; sourceId: string }, ctx: PageContext) => row.siteName ?? ctx.sourceNames[row.sourceId] ?? row.sourceId;

export function storiesPage(rows: StoryRow[], f: StoryFilters, ctx: PageContext): string {
  const selected = (value: string | null, option: string) => (value === option ? html` selected` : '');
  const sources = Object.entries(ctx.sourceNames);
  const body = html`<h1>Stories</h1>
<form class="filters" method="get" action="/stories">
<select name="relevant" aria-label="relevance"><option value="1"${selected(f.relevant ? '1' : '0', '1')}>relevant</option><option value="0"${selected(f.relevant ? '1' : '0', '0')}>all stories</option></select>
<select name="stance" aria-label="stance"><option value="">any stance or none</option><option value="contradicts"${selected(f.stance, 'contradicts')}>contradicts a claim</option><option value="supports"${selected(f.stance, 'supports')}>supports a claim</option><option value="any"${selected(f.stance, 'any')}>any claim</option></select>
<select name="claim" aria-label="claim"><option value="">every claim</option>${ctx.watchlist.claims.map((c) => html`<option value="${c.id}"${selected(f.claim, c.id)}>${c.id}</option>`)}</select>
${ctx.watchlist.threads.length ? html`<select name="thread" aria-label="thread"><option value="">every thread</option>${ctx.watchlist.threads.map((t) => html`<option value="${t.id}"${selected(f.thread, t.id)} title="${t.description}">${t.id}</option>`)}</select>` : ''}
<select name="source" aria-label="source"><option value="">every source</option>${sources.map(([id, name]) => html`<option value="${id}"${selected(f.source, id)}>${name}</option>`)}</select>
<input name="lang" placeholder="language (en)" size="8" value="${f.lang ?? ''}" aria-label="language">
<input type="date" name="since" value="${f.since ?? ''}" aria-label="since"><input type="date" name="until" value="${f.until ?? ''}" aria-label="until">
<input type="search" name="q" placeholder="search titles and text" value="${f.q ?? ''}" aria-label="search">
<button type="submit">Filter</button></form>
${rows.length === 0 ? html`<p>No story matches these filters.</p>` : ''}
<table><thead><tr><th>Story</th><th class="meta">Outlet</th><th class="meta">Time (${ctx.tz})</th><th>Relevance</th><th>Findings</th></tr></thead><tbody>
${rows.map(
  (r) => html`<tr class="story"><td><a href="/stories/${r.id}">${r.title || '(no title)'}</a> <a class="meta" href="${safeHref(r.url)}" rel="noopener noreferrer">original</a>${r.alsoIn ? html`<div class="meta">also in ${r.alsoIn} outlet${r.alsoIn > 1 ? 's' : ''}</div>` : ''}</td>
<td class="meta">${outletOf(r, ctx)}</td><td class="meta">${formatTime(r.publishedAt ?? r.fetchedAt, ctx.tz)}</td><td>${r.relevance === null ? '–' : r.relevance.toFixed(2)}</td><td>${flags(r.score?.claims ?? [])}</td></tr>`,
)}
</tbody></table>`;
  return layout('Stories', body);
}

export interface FeedbackView {
  csrf: string;
  given: { kind: string; claim: string | null; stance: string | null; who: string; at: string }[];
  done: boolean;
}

const FEEDBACK_WORDS: Record<string, string> = {
  not_relevant: 'marked not relevant',
  relevant: 'marked relevant',
  wrong_stance: 'said the stance is wrong',
  mute_claim: 'muted the claim',
  mute_source: 'muted the source',
};

function feedbackForms(s: StoryPage, ctx: PageContext, view: FeedbackView): Html {
  const form = (kind: string, label: string, extra: Html | string = '') =>
    html`<form method="post" action="/stories/${s.id}/feedback" class="feedback"><input type="hidden" name="_csrf" value="${view.csrf}"><input type="hidden" name="kind" value="${kind}">${extra}<button type="submit">${label}</button></form>`;
  const claims = (s.score?.claims ?? []).map((c) => c.claim);
  const claimSelect = html`<select name="claim" aria-label="claim">${claims.map((c) => html`<option value="${c}">${c}</option>`)}</select>`;
  const days = html`<select name="days" aria-label="for how long"><option value="1">1 day</option><option value="7" selected>7 days</option><option value="30">30 days</option></select>`;
  return html`<h2>Feedback</h2>${view.done ? html`<p role="status">Thank you: your feedback is recorded and applied.</p>` : ''}
<div class="forms">${form('not_relevant', 'Not relevant')} ${form('relevant', 'Relevant')}
${claims.length ? html`${form('wrong_stance', 'Wrong stance', html`${claimSelect}<select name="stance" aria-label="the right stance"><option value="supports">supports</option><option value="contradicts">contradicts</option><option value="none">neither</option></select>`)}
${form('mute_claim', 'Mute this claim', html`${claimSelect}${days}`)}` : ''}
${form('mute_source', `Mute ${outletOf(s, ctx)}`, days)}</div>
${view.given.length ? html`<ul class="meta">${view.given.map((g) => html`<li>${formatTime(g.at, ctx.tz)} · ${g.who} ${FEEDBACK_WORDS[g.kind] ?? g.kind}${g.claim ? html` ${g.claim}` : ''}${g.stance ? html` (${g.stance})` : ''}</li>`)}</ul>` : ''}`;
}

export function storyDetailPage(s: StoryPage, ctx: PageContext, feedback?: FeedbackView): string {
  const claims = new Map(ctx.watchlist.claims.map((c) => [c.id, c]));
  const entities = new Map(ctx.watchlist.entities.map((e) => [e.id, e]));
  const weighed = [...(s.score?.claims ?? [])].sort((a, b) => b.score - a.score);
  const body = html`<h1>${s.title || '(no title)'}</h1>
<p class="meta">${outletOf(s, ctx)}${s.byline ? html` · ${s.byline}` : ''} · published ${formatTime(s.publishedAt, ctx.tz) || 'unknown'} · fetched ${formatTime(s.fetchedAt, ctx.tz)} (${ctx.tz}) · <a href="${safeHref(s.url)}" rel="noopener noreferrer">view the original</a> · <a href="#text">view as extracted</a></p>
<p>Relevance <strong>${s.relevance === null ? 'not scored yet' : s.relevance.toFixed(2)}</strong>${s.relevant ? ' (relevant)' : s.relevant === false ? ' (not relevant)' : ''}</p>
<h2>Entities found</h2>
${(s.score?.entities ?? []).length ? html`<ul>${(s.score?.entities ?? []).map((e) => html`<li>${entities.get(e.id)?.aliases[0]?.text ?? e.id} — matched as “${e.alias}”, ${e.count}×</li>`)}</ul>` : html`<p>None of the watchlist's entities.</p>`}
<h2>Claims weighed</h2>
${weighed.length
  ? html`<table><thead><tr><th>Claim</th><th>Stance</th><th>The story says</th><th>The seed says</th></tr></thead><tbody>${weighed.map((c) => {
      const claim = claims.get(c.claim);
      return html`<tr class="claim"><td>${c.claim}<div class="meta">${claim?.statement ?? ''}</div></td><td><span class="flag ${c.stance}">${STANCE_WORD[c.stance]}</span> ${c.score.toFixed(2)}${c.reason ? html`<div class="meta">${c.reason}</div>` : ''}</td><td><blockquote>${c.evidence}</blockquote></td><td><blockquote>${claim?.quote ?? ''}</blockquote></td></tr>`;
    })}</tbody></table>`
  : html`<p>No claim of the watchlist is weighed for this story.</p>`}
${s.outlets.length ? html`<h2>Also in ${s.outlets.length} outlet${s.outlets.length > 1 ? 's' : ''}</h2><ul>${s.outlets.map((o) => html`<li><a href="/stories/${o.id}">${o.title}</a> — ${outletOf(o, ctx)}</li>`)}</ul>` : ''}
${feedback ? feedbackForms(s, ctx, feedback) : ''}
<h2 id="text">Extracted text</h2><pre class="text">${s.text}</pre>`;
  return layout(s.title || 'Story', body);
}

export function loginPage(failed: boolean): string {
  return layout(
    'Sign in',
    html`<h1>Sign in</h1>${failed ? html`<p role="alert">That token is not right.</p>` : ''}<form method="post" action="/login"><label>Access token <input type="password" name="token" autocomplete="current-password" required></label> <button type="submit">Sign in</button></form>`,
  );
}

/** The claim tracker: every seed claim with the stories that contradict or support it over time. */
export function claimsPage(tallies: ClaimTally[], ctx: PageContext): string {
  const byClaim = new Map<string, ClaimTally[]>();
  for (const t of tallies) byClaim.set(t.claim, [...(byClaim.get(t.claim) ?? []), t]);
  const day = (value: string) => formatTime(value, ctx.tz).slice(0, 10);
  const line = (t: ClaimTally) =>
    html`<div class="tally"><span class="flag ${t.stance}">${t.stance === 'contradicts' ? '✗' : '✓'}</span> <a href="/stories?relevant=0&amp;claim=${t.claim}&amp;stance=${t.stance}">${t.stories} ${t.stance === 'contradicts' ? 'contradicting' : 'supporting'} stor${t.stories > 1 ? 'ies' : 'y'}</a> since ${day(t.first)}, first from ${outletOf({ siteName: t.firstSiteName, sourceId: t.firstSource }, ctx)}: <a href="/stories/${t.firstStoryId}">${t.firstTitle}</a>${t.last !== t.first ? html` · latest ${day(t.last)}` : ''}</div>`;
  const body = html`<h1>Claims</h1><p class="meta">Each seed claim with the stories that contradict (✗) or support (✓) it, counted from score 0.5.</p>
<table><thead><tr><th>Claim</th><th>Stories</th></tr></thead><tbody>
${ctx.watchlist.claims.map((c) => {
  const tally = (byClaim.get(c.id) ?? []).sort((a, b) => (a.stance < b.stance ? -1 : 1));
  return html`<tr class="claim" id="${c.id}"><td><strong>${c.id}</strong> ${c.statement}</td><td>${tally.length ? tally.map(line) : html`<span class="meta">no story yet</span>`}</td></tr>`;
})}
</tbody></table>`;
  return layout('Claims', body);
}

export interface SourceView {
  id: string;
  name: string;
  url: string;
  every: number;
  enabled: boolean;
  health: string;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  stories: number;
}

/** Sources: last poll, stories, failures, health, last error, next poll; "poll now". */
export function sourcesPage(sources: SourceView[], ctx: PageContext, csrf: string, polled: string | null): string {
  const next = (s: SourceView) => {
    if (!s.enabled) return 'disabled';
    if (!s.lastPolledAt) return 'soon';
    return formatTime(new Date(Date.parse(s.lastPolledAt) + s.every).toISOString(), ctx.tz);
  };
  const body = html`<h1>Sources</h1>${polled ? html`<p role="status">A poll of ${polled} is queued.</p>` : ''}
<table><thead><tr><th>Source</th><th>Health</th><th class="meta">Last poll (${ctx.tz})</th><th>Stories</th><th class="meta">Next poll</th><th></th></tr></thead><tbody>
${sources.map(
  (s) => html`<tr class="source" id="source-${s.id}"><td><a href="/stories?relevant=0&amp;source=${s.id}">${s.name}</a><div class="meta">${s.url}</div>${s.lastError ? html`<div class="meta">last error: ${s.lastError}</div>` : ''}</td>
<td>${s.health}${s.consecutiveFailures ? html` (${s.consecutiveFailures} failure${s.consecutiveFailures > 1 ? 's' : ''} in a row)` : ''}</td><td class="meta">${formatTime(s.lastPolledAt, ctx.tz) || 'never'}</td><td>${s.stories}</td><td class="meta">${next(s)}</td>
<td><form method="post" action="/sources/${s.id}/poll" class="feedback"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit"${s.enabled ? '' : html` disabled`}>Poll now</button></form></td></tr>`,
)}
</tbody></table>`;
  return layout('Sources', body);
}

export interface DigestRunView {
  id: string;
  digestId: string;
  periodEnd: string;
  stories: number;
  status: string;
  sentAt: string | null;
  deliveredTo: string | null;
}

/** Digests: each configured digest with its live preview, and the history of sent runs. */
export function digestsPage(digests: { id: string; subject: string; cron: string; pending: number }[], runs: DigestRunView[], ctx: PageContext): string {
  const body = html`<h1>Digests</h1>
<table><thead><tr><th>Digest</th><th>Schedule</th><th>Waiting</th><th></th></tr></thead><tbody>
${digests.map((d) => html`<tr id="digest-${d.id}"><td><strong>${d.id}</strong><div class="meta">${d.subject}</div></td><td>${d.cron}</td><td>${d.pending} stor${d.pending === 1 ? 'y' : 'ies'}</td><td><a href="/digests/${d.id}/preview">preview the next one</a></td></tr>`)}
</tbody></table>
<h2>Sent</h2>
${runs.length ? html`<table><thead><tr><th>Digest</th><th>Sent (${ctx.tz})</th><th>Stories</th><th class="meta">Delivered to</th></tr></thead><tbody>
${runs.map((r) => html`<tr class="run"><td><a href="/digests/runs/${r.id}">${r.digestId}</a></td><td>${formatTime(r.sentAt ?? r.periodEnd, ctx.tz)}</td><td>${r.stories}</td><td class="meta">${r.deliveredTo ?? ''}</td></tr>`)}
</tbody></table>` : html`<p>No digest sent yet.</p>`}`;
  return layout('Digests', body);
}

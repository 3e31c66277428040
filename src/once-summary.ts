import { truncate } from './alerts/format.js';
import type { OnceFinding, OnceProgress, OnceSummary } from './main.js';

export interface SummaryOptions {
  /** terminal width: titles are cut to fit; @defaultValue 100 */
  width?: number;
  /** the data dir, to say what a replay needs */
  dataDir?: string;
  /** how to run the same pass from scratch, e.g. "npm run demo" */
  replayHint?: string;
}

const DEFAULT_WIDTH = 100;
const MIN_TITLE = 16; // narrower than this a title says nothing: the line may wrap instead
const MAX_ROWS = 30; // a pass on a busy day: the digest has the rest

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd()).join('\n');
}

const MAX_FLAGS = 3; // the strongest few; `veille explain` lists them all

/** "C35 ✗ C18 ✓": ✗ the story contradicts the claim, ✓ it supports it; strongest first. */
export function flags(found: OnceFinding): string {
  const shown = found.claims.slice(0, MAX_FLAGS).map((c) => `${c.claim} ${c.stance === 'contradicts' ? '✗' : '✓'}`);
  if (found.claims.length > MAX_FLAGS) shown.push(`+${found.claims.length - MAX_FLAGS}`);
  return shown.join(' ');
}

function foundTable(found: OnceFinding[], width: number): string[] {
  const rows = found.slice(0, MAX_ROWS).map((f) => ['', f.outlet, f.relevance.toFixed(2), flags(f), String(f.clusterSize)]);
  const head = ['title', 'outlet', 'relevance', 'claims', 'outlets'];
  const fixed = head.map((h, i) => (i === 0 ? 0 : Math.max(h.length, ...rows.map((r) => [...r[i]].length)) + 2)).reduce((a, b) => a + b, 0);
  const titleWidth = Math.max(MIN_TITLE, width - fixed - 1);
  found.slice(0, MAX_ROWS).forEach((f, i) => (rows[i][0] = truncate(f.title.replace(/\s+/g, ' ').trim(), titleWidth)));
  const lines = table([head, ...rows]).split('\n');
  if (found.length > MAX_ROWS) lines.push(`… and ${found.length - MAX_ROWS} more (see the digest)`);
  return lines;
}

/** What `veille once` prints at the end: what was found, then where the digests went. */
export function formatOnceSummary(s: OnceSummary, options: SummaryOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const ok = s.sources.filter((r) => r.status === 'ok');
  const items = s.sources.reduce((n, r) => n + r.fetched, 0);
  const fresh = s.sources.reduce((n, r) => n + r.fresh, 0);
  const lines = [`Polled ${s.sources.length} ${s.sources.length === 1 ? 'source' : 'sources'} (${ok.length} ok): ${items} items, ${fresh} new.`];
  const failed = s.sources.filter((r) => r.status === 'failed');
  if (failed.length > 0) {
    lines.push('', 'Sources that failed:', ...table(failed.map((r) => [`  ${r.id}`, r.status, r.error ?? ''])).split('\n'));
  }
  const found = s.found ?? [];
  lines.push('');
  if (found.length > 0) {
    lines.push(`Found ${found.length} ${found.length === 1 ? 'story' : 'stories'} (✗ contradicts a seed claim, ✓ supports it):`, ...foundTable(found, width));
  } else if (fresh === 0 && s.sources.length > 0) {
    lines.push(`Nothing new: every item of these sources was already seen${options.dataDir ? ` (state kept in ${options.dataDir})` : ''}.`);
  } else {
    lines.push('No new story matched the watchlist.');
  }
  lines.push('', `stories stored: ${s.stories}   relevant: ${s.relevant}   alerts sent: ${s.alertsSent}   alerts failed: ${s.alertsFailed}`);
  for (const d of s.digests) {
    if (d.deliveredTo === 'skipped-empty') {
      lines.push(`digest ${d.id}: nothing new since its last run, so not sent (stories already in a digest are never sent twice).`);
      lines.push(`  To see it again: ${options.replayHint ?? 'run once with an empty --data-dir'}, or \`veille digest preview ${d.id}\` for what is pending.`);
    } else if (!d.deliveredTo) lines.push(`digest ${d.id}: ${d.stories} stories, not delivered yet (retried on the next pass)`);
    else lines.push(`digest ${d.id}: ${d.stories} stories → ${d.deliveredTo}`);
  }
  if (s.timedOut) lines.push('timed out before every job finished; the rest runs on the next pass');
  return lines.join('\n');
}

/** The one-line progress shown on a terminal while `once` runs. */
export function formatProgress(p: OnceProgress): string {
  return `sources polled ${p.sourcesPolled}/${p.sources} · stories fetched ${p.storiesFetched} · matched ${p.storiesMatched}`;
}

import type { OnceSummary } from './main.js';

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** The table `veille once` prints. */
export function formatOnceSummary(s: OnceSummary): string {
  const sourceRows = [['source', 'status', 'items', 'new', 'error'], ...s.sources.map((r) => [r.id, r.status, String(r.fetched), String(r.fresh), r.error ?? ''])];
  const lines = [table(sourceRows), ''];
  lines.push(`stories stored: ${s.stories}   relevant: ${s.relevant}   alerts sent: ${s.alertsSent}   alerts failed: ${s.alertsFailed}`);
  for (const d of s.digests) {
    if (d.deliveredTo === 'skipped-empty') lines.push(`digest ${d.id}: nothing new, not sent`);
    else if (!d.deliveredTo) lines.push(`digest ${d.id}: ${d.stories} stories, not delivered yet (retried on the next pass)`);
    else lines.push(`digest ${d.id}: ${d.stories} stories → ${d.deliveredTo}`);
  }
  if (s.timedOut) lines.push('timed out before every job finished; the rest runs on the next pass');
  return lines.join('\n');
}

/**
 * Veille's health as one value: sources, queues, deliveries that need a person, the last digest of
 * each digest id, open ops alerts. Built by a pure function from what the store and the queues say,
 * so that the CLI (`veille status`) and a web page show the same thing.
 */

export type SourceHealth = 'ok' | 'failing' | 'unhealthy' | 'never polled';

export interface StatusRows {
  sources: { id: string; lastPolledAt: string | null; lastSuccessAt: string | null; consecutiveFailures: number; lastError: string | null; unhealthySince: string | null }[];
  alerts: { id: string; channelId: string; status: 'unknown' | 'failed'; lastError: string | null; createdAt: string }[];
  recipients: { runId: string; digestId: string; recipient: string; status: 'unknown' | 'failed'; lastError: string | null }[];
  digests: { digestId: string; runId: string; createdAt: string; sentAt: string | null; status: string; storyCount: number; deliveredTo: string | null }[];
  opsAlerts: { key: string; kind: string; message: string; lastAt: string; occurrences: number }[];
}

export interface VeilleStatus {
  at: string;
  sources: (StatusRows['sources'][number] & { health: SourceHealth; configured: boolean })[];
  /** job counts per queue; null when the queues could not be read */
  queues: Record<string, Record<string, number>> | null;
  alerts: StatusRows['alerts'];
  recipients: StatusRows['recipients'];
  /** the last run of each configured digest id (null: never) */
  digests: { id: string; last: StatusRows['digests'][number] | null }[];
  opsAlerts: StatusRows['opsAlerts'];
}

export function sourceHealth(s: StatusRows['sources'][number] | undefined): SourceHealth {
  if (!s || !s.lastPolledAt) return 'never polled';
  if (s.unhealthySince) return 'unhealthy';
  return s.consecutiveFailures > 0 ? 'failing' : 'ok';
}

export function buildStatus(
  rows: StatusRows,
  config: { sources: { id: string }[]; digests: { id: string }[] },
  queues: VeilleStatus['queues'],
  now: Date,
): VeilleStatus {
  const byId = new Map(rows.sources.map((s) => [s.id, s]));
  const configured = new Set(config.sources.map((s) => s.id));
  const sources = config.sources.map((c) => {
    const row = byId.get(c.id) ?? { id: c.id, lastPolledAt: null, lastSuccessAt: null, consecutiveFailures: 0, lastError: null, unhealthySince: null };
    return { ...row, health: sourceHealth(byId.get(c.id)), configured: true };
  });
  const lastRun = new Map<string, StatusRows['digests'][number]>();
  for (const run of rows.digests) {
    const seen = lastRun.get(run.digestId);
    if (!seen || seen.createdAt < run.createdAt) lastRun.set(run.digestId, run);
  }
  return {
    at: now.toISOString(),
    sources: [...sources, ...rows.sources.filter((s) => !configured.has(s.id)).map((s) => ({ ...s, health: sourceHealth(s), configured: false }))],
    queues,
    alerts: rows.alerts,
    recipients: rows.recipients,
    digests: config.digests.map((d) => ({ id: d.id, last: lastRun.get(d.id) ?? null })),
    opsAlerts: rows.opsAlerts,
  };
}

const when = (iso: string | null) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : 'never');

/** The status as `veille status` prints it. */
export function formatStatus(s: VeilleStatus): string {
  const lines = [`Veille status at ${when(s.at)}`, '', 'Sources:'];
  for (const src of s.sources) {
    const failures = src.consecutiveFailures ? `, ${src.consecutiveFailures} failures in a row` : '';
    const error = src.lastError && src.health !== 'ok' ? ` — ${src.lastError}` : '';
    lines.push(`  ${src.id}: ${src.health}${src.configured ? '' : ' (no longer configured)'}; last poll ${when(src.lastPolledAt)}, last success ${when(src.lastSuccessAt)}${failures}${error}`);
  }
  if (!s.sources.length) lines.push('  (none)');
  lines.push('', 'Queues:');
  if (!s.queues) lines.push('  (not readable)');
  else {
    for (const [name, c] of Object.entries(s.queues)) {
      lines.push(`  ${name}: ${c.waiting ?? 0} waiting, ${c.active ?? 0} active, ${c.delayed ?? 0} delayed, ${c.failed ?? 0} failed`);
    }
  }
  lines.push('', 'Deliveries needing a person:');
  for (const a of s.alerts) lines.push(`  alert ${a.id} → ${a.channelId}: ${a.status}${a.lastError ? ` (${a.lastError})` : ''}`);
  for (const r of s.recipients) lines.push(`  digest ${r.digestId} run ${r.runId} → ${r.recipient}: ${r.status}${r.lastError ? ` (${r.lastError})` : ''}`);
  if (!s.alerts.length && !s.recipients.length) lines.push('  none');
  if (s.alerts.some((a) => a.status === 'unknown')) lines.push('  resend an unknown alert after checking the channel: veille alerts resend <id> (or --unknown)');
  if (s.recipients.some((r) => r.status === 'unknown')) lines.push('  resend an unknown digest after checking the mailbox: veille digest resend <digest id>');
  lines.push('', 'Digests:');
  for (const d of s.digests) {
    lines.push(d.last ? `  ${d.id}: last run ${when(d.last.createdAt)}, ${d.last.status}${d.last.sentAt ? ` ${when(d.last.sentAt)}` : ''}, ${d.last.storyCount} stories${d.last.deliveredTo ? ` → ${d.last.deliveredTo}` : ''}` : `  ${d.id}: never sent`);
  }
  if (!s.digests.length) lines.push('  (none)');
  if (s.opsAlerts.length) {
    lines.push('', 'Ops alerts:');
    for (const o of s.opsAlerts) lines.push(`  ${o.kind}: ${o.message} (${o.occurrences}×, last ${when(o.lastAt)})`);
  }
  return lines.join('\n');
}

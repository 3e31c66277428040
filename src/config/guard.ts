import type { LoadedConfig } from './load.js';

function recipients(loaded: LoadedConfig): number {
  return loaded.config.digests.reduce((n, d) => n + d.to.length, 0) + loaded.config.alerts.length;
}

/**
 * A valid file can still be a mistake: an editor that saved half a file, a bad merge.
 * Returns the reasons to keep the last good config instead (empty when the change looks deliberate).
 */
export function suspiciousChange(previous: LoadedConfig, next: LoadedConfig): string[] {
  const problems: string[] = [];
  const { max_source_drop, max_recipient_drop } = previous.config.reload;
  const before = previous.config.sources.length;
  const after = next.config.sources.length;
  if (before > 0 && after === 0) {
    problems.push(`${next.configPath}: sources: the new file has no sources (had ${before})`);
  } else if (before > 0 && (before - after) / before > max_source_drop) {
    problems.push(
      `${next.configPath}: sources: ${before - after} of ${before} sources removed at once (more than reload.max_source_drop ${max_source_drop})`,
    );
  }
  const rBefore = recipients(previous);
  const rAfter = recipients(next);
  if (rBefore > 0 && (rBefore - rAfter) / rBefore > max_recipient_drop) {
    problems.push(
      `${next.configPath}: recipients: ${rBefore - rAfter} of ${rBefore} digest recipients and alert channels removed at once (more than reload.max_recipient_drop ${max_recipient_drop})`,
    );
  }
  const eBefore = previous.watchlist.entities.length;
  const eAfter = next.watchlist.entities.length;
  if (eBefore > 0 && eAfter < eBefore / 2) {
    problems.push(`${next.watchlistPath}: entities: ${eBefore - eAfter} of ${eBefore} watched entities removed at once`);
  }
  return problems;
}

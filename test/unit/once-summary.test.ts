import { describe, expect, it } from 'vitest';
import type { OnceSummary } from '../../src/main.js';
import { formatOnceSummary } from '../../src/once-summary.js';

const demoPass: OnceSummary = {
  sources: [
    { id: 'demo-capitol-wire', status: 'ok', fetched: 6, fresh: 6, error: null },
    { id: 'demo-la-vigie', status: 'ok', fetched: 3, fresh: 0, error: null },
    { id: 'broken-feed', status: 'failed', fetched: 0, fresh: 0, error: 'https://broken.example.org/rss answered HTTP 404' },
  ],
  stories: 6,
  relevant: 4,
  alertsSent: 2,
  alertsFailed: 1,
  digests: [
    { id: 'demo', stories: 4, deliveredTo: '/data/outbox/demo-1.eml' },
    { id: 'weekly', stories: 0, deliveredTo: 'skipped-empty' },
  ],
  timedOut: false,
};

function rowOf(text: string, sourceId: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith(`${sourceId} `));
  if (!line) throw new Error(`no row for ${sourceId}`);
  return line.split(/\s{2,}/);
}

describe('formatOnceSummary', () => {
  it('lists every source with its status, counts and error, in aligned columns', () => {
    const text = formatOnceSummary(demoPass);
    const lines = text.split('\n');
    expect(lines[0].split(/\s+/)).toEqual(['source', 'status', 'items', 'new', 'error']);
    expect(rowOf(text, 'demo-capitol-wire')).toEqual(['demo-capitol-wire', 'ok', '6', '6']);
    expect(rowOf(text, 'demo-la-vigie')).toEqual(['demo-la-vigie', 'ok', '3', '0']);
    expect(rowOf(text, 'broken-feed')).toEqual(['broken-feed', 'failed', '0', '0', 'https://broken.example.org/rss answered HTTP 404']);
    const statusColumn = lines[0].indexOf('status');
    for (const line of lines.slice(1, 4)) expect(line.slice(statusColumn)).toMatch(/^(ok|failed)\b/);
  });

  it('totals the stories and alerts', () => {
    expect(formatOnceSummary(demoPass)).toContain('stories stored: 6   relevant: 4   alerts sent: 2   alerts failed: 1');
  });

  it('says where each digest went, and that an empty one was not sent', () => {
    const text = formatOnceSummary(demoPass);
    expect(text).toContain('digest demo: 4 stories → /data/outbox/demo-1.eml');
    expect(text).toContain('digest weekly: nothing new, not sent');
  });

  it('says when the pass timed out, and only then', () => {
    expect(formatOnceSummary({ ...demoPass, timedOut: true })).toContain('timed out before every job finished; the rest runs on the next pass');
    expect(formatOnceSummary(demoPass)).not.toContain('timed out');
  });

  it('prints a header even with no sources', () => {
    const text = formatOnceSummary({ ...demoPass, sources: [], digests: [] });
    expect(text.split('\n')[0]).toBe('source  status  items  new  error');
  });
});

describe('a digest taken but not delivered', () => {
  it('says it will be retried instead of printing null', () => {
    const text = formatOnceSummary({ ...demoPass, digests: [{ id: 'daily', stories: 3, deliveredTo: null }] });
    expect(text).toContain('digest daily: 3 stories, not delivered yet');
    expect(text).not.toContain('null');
  });
});

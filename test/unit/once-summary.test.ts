import { describe, expect, it } from 'vitest';
import type { OnceSummary } from '../../src/main.js';
import { formatOnceSummary, formatProgress } from '../../src/once-summary.js';

const demoPass: OnceSummary = {
  sources: [
    { id: 'demo-capitol-wire', status: 'ok', fetched: 6, fresh: 6, error: null },
    { id: 'demo-la-vigie', status: 'ok', fetched: 3, fresh: 0, error: null },
    { id: 'broken-feed', status: 'failed', fetched: 0, fresh: 0, error: 'https://broken.example.org/rss answered HTTP 404' },
  ],
  found: [
    {
      title: 'RT bought 3,000 promoted tweets to reach American voters, investigators told the committee on Tuesday',
      url: 'https://wire.example.org/rt',
      outlet: 'The Capitol Wire',
      relevance: 0.874,
      claims: [
        { claim: 'C35', stance: 'contradicts' },
        { claim: 'C18', stance: 'supports' },
        { claim: 'C19', stance: 'supports' },
        { claim: 'C20', stance: 'supports' },
        { claim: 'C21', stance: 'supports' },
      ],
      clusterSize: 3,
    },
    { title: 'Twitter bans RT ads', url: 'https://vigie.example.fr/rt', outlet: 'La Vigie', relevance: 0.72, claims: [], clusterSize: 1 },
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

function rowOf(text: string, start: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith(start));
  if (!line) throw new Error(`no row starting ${start} in:\n${text}`);
  return line.split(/\s{2,}/);
}

describe('formatOnceSummary', () => {
  it('tables what was found: title, outlet, relevance, claims, outlets', () => {
    const text = formatOnceSummary(demoPass, { width: 100 });
    expect(text).toContain('Found 2 stories (✗ contradicts a seed claim, ✓ supports it):');
    expect(rowOf(text, 'title').map((c) => c.trim())).toEqual(['title', 'outlet', 'relevance', 'claims', 'outlets']);
    const [title, ...rest] = rowOf(text, 'RT bought');
    expect(title.endsWith('…')).toBe(true);
    expect(rest).toEqual(['The Capitol Wire', '0.87', 'C35 ✗ C18 ✓ C19 ✓ +2', '3']);
    expect(rowOf(text, 'Twitter bans RT ads')).toEqual(['Twitter bans RT ads', 'La Vigie', '0.72', '1']);
  });

  it('cuts titles to the terminal width', () => {
    for (const width of [80, 100, 160]) {
      const lines = formatOnceSummary(demoPass, { width }).split('\n').filter((l) => l.startsWith('RT bought') || l.startsWith('title'));
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
    }
  });

  it('sums up the sources and lists the ones that failed with their error', () => {
    const text = formatOnceSummary(demoPass);
    expect(text.split('\n')[0]).toBe('Polled 3 sources (2 ok): 9 items, 6 new.');
    expect(rowOf(text, '  broken-feed')).toEqual(['', 'broken-feed', 'failed', 'https://broken.example.org/rss answered HTTP 404']);
    expect(text).not.toMatch(/^ {2}demo-capitol-wire/m);
  });

  it('totals the stories and alerts', () => {
    expect(formatOnceSummary(demoPass)).toContain('stories stored: 6   relevant: 4   alerts sent: 2   alerts failed: 1');
  });

  it('says where each digest went, and why an empty one was not sent and how to see it again', () => {
    const text = formatOnceSummary(demoPass, { replayHint: 'run `npm run demo` again' });
    expect(text).toContain('digest demo: 4 stories → /data/outbox/demo-1.eml');
    expect(text).toContain('digest weekly: nothing new since its last run, so not sent (stories already in a digest are never sent twice).');
    expect(text).toContain('To see it again: run `npm run demo` again, or `veille digest preview weekly` for what is pending.');
  });

  it('says nothing was new when every item was already seen', () => {
    const again = { ...demoPass, found: [], sources: demoPass.sources.map((s) => ({ ...s, fresh: 0 })) };
    expect(formatOnceSummary(again, { dataDir: '/data/demo' })).toContain('Nothing new: every item of these sources was already seen (state kept in /data/demo).');
  });

  it('says when the pass timed out, and only then', () => {
    expect(formatOnceSummary({ ...demoPass, timedOut: true })).toContain('timed out before every job finished; the rest runs on the next pass');
    expect(formatOnceSummary(demoPass)).not.toContain('timed out');
  });

  it('shows progress in one line', () => {
    expect(formatProgress({ sourcesPolled: 2, sources: 4, storiesFetched: 7, storiesMatched: 5 })).toBe('sources polled 2/4 · stories fetched 7 · matched 5');
  });
});

describe('a digest taken but not delivered', () => {
  it('says it will be retried instead of printing null', () => {
    const text = formatOnceSummary({ ...demoPass, digests: [{ id: 'daily', stories: 3, deliveredTo: null }] });
    expect(text).toContain('digest daily: 3 stories, not delivered yet');
    expect(text).not.toContain('null');
  });
});

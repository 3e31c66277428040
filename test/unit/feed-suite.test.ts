import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../src/lib/errors.js';
import { parseFeed, parseFeedDetailed } from '../../src/sources/parse-feed.js';
import { DEFAULT_URL, FEED_CASES } from '../fixtures/feeds/suite/cases.js';
import { fixture, runFeedChecks } from '../fixtures/feeds/suite/run-checks.js';

/**
 * The feed check suite (test/fixtures/feeds/suite, modelled on feedparser's, gofeed's and feedjira's
 * test feeds). `npx tsx bench/feeds.ts` runs the same checks through feedsmith and rss-parser.
 */
describe('feed check suite', () => {
  it('passes at least 0.96 of the checks', async () => {
    const report = await runFeedChecks((body, url) => parseFeed(body, url));
    expect(report.total).toBeGreaterThan(600);
    if (report.rate < 0.96) expect(report.failures).toEqual([]); // lists what failed
    expect(report.rate).toBeGreaterThanOrEqual(0.96);
  });

  it.each(FEED_CASES.filter((c) => c.throws).map((c) => c.file))('refuses %s as "not a feed" with a PermanentError', (file) => {
    expect(() => parseFeed(fixture(file), DEFAULT_URL)).toThrow(PermanentError);
    expect(() => parseFeed(fixture(file), DEFAULT_URL)).toThrow(/^not a feed: /);
  });

  it('counts the item a cut download ended inside as dropped', () => {
    const { feed, dropped } = parseFeedDetailed(fixture('broken-truncated-mid-item.xml'), DEFAULT_URL);
    expect(feed.items.map((item) => item.link)).toEqual(['http://cut.example.com/1', 'http://cut.example.com/2']);
    expect(dropped).toBe(1);
  });

  it('never returns an invalid date string', async () => {
    for (const c of FEED_CASES.filter((x) => !x.throws)) {
      for (const item of parseFeed(fixture(c.file), c.url ?? DEFAULT_URL).items) {
        if (item.publishedAt !== null) expect(new Date(item.publishedAt).toISOString()).toBe(item.publishedAt);
      }
    }
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWatchlist } from '../../src/config/load.js';
import { createScorer, type DetailedScorer } from '../../src/matchers/index.js';
import { findingOf } from '../helpers/findings.js';

// the shipped watchlist; the sentences are written for this test
let scorer: DetailedScorer;
beforeAll(async () => {
  scorer = createScorer(await loadWatchlist(path.resolve(__dirname, '../../config/watchlist.yaml')));
});

describe('the date of a saying', () => {
  it('is not the date of what was said', () => {
    // C36: Twitter said RT spent about 228,000 euros on sponsored content in 2016
    expect(findingOf(scorer, 'Twitter said on 19 January 2018 that RT had bought promoted tweets.', 'C36', true)).not.toMatch(/^(contradicts|possible) \(date\)/);
    // C39: the indictment of 13 Russians on 16 February 2018
    const said = 'Robert Mueller said on 20 March 2018 that a grand jury had indicted 13 Russians for interfering in the 2016 election through a social-media propaganda campaign.';
    expect(findingOf(scorer, said, 'C39')).not.toMatch(/^contradicts/);
  });

  it('leaves a date beside the claim’s own deed to compare', () => {
    const done = 'A grand jury indicted 13 Russians on 20 March 2018 for interfering in the 2016 election through a social-media propaganda campaign.';
    expect(findingOf(scorer, done, 'C39')).toBe('contradicts (date)');
  });
});

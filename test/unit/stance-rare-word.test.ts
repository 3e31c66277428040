import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { otherDeeds } from '../helpers/findings.js';

// An invented storyline (no real events): a harbour lease in Velmora. Its claims name the same three parties; three
// of them tell testimony ("testified"), each of the others a deed of its own.
const deeds = [
  'dredged the eastern basin', 'repainted the customs shed', 'insured the grain silos', 'leased two cranes',
  'rebuilt the north quay', 'audited the pilot service', 'closed the ferry ramp', 'sold the old lighthouse',
  'hired forty stevedores', 'lengthened the breakwater', 'electrified the container yard', 'banned coal barges',
  'planted a seawall garden', 'raised mooring tariffs', 'tested a hydrogen tug', 'buried a fibre cable',
  'opened a fish auction', 'moved the bonded warehouse',
];
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }] },
    { id: 'kelbach', type: 'org', aliases: [{ text: 'Kelbach Shipping' }] },
    { id: 'port', type: 'org', aliases: [{ text: 'Port of Velmora' }] },
  ],
  claims: [
    { id: 'H1', statement: 'Jane Roe, Kelbach Shipping and the Port of Velmora renegotiated the lease and testified about it.', entities: ['jane_roe', 'kelbach', 'port'] },
    { id: 'H2', statement: 'Jane Roe testified that Kelbach Shipping paid its fees late.', entities: ['jane_roe', 'kelbach'] },
    { id: 'H3', statement: 'Kelbach Shipping testified before the Port of Velmora board.', entities: ['kelbach', 'port'] },
    ...otherDeeds('F', 'The Port of Velmora', 'port', deeds),
  ],
});
const scorer = createScorer(watchlist);
const stanceOn = (text: string, claim: string) => {
  const found = scorer.score({ title: '', text, lang: 'en' }).claims.find((c) => c.claim === claim);
  return found && found.score >= 0.5 ? found.stance : 'none';
};

describe('a claim’s names with one of its words', () => {
  it('support it when the word is the claim’s own ("renegotiated")', () => {
    expect(stanceOn('Jane Roe, Kelbach Shipping and the Port of Velmora renegotiated terms last spring.', 'H1')).toBe('supports');
  });

  it('do not support it with a word several claims of the storyline use ("testified")', () => {
    // written for this test: the three parties, and the storyline's common words, in a story about something else
    expect(stanceOn('Jane Roe, Kelbach Shipping and the Port of Velmora testified on Monday about the budget.', 'H1')).toBe('none');
  });
});

describe('a claim’s names with one of its common words, and its date', () => {
  // the same storyline, with a claim dated to the year only, or to the month
  const dated = (value: string) =>
    createScorer(
      Watchlist.parse({
        ...watchlist,
        claims: [
          ...watchlist.claims,
          { id: 'H4', statement: 'Jane Roe, Kelbach Shipping and the Port of Velmora testified before the harbour board.', entities: ['jane_roe', 'kelbach', 'port'], dates: [{ value }] },
        ],
      }),
    );
  const finding = (value: string, text: string) => {
    const found = dated(value).score({ title: '', text, lang: 'en' }).claims.find((c) => c.claim === 'H4');
    return found && found.score >= 0.5 ? found.stance : 'none';
  };
  const story = 'In 2019 Jane Roe, Kelbach Shipping and the Port of Velmora testified at length.';

  it('support it beside the claim’s date, even a story’s year for the claim’s month ("in 2019" for March 2019)', () => {
    expect(finding('2019-03', story)).toBe('supports');
  });

  it('do not support it with a year alone on both sides: any story of the storyline’s year gives it', () => {
    expect(finding('2019', story)).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { conceptOf } from '../../src/matchers/lexicon-concepts.js';
import { foldText } from '../../src/matchers/normalize.js';

// An invented storyline (no real events): a foreign agency campaigns online for a candidate, as the
// electoral authority found. The claim is worded as a user writes it; the stories word it otherwise.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'norland', type: 'place', aliases: [{ text: 'Norland' }] },
    { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }] },
    { id: 'election_board', type: 'org', aliases: [{ text: 'Velmora Election Board' }, { text: 'Election Board' }] },
  ],
  claims: [
    { id: 'N1', statement: 'In 2024 Norland ran an online influence campaign in support of Jane Roe, the Velmora Election Board said.', entities: ['norland', 'election_board', 'jane_roe'] },
    { id: 'N2', statement: 'Jane Roe lost the vote in Velmora by 412 votes.', entities: ['jane_roe'], quantities: [{ value: 412, unit: 'votes' }] },
    { id: 'N3', statement: 'The Velmora Election Board fined two printing firms for unlabelled leaflets.', entities: ['election_board'] },
    { id: 'N4', statement: 'Norland expelled three Velmoran diplomats in March 2025.', entities: ['norland'], dates: [{ value: '2025-03' }] },
    { id: 'N5', statement: 'Jane Roe filed a complaint over the count in two districts.', entities: ['jane_roe'] },
    { id: 'N6', statement: 'The Velmora Election Board published its final report on 12 June 2025.', entities: ['election_board'], dates: [{ value: '2025-06-12' }] },
  ],
});
const scorer = createScorer(watchlist);
const stanceOn = (text: string, claim: string, lang = 'en') => scorer.score({ title: '', text, lang }).claims.find((c) => c.claim === claim && c.score >= 0.5)?.stance ?? 'none';

describe('taking someone’s side, in other words and languages', () => {
  it('reads "to boost", « soutenir », „unterstützen“, "apoyar", «поддержать» as one concept', () => {
    for (const word of ['boosted', 'support', 'favoured', 'soutenir', 'unterstützen', 'begünstigt', 'apoyar', 'favorecer', 'поддержать']) {
      expect(conceptOf(foldText(word).trim()), word).toBe('favour');
    }
  });

  it('supports the claim with the finding worded otherwise ("worked … to boost her bid", « pour soutenir »)', () => {
    // written for this test
    expect(stanceOn('The Velmora Election Board found that Norland had worked to boost Jane Roe’s bid.', 'N1')).toBe('supports');
    expect(stanceOn('Selon le Velmora Election Board, le Norland a œuvré pour soutenir Jane Roe.', 'N1', 'fr')).toBe('supports');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { otherDeeds } from '../helpers/findings.js';

// An invented storyline (no real events): a foreign agency campaigns online for a candidate, as the electoral
// authority found. A story where the agency's own country says it never did so contradicts that. The board's other
// findings make the storyline's words as rare as in a real watchlist.
const findings = [
  'audited the postal ballots', 'recounted two districts', 'certified the turnout figures', 'trained new poll clerks',
  'moved three polling stations', 'published the donor register', 'reprinted the candidate guide', 'hired a data auditor',
  'tested the scanning machines', 'extended the registration deadline', 'opened a complaints hotline', 'sealed the ballot boxes',
  'translated the voter leaflets', 'archived the tally sheets', 'banned campaign drones', 'inspected the count centres',
];
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'kelbach', type: 'org', aliases: [{ text: 'Kelbach Media' }] },
    { id: 'election_board', type: 'org', aliases: [{ text: 'Election Board' }, { text: 'Velmora Election Board' }] },
    { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }] },
    { id: 'norland', type: 'place', aliases: [{ text: 'Norland' }] },
  ],
  claims: [
    { id: 'N1', statement: 'In 2024 Norland ran an online influence campaign in support of Jane Roe, the Velmora Election Board said.', entities: ['norland', 'election_board', 'jane_roe'] },
    { id: 'N2', statement: 'Jane Roe lost the vote in Velmora by 412 votes.', entities: ['jane_roe'], quantities: [{ value: 412, unit: 'votes' }] },
    { id: 'N3', statement: 'The Velmora Election Board fined two printing firms for unlabelled leaflets.', entities: ['election_board'] },
    // the subject is not named first: a quoted post about someone else's messages
    { id: 'N4', statement: 'Here is the whole thread of my messages with Kelbach Media, with my two replies, posted by Jane Roe.', entities: ['kelbach', 'jane_roe'] },
    ...otherDeeds('B', 'The Velmora Election Board', 'election_board', findings),
  ],
});
const scorer = createScorer(watchlist);
const stanceOn = (text: string, claim: string) => {
  const found = scorer.score({ title: '', text, lang: 'en' }).claims.find((c) => c.claim === claim);
  return found && found.score >= 0.5 ? found.stance : 'none';
};

describe('the claim’s subject with its predicate negated', () => {
  it('contradicts the claim ("Norland has never interfered")', () => {
    // written for this test
    expect(stanceOn('At a summit with Jane Roe, Norland’s president said Norland "has never interfered and will never interfere" in Velmora’s politics.', 'N1')).toBe(
      'contradicts',
    );
  });

  it('needs the subject right before the negation, in its own clause', () => {
    // another actor's negated verb after the name, joined by "and"
    expect(stanceOn('Jane Roe’s campaign thanked Norland and never interfered with the count, the Election Board said.', 'N1')).not.toBe('contradicts');
  });

  it('needs a claim that names its subject before its predicate', () => {
    // "Kelbach Media never replied" says nothing against a post whose subject is its unnamed author
    expect(stanceOn('Kelbach Media never replied, Jane Roe said.', 'N4')).not.toBe('contradicts');
  });
});

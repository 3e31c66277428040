import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf, otherDeeds, PLANT_DEEDS } from '../helpers/findings.js';

// An invented storyline (no real events): who leaked a company board's emails.
const watchlist = Watchlist.parse({
  version: 1,
  entities: [
    { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }, { text: 'Velm', needs_context: true }] },
    { id: 'norvel', type: 'org', aliases: [{ text: 'Norvel' }] },
  ],
  claims: [
    { id: 'L1', statement: "Jonas Velm leaked the Norvel board's emails to the press.", entities: ['jonas_velm', 'norvel'] },
    ...otherDeeds('F', 'Norvel', 'norvel', PLANT_DEEDS),
  ],
});
const scorer = createScorer(watchlist);

describe('a name replaced in the claim\'s predicate ("not by X")', () => {
  it('contradicts the claim where the replaced name is the subject of the claim\'s verb', () => {
    const story = "The Norvel board's emails were leaked to the press by an aide, not by Jonas Velm, two people familiar with the matter said.";
    expect(findingOf(scorer, story, 'L1')).toBe('contradicts (replaced-name)');
  });

  it('says nothing where "not X" is about something else and the claim\'s verb comes a long way after', () => {
    const story =
      "Such an exception would have needed a decision of the Norvel board, not of Jonas Velm, and it would have been so unusual that the reason would surely have been noted in the minutes the company later leaked.";
    expect(findingOf(scorer, story, 'L1')).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { splitSentences } from '../../src/matchers/sentences.js';
import { findingOf, otherDeeds, PLANT_DEEDS } from '../helpers/findings.js';

// An invented storyline (no real events). Report passages converted from PDF glue each footnote number to the period
// before it ("…an excuse to leave.735 Velm recalled…"): two sentences, of which only the second gives the claim's date.
const watchlist = Watchlist.parse({
  version: 1,
  entities: [
    { id: 'norvel', type: 'org', aliases: [{ text: 'Norvel' }] },
    { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }, { text: 'Velm', needs_context: true }] },
    { id: 'tarnau_meeting', type: 'event', aliases: [{ text: 'Tarnau meeting' }] },
  ],
  claims: [
    {
      id: 'N1',
      statement: 'Norvel asked Jonas Velm to send it the emails about the Tarnau meeting (July 2017).',
      entities: ['norvel', 'jonas_velm', 'tarnau_meeting'],
      dates: [{ value: '2017-07' }],
    },
    ...otherDeeds('F', 'Norvel', 'norvel', PLANT_DEEDS),
  ],
});
const scorer = createScorer(watchlist);

describe('a footnote number glued to the period ends the sentence', () => {
  it('splits "…to leave.735 Velm recalled…" and « … leave .735 Velm … » after the number', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('He wanted an excuse to leave.735 Velm recalled that he left early.')).toEqual(['He wanted an excuse to leave.735', 'Velm recalled that he left early.']);
    expect(texts('He wanted an excuse to leave .735 Velm recalled that he left early.')).toHaveLength(2);
    // a decimal, a version or an amount stays inside its sentence
    expect(texts('Norvel paid 1.823 Velm shares and 3.5 Million euros.')).toHaveLength(1);
    expect(texts('The vote was 12.1 Percent lower.')).toHaveLength(1);
  });

  it("the claim's date in the next sentence does not date the claim's words in the one before the footnote", () => {
    const passage =
      'At one point Jonas Velm sent two emails to his assistants with requests to call him with an excuse to leave.735 ' +
      'Norvel recalled the same when interviewed by the press in July 2017.';
    expect(findingOf(scorer, passage, 'N1')).toBe('none');
  });
});

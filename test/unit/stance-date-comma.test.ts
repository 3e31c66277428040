import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { foldText } from '../../src/matchers/normalize.js';
import { tokenize } from '../../src/matchers/tokens.js';

const clauses = (text: string) => {
  const tokens = tokenize(foldText(text));
  return Object.fromEntries(tokens.map((t) => [t.text, t.clause]));
};

describe('the comma of a date', () => {
  it('joins "June 9, 2016" to the words around it, where another comma ends a clause', () => {
    const c = clauses('emails about the June 9, 2016 meeting were disclosed');
    expect(c['2016']).toBe(c.june);
    expect(c.meeting).toBe(c.emails);
    expect(clauses('In 2016, the meeting was held')['meeting']).toBeGreaterThan(clauses('In 2016, the meeting was held')['2016']);
    expect(clauses('on June 9, he wrote to her')['he']).toBeGreaterThan(clauses('on June 9, he wrote to her')['june']);
  });

  it('leaves a date to the event it names: "the June 9, 2016 meeting" is not the date of a letter', () => {
    // an invented storyline (no real events)
    const scorer = createScorer(
      Watchlist.parse({
        version: 1,
        entities: [
          { id: 'mara_olund', type: 'person', aliases: [{ text: 'Mara Olund' }] },
          { id: 'jonas_velm', type: 'person', aliases: [{ text: 'Jonas Velm' }] },
          { id: 'korrin_hydro', type: 'org', aliases: [{ text: 'Korrin Hydro' }] },
        ],
        claims: [
          {
            id: 'M1',
            statement: 'Mara Olund wrote to Jonas Velm on 29 June 2016 about something she had mentioned at a meeting recently.',
            entities: ['mara_olund', 'jonas_velm'],
            dates: [{ value: '2016-06-29' }],
          },
          { id: 'M2', statement: 'Korrin Hydro built the Tarnau dam in 2014.', entities: ['korrin_hydro'] },
          { id: 'M3', statement: 'Jonas Velm received 12,000 euros from Korrin Hydro in 2016.', entities: ['jonas_velm', 'korrin_hydro'] },
        ],
      }),
    );
    const text = 'In the preceding days, emails and other information about the June 9, 2016 meeting between Mara Olund and Jonas Velm had been disclosed.';
    const found = scorer.score({ title: '', text, lang: 'en' }).claims.find((c) => c.claim === 'M1');
    expect(found && found.score >= 0.5 ? found.stance : 'none').not.toBe('contradicts');
  });
});

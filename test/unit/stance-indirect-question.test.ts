import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf, otherDeeds } from '../helpers/findings.js';
import { polarity } from '../helpers/polarity.js';

describe('an indirect question of amount', () => {
  it('leaves the amount and its deed open: "has not said how much Norvel spent" denies no spending', () => {
    expect(polarity('The platform has not said how much Norvel spent on its ads.')).toMatchObject({ spent: 0, ads: 0 });
    expect(polarity('La plateforme n’a pas dit combien Norvel a dépensé en publicités.')).toMatchObject({ depense: 0 });
    expect(polarity('Die Plattform hat nicht gesagt, wie viel Norvel für Werbung ausgegeben hat.')).toMatchObject({ ausgegeben: 0 });
    expect(polarity('Платформа не сообщила, сколько Norvel потратила на рекламу.')).toMatchObject({ потратил: 0 });
  });

  // an invented storyline (no real people or events)
  const scorer = createScorer(
    Watchlist.parse({
      version: 1,
      entities: [
        { id: 'norvel', type: 'org', aliases: [{ text: 'Norvel Media' }, { text: 'Norvel' }] },
        { id: 'kelbach_net', type: 'platform', aliases: [{ text: 'Kelbach Net' }] },
      ],
      claims: [
        {
          id: 'Q1',
          statement: 'Kelbach Net said Norvel Media spent about 41,300 euros on promoted posts aimed at voters.',
          entities: ['kelbach_net', 'norvel'],
          quantities: [{ value: 41300, unit: 'EUR', approx: true }],
        },
        ...otherDeeds('X', 'Norvel Media', 'norvel', ['hired a new editor', 'opened a studio in Tarnau', 'sold its radio arm', 'launched a podcast']),
      ],
    }),
  );

  it('does not contradict the claim that tells the amount', () => {
    expect(findingOf(scorer, 'Kelbach Net has not said how much Norvel Media spent on promoted posts aimed at voters.', 'Q1')).toBe('none');
    expect(findingOf(scorer, 'Kelbach Net said Norvel Media never spent any money on promoted posts aimed at voters.', 'Q1')).toMatch(/^contradicts/);
  });
});

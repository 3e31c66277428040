import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer, explainScore } from '../../src/matchers/index.js';
import { findOutsiders } from '../../src/matchers/outsiders.js';

// An invented storyline (no real events): a dam operator's spill into a lake, and a mayor's water ban.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'korrin_hydro', type: 'org', aliases: [{ text: 'Korrin Hydro' }] },
    { id: 'lake_asvel', type: 'place', aliases: [{ text: 'Lake Asvel' }] },
    { id: 'mara_olund', type: 'person', aliases: [{ text: 'Mara Olund' }, { text: 'Olund', needs_context: true }] },
    { id: 'tessby', type: 'place', aliases: [{ text: 'Tessby' }] },
    { id: 'water_board', type: 'org', aliases: [{ text: 'Water Board' }] },
    // (a watchlist that follows people: strangers are told apart from three of them on)
    { id: 'ida_kvist', type: 'person', aliases: [{ text: 'Ida Kvist' }] },
    { id: 'ole_brun', type: 'person', aliases: [{ text: 'Ole Brun' }] },
  ],
  claims: [
    { id: 'K1', statement: 'Korrin Hydro released sediment-laden water into Lake Asvel on 2 May.', entities: ['korrin_hydro', 'lake_asvel'] },
    { id: 'K2', statement: 'Korrin Hydro said the turbidity in Lake Asvel posed no risk to fish.', entities: ['korrin_hydro', 'lake_asvel'] },
    { id: 'M1', statement: 'Mayor Mara Olund banned tap water in Tessby for four days.', entities: ['mara_olund', 'tessby'] },
    { id: 'W1', statement: 'The Water Board opened an inquiry into Korrin Hydro.', entities: ['water_board', 'korrin_hydro'] },
  ],
});
const scorer = createScorer(watchlist);

describe('people the watchlist does not follow', () => {
  it('are found by a given name and a surname, again by the surname alone, never inside a watchlist name or an organisation', () => {
    const doc =
      'Mara Olund met Carla Weiss and Milo Brandt of the Justice Department at Fox News. Brandt said the Water Board would decide. Weiss left early.';
    const found = findOutsiders(doc, scorer.details({ title: '', text: doc }).analysis.entities);
    expect(found.names).toEqual(['Carla Weiss', 'Milo Brandt']);
    // four mentions of outsiders (two full names, two surnames), two of the watchlist's (Mara Olund, Water Board), one for smoothing
    expect(found.share).toBeCloseTo(4 / 7, 5);
    // one stranger in a tweet weighs a third of its share: a story about strangers names them again
    const tweet = 'Mara Olund thanks Carla Weiss for the bottled water in Tessby #Korrin';
    expect(findOutsiders(tweet, scorer.details({ title: '', text: tweet }).analysis.entities).share).toBeCloseTo((1 / (1 + 2 + 1)) * (1 / 3), 5);
    expect(findOutsiders('Korrin Hydro and Mara Olund met in Tessby.', scorer.details({ title: '', text: 'Korrin Hydro and Mara Olund met in Tessby.' }).analysis.entities)).toEqual({ share: 0, names: [] });
  });

  it('counts the surnames of a page listing many people as surely as of a few (each once more where written alone)', () => {
    const given = ['Anna', 'Carla', 'Milo', 'Jonas', 'Peter', 'Maria', 'David', 'Laura', 'Thomas', 'Julia'];
    for (const people of [6, 40]) {
      const surnames = Array.from({ length: people }, (_, k) => `Ferr${'aeiou'[k % 5]}${'lnrstvwz'[Math.floor(k / 5)]}is`);
      const doc = `${surnames.map((s, k) => `${given[k % 10]} ${s} met Mara Olund.`).join(' ')} ${surnames.join(' and ')} left.`;
      const found = findOutsiders(doc, scorer.details({ title: '', text: doc }).analysis.entities);
      expect(found.names).toHaveLength(people);
      // each outsider twice (the full name, the surname alone), Mara Olund once a sentence, one for smoothing
      expect(found.share).toBeCloseTo((2 * people) / (2 * people + people + 1), 5);
    }
  });

  it('say nothing where the watchlist follows no one: it has no people of its own to tell strangers from', () => {
    const story = {
      title: 'Korrin Hydro engineer sues former partner',
      text: 'Engineer Milo Brandt, who once worked for Korrin Hydro, is suing Carla Weiss over a patent. Brandt says Weiss copied his turbine design; Weiss denies it.',
      lang: 'en',
    };
    const withPeople = scorer;
    const noPeople = createScorer(Watchlist.parse({ ...watchlist, entities: watchlist.entities.filter((e) => e.type !== 'person'), claims: watchlist.claims.filter((c) => c.id !== 'M1') }));
    expect(withPeople.score(story).why.join('\n')).toMatch(/people the watchlist does not follow/);
    expect(noPeople.score(story).why.join('\n')).not.toMatch(/people the watchlist does not follow/);
    expect(noPeople.score(story).relevance).toBeGreaterThan(withPeople.score(story).relevance);
  });

  it('make a story mostly about them less relevant than the same names of the storyline alone, and the explanation says who they are', () => {
    // written for this test: both name Korrin Hydro, Lake Asvel and the Water Board; the second is about another case
    const about = {
      title: 'Korrin Hydro faces Water Board questions over Lake Asvel',
      text: 'The Water Board asked Korrin Hydro how much sediment reached Lake Asvel after the spillway gates were opened.',
      lang: 'en',
    };
    const other = {
      title: 'Korrin Hydro engineer sues former partner',
      text:
        'Engineer Milo Brandt, who once worked for Korrin Hydro, is suing his former business partner Carla Weiss over a patent. ' +
        'Brandt says Weiss copied his turbine design; Weiss denies it. Nadia Ferris, their mediator, told the Water Board nothing about Lake Asvel.',
      lang: 'en',
    };
    const a = scorer.score(about);
    const b = scorer.score(other);
    expect(a.relevant).toBe(true);
    expect(b.relevant).toBe(false);
    expect(b.why.join('\n')).toMatch(/mostly about people the watchlist does not follow \(Carla Weiss, Milo Brandt, Nadia Ferris\)/);
    // `veille explain` gives the share beside the other signals of the fitted relevance
    expect(explainScore(other, b, watchlist)).toMatch(/people the watchlist does not follow 0\.[1-9]/);
  });
});

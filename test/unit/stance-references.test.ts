import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf } from '../helpers/findings.js';

// An invented storyline (no real events): a dam on the river Ossel fails above the town of Varnby.
// Stories name the event once ("the Varnby dam failure") and then go on with "the flood", « la rupture ».
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'fr',
  entities: [
    { id: 'varnby', type: 'place', aliases: [{ text: 'Varnby' }] },
    {
      id: 'varnby_flood',
      type: 'event',
      // the event most claims name: as weak a name as a hub is in a real watchlist
      weight: 0.4,
      aliases: [
        { text: 'Varnby flood', lang: ['en'] },
        { text: 'Varnby dam failure', lang: ['en'] },
        { text: 'Ossel disaster', lang: ['en'] },
        { text: 'rupture du barrage de Varnby', lang: ['fr'] },
      ],
    },
    { id: 'hydrel', type: 'org', aliases: [{ text: 'Hydrel Energie' }, { text: 'Hydrel' }] },
    { id: 'mira_ostrand', type: 'person', aliases: [{ text: 'Mira Ostrand' }] },
  ],
  claims: [
    { id: 'V1', statement: 'Eleven people died in the Varnby flood.', entities: ['varnby_flood', 'varnby'], quantities: [{ value: 11, unit: 'deaths' }] },
    { id: 'V2', statement: 'Hydrel Energie operated the dam above Varnby.', entities: ['hydrel', 'varnby'] },
    { id: 'V4', statement: 'The Varnby flood covered 1,200 hectares of farmland.', entities: ['varnby_flood', 'varnby'], quantities: [{ value: 1200, unit: 'hectares' }] },
    {
      id: 'V5',
      statement: 'A drone inspection for Hydrel Energie flagged the cracked spillway gate at Varnby on 3 March 2024.',
      entities: ['hydrel', 'varnby'],
      dates: [{ value: '2024-03-03' }],
    },
    {
      id: 'V6',
      statement: 'An engineer of Hydrel Energie says he reported cracks in the Varnby spillway gate to his managers in November 2025.',
      entities: ['hydrel', 'varnby'],
      dates: [{ value: '2025-11' }],
    },
    {
      id: 'V7',
      statement: 'The spillway gate at Varnby failed on the evening of Tuesday 3 March 2026, Hydrel Energie said.',
      entities: ['hydrel', 'varnby'],
      dates: [{ value: '2026-03-03' }],
    },
    { id: 'V8', statement: 'Varnby replanted 400 hectares of riverbank after the flood.', entities: ['varnby'], quantities: [{ value: 400, unit: 'hectares' }] },
    { id: 'V3', statement: 'Mayor Mira Ostrand ordered the evacuation of 2,300 residents of Varnby.', entities: ['mira_ostrand', 'varnby'], quantities: [{ value: 2300, unit: 'residents' }] },
  ],
});
const scorer = createScorer(watchlist);

describe('a story that names the event once and then says "the flood"', () => {
  it('reads the later sentence as about the event: its figure supports or contradicts the claim', () => {
    const story = 'Rescuers searched the streets of Varnby on Sunday, two days after the Varnby dam failure. The flood killed eleven people, officials said.';
    expect(findingOf(scorer, story, 'V1')).toBe('supports (number)');
    expect(findingOf(scorer, story.replace('eleven', 'seven'), 'V1')).toBe('contradicts (number)');
  });

  it("reads the event's figure in a sentence about the event, though the story names none of the claim's other names", () => {
    const story = 'The Ossel disaster is the worst in decades. The water reached about 1,200 hectares after the flood, the prefecture said.';
    expect(findingOf(scorer, story, 'V4')).toBe('supports (number)');
    // a different figure there is not enough to weigh the claim: the sentence may be about another flood
    expect(findingOf(scorer, story.replace('1,200', '3,500'), 'V4')).toBe('none');
  });

  it("weighs a different figure of the claim's unit in a sentence that names the event, though the story names none of the claim's other names", () => {
    // "Varnby" is not in the story: only the event's own name ties the figure to the claim
    const story = 'Rescuers are still searching the valley. The Ossel disaster killed seven people, the prefecture said on Sunday.';
    expect(findingOf(scorer, story, 'V1')).toBe('contradicts (number)');
    expect(findingOf(scorer, story.replace('seven', 'eleven'), 'V1')).toBe('supports (number)');
  });

  it('does not take "the flood" for the event in a story that never names it', () => {
    const story = 'Heavy rain hit the north of the country on Sunday. The flood killed seven people, officials said.';
    expect(findingOf(scorer, story, 'V1')).toBe('none');
  });

  it('does not take a person for a common noun of a name', () => {
    // "mayor" is no word of Mira Ostrand's names: another mayor's figure is no figure of V3
    const story = 'Mira Ostrand visited Varnby on Monday. The mayor of Ossingen ordered 900 residents to leave.';
    expect(findingOf(scorer, story, 'V3')).toBe('none');
  });
});

describe('a small watchlist', () => {
  it('still knows a word only one claim uses, and takes another date beside it for that claim\'s date', () => {
    // five claims: a word no other claim uses weighs less than in a watchlist of forty, and is as distinctive
    const story = 'Hydrel Energie faces new questions. The Varnby spillway gate had been flagged as cracked in a drone inspection in March 2025.';
    expect(findingOf(scorer, story, 'V5')).toBe('contradicts (date)');
    expect(findingOf(scorer, story.replace('March 2025', 'March 2024'), 'V5')).toMatch(/^supports/);
  });

  it("takes a date for the claim's event only with the claim's words beside it, not a clause away", () => {
    // the date is when engineers were told of abnormal readings; "spillway" is the claim's word, a clause away
    const story =
      'Hydrel Energie has issued a clarification about the spillway gate at Varnby, saying that two engineers of the plant had been told ' +
      'of abnormal readings on the turbines in mid-February 2026, weeks before the regulator confirmed them.';
    expect(findingOf(scorer, story, 'V5')).not.toMatch(/^contradicts/);
  });
});

describe('a story published before the claim', () => {
  it('cannot report on events that had not happened: its figure or date is listed as possible, never asserted', () => {
    const story = 'A drone inspection for Hydrel Energie flagged a cracked spillway gate at Varnby in March 2021.';
    const early = scorer.score({ title: '', text: story, publishedAt: '2021-04-02' }).claims.find((c) => c.claim === 'V5');
    expect(early?.stance).toBe('possible');
    expect(early?.reason).toMatch(/published before the claim’s events/);
    const later = scorer.score({ title: '', text: story, publishedAt: '2024-06-02' }).claims.find((c) => c.claim === 'V5');
    expect(later?.stance).toBe('contradicts');
  });
});

describe('"X, not Y": the claim\'s own date denied beside another', () => {
  it('takes the other date for the claim\'s event and contradicts it', () => {
    const story =
      'Hydrel Energie faces new questions over Varnby. In a statement on Tuesday, one of its former staff said he had ' +
      'first reported cracks in the spillway gate to his managers in early January 2026, not in November 2025 as he had said.';
    expect(findingOf(scorer, story, 'V6')).toBe('contradicts (date)');
  });
});

describe('a weekday that is the claim\'s very day', () => {
  it('reads "on Tuesday", in a story published that week, as the claim\'s date', () => {
    const story = 'Hydrel Energie said the gate at Varnby failed on Tuesday evening.';
    const onTuesday = scorer.score({ title: '', text: story, publishedAt: '2026-03-06' }).claims.find((c) => c.claim === 'V7');
    expect(`${onTuesday?.stance} (${onTuesday?.rule})`).toBe('supports (date)');
    // the Tuesday of another week is no date of the claim (the wording may still support it)
    const weekLater = scorer.score({ title: '', text: story, publishedAt: '2026-03-13' }).claims.find((c) => c.claim === 'V7');
    expect(weekLater?.rule).not.toBe('date');
    expect(weekLater?.reason).not.toMatch(/gives the claim's date/);
  });
});

describe('a figure in a sentence that names only a place of the claim', () => {
  it("is the place's figure of another thing unless the claim's words are there too", () => {
    expect(findingOf(scorer, 'A fire near Ossingen burnt 5,400 hectares, a month after the flood in neighbouring Varnby.', 'V8')).toBe('none');
    expect(findingOf(scorer, 'Varnby has replanted 900 hectares of riverbank since the flood.', 'V8')).toBe('contradicts (number)');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import type { StoryInput } from '../../src/domain/types.js';
import { createScorer, explainScore } from '../../src/matchers/index.js';

// A small storyline written for these tests (no real events): Jane Roe, Northwind Bank, Acme Corp; the seed's
// error names a group the watchlist does not know (the Zeta Group), as seed notes do.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }, { text: 'Roe' }, { text: 'Джейн Роу' }] },
    { id: 'northwind', type: 'org', aliases: [{ text: 'Northwind Bank' }, { text: 'Northwind' }] },
    { id: 'acme', type: 'org', aliases: [{ text: 'Acme Corp' }, { text: 'Acme' }] },
    { id: 'ruritania', type: 'place', aliases: [{ text: 'Ruritania' }, { text: 'Ruritanian army' }] },
    { id: 'geneva_meeting', type: 'event', aliases: [{ text: 'Geneva meeting' }, { text: 'meeting in Geneva' }] },
  ],
  claims: [
    {
      id: 'K1',
      statement: 'On 4 March 2019 Jane Roe emailed Northwind Bank executives, offering 250 million dollars for the shipyard.',
      entities: ['jane_roe', 'northwind'],
      quantities: [{ value: 250_000_000, unit: 'USD', approx: false }],
      dates: [{ value: '2019-03-04' }],
    },
    {
      id: 'K2',
      statement: 'Acme Corp sold 1,500 drones to the Ruritanian army in 2018.',
      entities: ['acme', 'ruritania'],
      quantities: [{ value: 1500, unit: 'drones', approx: false }],
      dates: [{ value: '2018' }],
    },
    {
      id: 'K3',
      statement: 'Jane Roe hacked the Acme servers and leaked the shipyard files.',
      entities: ['jane_roe', 'acme'],
      seed_error: 'The Acme servers were hacked by the Zeta Group; Jane Roe only published the files. Items attributing the hack to the Zeta Group contradict K3.',
    },
    {
      id: 'K4',
      statement: 'The shipyard sale was not discussed at the Geneva meeting between Acme and Northwind.',
      entities: ['acme', 'geneva_meeting', 'northwind'],
    },
  ],
});

const scorer = createScorer(watchlist);
const stance = (story: StoryInput, claim: string) => scorer.score(story).claims.find((c) => c.claim === claim);

describe('claim stance: support in every language', () => {
  it.each([
    ['en', 'Jane Roe wrote to Northwind Bank executives on March 4, 2019, offering $250 million for the shipyard.'],
    ['fr', 'Jane Roe a écrit aux dirigeants de Northwind Bank le 4 mars 2019 pour proposer 250 millions de dollars.'],
    ['de', 'Jane Roe schrieb am 4. März 2019 an die Northwind Bank und bot 250 Millionen Dollar.'],
    ['es', 'Jane Roe escribió a Northwind Bank el 4 de marzo de 2019 y ofreció 250 millones de dólares.'],
    ['ru', 'Джейн Роу написала руководству Northwind Bank 4 марта 2019 года и предложила 250 млн долларов.'],
  ])('%s', (lang, text) => {
    const hit = stance({ title: '', text, lang, publishedAt: '2019-03-10' }, 'K1');
    expect(hit).toMatchObject({ stance: 'supports' });
    expect(hit!.score).toBeGreaterThanOrEqual(0.5);
    expect(hit!.evidence).toBe(text);
  });
});

describe('claim stance: contradictions', () => {
  it('a different amount of the same unit contradicts', () => {
    const text = 'Jane Roe offered Northwind Bank $400 million for the shipyard in her email of March 4, 2019.';
    expect(stance({ title: '', text }, 'K1')).toMatchObject({ stance: 'contradicts' });
  });

  it('a different date for the same event contradicts', () => {
    const text = 'Jane Roe emailed the Northwind Bank executives about the shipyard on March 9, 2019, according to the files.';
    expect(stance({ title: '', text }, 'K1')).toMatchObject({ stance: 'contradicts' });
  });

  it('a denial scoped to the predicate contradicts (Russian)', () => {
    const text = 'Джейн Роу никогда не писала руководству Northwind Bank и не предлагала денег.';
    expect(stance({ title: '', text, lang: 'ru' }, 'K1')).toMatchObject({ stance: 'contradicts' });
  });

  it('a denial the story refutes supports', () => {
    const text = 'Jane Roe denied emailing Northwind Bank, but the messages show she wrote to its executives on March 4, 2019, offering $250 million.';
    expect(stance({ title: '', text }, 'K1')).toMatchObject({ stance: 'supports' });
  });

  it('a negation in another clause does not flip the stance', () => {
    const text = 'Jane Roe emailed Northwind Bank executives on March 4, 2019, offering $250 million, though she did not attend the board meeting.';
    expect(stance({ title: '', text }, 'K1')).toMatchObject({ stance: 'supports' });
  });

  it('a negative claim is contradicted by the story asserting what it negates', () => {
    const text = 'Acme and Northwind discussed the shipyard sale at length at the Geneva meeting, a participant said.';
    expect(stance({ title: '', text }, 'K4')).toMatchObject({ stance: 'contradicts' });
  });
});

describe('claim stance: scope and seed errors', () => {
  it('a sentence about a different fact of the same entities does not fire', () => {
    const text = 'Acme Corp has sold 40,000 drones to armies worldwide since 2009, Ruritania among them.';
    expect(stance({ title: '', text }, 'K2')).toBeUndefined();
  });

  it('the same fact with its number supports', () => {
    const text = 'In 2018 Acme Corp delivered 1,500 drones to the Ruritanian army.';
    expect(stance({ title: '', text }, 'K2')).toMatchObject({ stance: 'supports' });
  });

  it('a story stating the correct fact contradicts a seed_error claim', () => {
    const text = 'Investigators found that the Acme servers were hacked by the Zeta Group; Jane Roe only published the files.';
    const hit = stance({ title: '', text }, 'K3');
    expect(hit).toMatchObject({ stance: 'contradicts' });
    const explanation = explainScore({ title: '', text }, scorer.score({ title: '', text }), watchlist);
    expect(explanation).toContain('the seed itself is wrong here');
  });
});

describe('claim stance: relevance and explanations', () => {
  it('a stance on a claim raises relevance', () => {
    const withStance = scorer.score({ title: '', text: 'Jane Roe wrote to Northwind Bank executives on March 4, 2019, offering $250 million.' });
    const namesOnly = scorer.score({ title: '', text: 'Jane Roe and Northwind Bank were both mentioned at a conference.' });
    expect(withStance.relevance).toBeGreaterThan(namesOnly.relevance);
  });

  it('explains the quantity compared and the cue', () => {
    const story = { title: '', text: 'Jane Roe offered Northwind Bank $400 million for the shipyard in her email of March 4, 2019.' };
    const text = explainScore(story, scorer.score(story), watchlist);
    expect(text).toMatch(/K1 contradicts/);
    expect(text).toContain('why: The story gives $400 million; the claim says $250 million.');
  });
});

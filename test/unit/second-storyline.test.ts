import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/matchers/index.js';
import { proposeFromSeeds } from '../../src/seeds/propose.js';
import { seedFixture } from '../helpers/seed-fixtures.js';

// A storyline unlike the shipped one, end to end: three invented seed articles (English, English, German)
// about a bank fined over its transfers, imported as a new user would, then stories in three languages.
const { watchlist } = proposeFromSeeds(seedFixture('northwind'));
const scorer = createScorer(watchlist);
const score = (title: string, text: string) => scorer.score({ title, text });
const findings = (title: string, text: string) => score(title, text).claims.filter((c) => c.score >= 0.5 && c.stance !== 'possible').map((c) => `${c.stance} (${c.rule})`);

describe('a second storyline, from its seeds to findings', () => {
  it('proposes its people, its bank and the country the money went to, typed', () => {
    const typeOf = (name: string) => watchlist.entities.find((e) => e.aliases.some((a) => a.text === name))?.type;
    expect(typeOf('Jane Roe')).toBe('person');
    expect(typeOf('Northwind Bank')).toBe('org');
    expect(typeOf('Cyprus')).toBe('place');
    expect(typeOf('Orbis Collective')).toBe('org');
  });

  it('flags a different fine and a different resignation day, and supports the same fine', () => {
    expect(findings('Central bank fine on Northwind Bank was €8 million', 'The Dutch central bank fined Northwind Bank 8 million euros in March 2023.')).toContain('contradicts (number)');
    expect(findings('Jane Roe left Northwind Bank in June', 'Jane Roe resigned as chief executive of Northwind Bank on 12 June 2023, the bank said.')).toContain('contradicts (date)');
    expect(findings('Northwind Bank pays €12 million fine', 'Northwind Bank has paid the 12 million euro fine imposed in March 2023, the bank said.')).toContain('supports (number)');
  });

  it('finds the storyline in French though the seeds are English and German', () => {
    const story = score('Blanchiment : la Northwind Bank visée par une enquête', 'Le parquet enquête sur la Northwind Bank, soupçonnée d’avoir laissé passer environ 4 000 virements suspects vers Chypre entre 2018 et 2021.');
    expect(story.relevant).toBe(true);
    expect(story.claims.some((c) => c.stance === 'supports' && c.rule === 'number')).toBe(true);
  });

  it('leaves other news and a namesake alone', () => {
    expect(score('Acme opens a new factory in Lyon', 'Acme Corp opened a new factory in Lyon on Tuesday, creating 300 jobs.').relevant).toBe(false);
    expect(score('Jane Roe wins marathon', 'Jane Roe, a 34-year-old teacher from Leeds, won the city marathon on Sunday in 2 hours 41 minutes.').relevant).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// An invented storyline (no real events): a troll office, the Kestrel Media Agency ("KMA"), ran fake accounts on
// a video platform before a vote. "KMA" is also a bank's and a stock exchange's code, so it needs context.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'kma', type: 'org', aliases: [{ text: 'Kestrel Media Agency' }, { text: 'KMA', needs_context: true }] },
    { id: 'vidloop', type: 'platform', aliases: [{ text: 'Vidloop' }] },
    { id: 'tomas_wren', type: 'person', aliases: [{ text: 'Tomas Wren' }] },
  ],
  context_words: ['troll', 'fake accounts'],
  claims: [
    { id: 'K1', statement: 'The troll office ran 412 fake accounts on Vidloop before the vote.', entities: ['kma', 'vidloop'], quantities: [{ value: 412, unit: 'accounts' }] },
    { id: 'K2', statement: 'Tomas Wren financed the troll office.', entities: ['tomas_wren', 'kma'] },
  ],
  threads: [{ id: 'office', description: 'the troll office', claims: ['K1', 'K2'], entities: ['kma', 'vidloop'] }],
});
const scorer = createScorer(watchlist);

// written for this test: a report passage that names the agency by its short name throughout, as reports do
// once they have spelled it out, with the platform it worked on beside it (its context)
const passage = (name: string) => ({
  title: 'Findings on foreign influence',
  text:
    `Several ${name} employees served as Vidloop specialists. The ${name} ran persona channels and a network of automated ` +
    `accounts that amplified its content. By the spring, ${name} managers reviewed the reach of each channel every week, ` +
    `and the ${name} hired more specialists.`,
  lang: 'en',
});

describe('an ambiguous alias whose context is there', () => {
  it('counts as much as the full name: a passage that calls the agency by its short name is as relevant', () => {
    const short = scorer.score(passage('KMA'));
    const full = scorer.score(passage('Kestrel Media Agency'));
    expect(short.entities.map((e) => e.id)).toContain('kma');
    expect(short.relevance).toBeCloseTo(full.relevance, 2);
  });

  it('still counts for nothing without its context', () => {
    const bank = scorer.score({ title: 'KMA shares rise', text: 'KMA shares rose 3% after the bank reported higher lending in the quarter.', lang: 'en' });
    expect(bank.entities.map((e) => e.id)).not.toContain('kma');
    expect(bank.relevance).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// An invented storyline (no real events): a wildfire in the Brannock hills, a power company blamed for it.
// A watchlist proposed from seeds has claims that name only a place, as this one's H1 does.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'brannock', type: 'place', aliases: [{ text: 'Brannock hills' }, { text: 'Brannock' }] },
    { id: 'velgrid', type: 'org', aliases: [{ text: 'Velgrid Power' }, { text: 'Velgrid' }] },
    { id: 'ada_morrow', type: 'person', aliases: [{ text: 'Ada Morrow' }, { text: 'Morrow', needs_context: true }] },
  ],
  claims: [
    { id: 'H1', statement: 'Eight months after the blaze tore through the upland massif of Brannock, residents are suing.', entities: ['brannock'] },
    { id: 'V1', statement: "Velgrid Power's line sparked the fire in the Brannock hills.", entities: ['velgrid', 'brannock'] },
    { id: 'M1', statement: 'Ada Morrow, the head of Velgrid Power, said the company would compensate residents.', entities: ['ada_morrow', 'velgrid'] },
  ],
});
const scorer = createScorer(watchlist);
const stanceOn = (text: string, claim: string) => {
  const found = scorer.score({ title: '', text, lang: 'en' }).claims.find((c) => c.claim === claim && c.score >= 0.5);
  return found ? found.stance : 'none';
};

describe('a denial is by or about the claim’s people and organisations', () => {
  const story = 'Velgrid Power on Tuesday rejected suggestions that one of its lines sparked the blaze tearing through the upland massif of Brannock.';

  it('contradicts the claim of the company that denies it', () => {
    expect(stanceOn(story, 'V1')).toBe('contradicts');
  });

  it('does not contradict a claim that names only the place the denial mentions', () => {
    expect(stanceOn(story, 'H1')).not.toBe('contradicts');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { conceptOf } from '../../src/matchers/lexicon-concepts.js';
import { foldText } from '../../src/matchers/normalize.js';

// An invented storyline (no real events): a port official denies taking money from a shipping firm, and a
// utility's chief denies that its grid started a fire. Both claims are denials: a story reporting the denial
// again supports them; the same people owning up to it later contradicts them.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }, { text: 'Roe', needs_context: true }] },
    { id: 'kelbach_shipping', type: 'org', aliases: [{ text: 'Kelbach Shipping' }] },
    { id: 'max_sturm', type: 'person', aliases: [{ text: 'Max Sturm' }, { text: 'Sturm', needs_context: true }] },
    { id: 'tarnau_power', type: 'org', aliases: [{ text: 'Tarnau Power' }] },
    { id: 'velmora_port', type: 'org', aliases: [{ text: 'Port of Velmora' }] },
  ],
  claims: [
    {
      id: 'D1',
      statement: "Port director Jane Roe denied the allegation: 'I have never received money from Kelbach Shipping or from anyone.'",
      entities: ['jane_roe', 'kelbach_shipping'],
    },
    { id: 'D2', statement: "Tarnau Power CEO Max Sturm said the company's grid was not involved in starting the fire.", entities: ['max_sturm', 'tarnau_power'] },
    { id: 'D3', statement: 'The Port of Velmora handled 41,000 containers in 2024.', entities: ['velmora_port'], quantities: [{ value: 41000, unit: 'containers' }] },
  ],
});
const scorer = createScorer(watchlist);
/** the claim as weighed, asserted or not */
const stanceOf = (text: string, claim: string, lang = 'en') => scorer.details({ title: '', text, lang }).stances.find((c) => c.claim === claim);
const stanceOn = (text: string, claim: string, lang = 'en') => {
  const found = stanceOf(text, claim, lang);
  return found && found.score >= 0.5 ? found.stance : 'none';
};

describe('an admission against a denial', () => {
  it('reads "admitted", « a reconnu », „räumt … ein“, "admitió", «признал» as admissions that contradict the denial', () => {
    // written for this test
    expect(stanceOn('Jane Roe admitted in court that she had received money from Kelbach Shipping.', 'D1')).toBe('contradicts');
    expect(stanceOn('Max Sturm a reconnu que le réseau de Tarnau Power avait été impliqué dans le départ du feu.', 'D2', 'fr')).toBe('contradicts');
    expect(stanceOn('Max Sturm räumt die Beteiligung des Netzes von Tarnau Power am Brand ein.', 'D2', 'de')).toBe('contradicts');
    expect(stanceOn('Max Sturm admitió que la red de Tarnau Power estuvo implicada en el inicio del incendio.', 'D2', 'es')).toBe('contradicts');
    expect(stanceOn('Глава Tarnau Power Max Sturm признал, что сеть компании причастна к пожару.', 'D2', 'ru')).toBe('contradicts');
  });

  it('says so in plain words', () => {
    const found = stanceOf('Jane Roe admitted in court that she had received money from Kelbach Shipping.', 'D1');
    expect(found?.reason).toMatch(/admission/);
    expect(found?.reason).toMatch(/received/);
  });

  it('lets the admission win over the earlier denial the same sentence quotes', () => {
    const text =
      'Jane Roe, the port director, told the judge the payment was a loan. ' +
      'It is the first time she has admitted receiving any money from Kelbach Shipping; in May she had said she had "never received money from Kelbach Shipping or from anyone".';
    expect(stanceOn(text, 'D1')).toBe('contradicts');
  });

  it('reads a story repeating the denial as no contradiction, in the claim’s language or another', () => {
    expect(stanceOn('"I have never received money from Kelbach Shipping or from anyone," Jane Roe said, denying the allegation.', 'D1')).not.toBe('contradicts');
    // „nicht beteiligt“: the same denial, in German ("involved" and „beteiligt“ are one concept)
    // (weighed as support, though this small watchlist gives its words too little weight to assert it)
    expect(stanceOf('Max Sturm, Chef von Tarnau Power, erklärte, das Netz des Unternehmens sei am Ausbruch des Brandes nicht beteiligt gewesen.', 'D2', 'de')?.stance).toBe('supports');
    for (const word of ['involved', 'impliqué', 'beteiligt', 'Beteiligung', 'implicado', 'причастна']) expect(conceptOf(foldText(word).trim()), word).toBe('involve');
  });

  it('needs the claim’s own people: an admission by someone else, or of something else, contradicts nothing', () => {
    expect(stanceOn('A Kelbach Shipping clerk admitted that he had lost the ledgers.', 'D1')).not.toBe('contradicts');
    expect(stanceOn('Jane Roe was admitted to hospital on Monday, Kelbach Shipping said.', 'D1')).not.toBe('contradicts');
    // a claim that is no denial is not contradicted by an admission of its fact
    expect(stanceOn('The Port of Velmora acknowledged that it handled 41,000 containers in 2024.', 'D3')).toBe('supports');
  });
});

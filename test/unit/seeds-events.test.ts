import { describe, expect, it } from 'vitest';
import { findEvents } from '../../src/seeds/events.js';
import { proposeFromSeeds } from '../../src/seeds/propose.js';

const seeds = (texts: readonly string[]) => texts.map((text, i) => ({ key: `S${i}`, file: `${i}.txt`, text }));

describe('who did what: a named actor and a deed', () => {
  it('reads deeds in the five languages, and not the same words as nouns or adjectives', () => {
    const concepts = (s: string) => findEvents(s).map((e) => e.concept);
    expect(concepts('Acme secretly hacked the servers of Jane Roe.')).toEqual(['hack']);
    expect(concepts('Zeta Group a piraté les courriels de Jane Roe.')).toEqual(['hack']);
    expect(concepts('Die Polizei hat Jane Roe in Berlin festgenommen.')).toEqual(['arrest']);
    expect(concepts('Jane Roe dimitió como directora de Acme.')).toEqual(['resign']);
    expect(concepts('Acme подписала соглашение с Zeta Group.')).toEqual(['sign', 'sign']);
    // a noun after its determiner, a word of another sense: no deed
    expect(concepts('Jane Roe a assisté à la réunion dans plusieurs pays.')).toEqual([]);
    expect(concepts('Acme made its financial results public.')).toEqual([]);
    expect(concepts('Acme a relayé certaines publications de Jane Roe.')).toEqual([]);
    expect(concepts('Zeta Group hielt mehrere Treffen mit Acme ab.')).toEqual([]);
    // what ought to happen has not happened
    expect(concepts('Acme should be fined for its accounts.')).toEqual([]);
    expect(concepts('Jane Roe devrait démissionner de Acme.')).toEqual([]);
    expect(concepts('Northwind Bank muss die Strafe zahlen und Jane Roe sollte zurücktreten.')).toEqual([]);
    expect(concepts('Acme soll die Server von Jane Roe gehackt haben.')).toEqual(['hack']);
  });

  it('proposes an undated sentence where a watched name does a deed, not one where the deed has no named actor', () => {
    const docs = seeds([
      'Acme a secrètement financé la campagne de Jane Roe en achetant des publicités. Jane Roe dirige Acme depuis longtemps.',
      "Selon Jane Roe, Acme travaille avec plusieurs partenaires. Plusieurs courriels ont été piratés dans d'autres cas similaires.",
      'Jane Roe et Acme se connaissent bien, a rappelé la presse locale.',
    ]);
    const claims = proposeFromSeeds(docs).watchlist.claims;
    const financed = claims.find((c) => c.quote.startsWith('Acme a secrètement financé'));
    expect(financed?.entities).toEqual(expect.arrayContaining(['acme', 'jane_roe']));
    expect(claims.some((c) => c.quote.startsWith('Plusieurs courriels'))).toBe(false);
    expect(claims.some((c) => c.quote.startsWith('Jane Roe dirige'))).toBe(false);
  });

  it('keeps a hedged deed ("would seem to prove that…"), still drops opinions and questions about one', () => {
    const docs = seeds([
      'Ces documents sembleraient prouver que Acme soutenait Jane Roe, notamment en piratant les courriels de ses rivaux.',
      'Je pense que Acme a piraté les courriels de Jane Roe pendant toute la campagne.',
      'Acme a-t-elle vraiment piraté les courriels de Jane Roe pendant la campagne ?',
      'Jane Roe a parlé de Acme à plusieurs reprises, a-t-on appris.',
    ]);
    const quotes = proposeFromSeeds(docs).watchlist.claims.map((c) => c.quote);
    expect(quotes.some((q) => q.startsWith('Ces documents sembleraient'))).toBe(true);
    expect(quotes.some((q) => q.startsWith('Je pense'))).toBe(false);
    expect(quotes.some((q) => q.endsWith('?'))).toBe(false);
  });

  it('ranks a deed with a date before it without one, and like a date against a reported statement', () => {
    const docs = seeds([
      'Acme hacked the servers of Zeta Group on 3 May 2017, according to Jane Roe.',
      'Acme also hacked the mail servers of Northwind Bank during the same campaign.',
      'Jane Roe said that Acme works with Zeta Group and with Northwind Bank.',
    ]);
    const two = proposeFromSeeds(docs, { maxClaims: 2 }).watchlist.claims.map((c) => c.quote);
    expect(two).toHaveLength(2);
    expect(two[0]).toMatch(/3 May 2017/u);
    expect(two[1]).toMatch(/mail servers/u);
  });
});

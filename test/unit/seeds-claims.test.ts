import { describe, expect, it } from 'vitest';
import { mainYear, yearOfWeekday } from '../../src/seeds/claims.js';
import { nonClaimReason } from '../../src/seeds/non-claims.js';
import { proposeFromSeeds } from '../../src/seeds/propose.js';

describe('claim selection', () => {
  it('names non-claims in the five languages and keeps facts', () => {
    expect(nonClaimReason('Marc Dupont, un avocat pour Jean Martin, a refusé de commenter.')).toMatch(/non-claim/);
    expect(nonClaimReason('A spokesman for the company declined to comment on Tuesday.')).toMatch(/declined to comment/);
    expect(nonClaimReason('Ein Sprecher wollte sich nicht äußern.')).toMatch(/non-claim/);
    expect(nonClaimReason('El portavoz declinó comentar el 3 de marzo.')).toMatch(/non-claim/);
    expect(nonClaimReason('Представитель компании отказался от комментариев.')).toMatch(/non-claim/);
    expect(nonClaimReason('Jean Martin a déclaré avoir reçu 3 000 euros le 5 mai 2017.')).toBeNull();
  });

  it('names the other ways a refusal to comment is written', () => {
    expect(nonClaimReason('Contacté le 3 mai 2017, Acme a décliné tout commentaire.')).toMatch(/non-claim/);
    expect(nonClaimReason("Jane Roe n'a pas voulu commenter ce virement de 3 000 euros.")).toMatch(/non-claim/);
    expect(nonClaimReason('Acme declined to say how many of its 40 staff were paid in 2016.')).toMatch(/non-claim/);
    expect(nonClaimReason('Northwind Bank äußerte sich am 3. Mai nicht dazu.')).toBeNull(); // split verb: not read
    expect(nonClaimReason('Die Bank äußerte sich nicht zu den 3000 Euro.')).toMatch(/non-claim/);
    expect(nonClaimReason('Acme no hizo comentarios sobre los 3 000 euros.')).toMatch(/non-claim/);
    expect(nonClaimReason('В компании не стали комментировать выплату 3000 евро.')).toMatch(/non-claim/);
  });

  it('names guesses as non-claims: "maybe", "probably", "peut-être", "vielleicht", "tal vez", "может быть"', () => {
    expect(nonClaimReason("They paid $25 million, probably far more than that.")).toMatch(/probably/);
    expect(nonClaimReason("Maybe because she wants to open a shop in Lisbon, I can't say why.")).toMatch(/non-claim/);
    expect(nonClaimReason('Il a peut-être rencontré Jean Martin en 2016.')).toMatch(/peut etre/);
    expect(nonClaimReason('Er hat vielleicht 2016 gezahlt.')).toMatch(/vielleicht/);
    expect(nonClaimReason('Tal vez pagó 3 000 euros en 2016.')).toMatch(/tal vez/);
    expect(nonClaimReason('Может быть, он заплатил в 2016 году.')).toMatch(/non-claim: может/);
    expect(nonClaimReason('El gobierno no se pronunció el 3 de marzo.')).toBeNull();
  });

  it('takes no reference or list of names and numbers for a claim, however many figures it holds', () => {
    const doc = (n: number) =>
      [
        `[1${n}]: Keller 3/1${n}/19 K-7, at 5; Lindqvist 4/2/19 L-2, at 8.`,
        `Jean Martin a déclaré avoir reçu ${n * 1000} euros de la société Acmecorp le ${n} mai 2017.`,
      ].join(' ');
    const claims = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: doc(n) }))).watchlist.claims;
    expect(claims.some((c) => c.quote.includes('Keller 3/'))).toBe(false);
    expect(claims.some((c) => c.quote.includes('euros'))).toBe(true);
  });

  it('drops refusals and questions, keeps at most maxClaims, most checkable first', () => {
    const doc = (n: number) =>
      [
        `Jean Martin a déclaré avoir reçu ${n * 1000} euros de la société Acmecorp le ${n} mai 2017.`,
        `Jean Martin, un avocat pour Acmecorp, a refusé de commenter cette affaire le ${n} mai.`,
        `Acmecorp a-t-elle vraiment payé Jean Martin pour ce travail en ${2010 + n} ?`,
        `Selon Jean Martin, Acmecorp travaille depuis longtemps avec plusieurs partenaires étrangers.`,
      ].join(' ');
    const docs = [1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: doc(n) }));
    const all = proposeFromSeeds(docs).watchlist.claims;
    expect(all.some((c) => /refusé de commenter/u.test(c.statement))).toBe(false);
    expect(all.some((c) => c.statement.endsWith('?'))).toBe(false);
    expect(all.some((c) => /euros/u.test(c.statement))).toBe(true);
    const two = proposeFromSeeds(docs, { maxClaims: 2 }).watchlist.claims;
    expect(two).toHaveLength(2);
    // dated claims with a number come before the undated reported statement
    for (const c of two) expect(c.dates.length + c.quantities.length).toBeGreaterThan(0);
    expect(two.map((c) => c.id)).toEqual(['C01', 'C02']);
  });
});

/** Two seeds telling the same text, one word changed (a name must be seen in two documents to be an entity). */
const twoSeeds = (text: string, from: string, to: string) => [
  { key: 'S1', file: '1.txt', text },
  { key: 'S2', file: '2.txt', text: text.replace(from, to) },
];

describe('claim dates', () => {
  it('gives a day without a year the year the seed names most, by a clear margin, and says so', () => {
    const text = [
      'Acme a ouvert un bureau à Lyon en 2015 pour ses clients européens.',
      'En mars 2019, Acme a versé 3 000 euros à Jane Roe pour une étude.',
      'Jane Roe a rendu son étude en juin 2019, a déclaré Acme.',
      'Le 19 janvier, Jane Roe a écrit à Northwind Bank pour réclamer 500 euros, selon Acme.',
    ].join(' ');
    const claims = proposeFromSeeds(twoSeeds(text, 'Lyon', 'Nantes')).watchlist.claims;
    const january = claims.find((c) => c.quote.startsWith('Le 19 janvier'));
    expect(january?.dates).toEqual([{ value: '2019-01-19', what: "year inferred from the seed's dates (2019)" }]);
  });

  it("gives a day without a year the year of the seed's dateline", () => {
    const text = [
      'VALDERRA, 11 de febrero de 2026. — El nuevo estadio de Acme costará mucho más de lo previsto, según la auditoría.',
      'La obra se adjudicó en julio de 2022 y debía abrir en agosto de 2025, según el contrato firmado con Acme.',
      'El diario La Voz publicó el martes 10 de febrero el borrador de la auditoría sobre Acme y Jane Roe.',
    ].join(' ');
    const claims = proposeFromSeeds(twoSeeds(text, 'estadio', 'campo')).watchlist.claims;
    const published = claims.find((c) => c.quote.startsWith('El diario La Voz'));
    expect(published?.dates).toEqual([{ value: '2026-02-10', what: "year inferred from the seed's dates (2026)" }]);
  });

  it('places a day without a year by the day of the week the seed names, near the years the seeds name, and says so', () => {
    const text = [
      'Aus dem Werk der Acme Chemie ist Lösungsmittel in den Fluss geflossen, teilte Jane Roe mit.',
      'Das Leck trat nach Angaben von Acme Chemie am Dienstagabend, dem 3. März, an einem Lagertank auf.',
      'Acme Chemie hat den Vorfall erst am Donnerstag, dem 5. März, öffentlich gemacht, sagte Jane Roe.',
    ].join(' ');
    const leak = (options = {}) => proposeFromSeeds(twoSeeds(text, 'Fluss', 'Strom'), options).watchlist.claims.find((c) => c.quote.startsWith('Das Leck'));
    // 3 March was a Tuesday in 2020 and in 2026: the nearest to the year of reference
    expect(leak({ referenceYear: 2025 })?.dates).toEqual([{ value: '2026-03-03', what: 'year inferred from the day of the week (2026): check it' }]);
    expect(leak({ referenceYear: 2021 })?.dates[0].value).toBe('2020-03-03');
    expect(yearOfWeekday(3, 5, 4, 2026)).toBe(2026); // Thursday 5 March 2026
    expect(yearOfWeekday(2, 29, 1, 2026)).toBeNull(); // no Monday 29 February within reach
  });

  it('leaves the year open when no year stands out', () => {
    expect(mainYear(['Acme paid Jane Roe in 2015.', 'Jane Roe wrote back in 2019.'])).toBeNull();
    expect(mainYear(['Acme paid Jane Roe in 2019.', 'Jane Roe wrote back in March 2019.', 'Acme opened in 2015.'])).toBe('2019');
  });
});

describe('near-duplicate claims', () => {
  it('keeps one claim for the same fact two seeds tell in nearly the same words, two when the numbers differ', () => {
    const docs = [
      'Northwind Bank a gelé 1 200 comptes du groupe Acme le 3 mars 2018, a annoncé Jane Roe, porte-parole de la banque.',
      'Northwind Bank a bloqué 1 200 comptes du groupe Acme le 3 mars 2018, a annoncé Jane Roe, porte-parole de la banque.',
      'Northwind Bank a gelé 1 500 comptes du groupe Acme le 3 mars 2018, a annoncé Jane Roe, porte-parole de la banque.',
    ].map((text, i) => ({ key: `S${i}`, file: `${i}.txt`, text }));
    const claims = proposeFromSeeds(docs).watchlist.claims;
    expect(claims.map((c) => c.quantities[0]?.value)).toEqual([1200, 1500]);
    expect(claims[0].source).toBe('S0');
  });

  it('keeps one claim for a distinctive figure a headline and an article tell in other words, two when the second adds a fact', () => {
    const docs = [
      'Northwind Bank a gelé 1 250 comptes du groupe Acme le 3 mars 2018, a annoncé Jane Roe.',
      'Au total, 1 250 comptes ont été gelés par Northwind Bank, selon la porte-parole Jane Roe.',
      'Northwind Bank a gelé 1 250 comptes et 3 400 cartes du groupe Acme, a précisé Jane Roe.',
    ].map((text, i) => ({ key: `S${i}`, file: `${i}.txt`, text }));
    const claims = proposeFromSeeds(docs).watchlist.claims;
    // the second seed's telling adds nothing; the third's adds a count of cards, the first's a date
    expect(claims.filter((c) => c.quantities.some((q) => q.value === 1250)).map((c) => c.source).sort()).toEqual(['S0', 'S2']);
  });
});

describe("a claim's subject", () => {
  it('is who did it, not who reported it: "Northwind Bank a indiqué que Acmecorp avait versé…" lists Acmecorp first', () => {
    const docs = [1, 2].map((n) => ({
      key: `S${n}`,
      file: `${n}.txt`,
      text:
        `Northwind Bank a indiqué le ${n} mai 2017 que Acmecorp avait versé ${n} 000 euros à Jean Martin pour une campagne dans le nord. ` +
        `Jean Martin a déclaré avoir reçu ${n * 1000} euros de Acmecorp et de Northwind Bank le ${n} mai 2017.`,
    }));
    const p = proposeFromSeeds(docs, {});
    const reported = p.claims.find((c) => c.statement.startsWith('Northwind Bank a indiqué le 1 mai'));
    const ids = (label: string) => p.entities.find((e) => e.aliases.some((a) => a.text === label))?.id;
    expect(reported?.entities.slice(0, 2)).toEqual([ids('Acmecorp'), ids('Jean Martin')]);
    expect(reported?.entities).toContain(ids('Northwind Bank'));
    // a sentence without a reporting verb keeps its names in order
    const told = p.claims.find((c) => c.statement.startsWith('Jean Martin a déclaré avoir reçu 1000'));
    expect(told?.entities[0]).toBe(ids('Jean Martin'));
  });
});

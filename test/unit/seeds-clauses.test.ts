import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/seeds/clauses.js';
import { proposeFromSeeds } from '../../src/seeds/propose.js';

const noName = () => -1;

describe('compound seed sentences as atomic claims', () => {
  it('splits two main clauses joined by a comma and a conjunction, the second with its own subject', () => {
    const s = 'Acme paid Jane Roe 3,000 euros in May 2017, and she sent 2,000 euros to Northwind Bank in June 2017.';
    expect(splitClauses(s, noName)?.map((c) => c.text)).toEqual([
      'Acme paid Jane Roe 3,000 euros in May 2017.',
      'She sent 2,000 euros to Northwind Bank in June 2017.',
    ]);
    const fr = 'Acme a versé 3 000 euros à Jane Roe en mai 2017 ; Northwind Bank a bloqué ce virement le 3 juin 2017.';
    const at = fr.indexOf('Northwind');
    expect(splitClauses(fr, (o) => (o === at ? at + 'Northwind Bank'.length : -1))?.map((c) => c.text)).toEqual([
      'Acme a versé 3 000 euros à Jane Roe en mai 2017.',
      'Northwind Bank a bloqué ce virement le 3 juin 2017.',
    ]);
  });

  it("gives a clause that shares the first one's subject that subject, when the first opens with a name", () => {
    const s = 'Jane Roe, a lawyer for Acme, attended the board meeting in 2016, but said the merger was not discussed there.';
    const clauses = splitClauses(s, (o) => (o === 0 ? 'Jane Roe'.length : -1));
    expect(clauses?.[1].text).toBe('Jane Roe said the merger was not discussed there.');
    expect(splitClauses(s, noName)).toBeNull(); // no name to lend: one claim
  });

  it("lends the subject a possessive name opens, not the name itself (the lawyer said it, not her client)", () => {
    const s = "Roe's lawyer, Jane Doe, said the board ignored the warnings of her client, and said her client would sue Acme for unfair dismissal.";
    const clauses = splitClauses(s, (o) => (o === 0 ? 'Roe'.length : -1));
    expect(clauses?.[1].text).toBe("Roe's lawyer said her client would sue Acme for unfair dismissal.");
    // a possessive whose subject runs on without an apposition is not split with a borrowed subject
    const long = "Roe's lawyer said the board ignored the warnings of her client in November, and said her client would sue Acme for dismissal.";
    expect(splitClauses(long, (o) => (o === 0 ? 'Roe'.length : -1))).toBeNull();
  });

  it('leaves one clause, a list, a quotation and « y compris » as they are', () => {
    expect(splitClauses('Acme paid Jane Roe 3,000 euros in May 2017 for a campaign in the north.', noName)).toBeNull();
    expect(splitClauses('Acme paid Jane Roe, Zeta Group, and Orbis Collective about 3,000 euros each in May 2017.', noName)).toBeNull();
    expect(splitClauses('“We paid Jane Roe 3,000 euros in May 2017, and she sent it back in June,” Acme wrote.', noName)).toBeNull();
    expect(splitClauses('Acme a écrit à tous les clients de la banque, y compris ceux qui vivent aux Pays-Bas depuis 2016.', noName)).toBeNull();
  });

  it('proposes one claim per clause, each with its own numbers and dates and the sentence as quote, counted as one sentence', () => {
    const sentence = (n: number) =>
      `Acme a versé ${n} 000 euros à Jane Roe le ${n} mai 2017, et elle a transféré ${n}00 euros à Northwind Bank le ${n} juin 2017.`;
    const docs = [1, 2].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: `${sentence(n)} Jane Roe a déclaré que Northwind Bank et Acme travaillaient ensemble depuis ${2000 + n}.` }));
    const p = proposeFromSeeds(docs, { maxClaims: 1 });
    const claims = p.watchlist.claims;
    expect(claims).toHaveLength(2);
    expect(claims[0].quote).toBe(claims[1].quote);
    expect(claims[0].statement).toBe('Acme a versé 1 000 euros à Jane Roe le 1 mai 2017.');
    expect(claims[0].quantities.map((q) => q.value)).toEqual([1000]);
    expect(claims[0].dates.map((d) => d.value)).toEqual(['2017-05-01']);
    expect(claims[1].statement).toBe('Elle a transféré 100 euros à Northwind Bank le 1 juin 2017.');
    expect(claims[1].quantities.map((q) => q.value)).toEqual([100]);
    expect(claims[1].dates.map((d) => d.value)).toEqual(['2017-06-01']);
    // "elle" names no one: the clause keeps the names of the one before it, after its own
    const names = (ids: string[]) => ids.map((id) => p.watchlist.entities.find((e) => e.id === id)?.aliases[0].text);
    expect(names(claims[1].entities)).toEqual(['Northwind Bank', 'Acme', 'Jane Roe']);
    expect(names(claims[0].entities)).toEqual(['Acme', 'Jane Roe']);
  });
});

import { describe, expect, it } from 'vitest';
import { proposeFromSeeds } from '../../src/seeds/propose.js';
import { statementOf } from '../../src/seeds/statement.js';

const noNames = () => false;

describe('claim statements', () => {
  it('drops a connective or scene-setting opening that names no one and holds no date or number', () => {
    expect(statementOf("D'ailleurs, Acme a versé 3 000 euros à Jane Roe en mai 2017.", noNames, 8)).toBe('Acme a versé 3 000 euros à Jane Roe en mai 2017.');
    expect(statementOf('Aujourd’hui, pour répondre à ces critiques, Acme a publié les courriels envoyés par Jane Roe le 3 mars 2018.', noNames, 8)).toBe(
      'Acme a publié les courriels envoyés par Jane Roe le 3 mars 2018.',
    );
    expect(statementOf('At that time, Northwind Bank said it had frozen about 1,200 accounts of the Zeta Group.', noNames, 8)).toBe(
      'Northwind Bank said it had frozen about 1,200 accounts of the Zeta Group.',
    );
    expect(statementOf('Among the new details, a transfer of 40,000 dollars from Acme to Jane Roe in 2016.', noNames, 8)).toBe(
      'A transfer of 40,000 dollars from Acme to Jane Roe in 2016.',
    );
  });

  it('drops an evidence frame that names no one ("these documents would seem to prove that…"): the clause is the fact', () => {
    const namesAt = (text: string, name: string) => (a: number, b: number) => text.slice(a, b).includes(name);
    const fr = 'Ces documents sembleraient prouver que Acme finançait Jane Roe en achetant des publicités.';
    expect(statementOf(fr, namesAt(fr, 'Acme'), 8)).toBe('Acme finançait Jane Roe en achetant des publicités.');
    const de = 'Die Unterlagen belegen, dass Acme die Konten von Jane Roe gehackt hat.';
    expect(statementOf(de, namesAt(de, 'Acme'), 6)).toBe('Acme die Konten von Jane Roe gehackt hat.');
    // a frame that says who shows it, or when, is part of the fact
    for (const kept of ['Acme’s own records show that Jane Roe was paid by the Zeta Group.', 'Records from March 2017 show that Jane Roe was paid by the Zeta Group.']) {
      expect(statementOf(kept, namesAt(kept, 'Acme'), 6)).toBe(kept);
    }
  });

  it('keeps an opening with a date, a month, a number, a name or a quotation, and a subject', () => {
    const kept = [
      'En juin 2016, Acme a versé 3 000 euros à Jane Roe pour une campagne.',
      'In April, Acme paid Jane Roe about 3,000 euros for a campaign in the north.',
      'Two days later, Jane Roe wrote to Acme that the campaign would start in the north.',
      'A spokesman, reached by phone, said Acme had paid Jane Roe 3,000 euros in 2016.',
      '« Nous paierons », a écrit Jane Roe à Acme, qui a versé 3 000 euros en 2016.',
    ];
    for (const s of kept) expect(statementOf(s, noNames, 8)).toBe(s);
    const named = 'Selon Acme, Jane Roe a reçu 3 000 euros de la société en 2016 pour sa campagne.';
    expect(statementOf(named, (start, end) => start < 10 && end > 6, 8)).toBe(named);
  });

  it('drops a lower-case fragment glued after the last full stop, not the words after "Jr." or "Inc."', () => {
    expect(statementOf('Acme a écrit à Jane Roe en mai 2017 pour offrir 3 000 euros. familier avec les messages.', noNames, 8)).toBe(
      'Acme a écrit à Jane Roe en mai 2017 pour offrir 3 000 euros.',
    );
    const s = 'Le courriel de mai 2017 a été envoyé à Scott Doe Jr. et son avocat.';
    expect(statementOf(s, noNames, 8)).toBe(s);
  });

  it('gives every proposed claim its seed sentence as quote and the statement without the opening', () => {
    const text = (n: number) => `Par ailleurs, Acme a versé ${n} 000 euros à Jane Roe le ${n} mai 2017, a déclaré Jane Roe.`;
    const claims = proposeFromSeeds([1, 2].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) }))).watchlist.claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.quote.startsWith('Par ailleurs, Acme')).toBe(true);
      expect(c.statement.startsWith('Acme a versé')).toBe(true);
    }
  });

  it("leaves a dateline's dash out of the sentence that follows it, in the quote and the statement", () => {
    // written for this test: a wire story opening with its dateline
    const text = (n: number) =>
      `VALMORE, ${n} de marzo de 2026. — Agentes de la Guardia Civil detuvieron el martes ${n} de marzo a Jaime Oller, director de Obras Bescanó, por pagos de ${n}00.000 euros.`;
    const claims = proposeFromSeeds([2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) }))).watchlist.claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.quote.startsWith('Agentes de la Guardia Civil')).toBe(true);
      expect(c.statement.startsWith('Agentes de la Guardia Civil')).toBe(true);
    }
  });
});

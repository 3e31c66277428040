import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../src/seeds/initials.js';
import { proposeFromSeeds } from '../../src/seeds/propose.js';

describe('initials as aliases', () => {
  it('reads the initials of a name of capitalised words, without its article and link words', () => {
    expect(initialsOf('Coastal Evening Post')).toBe('CEP');
    expect(initialsOf('The Coastal Post')).toBe('CP');
    expect(initialsOf('Bureau of Coastal Affairs', 3)).toBe('BCA');
    expect(initialsOf('Zeta Group', 3)).toBeNull();
    expect(initialsOf('Comité national démocrate')).toBeNull();
    expect(initialsOf('Atlantic')).toBeNull();
  });

  it('gives an outlet named in full by the seeds its initials, in context only, and a person none', () => {
    const text = (n: number) =>
      `Le média Zeta Today avait dépensé environ ${n}00 000 euros en publicités en 2016, selon Lena Ortiz. ` +
      `Zeta Today a confirmé le montant le ${n} mars 2018, a déclaré Lena Ortiz.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) })));
    const outlet = p.watchlist.entities.find((e) => e.aliases[0].text === 'Zeta Today');
    expect(outlet?.type).toBe('media');
    expect(outlet?.aliases).toContainEqual({ text: 'ZT', lang: ['any'], kind: 'acronym', needs_context: true });
    const person = p.watchlist.entities.find((e) => e.aliases[0].text === 'Lena Ortiz');
    expect(person?.aliases.some((a) => a.kind === 'acronym')).toBe(false);
  });

  it('gives no initials to an outlet a seed names once in passing', () => {
    const text = (n: number) =>
      `Le média Zeta Today avait dépensé environ ${n}00 000 euros en publicités en 2016, selon Lena Ortiz. ` +
      `Zeta Today a confirmé le montant le ${n} mars 2018, a déclaré Lena Ortiz` +
      (n === 1 ? ' au journal Harbour Ledger.' : '.');
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) })));
    const outlet = p.watchlist.entities.find((e) => e.aliases[0].text === 'Harbour Ledger');
    expect(outlet).toBeDefined();
    expect(outlet?.aliases.some((a) => a.kind === 'acronym')).toBe(false);
    const named = p.watchlist.entities.find((e) => e.aliases[0].text === 'Zeta Today');
    expect(named?.aliases.some((a) => a.text === 'ZT')).toBe(true);
  });
});

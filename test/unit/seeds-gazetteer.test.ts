import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/seeds/gazetteer.js';
import { proposeFromSeeds } from '../../src/seeds/propose.js';

describe('country gazetteer', () => {
  it('knows country names in the five languages', () => {
    expect(countryCode('Russie')).toBe('RU');
    expect(countryCode('Russland')).toBe('RU');
    expect(countryCode('Россия')).toBe('RU');
    expect(countryCode('États-Unis')).toBe('US');
    expect(countryCode('Estados Unidos')).toBe('US');
    expect(countryCode('Goldstone')).toBeNull();
  });

  it('merges inflections into one place entity with aliases in en/fr/de/es/ru', () => {
    const text = (n: number) =>
      `La Russie a répondu le ${n} mars 2018 aux accusations. Les Russes ont été inculpés par un grand jury. ` +
      `Un avocat russe, Boris Ivanov, a déclaré que ${n} personnes étaient concernées. Russe de naissance, Boris Ivanov vit en Russie.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) })));
    const russia = p.watchlist.entities.filter((e) => e.aliases.some((a) => /^russ/iu.test(a.text)));
    expect(russia).toHaveLength(1);
    const aliases = russia[0].aliases.map((a) => a.text);
    expect(russia[0].type).toBe('place');
    expect(aliases).toEqual(expect.arrayContaining(['Russie', 'Russia', 'Russland', 'Rusia', 'Россия']));
    for (const c of p.watchlist.claims) expect(new Set(c.entities).size).toBe(c.entities.length);
  });

  it('makes "US" and "États-Unis" one country, and keeps "us" the word out', () => {
    expect(countryCode('US', true)).toBe('US');
    expect(countryCode('us', true)).toBeNull();
    expect(countryCode('US')).toBeNull();
    const text = (n: number) =>
      `Les États-Unis ont inculpé ${n} personnes le ${n} mars 2018, a déclaré le ministère. ` +
      `Selon un procureur, les US ont saisi ${n} comptes. Les US et les États-Unis sont le même pays.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) })));
    const us = p.watchlist.entities.filter((e) => e.aliases.some((a) => a.text === 'US' || a.text === 'États-Unis'));
    expect(us).toHaveLength(1);
    expect(us[0].aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['États-Unis', 'US', 'United States', 'Vereinigte Staaten']));
  });
});

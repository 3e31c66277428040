import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/seeds/gazetteer.js';
import { organisationOf } from '../../src/seeds/organisations.js';
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

  it('makes "The X" one entity with "X", named without its article', () => {
    const text = (n: number) =>
      `Officials said on ${n} March 2019 that the Zeta Bureau had paid ${n} million dollars. ` +
      `A report by The Zeta Bureau was published on ${n + 1} March 2019, Lena Ortiz said.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) })));
    const bureau = p.watchlist.entities.filter((e) => e.aliases.some((a) => /Zeta Bureau/.test(a.text)));
    expect(bureau).toHaveLength(1);
    expect(bureau[0].aliases[0].text).toBe('Zeta Bureau');
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

describe('nationalities', () => {
  it('merges a nationality written as a name into its country, when the seeds also write it as an adjective', () => {
    const text = (n: number) =>
      `Le Mexique a répondu le ${n} mars 2018 à Acme. Les Mexicains ont voté le ${n} juin, selon Jane Roe. ` +
      `Les autorités mexicaines ont saisi ${n} comptes d'Acme, a déclaré Jane Roe. Les Mexicains et le Mexique ont signé avec Acme.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) })));
    const mexico = p.watchlist.entities.filter((e) => e.aliases.some((a) => /^mexi/iu.test(a.text)));
    expect(mexico).toHaveLength(1);
    expect(mexico[0].type).toBe('place');
    expect(mexico[0].aliases.map((a) => [a.text, a.kind])).toContainEqual(['Mexicains', 'demonym']);
  });

  it('keeps a name apart that the seeds never write in lower case', () => {
    const text = (n: number) =>
      `Le Mexique a répondu le ${n} mars 2018 à Acme. Le ${n} juin, la société Mexicana a voté, selon Jane Roe. ` +
      `Selon Jane Roe, la société Mexicana a saisi ${n} comptes d'Acme. Acme, Mexicana et le Mexique ont signé.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) })));
    expect(p.watchlist.entities.find((e) => e.aliases.some((a) => a.text === 'Mexique'))?.aliases.some((a) => a.kind === 'demonym')).toBe(false);
    expect(p.watchlist.entities.some((e) => e.aliases[0].text === 'Mexicana')).toBe(true);
  });
});

describe('organisation gazetteer', () => {
  it('knows organisations by their names and acronyms in the five languages, acronyms only as written', () => {
    expect(organisationOf('Nations unies')).toBe(organisationOf('United Nations'));
    expect(organisationOf('ООН')).toBe(organisationOf('ONU'));
    expect(organisationOf('Maison-Blanche')).toBe(organisationOf('White House'));
    expect(organisationOf('GRU')).not.toBeNull();
    expect(organisationOf('gru')).toBeNull();
    expect(organisationOf('Goldstone')).toBeNull();
  });

  it('gives a seed organisation its names in the other languages, ambiguous short forms in context, and merges two forms of one body', () => {
    const text = (n: number) =>
      `Le Congrès a voté le ${n} mars 2018, a déclaré un porte-parole. Selon l'ONU, ${n} pays ont protesté. ` +
      `Les Nations unies ont confirmé le chiffre de ${n} pays, a déclaré le Congrès. La Maison-Blanche a répondu le lendemain.`;
    const p = proposeFromSeeds([1, 2, 3].map((n) => ({ key: `S${n}`, file: `${n}.txt`, text: text(n) })));
    const named = (t: string) => p.watchlist.entities.filter((e) => e.aliases.some((a) => a.text === t));
    const congress = named('Congrès');
    expect(congress).toHaveLength(1);
    expect(congress[0].type).toBe('org');
    expect(congress[0].aliases).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'United States Congress', lang: ['en'] })]));
    expect(congress[0].aliases.find((a) => a.text === 'Congrès')?.needs_context).toBe(true);
    const un = named('ONU');
    expect(un).toHaveLength(1);
    expect(un[0].aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Nations unies', 'United Nations', 'Vereinte Nationen', 'ООН']));
    expect(named('Nations unies')).toEqual(un);
    expect(named('White House')).toHaveLength(1);
  });
});

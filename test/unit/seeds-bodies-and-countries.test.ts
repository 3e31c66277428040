import { describe, expect, it } from 'vitest';
import { proposeFromSeeds } from '../../src/seeds/propose.js';

// A storyline in three languages, written for these tests (no real events): a bank, its chief, a collective
// of reporters, a prosecutor's office named by what it is and its city, and the country the money went to.
const seeds = [
  'The Harbour Authority fined Northwind Bank 12 million euros on 14 March 2023 for failing to check transfers to shell companies in Cyprus.\n' +
    'Orbis Collective, a group of reporters, first reported the transfers in November 2022.\n' +
    'Prosecutors in Velmora opened an investigation into Northwind Bank in May 2023.',
  'Die Staatsanwaltschaft Velmora ermittelt seit Mai 2023 gegen die Northwind Bank.\n' +
    'Nach Recherchen des Orbis Collective leitete die Bank 4.000 Überweisungen an Briefkastenfirmen auf Zypern weiter.',
  'Jane Roe a quitté la direction de la Northwind Bank le 3 avril 2023, selon le Orbis Collective.',
];
const proposal = () => proposeFromSeeds(seeds.map((text, i) => ({ key: `S${i}`, file: `${i}.txt`, text }))).watchlist;
const entityNamed = (name: string) => proposal().entities.find((e) => e.aliases.some((a) => a.text === name));

describe('bodies and countries in the seeds', () => {
  it('makes one place of a country each seed names in its own language', () => {
    const cyprus = entityNamed('Cyprus');
    expect(cyprus?.type).toBe('place');
    expect(cyprus?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Cyprus', 'Zypern', 'Chypre']));
  });

  it('types a collective of reporters as an organisation, with no surname alias', () => {
    const orbis = entityNamed('Orbis Collective');
    expect(orbis?.type).toBe('org');
    expect(orbis?.aliases.map((a) => a.text)).not.toContain('Collective');
  });

  it('does not take a city for the short name of the body named after it', () => {
    const office = entityNamed('Staatsanwaltschaft Velmora');
    expect(office?.type).toBe('org');
    expect(office?.aliases.map((a) => a.text)).not.toContain('Velmora');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { withStandardNames } from '../../src/matchers/standard-names.js';

// Written for these tests (no real events): entities named once, as a user writing a watchlist by hand gives them.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'helena_marsh', type: 'person', aliases: [{ text: 'Helena Marsh' }] },
    { id: 'germany', type: 'place', aliases: [{ text: 'Germany' }] },
    { id: 'castrelo', type: 'org', aliases: [{ text: 'Castrelo Water' }] },
    { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharma AG' }] },
    { id: 'jo_vantor', type: 'person', aliases: [{ text: 'Jo Vantor' }, { text: 'J. Vantor' }] },
  ],
  claims: [
    { id: 'K1', statement: 'Helena Marsh, head of Castrelo Water, sold the Vantor dam to a German fund.', entities: ['helena_marsh', 'castrelo', 'germany'] },
    { id: 'K2', statement: 'Jo Vantor resigned from Castrelo Water in March 2025.', entities: ['jo_vantor', 'castrelo'], dates: [{ value: '2025-03' }] },
  ],
});

describe('an entity the watchlist names once', () => {
  const names = (id: string) => withStandardNames(watchlist).entities.find((e) => e.id === id)!.aliases;

  it("gets a country's names in the five languages, and a person's surname (in context only) and Cyrillic forms", () => {
    expect(names('germany').map((a) => a.text)).toEqual(expect.arrayContaining(['Germany', 'Deutschland', 'Allemagne', 'Alemania', 'Германия']));
    expect(names('helena_marsh')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: 'Marsh', needs_context: true }),
        expect.objectContaining({ text: 'Хелена Марш', lang: ['ru'] }),
      ]),
    );
  });

  it("gives a company its name without its legal form and trade, as the import merges them", () => {
    expect(names('velmora').map((a) => a.text)).toEqual(expect.arrayContaining(['Velmora Pharma AG', 'Velmora Pharma', 'Velmora']));
    expect(names('castrelo').map((a) => a.text)).not.toContain('Castrelo');
    // a trade in another language: "Norvel Infraestructuras" is "Norvel", „Tarnau Logistik“ "Tarnau"
    const trades = Watchlist.parse({
      version: 1,
      entities: [
        { id: 'norvel', type: 'org', aliases: [{ text: 'Norvel Infraestructuras' }] },
        { id: 'tarnau', type: 'org', aliases: [{ text: 'Tarnau Logistik' }] },
      ],
      claims: [],
    });
    expect(withStandardNames(trades).entities.map((e) => e.aliases.map((a) => a.text))).toEqual([
      expect.arrayContaining(['Norvel Infraestructuras', 'Norvel']),
      expect.arrayContaining(['Tarnau Logistik', 'Tarnau']),
    ]);
    // a first word that says nothing alone is no name
    const generic = Watchlist.parse({ version: 1, entities: [{ id: 'gm', type: 'org', aliases: [{ text: 'General Motors' }] }], claims: [] });
    expect(withStandardNames(generic).entities[0].aliases.map((a) => a.text)).toEqual(['General Motors']);
  });

  it("gives a son his surname with his generation (his father's is the surname alone), and keeps the watchlist's own alias as written", () => {
    const hale = Watchlist.parse({ version: 1, entities: [{ id: 'hale', type: 'person', aliases: [{ text: 'Robert Hale Jr.', note: 'the son' }] }], claims: [] });
    const aliases = withStandardNames(hale).entities[0].aliases;
    expect(aliases[0]).toMatchObject({ text: 'Robert Hale Jr.', note: 'the son' });
    expect(aliases.map((a) => a.text)).toContain('Hale Jr.');
    expect(aliases.map((a) => a.text)).not.toContain('Hale');
    expect(aliases.map((a) => a.text)).not.toContain('Jr.');
  });

  it("gives an event or a place named head first its English name, name first", () => {
    const named = (text: string) =>
      withStandardNames(Watchlist.parse({ version: 1, entities: [{ id: 'x', type: 'event', aliases: [{ text }] }], claims: [] })).entities[0].aliases.map((a) => a.text);
    expect(named("incendie de l'Aubrac")).toContain('Aubrac fire');
    expect(named('Estadio Los Pinos')).toContain('Los Pinos stadium');
    expect(named('usine de Kelsby')).toContain('Kelsby plant');
    // a head without a name after it is no name
    expect(named('auditoría del estadio')).toEqual(['auditoría del estadio']);
  });

  it('gives a medicine its name without its strength ("Calvexin 80 mg" is "Calvexin"), and a story naming it so finds it', () => {
    const drug = Watchlist.parse({
      version: 1,
      entities: [
        { id: 'calvexin', type: 'product', aliases: [{ text: 'Calvexin 80 mg' }] },
        { id: 'velnet', type: 'platform', aliases: [{ text: 'Velnet 5' }] },
      ],
      claims: [],
    });
    const named = withStandardNames(drug).entities;
    expect(named[0].aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Calvexin 80 mg', 'Calvexin']));
    // (a number in another kind of name is part of it)
    expect(named[1].aliases.map((a) => a.text)).not.toContain('Velnet');
    const found = createScorer(drug).score({ title: '', text: 'Velmora recalled 14 batches of Calvexin on Monday.', lang: 'en' }).entities.map((e) => e.id);
    expect(found).toContain('calvexin');
  });

  it('gives an event or a place named head first its name alone, in context only, unless another entity would share it', () => {
    const named = withStandardNames(
      Watchlist.parse({
        version: 1,
        entities: [
          { id: 'stadium', type: 'place', aliases: [{ text: 'Estadio Las Tarnas' }] },
          { id: 'fire', type: 'event', aliases: [{ text: "incendie de la Velmorie" }] },
          { id: 'trial', type: 'event', aliases: [{ text: 'procès de la Velmorie' }] },
          { id: 'emil', type: 'person', aliases: [{ text: 'Emil Kaveny' }] },
          { id: 'aron', type: 'person', aliases: [{ text: 'Aron Kaveny' }] },
        ],
        claims: [],
      }),
    ).entities;
    const texts = (id: string) => named.find((e) => e.id === id)!.aliases.map((a) => a.text);
    expect(named[0].aliases).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Las Tarnas', needs_context: true })]));
    // the fire and the trial would both be "Velmorie"; two brothers both "Kaveny"
    expect(texts('fire')).not.toContain('Velmorie');
    expect(texts('trial')).not.toContain('Velmorie');
    expect(texts('fire')).toContain('Velmorie fire');
    expect(texts('emil')).not.toContain('Kaveny');
  });

  it('an entity given two names or more is taken as written', () => {
    expect(names('jo_vantor').map((a) => a.text)).toEqual(['Jo Vantor', 'J. Vantor']);
  });

  it('a story in Russian or German, or naming her by surname, finds the entities', () => {
    const scorer = createScorer(watchlist);
    const found = (text: string, lang: string) => scorer.score({ title: '', text, lang }).entities.map((e) => e.id);
    expect(found('Хелена Марш продала плотину немецкому фонду.', 'ru')).toContain('helena_marsh');
    expect(found('Castrelo Water verkaufte den Damm an einen Fonds aus Deutschland.', 'de')).toContain('germany');
    expect(found('Castrelo Water confirmed the sale; Marsh declined to comment.', 'en')).toContain('helena_marsh');
    expect(found('Velmora recalled the tablets on Monday.', 'en')).toContain('velmora');
  });
});

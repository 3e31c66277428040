import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../src/matchers/entities.js';
import { Watchlist } from '../../src/config/watchlist.js';

const watchlist = Watchlist.parse({
  version: 1,
  entities: [
    {
      id: 'jane_roe_jr',
      type: 'person',
      aliases: [{ text: 'Jane Roe Jr.' }, { text: '@JaneRoeJr', kind: 'handle' }, { text: "the senator's eldest daughter", kind: 'description' }, { text: 'Джейн Роу', lang: ['ru'] }],
    },
    { id: 'vk', type: 'platform', aliases: [{ text: 'VKontakte' }, { text: 'VK', needs_context: true }, { text: 'ВКонтакте', lang: ['ru'] }] },
    { id: 'rt', type: 'media', aliases: [{ text: 'Russia Today' }, { text: 'RT', needs_context: true }] },
    { id: 'goldman', type: 'person', aliases: [{ text: 'Robin Goldman' }, { text: 'Goldman', needs_context: true }] },
    { id: 'leakbox', type: 'org', aliases: [{ text: 'LeakBox' }] },
    { id: 'russia', type: 'place', aliases: [{ text: 'Russia' }, { text: 'Kremlin' }] },
    { id: 'us_intelligence', type: 'org', aliases: [{ text: 'US intelligence community' }, { text: 'intelligence agencies', needs_context: true }] },
  ],
  context_words: ['propaganda', 'election'],
});

const matcher = createEntityMatcher(watchlist);
const ids = (title: string, text: string, lang?: string) => matcher.analyze({ title, text, lang }).entities.map((e) => e.id);

describe('entity matcher', () => {
  it("counts the person or organisation a description writes as named too, not a platform it is likened to", () => {
    const described = createEntityMatcher(
      Watchlist.parse({
        version: 1,
        entities: [
          { id: 'arrieta', type: 'person', aliases: [{ text: 'Tomás Arrieta' }, { text: 'Arrieta', needs_context: true }] },
          { id: 'linares', type: 'person', aliases: [{ text: 'Óscar Linares' }, { text: "Arrieta's brother-in-law", kind: 'description' }] },
          { id: 'facebook', type: 'platform', aliases: [{ text: 'Facebook' }] },
          { id: 'vk', type: 'platform', aliases: [{ text: 'VKontakte' }, { text: 'the Russian Facebook', kind: 'description' }] },
        ],
      }),
    );
    const named = (text: string) => described.analyze({ title: '', text }).entities.map((e) => e.id).sort();
    expect(named("The money went through a firm run by Arrieta's brother-in-law.")).toEqual(['arrieta', 'linares']);
    expect(named('Ads ran on the Russian Facebook for months.')).toEqual(['vk']);
  });

  it('tells VKontakte from the VK Cloud product', () => {
    expect(ids('', 'VKontakte grew fast in 2016.')).toEqual(['vk']);
    expect(ids('VK Cloud adds a database service', 'VK Cloud customers in Moscow can now rent servers.')).toEqual([]);
  });

  it('counts an ambiguous alias alone only with context nearby', () => {
    expect(ids('', 'RT announced a new morning show.')).toEqual([]);
    expect(ids('', 'The Kremlin funds RT, officials said.')).toEqual(['russia', 'rt']);
    expect(ids('', 'RT ran propaganda ads during the campaign.')).toEqual(['rt']);
  });

  it("takes a word made from a watched place's name as context, the way stories name the place", () => {
    expect(ids('', 'Goldman met diplomats in Vienna.')).toEqual([]);
    expect(ids('', 'Russian diplomats met Goldman in Vienna.')).toEqual(['goldman']);
    expect(ids('', 'Des diplomates russes ont rencontré Goldman à Vienne.', 'fr')).toEqual(['goldman']);
    // the place's name alone, shorter than any word made from it, is no such word
    expect(ids('', 'Rusk met Goldman in Vienna.')).toEqual([]);
  });

  it('takes a surname for the person the story has named in full, however far apart the two are', () => {
    const filler = ' The weather stayed mild and the talks went on through the week.'.repeat(6);
    const story = `Robin Goldman gave an interview on Monday.${filler} Goldman stood by every word of it.`;
    const a = matcher.analyze({ title: '', text: story });
    expect(a.entities.find((e) => e.id === 'goldman')?.count).toBe(2);
    expect(a.rejected).toEqual([]);
    // without the full name the surname alone still needs context
    expect(ids('', `Goldman gave an interview on Monday.${filler}`)).toEqual([]);
  });

  it('does not take a retweet marker or a bank for an entity', () => {
    expect(ids('', 'RT @someone: Kremlin critics rally tonight')).toEqual(['russia']);
    // the retweeted account is itself watched: its handle is no context for "RT"
    expect(ids('@Reporter: RT @JaneRoeJr: Great rally tonight', 'RT @JaneRoeJr: Great rally tonight')).toEqual(['jane_roe_jr']);
    const a = matcher.analyze({ title: '', text: 'RT @JaneRoeJr: Great rally tonight' });
    expect(a.rejected.map((r) => `${r.alias}:${r.reason}`)).toEqual(['RT:retweet']);
    expect(ids('', 'Goldman Sachs reported profits as the Kremlin watched.')).toEqual(['russia']);
    expect(ids('', 'Robin Goldman wrote about Russia. Goldman later deleted the post.')).toEqual(['goldman', 'russia']);
  });

  it('reads "U.S." before an ambiguous alias as the "US" the watchlist writes before it, not as another name', () => {
    expect(ids('', 'Officials said U.S. intelligence agencies concluded that Russia interfered.')).toEqual(['us_intelligence', 'russia']);
    expect(ids('', 'Officials said Dutch intelligence agencies concluded that Russia interfered.')).toEqual(['russia']);
  });

  it('needs acronyms written in capitals', () => {
    expect(ids('', 'Click rt to share on LeakBox.')).toEqual(['leakbox']);
  });

  it('finds handles, descriptions, French elisions and Russian inflections', () => {
    expect(ids('', 'A post by @JaneRoeJr drew replies.')).toEqual(['jane_roe_jr']);
    expect(ids('', "The senator's eldest daughter met them.")).toEqual(['jane_roe_jr']);
    expect(ids('', 'Les messages de LeakBox à Jane Roe Jr. et l’avis d’Jane Roe Jr.')).toEqual(['leakbox', 'jane_roe_jr']);
    expect(ids('', 'Представитель ВКонтакте написал Джейн Роу.', 'ru')).toEqual(['vk', 'jane_roe_jr']);
  });

  it('reports the first alias, the count and positions in the original text', () => {
    const story = { title: 'LeakBox wrote to Jane Roe Jr.', text: 'LeakBox sent a dozen messages; LEAKBOX later published them.' };
    const a = matcher.analyze(story);
    const leakbox = a.entities.find((e) => e.id === 'leakbox')!;
    expect(leakbox).toMatchObject({ alias: 'LeakBox', count: 3, inTitle: true });
    expect(leakbox.positions.map((p) => a.doc.slice(p.start, p.end))).toEqual(['LeakBox', 'LeakBox', 'LEAKBOX']);
  });

  it('does not take a stadium, a foundation or a prize named after a company for the company, in five languages', () => {
    expect(ids('', 'The club plays its home games at the LeakBox Arena.')).toEqual([]);
    expect(ids('', 'Die LeakBox-Stiftung vergibt ihren Kunstpreis.', 'de')).toEqual([]);
    expect(ids('', 'El club juega en el LeakBox-Arena desde 2019.', 'es')).toEqual([]);
    expect(ids('', 'Команда победила на «LeakBox-Арене».', 'ru')).toEqual([]);
    // the company itself, and its people ("LeakBox-Chef"), still count
    expect(ids('', 'Der LeakBox-Chef wies die Vorwürfe zurück.', 'de')).toEqual(['leakbox']);
    expect(ids('', 'LeakBox Chairman Paul Oyelaran resigned.')).toEqual(['leakbox']);
  });

  it('explains what it set aside', () => {
    const a = matcher.analyze({ title: '', text: 'Goldman Sachs and VK Cloud posted results.' });
    expect(a.rejected.map((r) => `${r.alias}:${r.reason}`)).toEqual(['Goldman:part-of-other-name', 'VK:part-of-other-name']);
  });
});

describe('a body named after its town', () => {
  const local = createEntityMatcher(
    Watchlist.parse({
      version: 1,
      entities: [
        { id: 'harlow', type: 'place', aliases: [{ text: 'Harlow Vale' }] },
        { id: 'harlow_water', type: 'org', aliases: [{ text: 'Harlow Vale municipal utility' }, { text: 'régie des eaux de Harlow Vale', lang: ['fr'] }] },
        { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora' }] },
      ],
    }),
  );
  const found = (text: string) => local.analyze({ title: '', text }).entities.map((e) => e.id);

  it('is "the municipal utility" in a story that names the town', () => {
    expect(found('Residents of Harlow Vale can drink tap water again, the municipal utility said.')).toEqual(['harlow', 'harlow_water']);
    expect(found('À Harlow Vale, la régie des eaux a rouvert le réseau lundi.')).toEqual(['harlow', 'harlow_water']);
  });

  it('is not any municipal utility in a story about another town', () => {
    expect(found('Velmora said the municipal utility of Brackton had found no trace of the solvent.')).toEqual(['velmora']);
  });
});

describe('a name written as one word, as hashtags and handles write it', () => {
  // written for this test: a party and a town, named in full, and a tweet that tags them
  const tagged = createEntityMatcher(
    Watchlist.parse({
      version: 1,
      entities: [
        { id: 'alternativa', type: 'org', aliases: [{ text: 'Alternativa Velmora' }] },
        { id: 'tarnau', type: 'place', aliases: [{ text: 'Tarnau' }] },
        { id: 'roe', type: 'person', aliases: [{ text: 'Jo Roe' }] },
      ],
      claims: [],
    }),
  );
  const found = (text: string) => tagged.analyze({ title: '', text }).entities.map((e) => e.id);

  it('finds the entity in "#AlternativaVelmora" or "@alternativavelmora"', () => {
    expect(found('16 votes to 11: the commission is approved. #AlternativaVelmora #Tarnau')).toContain('alternativa');
    expect(found('Thanks to everyone who voted with @alternativavelmora today.')).toContain('alternativa');
  });

  it('does not join a short name into a word that is something else ("JoRoe")', () => {
    expect(found('Tickets for #JoRoe sold out.')).not.toContain('roe');
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf } from '../helpers/findings.js';

/** The rest of a user's watchlist, so that the claims' words weigh as they would there: claims about `entity`. */
const otherClaims = (entity: string, statements: string[]) => statements.map((statement, i) => ({ id: `X${i}`, statement, entities: [entity] }));

// An invented storyline (no real events): a drug maker recalls a painkiller; a regulator counts the cases,
// a patients' group the complaints. Its figures are what such stories count: boxes, cases, complaints.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharma' }, { text: 'Velmora' }] },
    { id: 'calvexin', type: 'product', aliases: [{ text: 'Calvexin' }] },
    { id: 'regulator', type: 'org', aliases: [{ text: 'Medicines Board' }] },
    { id: 'orbis', type: 'org', aliases: [{ text: 'Orbis Collective' }] },
    { id: 'piet_verhoef', type: 'person', aliases: [{ text: 'Piet Verhoef' }, { text: 'Verhoef', needs_context: true }] },
  ],
  claims: [
    {
      id: 'B1',
      statement: 'Velmora Pharma recalled about 120,000 boxes of its painkiller Calvexin on 3 March 2025.',
      entities: ['velmora', 'calvexin'],
      quantities: [{ value: 120000, unit: 'boxes', approx: true }],
      dates: [{ value: '2025-03-03' }],
    },
    { id: 'K1', statement: 'The Medicines Board reported 14 cases of liver failure in patients treated with Calvexin.', entities: ['regulator', 'calvexin'], quantities: [{ value: 14, unit: 'cases' }] },
    { id: 'P1', statement: 'Orbis Collective said it had collected 230 complaints about Calvexin.', entities: ['orbis', 'calvexin'], quantities: [{ value: 230, unit: 'complaints' }] },
    { id: 'S1', statement: 'Velmora Pharma shares fell 18% after the recall.', entities: ['velmora'], quantities: [{ value: 18, unit: '%' }] },
    { id: 'D1', statement: "Velmora's chief executive Piet Verhoef said the drug was not at fault.", entities: ['piet_verhoef', 'velmora', 'calvexin'] },
    { id: 'T1', statement: 'Velmora said it tested 40 batches of Calvexin and found no contamination.', entities: ['velmora', 'calvexin'], quantities: [{ value: 40, unit: 'batches' }] },
    { id: 'M1', statement: 'Velmora Pharma set up a compensation fund of 25 million euros for patients.', entities: ['velmora'], quantities: [{ value: 25_000_000, unit: 'EUR' }] },
  ],
});
const scorer = createScorer(watchlist);
const stanceOn = (text: string, claim: string) => findingOf(scorer, text, claim);

describe('a figure of another instance is not a different figure', () => {
  it('does not contradict the claim with a new or another fund, fine or contract of the same company', () => {
    expect(findingOf(scorer, 'Velmora Pharma set up a new compensation fund of 40 million euros for its factory workers.', 'M1', true)).toBe('possible (unspecific number)');
    expect(findingOf(scorer, 'Velmora Pharma a créé un nouveau fonds de 40 millions d’euros pour ses salariés.', 'M1', true)).toBe('possible (unspecific number)');
    // the claim's own fund with another sum still contradicts it
    expect(stanceOn('Velmora Pharma set up a compensation fund of 40 million euros for patients.', 'M1')).toBe('contradicts (number)');
  });

  it('still contradicts with a new count of the same thing ("a new count", « un nouveau bilan »)', () => {
    expect(stanceOn('Orbis Collective now gives a new count of 320 complaints about Calvexin.', 'P1')).toBe('contradicts (number)');
  });
});

describe('a figure that changed is not a different figure', () => {
  it('does not contradict a count the story gives as the earlier figure', () => {
    expect(stanceOn('Orbis Collective now says it has received more than 500 complaints about Calvexin, up from 230 in March.', 'P1')).toBe('none');
    expect(stanceOn('Orbis Collective a désormais reçu 500 plaintes sur le Calvexin, contre 230 en mars.', 'P1')).toBe('none');
  });

  it('still contradicts a different count, and a count the story corrects', () => {
    expect(stanceOn('Orbis Collective said it had received more than 500 complaints about Calvexin.', 'P1')).toBe('contradicts (number)');
    expect(stanceOn('The Medicines Board has reported 41 cases of liver failure in patients treated with Calvexin, not 14 as first announced.', 'K1')).toBe('contradicts (number)');
    expect(stanceOn('Orbis Collective first said it had collected 230 complaints about Calvexin, then corrected the figure to 320 complaints.', 'P1')).toBe('contradicts (number)');
    expect(stanceOn('Orbis Collective said it had 230 complaints about Calvexin; the real number was 320 complaints.', 'P1')).toBe('contradicts (number)');
  });
});

describe('goods counted by the box, in any language', () => {
  it('compares boxes with « boîtes », Packungen and cajas', () => {
    expect(stanceOn('Velmora Pharma hat rund 120.000 Packungen des Schmerzmittels Calvexin zurückgerufen.', 'B1')).toBe('supports (number)');
    expect(stanceOn('Velmora Pharma a rappelé 200 000 boîtes de Calvexin.', 'B1')).toBe('contradicts (number)');
    expect(stanceOn('Velmora Pharma retiró unas 120.000 cajas de Calvexin.', 'B1')).toBe('supports (number)');
  });

  it('compares cases told in another language (« cas », "Fälle")', () => {
    expect(stanceOn('Le Medicines Board a signalé 41 cas d’insuffisance hépatique chez des patients traités par Calvexin.', 'K1')).toBe('contradicts (number)');
    expect(stanceOn('Das Medicines Board meldete 14 Fälle von Leberversagen bei Patienten, die Calvexin nahmen.', 'K1')).toBe('supports (number)');
  });

  it('compares a share written "%" as the seeds write it', () => {
    expect(stanceOn('Акции Velmora Pharma упали на 18% после отзыва Calvexin.', 'S1')).toBe('supports (number)');
    expect(stanceOn('Velmora Pharma shares fell 25% after the recall.', 'S1')).toBe('contradicts (number)');
  });

  it('says a share is a share, whatever words follow its sign ("un 8% el día")', () => {
    const found = scorer.score({ title: '', text: 'Las acciones de Velmora Pharma cayeron un 8% el día de la retirada de Calvexin.' }).claims.find((c) => c.claim === 'S1');
    expect(found).toMatchObject({ stance: 'contradicts' });
    expect(found!.reason).toContain('The story gives 8 percent; the claim says 18 percent');
  });

  it('reads an amount abbreviated in German ("1,5 Mio. Euro") whole', () => {
    const fine = Watchlist.parse({
      ...watchlist,
      claims: [...watchlist.claims, { id: 'F1', statement: 'The Medicines Board fined Velmora Pharma 1.5 million euros.', entities: ['regulator', 'velmora'], quantities: [{ value: 1500000, unit: 'EUR' }] }],
    });
    const found = createScorer(fine).score({ title: '', text: 'Das Medicines Board verhängte gegen Velmora Pharma eine Geldstrafe von 1,5 Mio. Euro.' }).claims.find((c) => c.claim === 'F1');
    expect(`${found?.stance} (${found?.rule})`).toBe('supports (number)');
  });

  it("does not take another product's figure for the claim's: a fine over the maker's cough syrup is not the fine over its painkiller", () => {
    const fine = createScorer(
      Watchlist.parse({
        ...watchlist,
        claims: [...watchlist.claims, { id: 'F2', statement: 'The Medicines Board fined Velmora Pharma 1.5 million euros over Calvexin.', entities: ['regulator', 'velmora', 'calvexin'], quantities: [{ value: 1500000, unit: 'EUR' }] }],
      }),
    );
    expect(findingOf(fine, 'The Medicines Board fined Velmora Pharma 600,000 euros over the labels of its cough syrup.', 'F2')).toBe('none');
    expect(findingOf(fine, 'The Medicines Board fined Velmora Pharma 600,000 euros over Calvexin.', 'F2')).toBe('contradicts (number)');
  });

  it('does not take batches for boxes', () => {
    expect(stanceOn('Velmora Pharma tested 400 batches of Calvexin.', 'B1')).toBe('none');
  });
});

describe('who someone is is not what they did', () => {
  it('does not support a claim from the title the story gives its person', () => {
    const story = 'Piet Verhoef, the chief executive of Velmora Pharma, will testify before a parliamentary committee next week about the deaths linked to Calvexin.';
    expect(stanceOn(story, 'D1')).toBe('none');
  });
});

describe('figures of a watchlist proposed from seeds in another language', () => {
  // as `veille seeds import` writes claims: the seed's own sentence, its unit as the seed spells it
  const proposed = Watchlist.parse({
    version: 1,
    language_of_seeds: 'fr',
    entities: [
      { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharma' }, { text: 'Velmora' }] },
      { id: 'calvexin', type: 'other', aliases: [{ text: 'Calvexin' }] },
      { id: 'espana', type: 'place', aliases: [{ text: 'España' }, { text: 'Spain' }] },
    ],
    claims: [
      {
        id: 'C01',
        statement: 'Le laboratoire Velmora Pharma a rappelé le 3 mars 2025 environ 120 000 boîtes de son antidouleur Calvexin.',
        entities: ['velmora', 'calvexin'],
        quantities: [{ value: 120000, unit: 'boîtes', approx: true }],
        dates: [{ value: '2025-03-03' }],
      },
      {
        id: 'C02',
        statement: 'Velmora Pharma vendió 2 millones de cajas de Calvexin en España en 2024.',
        entities: ['velmora', 'calvexin', 'espana'],
        quantities: [{ value: 2000000, unit: 'cajas' }],
        dates: [{ value: '2024' }],
      },
    ],
  });
  const proposedScorer = createScorer(proposed);
  const findings = (title: string, text: string) =>
    proposedScorer
      .score({ title, text })
      .claims.filter((c) => c.score >= 0.5 && c.stance !== 'possible')
      .map((c) => `${c.claim} ${c.stance} (${c.rule})`);

  it('reads a unit with accents (« boîtes ») as boxes', () => {
    expect(findings('Velmora recalls Calvexin', 'Velmora Pharma recalled about 120,000 boxes of Calvexin on 3 March 2025.')).toContain('C01 supports (number)');
  });

  it('takes a figure the title repeats for the one the story dates, not a claim of another year', () => {
    const found = findings('Velmora recalls 200,000 boxes of Calvexin', 'Velmora Pharma recalled about 200,000 boxes of its painkiller Calvexin on 3 March 2025, the company said.');
    expect(found).toContain('C01 contradicts (number)');
    expect(found.filter((f) => f.startsWith('C02'))).toEqual([]);
  });
});

describe('dates of events no concept names', () => {
  const events = Watchlist.parse({
    version: 1,
    language_of_seeds: 'fr',
    entities: [
      { id: 'agency', type: 'org', aliases: [{ text: 'Medicines Board' }] },
      { id: 'calvexin', type: 'other', aliases: [{ text: 'Calvexin' }] },
      { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharma' }] },
      { id: 'prosecutor', type: 'org', aliases: [{ text: 'Paris prosecutor' }, { text: 'parquet de Paris' }] },
    ],
    claims: [
      { id: 'R', statement: 'The Medicines Board opened a review of Calvexin on 12 March 2025.', entities: ['agency', 'calvexin'], dates: [{ value: '2025-03-12' }] },
      {
        id: 'P',
        statement: 'The Paris prosecutor opened a manslaughter investigation into Velmora Pharma on 10 March 2025.',
        quote: 'Le parquet de Paris a ouvert une enquête pour homicides involontaires visant Velmora Pharma le 10 mars 2025.',
        entities: ['prosecutor', 'velmora'],
        dates: [{ value: '2025-03-10' }],
      },
      { id: 'S', statement: 'Velmora Pharma sold 2 million boxes of Calvexin in 2024.', entities: ['velmora', 'calvexin'], quantities: [{ value: 2000000, unit: 'boxes' }], dates: [{ value: '2024' }] },
      ...otherClaims('velmora', [
        'Velmora Pharma said the recalled batches came from its plant in Gdańsk.',
        'The Medicines Board asked doctors to stop prescribing Calvexin.',
        'Velmora Pharma shares fell sharply after the recall.',
        'Patients who took Calvexin reported liver problems.',
        'Velmora Pharma had sold Calvexin in France since 2019.',
        'The Medicines Board inspected the Gdańsk plant.',
        'Velmora Pharma said it would cooperate with the authorities.',
        'A patients’ group collected complaints about Calvexin.',
        'The Paris prosecutor heard Velmora Pharma executives as witnesses.',
      ]),
    ],
  });
  const scorer = createScorer(events);
  const on = (text: string, claim: string) => findingOf(scorer, text, claim);

  it('contradicts the claim told word for word with another day', () => {
    expect(on('The Medicines Board opened a review of Calvexin on 20 March 2025.', 'R')).toBe('contradicts (date)');
    expect(on('The Medicines Board opened a review of Calvexin on 12 March 2025.', 'R')).toBe('supports (date)');
  });

  it('does not take a word of a name ("Paris prosecutor") for the event a date is of', () => {
    expect(on('Le parquet de Paris a ouvert une enquête pour homicides involontaires visant Velmora Pharma le 17 mars 2025.', 'P')).toBe('contradicts (date)');
  });

  it('still wants the claim’s words beside the other day', () => {
    expect(on('The Medicines Board met Velmora Pharma about Calvexin on 20 March 2025.', 'R')).toBe('none');
  });
});

describe('figures of an election', () => {
  const election = Watchlist.parse({
    version: 1,
    language_of_seeds: 'de',
    entities: [
      { id: 'zeta', type: 'org', aliases: [{ text: 'Zeta Party' }, { text: 'Zeta-Partei' }, { text: 'parti Zeta' }, { text: 'Partido Zeta' }] },
      { id: 'roe', type: 'person', aliases: [{ text: 'Jane Roe' }] },
    ],
    claims: [
      { id: 'V', statement: 'The Zeta Party won 34% of the vote on 12 May 2024.', entities: ['zeta'], quantities: [{ value: 34, unit: 'percent' }], dates: [{ value: '2024-05-12' }] },
      // the unit as a user writes it, in no family of the lexicon
      { id: 'M', statement: 'The Zeta Party lost 11 of its 40 places on the council.', entities: ['zeta'], quantities: [{ value: 11, unit: 'places' }] },
      { id: 'S', statement: 'The Zeta Party lost 11 of its 40 seats in parliament.', entities: ['zeta'], quantities: [{ value: 11, unit: 'seats' }] },
      {
        id: 'R',
        statement: 'Jane Roe resigned as party leader on 14 May 2024.',
        quote: 'Jane Roe trat am 14. Mai 2024 als Parteivorsitzende zurück.',
        entities: ['roe', 'zeta'],
        dates: [{ value: '2024-05-14' }],
      },
      ...otherClaims('zeta', [
        'Turnout was 61%, according to the Electoral Commission.',
        'Piet Verhoef was elected leader of the Zeta Party on 2 June 2024 with 212 votes to 140.',
        'Piet Verhoef denied that the Zeta Party had received money from abroad.',
        'The Electoral Commission fined the Zeta Party 50,000 euros for filing its accounts late.',
        "Police searched the Zeta Party's headquarters in Velmora on 20 June 2024.",
      ]),
    ],
  });
  const scorer = createScorer(election);
  const on = (text: string, claim: string) => findingOf(scorer, text, claim);

  it('reads « 34 % » written the French way, with a space', () => {
    expect(on('Le parti Zeta a obtenu 34 % des voix le 12 mai 2024.', 'V')).toBe('supports (number)');
    expect(on('Le parti Zeta a obtenu 29 % des voix le 12 mai 2024.', 'V')).toBe('contradicts (number)');
  });

  it('reads a story in a language the claims are not worded in as such, though its feed does not say so', () => {
    expect(on('Jane Roe dimitió como líder del Partido Zeta el 14 de mayo de 2024.', 'R')).toBe('supports (date)');
  });

  it('compares a unit of no family by its word, and seats in any language', () => {
    expect(on('The Zeta Party lost 11 places on the council.', 'M')).toBe('supports (number)');
    expect(on('Die Zeta-Partei verlor 14 Sitze im Parlament.', 'S')).toBe('contradicts (number)');
  });
});

describe('a watchlist of a few claims', () => {
  it('still reads the words of a claim in the seeds’ language', () => {
    const few = Watchlist.parse({
      version: 1,
      language_of_seeds: 'fr',
      entities: [
        { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharma' }] },
        { id: 'prosecutor', type: 'org', aliases: [{ text: 'Paris prosecutor' }, { text: 'parquet de Paris' }] },
        { id: 'calvexin', type: 'other', aliases: [{ text: 'Calvexin' }] },
      ],
      claims: [
        {
          id: 'P',
          statement: 'The Paris prosecutor opened a manslaughter investigation into Velmora Pharma on 10 March 2025.',
          quote: 'Le parquet de Paris a ouvert une enquête pour homicides involontaires visant Velmora Pharma le 10 mars 2025.',
          entities: ['prosecutor', 'velmora'],
          dates: [{ value: '2025-03-10' }],
        },
        { id: 'R', statement: 'Velmora Pharma recalled Calvexin on 3 March 2025.', entities: ['velmora', 'calvexin'], dates: [{ value: '2025-03-03' }] },
        { id: 'S', statement: 'Velmora Pharma sold 2 million boxes of Calvexin in 2024.', entities: ['velmora', 'calvexin'], quantities: [{ value: 2000000, unit: 'boxes' }] },
      ],
    });
    const story = 'Le parquet de Paris a ouvert une enquête pour homicides involontaires visant Velmora Pharma le 17 mars 2025.';
    const found = createScorer(few).score({ title: '', text: story }).claims.find((c) => c.claim === 'P');
    expect(`${found?.stance} (${found?.rule})`).toBe('contradicts (date)');
  });
});

describe('two figures of one unit in a sentence', () => {
  const court = Watchlist.parse({
    version: 1,
    language_of_seeds: 'en',
    entities: [
      { id: 'verhoef', type: 'person', aliases: [{ text: 'Piet Verhoef' }] },
      { id: 'court', type: 'org', aliases: [{ text: 'Amsterdam District Court' }] },
      { id: 'northwind', type: 'org', aliases: [{ text: 'Northwind Bank' }] },
    ],
    claims: [
      {
        id: 'K1',
        statement: 'The Amsterdam District Court sentenced Piet Verhoef to six years in prison on 4 November 2024 for fraud.',
        entities: ['verhoef', 'court'],
        quantities: [{ value: 6, unit: 'years' }],
        dates: [{ value: '2024-11-04' }],
      },
      { id: 'K6', statement: 'Prosecutors had asked for eight years in prison for Piet Verhoef.', entities: ['verhoef'], quantities: [{ value: 8, unit: 'years' }] },
      { id: 'K2', statement: 'The court ordered Northwind Bank to pay 3.2 million euros in damages.', entities: ['northwind', 'court'], quantities: [{ value: 3200000, unit: 'EUR' }] },
      { id: 'K4', statement: 'Piet Verhoef transferred about 40 million euros to accounts in Cyprus.', entities: ['verhoef'], quantities: [{ value: 40000000, unit: 'EUR', approx: true }] },
      { id: 'K5', statement: 'Piet Verhoef said he would appeal the verdict.', entities: ['verhoef'] },
    ],
  });
  const scorer = createScorer(court);
  const on = (text: string, claim: string) => findingOf(scorer, text, claim, true);

  it('reads the claim’s own figure beside another count as the claim’s, not a different figure', () => {
    expect(on('Prosecutors had asked for eight years, but the court sentenced Piet Verhoef to six years in prison.', 'K6')).toBe('supports (number)');
    expect(on('Prosecutors had first asked for eight years; the court later sentenced Piet Verhoef to six years in prison.', 'K6')).toBe('supports (number)');
  });

  it('does not take an age for a prison term', () => {
    expect(on('Piet Verhoef, 58 years old, was sentenced by the Amsterdam District Court for fraud.', 'K1')).toBe('none');
    expect(on('Le tribunal a condamné Piet Verhoef, âgé de 58 ans, pour fraude.', 'K1')).not.toBe('contradicts (number)');
  });

  it('tells how long something lasted from an amount of the same unit', () => {
    expect(on('Piet Verhoef, who worked at Northwind Bank for 20 years, was sentenced on Monday.', 'K6')).not.toBe('contradicts (number)');
  });

  it('counts a different figure against the sibling claim whose words fit the sentence', () => {
    const story = 'Piet Verhoef was sentenced to four years in prison for fraud by the Amsterdam District Court.';
    expect(on(story, 'K1')).toBe('contradicts (number)');
    expect(on(story, 'K6')).not.toBe('contradicts (number)');
  });
});

describe('events that exclude each other', () => {
  const trial = Watchlist.parse({
    version: 1,
    language_of_seeds: 'en',
    entities: [
      { id: 'roe', type: 'person', aliases: [{ text: 'Jane Roe' }] },
      { id: 'verhoef', type: 'person', aliases: [{ text: 'Piet Verhoef' }] },
      { id: 'northwind', type: 'org', aliases: [{ text: 'Northwind Bank' }] },
    ],
    claims: [
      { id: 'A', statement: 'Jane Roe was acquitted of all charges on 12 December 2024.', entities: ['roe'], dates: [{ value: '2024-12-12' }] },
      { id: 'C', statement: 'Piet Verhoef was convicted of fraud on 4 November 2024.', entities: ['verhoef'], dates: [{ value: '2024-11-04' }] },
      ...otherClaims('northwind', [
        'Northwind Bank moved money for shell companies in Cyprus.',
        'Piet Verhoef ran the bank’s compliance office until 2021.',
        'Northwind Bank paid 3.2 million euros in damages to former clients.',
        'Jane Roe chaired the bank’s board from 2016.',
        'Prosecutors searched the bank’s offices in May 2023.',
        'Northwind Bank said it had cooperated with the investigation.',
        'The bank closed 4,000 accounts after the audit.',
        'Jane Roe told reporters she had warned the board in 2019.',
        'Northwind Bank hired a new chief of compliance in 2022.',
        'The regulator fined Northwind Bank in March 2023.',
      ]),
    ],
  });
  const scorer = createScorer(trial);
  const on = (text: string, claim: string) => findingOf(scorer, text, claim);

  it('reads a conviction as denying an acquittal, and the other way round, in any language', () => {
    expect(on('Jane Roe was convicted of fraud on 12 December 2024.', 'A')).toBe('contradicts (opposite-words)');
    expect(on('Piet Verhoef a été relaxé le 4 novembre 2024.', 'C')).toBe('contradicts (opposite-words)');
    expect(on('Jane Roe was acquitted of all charges on 12 December 2024.', 'A')).toBe('supports (date)');
  });

  it('does not read an acquittal that did not happen as denying a conviction', () => {
    expect(on('Piet Verhoef was not acquitted: the court convicted him of fraud on 4 November 2024.', 'C')).not.toBe('contradicts (opposite-words)');
  });
});

describe('how long something lasted', () => {
  it('compares a duration with a duration', () => {
    const w = Watchlist.parse({
      version: 1,
      language_of_seeds: 'en',
      entities: [
        { id: 'verhoef', type: 'person', aliases: [{ text: 'Piet Verhoef' }] },
        { id: 'northwind', type: 'org', aliases: [{ text: 'Northwind Bank' }] },
      ],
      claims: [
        { id: 'D', statement: 'Piet Verhoef worked at Northwind Bank for 12 years.', entities: ['verhoef', 'northwind'], quantities: [{ value: 12, unit: 'years' }] },
        { id: 'S', statement: 'Piet Verhoef was sentenced to six years in prison.', entities: ['verhoef'], quantities: [{ value: 6, unit: 'years' }] },
      ],
    });
    const found = createScorer(w).score({ title: '', text: 'Piet Verhoef worked at Northwind Bank for 20 years before the fraud came to light.' }).claims;
    expect(found.find((c) => c.claim === 'D')?.stance).toBe('contradicts');
    expect(found.find((c) => c.claim === 'S' && c.score >= 0.5)?.stance).not.toBe('contradicts');
  });
});

describe('the dead, however a story counts them', () => {
  it('compares "214 people were killed" with « 214 muertos » and "286 people died"', () => {
    const w = Watchlist.parse({
      version: 1,
      language_of_seeds: 'en',
      entities: [
        { id: 'agency', type: 'org', aliases: [{ text: 'Civil Protection' }, { text: 'Protección Civil' }] },
        { id: 'velmora', type: 'place', aliases: [{ text: 'Velmora' }] },
      ],
      claims: [
        { id: 'T', statement: 'Civil Protection said 214 people were killed in Velmora.', entities: ['agency', 'velmora'], quantities: [{ value: 214, unit: 'people' }] },
        { id: 'H', statement: 'About 12,000 people were left homeless in Velmora.', entities: ['velmora'], quantities: [{ value: 12000, unit: 'people', approx: true }] },
      ],
    });
    const scorer = createScorer(w);
    const on = (text: string, claim: string) => {
      const found = scorer.score({ title: '', text }).claims.find((c) => c.claim === claim && c.score >= 0.5 && c.stance !== 'possible');
      return found ? `${found.stance} (${found.rule})` : 'none';
    };
    expect(on('Protección Civil informó de 214 muertos en Velmora.', 'T')).toBe('supports (number)');
    expect(on('Civil Protection said 286 people died in Velmora.', 'T')).toBe('contradicts (number)');
    expect(on('Civil Protection said 286 people died in Velmora.', 'H')).not.toBe('contradicts (number)');
  });
});

describe("the claim's own distinctive figure, in a sentence that names no one", () => {
  // a claim about an event told in a seed's words: a story in another language gives its figure in the next sentence
  const event = Watchlist.parse({
    ...watchlist,
    entities: [...watchlist.entities, { id: 'harlow', type: 'place', aliases: [{ text: 'Harlow Vale' }] }],
    claims: [
      ...watchlist.claims,
      { id: 'E1', statement: 'In all, 1,650 residents of Harlow Vale and two nearby hamlets were evacuated.', entities: ['harlow', 'velmora'], quantities: [{ value: 1650, unit: 'evacuees' }] },
    ],
  });
  const found = (text: string) => {
    const c = createScorer(event).score({ title: '', text, lang: 'de' }).claims.find((x) => x.claim === 'E1');
    return c ? `${c.stance} (${c.rule})` : 'none';
  };

  it('supports the claim when the figure is exactly its own (1,650, not a round count)', () => {
    expect(found('In der Nähe von Harlow Vale brach am Montag ein Feuer aus. Rund 1.650 Bewohner des Ortes mussten ihre Häuser verlassen.')).toBe('supports (number)');
  });

  it('does not for a round figure, which any story may give', () => {
    const round = Watchlist.parse({ ...event, claims: event.claims.map((c) => (c.id === 'E1' ? { ...c, statement: c.statement.replace('1,650', '1,600'), quantities: [{ value: 1600, unit: 'evacuees' }] } : c)) });
    const c = createScorer(round).score({ title: '', text: 'In der Nähe von Harlow Vale brach am Montag ein Feuer aus. Rund 1.600 Bewohner des Ortes mussten ihre Häuser verlassen.', lang: 'de' }).claims.find((x) => x.claim === 'E1');
    expect(c?.stance === 'supports').toBe(false);
  });
});

describe('a claim that names no one, as `veille seeds import` proposes from a sentence without names', () => {
  const unnamed = Watchlist.parse({
    ...watchlist,
    claims: [
      ...watchlist.claims,
      { id: 'U1', statement: 'Some 3.1 million euros have already been paid to 140 households.', entities: [], quantities: [{ value: 3_100_000, unit: 'EUR' }, { value: 140, unit: 'households' }] },
      { id: 'U2', statement: 'The repair had to be done within six months.', entities: [], quantities: [{ value: 6, unit: 'months' }] },
    ],
  });
  const found = (text: string, claim: string) => {
    const c = createScorer(unnamed).score({ title: '', text }).claims.find((x) => x.claim === claim);
    return c ? `${c.stance} (${c.rule})` : 'none';
  };

  it('is supported by a story on the storyline that gives its figure', () => {
    expect(found('Velmora Pharma said it had set up a compensation fund. So far 3.1 million euros have been paid out to victims.', 'U1')).toBe('supports (number)');
  });

  it('is not weighed for a small count any story gives, nor in a story off the storyline', () => {
    expect(found('Velmora Pharma said the repair of the line would take six months.', 'U2')).toBe('none');
    expect(found('A charity said 3.1 million euros have been paid out to victims of the floods.', 'U1')).toBe('none');
  });
});

describe('a sum of money says what it pays only with its words', () => {
  it('does not contradict a fund with a fine or a settlement of another amount', () => {
    expect(stanceOn('Velmora Pharma was fined 600,000 euros over labelling errors on its inhalers.', 'M1')).not.toMatch(/^contradicts/);
    expect(stanceOn('Velmora Pharma agreed to pay 84 million euros to settle a class action.', 'M1')).not.toMatch(/^contradicts/);
  });

  it('contradicts the fund with another amount for it', () => {
    expect(stanceOn('Velmora Pharma set up a compensation fund of 5 million euros for patients.', 'M1')).toBe('contradicts (number)');
  });
});

describe('one figure told by two claims', () => {
  // a proposal from two seeds can keep the same sum twice: investigators' account and the indictment's, which
  // also names who the money went through
  const twice = createScorer(
    Watchlist.parse({
      ...watchlist,
      claims: [
        ...watchlist.claims,
        { id: 'A1', statement: 'According to investigators, Velmora Pharma paid 2.4 million euros in bribes to Piet Verhoef.', entities: ['velmora', 'piet_verhoef'], quantities: [{ value: 2_400_000, unit: 'EUR' }] },
        { id: 'A2', statement: 'The indictment says Velmora Pharma paid the 2.4 million euros to Piet Verhoef through Orbis Collective.', entities: ['velmora', 'orbis'], quantities: [{ value: 2_400_000, unit: 'EUR' }] },
      ],
    }),
  );
  const story = 'The case file now puts at 3.1 million euros the money Velmora Pharma paid to Piet Verhoef through Orbis Collective.';

  it('contradicts both when the story gives another sum, whichever fits the sentence best', () => {
    expect(findingOf(twice, story, 'A2')).toBe('contradicts (number)');
    expect(findingOf(twice, story, 'A1')).toBe('contradicts (number)');
  });
});

describe('a figure dated before the storyline', () => {
  // a storyline of 2026 (three dated claims set its window) with an undated claim about a fine
  const fines = createScorer(
    Watchlist.parse({
      version: 1,
      language_of_seeds: 'en',
      entities: [
        { id: 'board', type: 'org', aliases: [{ text: 'Water Safety Board' }] },
        { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Pharma' }] },
      ],
      claims: [
        { id: 'F1', statement: 'The Water Safety Board fined Velmora Pharma 2.4 million euros.', entities: ['board', 'velmora'], quantities: [{ value: 2_400_000, unit: 'EUR' }] },
        { id: 'L1', statement: 'Velmora Pharma reported the leak on 5 March 2026.', entities: ['velmora'], dates: [{ value: '2026-03-05' }] },
        { id: 'L2', statement: 'The Water Safety Board opened an investigation into Velmora Pharma on 6 March 2026.', entities: ['board', 'velmora'], dates: [{ value: '2026-03-06' }] },
        { id: 'L3', statement: 'Velmora Pharma restored supply on 13 March 2026.', entities: ['velmora'], dates: [{ value: '2026-03-13' }] },
      ],
    }),
  );

  it("is another event's figure for a claim the seeds give no date: an earlier fine is no different fine", () => {
    expect(findingOf(fines, 'Velmora Pharma was not fined a record sum. The Water Safety Board fined a dye maker 3.1 million euros in November 2022.', 'F1')).toBe('none');
    // the same figure with no date, or dated within the storyline, still contradicts
    expect(findingOf(fines, 'The Water Safety Board fined Velmora Pharma 3.1 million euros.', 'F1')).toBe('contradicts (number)');
    expect(findingOf(fines, 'The Water Safety Board fined Velmora Pharma 3.1 million euros in March 2026.', 'F1')).toBe('contradicts (number)');
  });
});

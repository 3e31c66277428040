import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../src/matchers/normalize.js';
import { markPolarity, tokenPolarity } from '../../src/matchers/polarity.js';
import { tokenize } from '../../src/matchers/tokens.js';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { polarity } from '../helpers/polarity.js';

describe('markPolarity: negation scoped to its clause', () => {
  it('negates what follows in the clause', () => {
    expect(polarity('She never replied to the bank.')).toMatchObject({ replied: -1, bank: -1, she: 1 });
  });

  it('does not reach into another clause', () => {
    const p = polarity('She wrote to the bank, though she did not attend the meeting.');
    expect(p).toMatchObject({ wrote: 1, bank: 1, attend: -1, meeting: -1 });
  });

  it('gives a second negation its own scope: two negated verbs stay negated, they do not cancel out', () => {
    const p = polarity('The firm has never bid and is not going to bid for the port.');
    expect(p).toMatchObject({ going: -1, port: -1 });
    const tokens = tokenize(normalizeForMatch('The firm has never bid and is not going to bid for the port.').text);
    const marks = tokenPolarity(markPolarity(tokens));
    expect(tokens.map((t, k) => (t.text === 'bid' ? marks[k] : null)).filter((x) => x !== null)).toEqual([-1, -1]);
  });

  it('reads French «ne … pas» as a negation and «ne … que» as "only"', () => {
    expect(polarity('Elle n’a pas répondu à la banque.')).toMatchObject({ repondu: -1 });
    expect(polarity('Il n’a écrit qu’à deux reprises.')).toMatchObject({ ecrit: 1, deux: 1 });
  });

  it('counts a Russian negative concord once («никогда не»)', () => {
    expect(polarity('Компания никогда не направляла предложений.')).toMatchObject({ направлял: -1, предложен: -1 });
  });

  it('negates German and Spanish verbs', () => {
    expect(polarity('Die Bank hat nie geantwortet.')).toMatchObject({ geantwortet: -1 });
    expect(polarity('El banco nunca respondió.')).toMatchObject({ respondio: -1 });
  });

  it('a nominal negation covers the verb before it and its noun phrase', () => {
    expect(polarity('The lawyer provided no information about the deal.')).toMatchObject({ provided: -1, information: -1, lawyer: 1 });
  });

  it('refusing or failing to do something is not doing it, in five languages', () => {
    expect(polarity('The bank refused to pay the ransom.')).toMatchObject({ pay: -1, ransom: -1, bank: 1 });
    expect(polarity('The bank failed to notify its customers.')).toMatchObject({ notify: -1 });
    expect(polarity('La banque a refusé de payer la rançon.')).toMatchObject({ payer: -1 });
    expect(polarity('Die Bank verweigerte die Zahlung des Lösegelds.')).toMatchObject({ zahlung: -1 });
    expect(polarity('El banco se negó a pagar el rescate.')).toMatchObject({ pagar: -1 });
  });

  it('a German "kein" reaches the verb at the end of its clause', () => {
    expect(polarity('Die Bank hat kein Lösegeld an die Erpresser gezahlt.')).toMatchObject({ gezahlt: -1, bank: 1 });
  });

  it('a negation before a list covers every item of it, in five languages, and stops where the list does', () => {
    expect(polarity('A firm without staff, offices or any trade, whose director is his cousin.')).toMatchObject({ staff: -1, offices: -1, trade: -1, director: 1, cousin: 1 });
    expect(polarity('Une société sans salariés, ni locaux ni activité connue.')).toMatchObject({ locaux: -1, activite: -1 });
    expect(polarity('Eine Firma ohne Personal, Büros oder bekannte Tätigkeit.')).toMatchObject({ buros: -1, tatigkeit: -1 });
    expect(polarity('Una sociedad sin empleados, oficinas ni actividad conocida.')).toMatchObject({ oficinas: -1, actividad: -1 });
    expect(polarity('Фирма без сотрудников, офиса и известной деятельности.')).toMatchObject({ офис: -1, деятельност: -1 });
    // not lists: what follows the comma is a clause of its own
    expect(polarity('He was released without charge, the police said.')).toMatchObject({ charge: -1, police: 1, said: 1 });
    expect(polarity('He left without delay, and the minister resigned.')).toMatchObject({ delay: -1, minister: 1, resigned: 1 });
  });

  it('two negations over one word cancel out', () => {
    expect(polarity('He disputed the claim that she knew nothing about the loan.')).toMatchObject({ knew: 1, loan: 1 });
  });
});

describe('markPolarity: what is only weighed or not confirmed', () => {
  it('leaves open what is considered, and what could not be confirmed', () => {
    expect(polarity('The bank is considering paying the ransom.')).toMatchObject({ paying: 0 });
    expect(polarity('The bank could not confirm that the files were stolen.')).toMatchObject({ files: 0, stolen: 0 });
  });
});

describe('markPolarity: denials, refutations, corrections', () => {
  it("takes back the \"that\" clause of a report its newspaper withdrew, past the report's own details", () => {
    const p = polarity('The Herald on Monday withdrew a report, published on March 5, that claimed the mayor had met the builder in private.');
    // (it was published on March 5: the report's own details are not what is taken back)
    expect(p).toMatchObject({ met: -1, builder: -1, herald: 1, published: 1, march: 1 });
    expect(polarity('The Herald on Monday pulled its story that the mayor had met the builder.')).toMatchObject({ met: -1 });
    // a report that stands is asserted by whoever reports it
    expect(polarity('The Herald published a report, on March 5, that claimed the mayor had met the builder.')).toMatchObject({ met: 1 });
  });

  it('"X, contrary to what Y said" asserts X: it is Y’s words it refutes', () => {
    expect(polarity('The card numbers were exposed, contrary to what the chief executive said.')).toMatchObject({ exposed: 1, numbers: 1 });
    expect(polarity('Les numéros de carte ont été exposés, contrairement à ce que la directrice a dit.')).toMatchObject({ exposes: 1 });
    // a refuted report still is one: what follows "contrary to claims that" is denied
    expect(polarity('The bank paid, contrary to claims that it refused.')).toMatchObject({ paid: 1 });
  });

  it('a reported denial negates its clause', () => {
    expect(polarity('The company denied that it sent the letters.')).toMatchObject({ sent: -1, letters: -1 });
    expect(polarity('Компания назвала сообщения о письмах вымыслом.')).toMatchObject({ письм: -1 });
  });

  it('a denial the story refutes does not negate ("he denied it, but the messages show…")', () => {
    const tokens = tokenize(normalizeForMatch('He denied writing to the bank, but the messages show he did.').text);
    const marks = markPolarity(tokens);
    expect(marks.refutedDenial?.cue.text).toBe('denied');
    expect(tokenPolarity(marks)[tokens.findIndex((t) => t.text === 'writing')]).toBe(1);
  });

  it('the next sentence may refute the denial', () => {
    const tokens = tokenize(normalizeForMatch('He denied writing to the bank.').text);
    expect(markPolarity(tokens, new Set(), true).refutedDenial).not.toBeNull();
  });

  it('marks what "not X" replaces and the correction phrase', () => {
    const tokens = tokenize(normalizeForMatch('In fact the files were leaked by the clerk, not by the manager.').text);
    const marks = markPolarity(tokens);
    expect(marks.correction?.cue.text).toBe('in fact');
    expect([...marks.replaced.keys()].map((k) => tokens[k].text)).toEqual(['manager']);
  });

  it('leaves open what a claim calls unclear, and questions', () => {
    expect(polarity('It is unclear whether the bank pursued the deal.')).toMatchObject({ pursued: 0, deal: 0, unclear: 1 });
    expect(polarity('What is behind this leak?')).toMatchObject({ behind: 0 });
  });

  it('reads « ni » / "nor" after a negation as another object of the negated verb, not a denial of its own', () => {
    const p = polarity("Cette correction ne préjuge en rien des conclusions de l'enquête, ni de l'information judiciaire ouverte par le parquet.");
    expect(p).toMatchObject({ prejuge: -1, judiciaire: 1, ouverte: 1 });
    expect(polarity('Ni la banque ni le ministre n’ont répondu.')).toMatchObject({ banque: -1 });
  });

  it('reads an indignant "?!" as an assertion, not a question', () => {
    expect(polarity('38,500 litres in the river and the company tells us two days later?!')).toMatchObject({ litres: 1, tells: 1 });
    expect(polarity('Ils ont attendu deux jours pour le dire !?')).toMatchObject({ attendu: 1 });
    expect(polarity('Did the company tell anyone?')).toMatchObject({ tell: 0 });
  });
});

describe('a list under "without" in a story, and a claim in another language', () => {
  // written for this test: a claim kept in the seed's French, a story in English
  const watchlist = Watchlist.parse({
    version: 1,
    language_of_seeds: 'fr',
    entities: [
      { id: 'velmora', type: 'org', aliases: [{ text: 'Velmora Holding' }] },
      { id: 'pedro_vidal', type: 'person', aliases: [{ text: 'Pedro Vidal' }] },
      { id: 'castrelo', type: 'org', aliases: [{ text: 'Castrelo Obras' }] },
    ],
    claims: [
      {
        id: 'K1',
        statement: 'Les paiements sont passés par Velmora Holding, une société écran sans salariés ni activité commerciale connue, dirigée par Pedro Vidal.',
        entities: ['velmora', 'pedro_vidal', 'castrelo'],
      },
      { id: 'K2', statement: 'Castrelo Obras a remporté le contrat du port en 2021.', entities: ['castrelo'] },
      { id: 'K3', statement: 'Pedro Vidal a été arrêté le 3 mars 2024 à son domicile.', entities: ['pedro_vidal'], dates: [{ value: '2024-03-03' }] },
      { id: 'K4', statement: 'Le parquet enquête sur douze virements de Castrelo Obras à Velmora Holding.', entities: ['castrelo', 'velmora'] },
    ],
  });
  const scorer = createScorer(watchlist);

  it('reads every item of the list as negated, as the claim does, so the story supports the claim', () => {
    const story = 'Castrelo Obras paid Velmora Holding, a shell company without staff, offices or known commercial activity, whose director is Pedro Vidal.';
    const k1 = scorer.score({ title: '', text: story, lang: 'en' }).claims.find((c) => c.claim === 'K1');
    expect(k1).toMatchObject({ stance: 'supports' });
  });
});

describe('a reporting verb is no part of a claim\'s predicate, in any of its forms', () => {
  // written for this test: a claim kept in the seed's French, attributed ("des sources affirmant que…")
  const watchlist = Watchlist.parse({
    version: 1,
    language_of_seeds: 'fr',
    entities: [
      { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }] },
      { id: 'northwind', type: 'org', aliases: [{ text: 'banque Northwind' }] },
      { id: 'courrier', type: 'media', aliases: [{ text: 'Courrier de Vantor' }] },
    ],
    claims: [
      { id: 'K1', statement: 'Le Courrier de Vantor cite des sources affirmant que Jane Roe a envoyé un courriel aux dirigeants de la banque Northwind.', entities: ['courrier', 'jane_roe', 'northwind'] },
      { id: 'K2', statement: 'Jane Roe a répondu vingt fois aux messages de la banque Northwind.', entities: ['jane_roe', 'northwind'], quantities: [{ value: 20, unit: 'replies' }] },
      { id: 'K3', statement: 'La banque Northwind a porté plainte contre Jane Roe le 3 mars 2024.', entities: ['jane_roe', 'northwind'], dates: [{ value: '2024-03-03' }] },
      { id: 'K4', statement: 'Jane Roe a rencontré le conseil du port de Vantor le 10 mai 2024.', entities: ['jane_roe'], dates: [{ value: '2024-05-10' }] },
      { id: 'K5', statement: "La banque Northwind a suspendu deux cadres après l'enquête interne.", entities: ['northwind'] },
      { id: 'K6', statement: 'Le Courrier de Vantor a publié les courriels internes de la banque Northwind en avril 2024.', entities: ['courrier', 'northwind'], dates: [{ value: '2024-04' }] },
      { id: 'K7', statement: "Jane Roe a démissionné du conseil d'administration en juin 2024.", entities: ['jane_roe'], dates: [{ value: '2024-06' }] },
      { id: 'K8', statement: 'Les enquêteurs ont saisi douze ordinateurs au siège de la banque Northwind.', entities: ['northwind'], quantities: [{ value: 12, unit: 'computers' }] },
    ],
  });
  const scorer = createScorer(watchlist);

  it('«comme elle l\'affirme» under a negation says nothing against a claim that sources affirm something', () => {
    const story = "D'après le Courrier de Vantor, Jane Roe aurait répondu une vingtaine de fois aux messages de la banque Northwind, et non trois comme elle l'affirme.";
    const k1 = scorer.details({ title: '', text: story, lang: 'fr' }).stances.find((s) => s.claim === 'K1');
    expect(k1?.evidenceDetails.disagree).toBe(0);
    expect(k1?.stance).not.toBe('contradicts');
  });
});

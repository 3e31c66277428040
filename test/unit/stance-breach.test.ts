import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { findingOf } from '../helpers/findings.js';

// A fourth invented storyline (no real events): a bank is hacked. Its claims are what such stories are about:
// how many customers, who did it, what the bank says was not taken, what it refused to do.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'northwind', type: 'org', aliases: [{ text: 'Northwind Bank' }, { text: 'Northwind' }] },
    { id: 'zeta', type: 'org', aliases: [{ text: 'Zeta Group' }] },
    { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }] },
    { id: 'fca', type: 'org', aliases: [{ text: 'Financial Conduct Authority' }] },
    { id: 'orbis', type: 'org', aliases: [{ text: 'Orbis Collective' }] },
    { id: 'breach', type: 'event', aliases: [{ text: 'Northwind breach' }] },
  ],
  claims: [
    {
      id: 'N1',
      statement: 'On 14 March 2025 Northwind Bank disclosed that hackers had stolen the records of 2.3 million customers.',
      entities: ['northwind', 'breach'],
      quantities: [{ value: 2_300_000, unit: 'customers' }],
      dates: [{ value: '2025-03-14' }],
    },
    {
      id: 'Z1',
      statement: 'The Zeta Group ransomware gang carried out the attack on Northwind Bank and demanded a $15 million ransom.',
      entities: ['zeta', 'northwind'],
      quantities: [{ value: 15_000_000, unit: 'USD' }],
    },
    { id: 'R1', statement: "Northwind's chief executive Jane Roe said no payment card data was exposed in the attack.", entities: ['jane_roe', 'northwind'] },
    { id: 'F1', statement: 'The Financial Conduct Authority opened an investigation into the attack on Northwind Bank in April 2025.', entities: ['fca', 'northwind'], dates: [{ value: '2025-04' }] },
    { id: 'P1', statement: 'Northwind Bank refused to pay the ransom.', entities: ['northwind'] },
    { id: 'O1', statement: "Security firm Orbis Collective found that the attackers entered Northwind's network through an unpatched VPN server.", entities: ['orbis', 'northwind'] },
  ],
});
const scorer = createScorer(watchlist);
const findingOn = (text: string, claim: string) => findingOf(scorer, text, claim);

describe('the claim’s own figure, with only one of its names', () => {
  it('supports the count when the story gives it with the claim’s words, even in a headline that abbreviates it', () => {
    expect(findingOn('Northwind Bank said on Friday that hackers had stolen data belonging to 2.3 million customers.', 'N1')).toBe('supports (number)');
    expect(findingOn("Northwind hack: 2.3m customers' data stolen, bank says", 'N1')).toBe('supports (number)');
  });

  // (the theft is this claim's alone here: a word every claim shares would tell none of them)
  it('compares customers with « clients », Kunden and clientes, and finds the claim’s event by its concepts there', () => {
    expect(findingOn('Northwind Bank a reconnu que les données de 2,3 millions de clients avaient été volées par des pirates.', 'N1')).toBe('supports (number)');
    expect(findingOn('Die Northwind Bank teilte mit, Hacker hätten die Daten von 2,3 Millionen Kunden gestohlen.', 'N1')).toBe('supports (number)');
    expect(findingOn('Northwind Bank: los piratas robaron los datos de 2,3 millones de clientes.', 'N1')).toBe('supports (number)');
  });

  it('counts a story that takes a stance on a claim as relevant, whatever else it names', () => {
    const score = scorer.score({ title: '', text: 'Northwind Bank a reconnu que les données de 2,3 millions de clients avaient été volées par des pirates.' });
    expect(score.relevant).toBe(true);
  });

  it('does not take a figure alone for the claim’s event: the bank’s size is not the breach', () => {
    expect(findingOn('Northwind Bank, which serves 2.3 million customers, opened a branch in Leeds.', 'N1')).toBe('none');
  });

  it('reads "2.3 million of them" as the claim’s count, not the 9 million customers beside it', () => {
    expect(findingOn('Northwind Bank, which has 9 million customers, said the records of 2.3 million of them were stolen by hackers.', 'N1')).toBe('supports (number)');
  });

  it('takes the figure the story shows against the claim’s, after "but … show"', () => {
    expect(
      findingOf(
        scorer,
        'Northwind Bank said 2.3 million customers were affected, but court filings show that the records of 4.1 million customers were stolen.',
        'N1',
        false,
        'Northwind breach bigger than disclosed',
      ),
    ).toBe('contradicts (number)');
  });

  it('takes no side on a figure the story cannot confirm', () => {
    expect(findingOn('Northwind Bank could not confirm that the records of 2.3 million customers had been stolen.', 'N1')).toBe('none');
    expect(findingOn('Northwind Bank could not confirm that the records of 4.1 million customers had been stolen by hackers.', 'N1')).toBe('none');
  });

  it('says a different count in plain figures', () => {
    const claim = scorer.score({ title: 'Northwind breach far larger than disclosed', text: 'Court filings show the Northwind Bank breach exposed the records of 4.1 million customers.' }).claims.find((c) => c.claim === 'N1');
    expect(claim).toMatchObject({ stance: 'contradicts', rule: 'number' });
    expect(claim?.reason).toContain('4.1 million customers');
  });
});

describe('what a claim says was not done, or refused', () => {
  it('is contradicted by a story that says it was done', () => {
    expect(findingOn('Northwind Bank paid a ransom of $4 million to the hackers, people familiar with the matter said.', 'P1')).toBe('contradicts (opposite-words)');
    expect(
      findingOn('Northwind Bank admitted that payment card numbers of 300,000 customers were exposed in the breach, contrary to what chief executive Jane Roe said in March.', 'R1'),
    ).toBe('contradicts (admission)');
  });

  it('is not contradicted by a name that merely contains a word of its verb, nor by a German negation at the clause’s end', () => {
    expect(findingOn('The Financial Conduct Authority opened an investigation into the Northwind Bank breach in June 2025.', 'P1')).toBe('none');
    expect(findingOn('Die Northwind Bank hat nach eigenen Angaben kein Lösegeld an die Erpresser gezahlt.', 'P1')).toBe('none');
  });

  it('is contradicted when its source retracts it', () => {
    expect(findingOn("Orbis Collective retracted its finding that the attackers entered Northwind's network through a VPN server.", 'O1')).toBe('contradicts (denial)');
  });

  it('is not contradicted by what a story says is only being weighed', () => {
    expect(findingOn('Northwind Bank is considering paying the ransom, according to people familiar with its board.', 'P1')).toBe('none');
  });

  it('is supported when its own people repeat it', () => {
    expect(findingOn("Jane Roe, Northwind's chief executive, repeated on Tuesday that no payment card data had been exposed in the attack.", 'R1')).toBe('supports (names-and-statement)');
  });
});

describe('a day without its year', () => {
  const finding = (text: string, claim: string, publishedAt?: string) => {
    const found = scorer.score({ title: '', text, publishedAt }).claims.find((c) => c.claim === claim && c.score >= 0.5 && c.stance !== 'possible');
    return found ? `${found.stance} (${found.rule})` : 'none';
  };
  const opened = 'The Financial Conduct Authority opened an investigation into the attack on Northwind Bank on 9 June.';

  it('is the claim’s year in a story published within months of the claim’s date, and a different day there contradicts', () => {
    expect(finding(opened, 'F1', '2025-06-20')).toBe('contradicts (date)');
  });

  it('contradicts nothing in a story published long after, or on no known day (the year may be another)', () => {
    expect(finding(opened, 'F1', '2026-09-01')).not.toMatch(/^contradicts/);
    expect(finding(opened, 'F1')).not.toMatch(/^contradicts/);
  });
});

describe('a list of other figures', () => {
  it('contradicts the claim’s figure with one different figure of its event', () => {
    expect(findingOn('The Zeta Group demanded a $20 million ransom after the attack on Northwind Bank.', 'Z1')).toBe('contradicts (number)');
  });

  it('is no figure of the claim’s event: "the $40 million data centre and the $22 million branch refit"', () => {
    const text = 'Regulators will review every contract Northwind Bank signed with the Zeta Group, including the $40 million data centre and the $22 million branch refit.';
    expect(findingOn(text, 'Z1')).toBe('none');
  });
});

describe('a seed note naming the claim’s own people by a short name', () => {
  const record = createScorer(
    Watchlist.parse({
      version: 1,
      entities: [
        { id: 'acme', type: 'org', aliases: [{ text: 'Acme Chemicals' }] },
        { id: 'wqa', type: 'org', aliases: [{ text: 'Water Quality Authority' }, { text: 'WQA', needs_context: true }] },
      ],
      claims: [
        { id: 'S1', statement: 'Acme Chemicals spilled 38,500 litres of solvent into the river.', entities: ['acme'], quantities: [{ value: 38_500, unit: 'litres' }] },
        { id: 'I1', statement: 'The WQA opened an inquiry into Acme Chemicals.', entities: ['wqa', 'acme'] },
        {
          id: 'R1',
          statement: 'The fine the WQA imposed on Acme Chemicals is the highest in its history.',
          entities: ['wqa', 'acme'],
          seed_error: 'The WQA fined Kessler Dyes 3.1 million euros in 2022; the Acme fine is the second highest. Items stating that contradict R1.',
        },
      ],
    }),
  );

  it('does not take the claim’s own regulator, named in the note by its acronym, for a name of the correct fact', () => {
    const note = record.stanceModel.profiles.find((p) => p.claim.id === 'R1')!.seedError!;
    expect([...note.strong]).not.toContain('wqa');
    expect([...note.strong]).toContain('kessle'); // the stem of "Kessler"
  });

  it('still finds the correct fact by the name the watchlist does not know', () => {
    expect(findingOf(record, 'In 2022 the Water Quality Authority fined Kessler Dyes 3.1 million euros, the largest fine it has ever imposed.', 'R1')).toBe('contradicts (seed-correction)');
  });
});

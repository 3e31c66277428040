import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';

// A storyline unlike the shipped one, written for these tests (no real events): a bank, its chief
// executive, a regulator and the police. Its claims are what most storylines are made of: someone
// resigned, was fined, was arrested, on a given day. A user's watchlist has a dozen claims or more, so the
// claims' words weigh as they would there.
const watchlist = Watchlist.parse({
  version: 1,
  language_of_seeds: 'en',
  entities: [
    { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }, { text: 'Roe', needs_context: true }] },
    { id: 'northwind', type: 'org', aliases: [{ text: 'Northwind Bank' }, { text: 'Northwind' }] },
    { id: 'piet_verhoef', type: 'person', aliases: [{ text: 'Piet Verhoef' }, { text: 'Verhoef' }] },
    { id: 'harbour_authority', type: 'org', aliases: [{ text: 'Harbour Authority' }] },
  ],
  claims: [
    { id: 'R1', statement: 'Jane Roe resigned as chief executive of Northwind Bank on 3 April 2023.', entities: ['jane_roe', 'northwind'], dates: [{ value: '2023-04-03' }] },
    { id: 'F1', statement: 'The Harbour Authority fined Northwind Bank on 14 March 2023 for weak controls.', entities: ['harbour_authority', 'northwind'], dates: [{ value: '2023-03-14' }] },
    {
      id: 'A1',
      statement: 'Police arrested Piet Verhoef, the former head of compliance at Northwind Bank, on 2 February 2022.',
      entities: ['piet_verhoef', 'northwind'],
      dates: [{ value: '2022-02-02' }],
    },
    { id: 'W1', statement: 'Piet Verhoef wrote to the Northwind Bank board about the transfers on 19 January 2023.', entities: ['piet_verhoef', 'northwind'], dates: [{ value: '2023-01-19' }] },
    { id: 'T1', statement: 'Northwind Bank processed about 4,000 suspicious transfers between 2018 and 2021.', entities: ['northwind'], quantities: [{ value: 4000, unit: 'transfers' }] },
    { id: 'T2', statement: 'The transfers went to shell companies registered in Cyprus.', entities: ['northwind'] },
    { id: 'T3', statement: 'Jane Roe said the bank had hired 200 compliance staff since 2021.', entities: ['jane_roe', 'northwind'], quantities: [{ value: 200, unit: 'staff' }] },
    { id: 'T4', statement: 'Piet Verhoef warned the board about the transfers in a memo in 2019.', entities: ['piet_verhoef', 'northwind'], dates: [{ value: '2019' }] },
    { id: 'T5', statement: 'The finance director became interim chief executive in April 2023.', entities: ['northwind'], dates: [{ value: '2023-04' }] },
    { id: 'T6', statement: 'Northwind Bank said it was cooperating fully with prosecutors.', entities: ['northwind'] },
    { id: 'T7', statement: "The Harbour Authority found that Northwind Bank's board ignored internal warnings.", entities: ['harbour_authority', 'northwind'] },
    { id: 'L1', statement: 'Auditors flagged the forged ledger of Northwind Bank in a forensic review on 7 March 2022.', entities: ['northwind'], dates: [{ value: '2022-03-07' }] },
    { id: 'B1', statement: 'Piet Verhoef attributed the missing transfers to a software fault at the clearing house that wiped the overnight ledger and delayed the quarterly audit.', entities: ['piet_verhoef', 'northwind'] },
    { id: 'T8', statement: "Northwind Bank's shares fell 9% on the day of the fine.", entities: ['northwind'], quantities: [{ value: 9, unit: '%' }] },
  ],
});
const scorer = createScorer(watchlist);
const stanceOn = (text: string, claim: string, lang: string | null = null) => {
  const found = scorer.score({ title: '', text, lang }).claims.find((c) => c.claim === claim && c.score >= 0.5);
  return found ? `${found.stance} (${found.rule})` : 'none';
};

describe('what any storyline counts', () => {
  it('compares a count told in another language by what is counted (transfers, « virements »)', () => {
    expect(stanceOn('La Northwind Bank a traité environ 4 000 virements suspects vers Chypre.', 'T1', 'fr')).toBe('supports (number)');
    expect(stanceOn('La Northwind Bank a traité environ 6 000 virements suspects vers Chypre.', 'T1', 'fr')).toBe('contradicts (number)');
  });
});

describe('denials by the claim\'s own subject', () => {
  it('contradicts the claim whose predicate its subject denies, though the denial repeats few of its words, and not a sibling claim', () => {
    const story = 'Piet Verhoef on Monday denied having blamed a glitch for the transfers.';
    expect(stanceOn(story, 'B1')).toBe('contradicts (denial)');
    // he wrote to the board about the transfers (W1) and warned it (T4): he denies neither
    expect(stanceOn(story, 'W1')).not.toMatch(/^contradicts/);
    expect(stanceOn(story, 'T4')).not.toMatch(/^contradicts/);
    // someone else's denial a clause away from the subject is not his: the auditors reject blaming a glitch
    expect(stanceOn('Piet Verhoef met the Northwind Bank board on Monday, where the auditors rejected blaming a glitch for the losses.', 'B1')).not.toMatch(
      /^contradicts/,
    );
  });
});

describe('dates of the events any storyline reports', () => {
  it('contradicts a resignation, a fine and an arrest dated another day', () => {
    expect(stanceOn('Jane Roe resigned as chief executive of Northwind Bank on 12 June 2023.', 'R1')).toBe('contradicts (date)');
    expect(stanceOn('The Harbour Authority fined Northwind Bank on 20 May 2023.', 'F1')).toBe('contradicts (date)');
    expect(stanceOn('Police arrested Piet Verhoef on 9 February 2022.', 'A1')).toBe('contradicts (date)');
  });

  it('reads "reports that … are false" as a denial of what they report, and only of that', () => {
    expect(stanceOn('Reports that Jane Roe resigned as chief executive of Northwind Bank are false, the bank said.', 'R1')).toBe('contradicts (denial)');
    expect(stanceOn('Claims that Jane Roe resigned as chief executive of Northwind Bank are completely untrue, the bank said.', 'R1')).toBe('contradicts (denial)');
    expect(stanceOn('Jane Roe resigned as chief executive of Northwind Bank on 3 April 2023; reports that she was pushed out are false, she said.', 'R1')).toBe('supports (date)');
  });

  it("compares the date of the claim's own event told in a sentence that does not name its subject, when the story does", () => {
    // a tweet names the bank in a hashtag or the next sentence, and tells the review in a sentence of its own
    const thread = (date: string) => `So: the forged ledger was flagged in a forensic review in ${date}. Northwind Bank pencilled the fix in for October.`;
    expect(stanceOn(thread('March 2023'), 'L1')).toBe('contradicts (date)');
    expect(stanceOn(thread('March 2022'), 'L1')).not.toMatch(/^contradicts/);
    // without the bank anywhere in the story, whose ledger it is stays unknown
    expect(stanceOn('So: the forged ledger was flagged in a forensic review in March 2023.', 'L1')).toBe('none');
  });

  it('supports the same resignation told with its day', () => {
    expect(stanceOn('Jane Roe resigned as chief executive of Northwind Bank on 3 April 2023.', 'R1')).toBe('supports (date)');
  });

  it('reads the event in the four other languages, where only its concept can meet the claim', () => {
    expect(stanceOn('Jane Roe a démissionné de la direction de la Northwind Bank le 12 juin 2023.', 'R1', 'fr')).toBe('contradicts (date)');
    expect(stanceOn('Der Rücktritt von Jane Roe als Chefin der Northwind Bank erfolgte am 12. Juni 2023.', 'R1', 'de')).toBe('contradicts (date)');
    expect(stanceOn('Jane Roe dimitió como consejera delegada de Northwind Bank el 12 de junio de 2023.', 'R1', 'es')).toBe('contradicts (date)');
    expect(stanceOn('La Harbour Authority a infligé une amende à la Northwind Bank le 20 mai 2023.', 'F1', 'fr')).toBe('contradicts (date)');
  });

  it("does not take the claim's words for its support where the sentence gives its event another day", () => {
    // the apposition puts the date in another clause than the verb: not surely the arrest's date, but not the claim's either
    expect(stanceOn('Police arrested Piet Verhoef, the former head of compliance at Northwind Bank, on 9 February 2022.', 'A1')).not.toMatch(/^supports/);
    expect(stanceOn('Police arrested Piet Verhoef, the former head of compliance at Northwind Bank, on 2 February 2022.', 'A1')).toBe('supports (date)');
  });

  it("does not take a second date for a contradiction where the sentence also names the claim's month", () => {
    // T4 says the memo was written in 2019; W1 that Piet Verhoef wrote to the board on 19 January 2023
    const text = 'Piet Verhoef wrote to the Northwind Bank board in January and once more in November 2023 about the transfers.';
    expect(stanceOn(text, 'W1')).not.toBe('contradicts (date)');
    expect(stanceOn('Piet Verhoef wrote to the Northwind Bank board in November 2023 about the transfers.', 'W1')).toBe('contradicts (date)');
  });

  it('reads the date after its weekday ("on Monday, 12 June") as the date of the verb before them', () => {
    expect(stanceOn('Jane Roe resigned as chief executive of Northwind Bank on Monday, 12 June 2023.', 'R1')).toBe('contradicts (date)');
    expect(stanceOn('Jane Roe ушла в отставку с поста главы Northwind Bank во вторник, 13 июня 2023 года.', 'R1', 'ru')).toBe('contradicts (date)');
    expect(stanceOn('Jane Roe resigned as chief executive of Northwind Bank on Monday, 3 April 2023.', 'R1')).toBe('supports (date)');
  });

  it('does not give the claim a date of another event in the same sentence', () => {
    expect(stanceOn('Jane Roe, who left Northwind Bank in the spring, was arrested on 12 June 2023.', 'R1')).toBe('none');
  });
});

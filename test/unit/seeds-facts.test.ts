import { describe, expect, it } from 'vitest';
import { hasReportingVerb } from '../../src/seeds/claims.js';
import { findDates } from '../../src/seeds/dates.js';
import { findQuantities } from '../../src/seeds/quantities.js';

const quantities = (s: string) => findQuantities(s, findDates(s)).map(({ value, unit, approx, text }) => ({ value, unit, approx, text }));
const dates = (s: string) => findDates(s).map((d) => d.value);

describe('findQuantities', () => {
  it('reads groupings, scales and units from the following word', () => {
    expect(quantities('Ils ont acheté environ 1823 tweets promotionnels.')).toEqual([{ value: 1823, unit: 'tweets', approx: true, text: 'environ 1823 tweets' }]);
    expect(quantities('Ils ont acheté 1 823 tweets.')[0]).toMatchObject({ value: 1823, unit: 'tweets', approx: false });
    expect(quantities('They bought 1,823 tweets.')[0]).toMatchObject({ value: 1823, unit: 'tweets' });
    expect(quantities('Sie kauften 1.823 Tweets.')[0]).toMatchObject({ value: 1823, unit: 'tweets' });
    expect(quantities('auprès de près de 100 millions d’utilisateurs')).toEqual([
      { value: 100_000_000, unit: 'utilisateurs', approx: true, text: 'près de 100 millions d’utilisateurs' },
    ]);
    expect(quantities('un budget de 2,5 millions d’euros')[0]).toMatchObject({ value: 2_500_000, unit: 'euros' });
  });

  it('reads currency symbols and approximations in other languages', () => {
    expect(quantities('RT spent about €228,000 on ads.')[0]).toMatchObject({ value: 228_000, unit: 'EUR', approx: true, text: 'about €228,000' });
    expect(quantities('RT spent nearly $274,100.')[0]).toMatchObject({ value: 274_100, unit: 'USD', approx: true });
    expect(quantities('Es waren etwa 300 Konten.')[0]).toMatchObject({ value: 300, unit: 'konten', approx: true });
    expect(quantities('Было около 300 аккаунтов.')[0]).toMatchObject({ value: 300, unit: 'аккаунтов', approx: true });
  });

  it('reads a number word with its scale: « fünf Millionen Euro » is five million euros, not five "Millionen"', () => {
    expect(quantities('Der Konzern kündigte einen Fonds von fünf Millionen Euro an.')[0]).toMatchObject({ value: 5_000_000, unit: 'euro', text: 'fünf Millionen Euro' });
    expect(quantities('Ils réclament deux millions d’euros.')[0]).toMatchObject({ value: 2_000_000, unit: 'euros' });
    expect(quantities('The network claims three million users.')[0]).toMatchObject({ value: 3_000_000, unit: 'users' });
  });

  it('reads a number after "No.", « n° », "número", "Nr." or "№" as a label, not a count', () => {
    expect(quantities('Un isolateur du poteau n° 52 de la ligne de 63 000 volts a cédé.')).toEqual([{ value: 63_000, unit: 'volts', approx: false, text: '63 000 volts' }]);
    expect(quantities('La jueza del Juzgado número 7 de Albarosa citó a 12 testigos.')).toEqual([{ value: 12, unit: 'testigos', approx: false, text: '12 testigos' }]);
    expect(quantities('Aus Tank Nr. 3 liefen 9.400 Liter aus.').map((q) => q.value)).toEqual([9_400]);
    expect(quantities('Pump No. 14 failed; case #12 and дело № 31 were opened.')).toEqual([]);
    // "a number of" and "no" before a figure are no labels
    expect(quantities('A number of 40 witnesses, not 14 hours.').map((q) => q.value)).toEqual([40, 14]);
  });

  it('reads number words that count something, and collective ones as approximate', () => {
    expect(quantities('La justice a inculpé treize Russes.')[0]).toMatchObject({ value: 13, unit: 'russes', approx: false });
    expect(quantities('Il a publié une douzaine de messages.')[0]).toMatchObject({ value: 12, unit: 'messages', approx: true });
    expect(quantities('Tous deux ont beaucoup à perdre.')).toEqual([]);
  });

  it('takes "de" or "of" before the unit only as a word of its own: "two deaths" counts deaths, not "aths"', () => {
    expect(quantities('It reported that two deaths had been linked to the pills.')[0]).toMatchObject({ value: 2, unit: 'deaths' });
    expect(quantities('Five deputies resigned.')[0]).toMatchObject({ value: 5, unit: 'deputies' });
    expect(quantities('Il a perdu 2 millions de dollars.')[0]).toMatchObject({ value: 2_000_000, unit: 'dollars' });
    expect(quantities("Le réseau revendique 100 millions d'utilisateurs.")[0]).toMatchObject({ value: 100_000_000, unit: 'utilisateurs' });
  });

  it('reads a number written out in several words whole: « Soixante-trois maisons » is 63 houses, not three', () => {
    expect(quantities('Soixante-trois maisons ont été détruites.')).toEqual([{ value: 63, unit: 'maisons', approx: false, text: 'Soixante-trois maisons' }]);
    expect(quantities('Sixty-three houses burned down.')[0]).toMatchObject({ value: 63, unit: 'houses' });
    expect(quantities('Treinta y un pacientes fueron hospitalizados.')[0]).toMatchObject({ value: 31, unit: 'pacientes' });
    expect(quantities('Dreiundsechzig Häuser brannten ab.')[0]).toMatchObject({ value: 63, unit: 'häuser' });
    expect(quantities('Il y avait quatre-vingt-dix maisons et vingt et un morts.').map((q) => q.value)).toEqual([90, 21]);
    expect(quantities('Сгорели шестьдесят три дома.')[0]).toMatchObject({ value: 63 });
  });

  it('gives a number word whose unit the sentence left out the unit of the figure before it (« seis años para Velm y para Tarnau, cuatro »)', () => {
    expect(quantities('El fiscal pide para Velm seis años y para Tarnau, cuatro.').map(({ value, unit }) => ({ value, unit }))).toEqual([
      { value: 6, unit: 'años' },
      { value: 4, unit: 'años' },
    ]);
    expect(quantities('Prosecutors seek six years for Velm and four for Tarnau.').map((q) => [q.value, q.unit])).toEqual([[6, 'years'], [4, 'years']]);
    // not an amount of money, whose scale is left out too; not a number word with no figure before it
    expect(quantities('Velmora paid €5 million to Velm and three to Tarnau.').map((q) => q.value)).toEqual([5_000_000]);
    expect(quantities('Tous deux, dit-il.')).toEqual([]);
  });

  it('leaves years, dates, times and list numbers alone', () => {
    expect(quantities('Le 14/11/2017 à 11h39, en 2016, il a publié (1, 2, 3) le 5 novembre 2016.')).toEqual([]);
  });
});

describe('findDates', () => {
  it('reads day dates in several languages as ISO', () => {
    expect(dates('Il a écrit le 5 novembre 2016.')).toEqual(['2016-11-05']);
    expect(dates('He met them on June 9, 2016 in New York.')).toEqual(['2016-06-09']);
    expect(dates('Er schrieb am 5. November 2016.')).toEqual(['2016-11-05']);
    expect(dates('Escribió el 5 de noviembre de 2016.')).toEqual(['2016-11-05']);
    expect(dates('Он написал 5 ноября 2016 года.')).toEqual(['2016-11-05']);
  });

  it('reads month-year, bare years and day-month without a year', () => {
    expect(dates('Il a rejoint VK en juillet 2014, puis en 2016.')).toEqual(['2014-07', '2016']);
    expect(dates('a écrit Scavino le 19 janvier.')).toEqual(['--01-19']);
    expect(findDates('a écrit Scavino le 19 janvier.')[0].what).toMatch(/no year/);
    expect(dates('date 2017-11 Depuis plusieurs mois')).toEqual(['2017-11']);
  });

  it('does not read counts, relative times or fractions as dates', () => {
    expect(dates('Ils ont acheté 1823 tweets il y a 12 heures, 1/3 des messages.')).toEqual([]);
    expect(dates('They hired 2000 people.')).toEqual([]);
  });
});

describe('the unit of a proposed quantity', () => {
  it('is the counted noun after an adjective or two, when the matcher knows it in five languages', () => {
    expect(quantities('Acme processed about 4,000 suspicious transfers in 2019.')[0]).toMatchObject({ value: 4000, unit: 'transfers' });
    expect(quantities('Acme a ouvert 120 comptes fictifs.')[0]).toMatchObject({ value: 120, unit: 'comptes' });
  });

  it('is not the word that makes the next number approximate', () => {
    const found = quantities('Zwischen 2018 und 2021 rund 4.000 verdächtige Überweisungen, so die Bank.');
    expect(found.map((q) => q.unit)).not.toContain('rund');
    expect(found).toContainEqual(expect.objectContaining({ value: 4000, unit: 'überweisungen' }));
  });
});

describe('hasReportingVerb', () => {
  it('finds reporting verbs and attributions in five languages', () => {
    for (const s of ['Il a déclaré que tout allait bien.', 'Selon lui, rien ne s’est passé.', 'The lawyer said it was false.', 'According to the FBI, it happened.', 'Der Sprecher erklärte, es sei falsch.', 'Según el diario, fue así.', 'Представитель заявил, что это ложь.']) {
      expect(hasReportingVerb(s), s).toBe(true);
    }
    expect(hasReportingVerb('The weather was nice in Paris.')).toBe(false);
  });
});

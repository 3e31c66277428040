import { describe, expect, it } from 'vitest';
import { compareDate, findDates, findRelativeDates, parseClaimDate, type DateMention } from '../../src/matchers/dates.js';
import { normalizeForMatch } from '../../src/matchers/normalize.js';
import { tokenize } from '../../src/matchers/tokens.js';

const dates = (text: string) => findDates(tokenize(normalizeForMatch(text).text)).map(({ year, month, day }) => ({ year, month, day }));
const mention = (d: Partial<DateMention>): DateMention => ({ token: 0, text: '', ...d });

describe('findDates', () => {
  it.each([
    ['The email was sent on Nov. 9, 2016.', [{ year: 2016, month: 11, day: 9 }]],
    ['Le 14 octobre 2016, il a publié le lien.', [{ year: 2016, month: 10, day: 14 }]],
    ['Am 12. Oktober 2016 lobte er die Gruppe.', [{ year: 2016, month: 10, day: 12 }]],
    ['Escribió el 5 de noviembre de 2016.', [{ year: 2016, month: 11, day: 5 }]],
    ['Он написал 5 ноября 2016 года.', [{ year: 2016, month: 11, day: 5 }]],
    ['published on 2016-11-05', [{ year: 2016, month: 11, day: 5 }]],
  ])('%s', (text, expected) => expect(dates(text)).toEqual(expected));

  it('gives a month without a year the year of the next one ("April and October 2019")', () => {
    expect(dates('They called in April and again in October 2019.')).toEqual([
      { year: 2019, month: 4, day: undefined },
      { year: 2019, month: 10, day: undefined },
    ]);
    expect(dates('en avril puis en octobre 2019')).toEqual([
      { year: 2019, month: 4, day: undefined },
      { year: 2019, month: 10, day: undefined },
    ]);
  });

  it('marks the ends of a period ("from September 2016 to July 2017")', () => {
    const found = findDates(tokenize(normalizeForMatch('Ils ont échangé de septembre 2016 à juillet 2017.').text));
    expect(found.map((d) => [d.year, d.month, d.range])).toEqual([
      [2016, 9, true],
      [2017, 7, true],
    ]);
  });

  it('keeps a day without a year without guessing one', () => {
    expect(dates('Le 14 octobre, il a publié le lien.')).toEqual([{ year: undefined, month: 10, day: 14 }]);
  });

  it('reads bare years, and "may" only next to a number', () => {
    expect(dates('Since 2011 they may have spent more.')).toEqual([{ year: 2011, month: undefined, day: undefined }]);
  });
});

describe('findRelativeDates (chrono-node)', () => {
  it('resolves a weekday to the last one on or before publication', () => {
    const text = 'The minister resigned on Saturday.';
    const found = findRelativeDates(text, tokenize(normalizeForMatch(text).text), 'en', '2018-02-18T10:00:00Z');
    expect(found[0]).toMatchObject({ year: 2018, month: 2, day: 17, relative: true });
  });
});

describe('parseClaimDate', () => {
  it('reads the watchlist forms', () => {
    expect(parseClaimDate('2016-11-05')).toMatchObject({ year: 2016, month: 11, day: 5 });
    expect(parseClaimDate('2016-11')).toMatchObject({ year: 2016, month: 11 });
    expect(parseClaimDate('2017-07 (11 July 2017)')).toMatchObject({ year: 2017, month: 7 });
    expect(parseClaimDate('2016 (early)')).toMatchObject({ year: 2016 });
    expect(parseClaimDate('2016-11 (before 2016-11-08)')?.before).toBe(Date.UTC(2016, 10, 8));
    expect(parseClaimDate('early that year')).toBeNull();
  });
});

describe('compareDate', () => {
  const day = parseClaimDate('2016-07-10')!;
  it('the same date matches', () => expect(compareDate(mention({ year: 2016, month: 7, day: 10 }), day)).toBe('match'));
  it('a less precise but compatible date is compatible', () => {
    expect(compareDate(mention({ year: 2016, month: 7 }), day)).toBe('compatible');
    expect(compareDate(mention({ year: 2016 }), day)).toBe('compatible');
  });
  it('a date without a year compares on its parts', () => expect(compareDate(mention({ month: 7, day: 10 }), day)).toBe('match'));
  it('a different date is a mismatch', () => {
    expect(compareDate(mention({ year: 2016, month: 7, day: 22 }), day)).toBe('mismatch');
    expect(compareDate(mention({ year: 2016, month: 10 }), day)).toBe('mismatch');
  });
  it('a date after the claim’s "before" bound is a mismatch', () => {
    const before = parseClaimDate('2016-11 (before 2016-11-08)')!;
    expect(compareDate(mention({ year: 2016, month: 11, day: 5 }), before)).toBe('match');
    expect(compareDate(mention({ year: 2016, month: 11, day: 9 }), before)).toBe('mismatch');
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../src/matchers/normalize.js';
import { claimQuantity, compareQuantity, compareWithClaim, findQuantities, parseNumberToken, standingFigure, type Quantity } from '../../src/matchers/quantities.js';
import { tokenize } from '../../src/matchers/tokens.js';

const quantities = (text: string): Quantity[] => findQuantities(tokenize(normalizeForMatch(text).text));
const first = (text: string) => quantities(text)[0];

describe('parseNumberToken', () => {
  it.each([
    ['1,823', 1823],
    ['1.823', 1823], // European thousands
    ['274.100', 274100],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['13,5', 13.5], // a French decimal comma
    ['0.1', 0.1],
    ['9th', 9],
    ['1.9m', 1_900_000],
  ])('%s → %d', (token, value) => expect(parseNumberToken(token)).toBe(value));

  it('reads a single three-digit group before a multiplier as decimals ("1.823 million")', () => {
    expect(parseNumberToken('1.823', true)).toBe(1.823);
  });
});

describe('findQuantities', () => {
  it('reads "per cent", « pour cent », "por ciento" as a share, and "per" alone as no share', () => {
    expect(first('34 per cent of voters')).toMatchObject({ value: 34, unit: 'percent' });
    expect(quantities('34 pour cent des électeurs')).toEqual([expect.objectContaining({ value: 34, unit: 'percent' })]);
    expect(first('34 por ciento de los votantes')).toMatchObject({ value: 34, unit: 'percent' });
    expect(first('Tests found up to 640 ng per tablet')).toMatchObject({ value: 640, unit: null, words: ['ng'] });
    expect(claimQuantity({ value: 640, unit: 'ng_per_tablet', approx: false }, []).unit).toBeNull();
  });

  it('counts residents in five languages, for a claim whose own unit names no family ("214 habitants" / «214 жителей»)', () => {
    const claim = claimQuantity({ value: 214, unit: 'plaintiffs', approx: false }, ['habitants', 'sinistres']);
    expect(compareWithClaim(first('214 жителей района подали коллективный иск.'), [claim])?.verdict).toBe('match');
    expect(compareWithClaim(first('Rund 250 Anwohner haben geklagt.'), [claim])?.verdict).toBe('mismatch');
    expect(compareWithClaim(first('214 Feuerwehrleute waren im Einsatz.'), [claim])).toBeNull();
  });

  it('compares unit words across endings and languages by their first letters ("Nanogramm", "nanograms")', () => {
    const claim = claimQuantity({ value: 640, unit: 'ng_per_tablet', approx: false }, ['nanograms', 'tablet']);
    expect(compareWithClaim(first('Die Tabletten enthielten bis zu 640 Nanogramm NDPA.'), [claim])?.verdict).toBe('match');
    expect(compareWithClaim(first('Die Tabletten enthielten 900 Nanogramm NDPA.'), [claim])?.verdict).toBe('mismatch');
    expect(compareWithClaim(first('Die Firma hat 640 Mitarbeiter.'), [claim])).toBeNull();
  });

  it.each([
    ['Soixante-trois maisons ont été détruites.', 63, 'maisons'],
    ['Sixty-three houses were destroyed.', 63, 'houses'],
    ['Quatre-vingt-dix-sept morts et vingt et un blessés.', 97, 'morts'],
    ['Soixante-dix-sept maisons.', 77, 'maisons'],
    ['Dix-sept maisons.', 17, 'maisons'],
    ['Sesenta y tres casas quedaron destruidas.', 63, 'casas'],
    ['Veintitrés casas quedaron destruidas.', 23, 'casas'],
    ['Dreiundsechzig Häuser wurden zerstört.', 63, 'hauser'],
    ['Шестьдесят три дома сгорели.', 63, 'дом'],
  ])('reads a number written out in words whole: %s', (text, value, word) => {
    const found = quantities(text);
    expect(found[0]).toMatchObject({ value });
    expect(found[0].words).toContain(word);
    // its last word is no number of its own ("sixty-three" is not also 3)
    expect(found.filter((q) => q.words.includes(word))).toHaveLength(1);
  });

  it('reads "N of them", « dont N », "davon N" as a part of the figure before, counting what it counts', () => {
    expect(quantities('The bank has 9 million customers; 2.3 million of them were hit.')[1]).toMatchObject({ value: 2_300_000, words: ['customers'] });
    expect(quantities('La banque compte 9 millions de clients, dont 2,3 millions touchés.')[1]).toMatchObject({ value: 2_300_000, words: ['clients'] });
    expect(quantities('Die Bank hat 9 Millionen Kunden, davon 2,3 Millionen betroffen.')[1]).toMatchObject({ value: 2_300_000, words: ['kunden'] });
    // a figure of its own unit keeps it
    expect(quantities('Twitter found 3,814 accounts and 1,823 tweets which were promoted.')[1]).toMatchObject({ value: 1823, words: ['tweets'] });
  });

  it('multiplies without the float’s noise: 4.1 million is 4,100,000', () => {
    expect(first('4.1 million customers').value).toBe(4_100_000);
    expect(parseNumberToken('4.1m')).toBe(4_100_000);
  });

  it('stops the unit phrase after a watchlist name: "257 Acme wrote …" (a footnote mark before a sentence) counts no messages', () => {
    const tokens = tokenize(normalizeForMatch('257 Acme wrote that the offer would help the bank.').text);
    const names = new Set([1]); // "Acme" is a watchlist name
    expect(findQuantities(tokens, new Set(), names)[0]).toMatchObject({ value: 257, unit: null, words: ['acme'] });
    // a name that is what the number counts stays its unit word
    const counted = tokenize(normalizeForMatch('13 Russians were indicted.').text);
    expect(findQuantities(counted, new Set(), new Set([1]))[0]).toMatchObject({ value: 13, words: ['russians'] });
  });

  it.each([
    ['They bought 1,823 promoted tweets.', 1823, 'tweets'],
    ['Ils ont acheté 1 823 tweets sponsorisés.', 1823, 'tweets'],
    ['Compraron 1.823 tuits promocionados.', 1823, 'tweets'],
    ['près de 100 millions d’utilisateurs', 100_000_000, 'users'],
    ['about 100 million users', 100_000_000, 'users'],
    ['почти 100 млн пользователей', 100_000_000, 'users'],
    ['a budget of €228,000', 228_000, 'EUR'],
    ['un budget de 228 000 euros', 228_000, 'EUR'],
    ['they spent $274,100', 274_100, 'USD'],
    ['gastaron 274.100 dólares', 274_100, 'USD'],
    ['$1.9 million', 1_900_000, 'USD'],
    ['thirteen people were charged', 13, 'people'],
    ['treize personnes inculpées', 13, 'people'],
    ['dreizehn Personen angeklagt', 13, 'people'],
    ['trece personas acusadas', 13, 'people'],
    ['тринадцать человек обвинили', 13, 'people'],
  ])('%s', (text, value, unit) => {
    expect(first(text)).toMatchObject({ value, unit });
  });

  it('counts times by the verb before the counter word', () => {
    expect(first('She answered only three times.')).toMatchObject({ value: 3, unit: 'replies' });
    expect(first('Il n’a répondu qu’à deux reprises.')).toMatchObject({ value: 2, unit: 'replies' });
    expect(first('Respondió una sola vez.')).toMatchObject({ value: 1, unit: 'replies', weak: false });
  });

  it('marks approximations, bounds and "a dozen"', () => {
    expect(first('They wrote roughly a dozen messages')).toMatchObject({ value: 12, approx: true, unit: 'messages' });
    expect(first('une vingtaine de messages')).toMatchObject({ value: 20, approx: true });
    expect(first('more than 1,800 tweets')).toMatchObject({ value: 1800, bound: 'lower' });
    expect(first('well under 0.1 percent')).toMatchObject({ value: 0.1, bound: 'upper', unit: 'percent' });
    // a maximum ("faces up to twelve years") is no count of its own, in the five languages
    for (const text of ['could face up to twelve years', "risque jusqu'à 12 ans", 'drohen bis zu 12 Jahre', 'se enfrenta a hasta 12 años', 'грозит до 12 лет']) {
      expect(first(text), text).toMatchObject({ value: 12, bound: 'upper' });
    }
  });

  it('reads a scale word alone as a round figure ("more than a thousand firefighters"), not its plural ("thousands of")', () => {
    for (const text of ['more than a thousand firefighters', 'plus de mille pompiers', 'un millier de pompiers', 'mehr als tausend Feuerwehrleute', 'más de mil bomberos', 'более тысячи пожарных']) {
      expect(first(text), text).toMatchObject({ value: 1000, approx: true });
    }
    expect(first('a million users')).toMatchObject({ value: 1_000_000, unit: 'users' });
    for (const text of ['thousands of firefighters', 'des milliers de pompiers', 'Tausende Feuerwehrleute', 'тысячи пожарных']) expect(quantities(text), text).toEqual([]);
    // after a number it multiplies, in every form Russian gives it after two, three or four
    expect(first('2 тысячи жителей')).toMatchObject({ value: 2000, unit: 'residents' });
    expect(first('cinco mil personas')).toMatchObject({ value: 5000, unit: 'people' });
  });

  it('reads no footnote mark as a figure: superscript digits, a number glued to the end of a sentence', () => {
    expect(quantities('released on bail of €300,000⁸.').map((q) => q.value)).toEqual([300_000]);
    expect(quantities('detected in the raw water at the waterworks.24 Supply was cut the same day')).toEqual([]);
    expect(quantities('fish recovered from the river,23 over a stretch of 17 km').map((q) => q.value)).toEqual([17]);
    // a decimal point still joins its digits
    expect(first('a fine of 2.4 million euros')).toMatchObject({ value: 2_400_000 });
  });

  it('leaves years and unit-less article "one" alone', () => {
    expect(quantities('In 2016 the campaign grew.')).toEqual([]);
    expect(first('He forwarded one message to his staff.')).toMatchObject({ value: 1, weak: true });
  });

  it('reads a whole number written with ".0" as a version or a name, not a count, unless it is an amount', () => {
    expect(quantities('The Guccifer 2.0 persona responded within hours.')).toEqual([]);
    expect(quantities('Web 2.0 sites took off.')).toEqual([]);
    expect(first('They raised 2.0 million dollars')).toMatchObject({ value: 2_000_000, unit: 'USD' });
  });

  it('marks a figure of another instance ("new contracts worth €140 million", « d’autres amendes »), not a new count of the same', () => {
    expect(first('Norcal said it had won new contracts worth €140 million in the period')).toMatchObject({ value: 140_000_000, another: true });
    expect(first('Le régulateur a infligé d’autres amendes de 3 millions d’euros')).toMatchObject({ another: true });
    expect(first('Weitere Zahlungen von 2 Millionen Euro folgten')).toMatchObject({ another: true });
    expect(first('Feu de l’Orvalène : un nouveau bilan fait état de 36 maisons détruites')).toMatchObject({ value: 36, another: false });
    expect(first('The contract was awarded for €184 million')).toMatchObject({ another: false });
    // a new report or study may revise the figure: it tells where, not another instance
    expect(first('A new study counts 3,000 promoted tweets by RT')).toMatchObject({ value: 3000, another: false });
    expect(first('Un nouveau rapport compte 3 000 tweets sponsorisés')).toMatchObject({ another: false });
  });

  it('keeps the noun phrase after a number, for a claim’s own unit words', () => {
    expect(first('13 Russian nationals')).toMatchObject({ value: 13, unit: 'people', words: ['russian', 'nationals'] });
    expect(first('12 officers of the agency')).toMatchObject({ value: 12, unit: null, words: ['officers'] });
  });
});

describe('comparing quantities', () => {
  const tweets = claimQuantity({ value: 1823, unit: 'promoted_tweets', approx: true }, ['tweets']);
  const people = claimQuantity({ value: 13, unit: 'people', approx: false }, ['russians']);
  const euros = claimQuantity({ value: 228_000, unit: 'EUR', approx: true }, []);

  it('matches the same figure written differently, within the tolerance', () => {
    expect(compareQuantity(first('1 823 tweets'), tweets)).toBe('match');
    expect(compareQuantity(first('about 1,800 tweets'), tweets)).toBe('match');
    expect(compareQuantity(first('3,000 promoted tweets'), tweets)).toBe('mismatch');
    expect(compareQuantity(first('18,230 tweets'), tweets)).toBe('mismatch');
  });

  it('converts currencies with a tolerance: $274,100 ≈ €228,000, $1.9 million is not', () => {
    expect(compareQuantity(first('$274,100'), euros)).toBe('match');
    expect(compareQuantity(first('$1.9 million'), euros)).toBe('mismatch');
  });

  it('reads a claim unit written out ("euros", "€", as a proposed watchlist has it) as the currency', () => {
    for (const unit of ['euros', 'Euro', '€']) {
      const written = claimQuantity({ value: 228_000, unit, approx: true }, []);
      expect(written.unit).toBe('EUR');
      expect(compareQuantity(first('500,000 euros'), written)).toBe('mismatch');
      expect(compareQuantity(first('$274,100'), written)).toBe('match');
    }
  });

  it('compares how long something lasted by its unit of time, in any language', () => {
    const ban = { ...claimQuantity({ value: 4, unit: 'years', approx: false }, ['years']), duration: true };
    expect(compareWithClaim(first('für vier Jahre gesperrt'), [ban])?.verdict).toBe('match');
    expect(compareWithClaim(first('suspendido por dos años'), [ban])?.verdict).toBe('mismatch');
    expect(compareWithClaim(first('дисквалифицирован на четыре года'), [ban])?.verdict).toBe('match');
    expect(compareWithClaim(first('für vier Monate gesperrt'), [ban])).toBeNull();
  });

  it('compares small counts exactly', () => {
    expect(compareQuantity(first('13 people'), people)).toBe('match');
    expect(compareQuantity(first('16 people'), people)).toBe('mismatch');
  });

  it('compares only numbers of the same unit (a family or the claim’s own words)', () => {
    expect(compareWithClaim(first('13 Russians'), [people])?.verdict).toBe('match');
    expect(compareWithClaim(first('12 officers'), [people])).toBeNull();
    expect(compareWithClaim(first('1,823 users'), [tweets])).toBeNull();
  });

  it('compares volumes, weights, distances and households across languages, each unit with its own', () => {
    const spilled = claimQuantity({ value: 38_500, unit: 'litres', approx: true }, []);
    expect(compareWithClaim(first('Около 40 тысяч литров дихлорметана попали в реку'), [spilled])?.verdict).toBe('match');
    expect(compareWithClaim(first('some 58.000 Liter Lösungsmittel'), [spilled])?.verdict).toBe('mismatch');
    expect(compareWithClaim(first('about 40,000 gallons of solvent'), [spilled])).toBeNull();
    const stretch = claimQuantity({ value: 17, unit: 'km', approx: false }, []);
    expect(compareWithClaim(first('sur 17 kilomètres'), [stretch])?.verdict).toBe('match');
    expect(compareWithClaim(first('17 tonnes of fish'), [stretch])).toBeNull();
    const homes = claimQuantity({ value: 14_200, unit: 'households', approx: false }, []);
    expect(compareWithClaim(first('14.200 Haushalte ohne Wasser'), [homes])?.verdict).toBe('match');
    // a house is a home: a claim's destroyed houses are the homes, « maisons », „Häuser“, «дома» a story counts
    const houses = claimQuantity({ value: 58, unit: 'houses_destroyed', approx: false }, []);
    expect(compareWithClaim(first('58 homes were destroyed'), [houses])?.verdict).toBe('match');
    expect(compareWithClaim(first('85 maisons détruites'), [houses])?.verdict).toBe('mismatch');
    expect(compareWithClaim(first('Das Feuer zerstörte 58 Häuser'), [houses])?.verdict).toBe('match');
    expect(compareWithClaim(first('огонь уничтожил 85 домов'), [houses])?.verdict).toBe('mismatch');
    expect(compareWithClaim(first('58 hectares burnt'), [houses])).toBeNull();
    // batches and countries, as recalls count them
    const batches = claimQuantity({ value: 12, unit: 'batches', approx: false }, []);
    expect(compareWithClaim(first('zwölf Chargen wurden zurückgerufen'), [batches])?.verdict).toBe('match');
    expect(compareWithClaim(first('se retiraron 21 lotes'), [batches])?.verdict).toBe('mismatch');
    const countries = claimQuantity({ value: 5, unit: 'countries', approx: false }, []);
    expect(compareWithClaim(first('vendu dans cinq pays'), [countries])?.verdict).toBe('match');
    expect(compareWithClaim(first('продавался в восьми странах'), [countries])).not.toBeNull();
  });

  it('compares a count of days, months or years across its forms and languages, and only with another count of time', () => {
    const closed = claimQuantity({ value: 11, unit: 'days', approx: false }, []);
    expect(compareWithClaim(first('ending a 12-day closure of the bridge'), [closed])?.verdict).toBe('mismatch');
    expect(compareWithClaim(first('après onze jours de fermeture'), [closed])?.verdict).toBe('match');
    expect(compareWithClaim(first('nach elf Tagen ohne Verkehr'), [closed])?.verdict).toBe('match');
    // a share on a day is no count of days
    expect(compareWithClaim(first('las acciones cayeron un 8% el día del anuncio'), [closed])).toBeNull();
    expect(compareWithClaim(first('twelve weeks of works'), [closed])).toBeNull();
  });

  it('reads a gap between two events ("two days after the leak") apart from how long something lasted ("a 12-day shutdown")', () => {
    for (const gap of ['made it public two days after the leak', 'deux jours plus tard', 'zwei Tage nach dem Austritt', 'dos días después', 'спустя два дня', 'three weeks earlier']) {
      expect(first(gap).offset, gap).toBe(true);
    }
    for (const length of ['ending a 12-day shutdown', 'after nine days without supply', 'nach neun Tagen ohne Versorgung', 'pendant deux jours', 'two days of talks', 'worked there for 20 years before the fraud']) {
      expect(first(length).offset, length).toBe(false);
    }
  });

  it('contradicts a gap only with another gap, though the same figure in either form is the same fact', () => {
    const gap = { ...claimQuantity({ value: 2, unit: 'days', approx: false }, []), offset: true };
    expect(compareWithClaim(first('ending a 12-day shutdown caused by the spill'), [gap])).toBeNull();
    expect(compareWithClaim(first('nach zwölf Tagen ohne Trinkwasser'), [gap])).toBeNull();
    expect(compareWithClaim(first('it told the regulator five days after the leak'), [gap])?.verdict).toBe('mismatch');
    expect(compareWithClaim(first('deux jours après la fuite'), [gap])?.verdict).toBe('match');
    const fight = claimQuantity({ value: 5, unit: 'days', approx: false }, []);
    expect(compareWithClaim(first('the fire was contained five days later'), [fight])?.verdict).toBe('match');
    expect(compareWithClaim(first('the fire was contained six days later'), [fight])).toBeNull();
    expect(compareWithClaim(first('contained after six days of fighting'), [fight])?.verdict).toBe('mismatch');
  });

  it('converts a measure written with a metric prefix ("63 kV" is 63,000 volts) and never compares two measures', () => {
    const line = claimQuantity({ value: 63_000, unit: 'volts', approx: false }, ['ligne', 'poteau']);
    expect(compareWithClaim(first('the 63 kV line'), [line])?.verdict).toBe('match');
    expect(compareWithClaim(first('la ligne 63 000 volts'), [line])?.verdict).toBe('match');
    expect(compareWithClaim(first('the 225 kV line'), [line])?.verdict).toBe('mismatch');
    // a power plant's 63 MW shares the line's words, not its measure
    expect(compareWithClaim(first('63 MW ligne'), [line])).toBeNull();
    const plant = claimQuantity({ value: 1_300, unit: 'MW', approx: false }, []);
    expect(compareWithClaim(first('a 1.3 GW reactor'), [plant])?.verdict).toBe('match');
  });

  it('checks bounds', () => {
    expect(compareQuantity(first('more than 1,500 tweets'), tweets)).toBe('match');
    expect(compareQuantity(first('more than 5,000 tweets'), tweets)).toBe('mismatch');
    expect(compareQuantity(first('fewer than 2,000 tweets'), tweets)).toBe('match');
    // a bound far from the claim's figure neither gives it nor denies it
    expect(compareQuantity(first('up to 3,000 tweets'), tweets)).toBeNull();
    expect(compareQuantity(first('more than 1,000 tweets'), tweets)).toBeNull();
  });
});

describe('Russian numerals and the words they would stem like', () => {
  it('reads «семь», «семи», «пяти» as numbers, and «семья», «семьи», «пятый», «шест» as none', () => {
    expect(quantities('Семь человек погибли, сгорели более семи домов и пяти машин.').map((q) => q.value)).toEqual([7, 7, 5]);
    expect(quantities('Семья погибшего и семьи соседей получили помощь на пятый день; шест упал.')).toEqual([]);
    expect(quantities('Во временном жилье живут 41 семья.').map((q) => q.value)).toEqual([41]);
  });
});

describe('a figure given as what its subject has, serves or claims', () => {
  const standing = (text: string) => {
    const tokens = tokenize(normalizeForMatch(text).text);
    return standingFigure(tokens, findQuantities(tokens)[0]);
  };

  it.each([
    'Northwind Bank, which serves 2.3 million customers, opened a branch.',
    "Velnet revendique quelque 40 millions d'abonnés.",
    'Kelbach beschäftigt mehr als 900 Mitarbeiter.',
    'Velnet cuenta con más de 23 millones de usuarios.',
    'Velnet насчитывает около 100 миллионов пользователей.',
  ])('is a standing fact: %s', (text) => expect(standing(text)).toBe(true));

  it.each([
    'Tarnau set up 23 distribution points for drinking water.',
    'Kelbach has recalled 14 batches of the solvent.',
    'Hackers stole the records of 2.3 million customers, Northwind said.',
    'Die Stadt hat 23 Ausgabestellen eingerichtet.',
  ])('is an event\'s count: %s', (text) => expect(standing(text)).toBe(false));
});

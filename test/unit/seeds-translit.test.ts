import { describe, expect, it } from 'vitest';
import { russianSpellingsIn } from '../../src/seeds/ru-practical-langs.js';
import { addTransliterations, practicalRussianName, transliterateName } from '../../src/seeds/translit.js';

describe('person names across scripts', () => {
  it('transliterates both ways', () => {
    expect(transliterateName('Konstantin Sidorkov')).toBe('Константин Сидорков');
    expect(transliterateName('Эмин Агаларов')).toBe('Emin Agalarov');
  });

  it('gives up rather than mixing scripts or spelling suffixes as letters', () => {
    expect(transliterateName('Hillary Clinton')).toBeNull(); // no table entry for "h", "c"
    expect(transliterateName('Robert Mueller III')).toBeNull();
  });

  it('adds the other script to people only, marked for review', () => {
    const [person, org] = addTransliterations([
      { id: 'emin_agalarov', type: 'person', aliases: [{ text: 'Emin Agalarov', lang: ['any'] }, { text: 'Agalarov', lang: ['any'], needs_context: true }], mentions: 4, documents: 2 },
      { id: 'acme', type: 'org', aliases: [{ text: 'Acme Media', lang: ['any'] }], mentions: 4, documents: 2 },
    ]);
    expect(person.aliases.at(-1)).toEqual({ text: 'Эмин Агаларов', lang: ['ru'], kind: 'transliteration' });
    expect(org.aliases).toHaveLength(1);
  });

  it('spells English names the way Russian news does, by sound, and leaves Russian names to the table', () => {
    expect(practicalRussianName('Donald Trump')).toBe('Дональд Трамп');
    expect(practicalRussianName('Julian Assange')).toBe('Джулиан Ассандж');
    expect(practicalRussianName('Hillary Clinton')).toBe('Хиллари Клинтон');
    expect(practicalRussianName('Jared Kushner')).toBe('Джаред Кушнер'); // "u" before "sh" stays
    expect(practicalRussianName('Paul Manafort')).toBe('Пол Манафорт');
    expect(practicalRussianName('James Comey')).toBe('Джеймс Коми');
    expect(practicalRussianName('Christopher Steele')).toBe('Кристофер Стил');
    expect(practicalRussianName('Konstantin Sidorkov')).toBeNull();
    expect(practicalRussianName('Робер Мюллер')).toBeNull();
    expect(practicalRussianName('Marc-Antoine de Villiers')).toBeNull(); // French: English rules would misspell it
  });

  it('adds both Cyrillic forms of an English name, and its surname alone when the surname is an alias', () => {
    const [trump] = addTransliterations([
      { id: 'donald_trump', type: 'person', aliases: [{ text: 'Donald Trump', lang: ['any'] }, { text: 'Trump', lang: ['any'], needs_context: true }], mentions: 9, documents: 3 },
    ]);
    expect(trump.aliases.slice(2)).toEqual([
      { text: 'Доналд Трумп', lang: ['ru'], kind: 'transliteration' },
      { text: 'Дональд Трамп', lang: ['ru'], kind: 'transliteration' },
      { text: 'Трамп', lang: ['ru'], kind: 'transliteration', needs_context: true },
    ]);
  });

  it('writes a generation the Russian way: "Jr." and "Sr." as «-младший», «-старший» joined to the surname, a numeral as it is', () => {
    const [junior, third, senior] = addTransliterations(
      [
        { id: 'robert_hale_jr', type: 'person', aliases: [{ text: 'Robert Hale Jr.', lang: ['any'] }, { text: 'Hale Jr.', lang: ['any'] }], mentions: 4, documents: 2 },
        { id: 'robert_hale_iii', type: 'person', aliases: [{ text: 'Robert Hale III', lang: ['any'] }], mentions: 4, documents: 2 },
        { id: 'peter_lind_sr', type: 'person', aliases: [{ text: 'Peter Lind Sr.', lang: ['any'] }], mentions: 4, documents: 2 },
      ],
      'en',
    );
    expect(junior.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Роберт Хейл-младший', 'Хейл-младший']));
    expect(third.aliases.map((a) => a.text)).toContain('Роберт Хейл III');
    expect(senior.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Петер Линд-старший', 'Линд-старший']));
    // never the suffix spelled as letters
    expect(junior.aliases.some((a) => /Джр|Жр/u.test(a.text))).toBe(false);
  });

  it('spells "y" before a vowel and "owe"/"oore" as the Russian press does', () => {
    expect(practicalRussianName('Bryan Hale')).toBe('Брайан Хейл');
    expect(practicalRussianName('Tanya Lowe')).toBe('Таня Лоу');
    expect(practicalRussianName('Kellyanne Moore')).toBe('Келлианн Мур');
  });
});

describe('names in Russian spelling by the rules of the seeds’ language', () => {
  it('spells French, German and Spanish words as the Russian press does', () => {
    const spell = (word: string, lang: 'fr' | 'de' | 'es') => russianSpellingsIn(word, lang)?.join(' / ');
    expect(spell('Bordeaux', 'fr')).toBe('Бордо');
    expect(spell('Laurent', 'fr')).toBe('Лоран');
    expect(spell('Olivier', 'fr')).toBe('Оливье');
    expect(spell('Agnès', 'fr')).toBe('Аньес');
    expect(spell('Schneider', 'de')).toBe('Шнайдер');
    expect(spell('Rosenheim', 'de')).toBe('Розенхайм');
    expect(spell('Müller', 'de')).toBe('Мюллер');
    expect(spell('Volker', 'de')).toBe('Фолькер / Волькер'); // the press writes German "v" both ways
    expect(spell('Jiménez', 'es')).toBe('Хименес');
    expect(spell('Zaragoza', 'es')).toBe('Сарагоса');
    expect(spell('Valladolid', 'es')).toBe('Вальядолид');
  });

  it('gives people and places of French, German or Spanish seeds their Russian spelling; acronyms and legal forms stay Latin', () => {
    const [person, place, company, acronym] = addTransliterations(
      [
        { id: 'gerhard_schneider', type: 'person', aliases: [{ text: 'Gerhard Schneider', lang: ['any'] }, { text: 'Schneider', lang: ['any'], needs_context: true }], mentions: 5, documents: 2 },
        { id: 'rosenheim', type: 'place', aliases: [{ text: 'Rosenheim', lang: ['any'] }], mentions: 4, documents: 2 },
        { id: 'kessler_werke_ag', type: 'org', aliases: [{ text: 'Kessler Werke AG', lang: ['any'] }, { text: 'Kessler', lang: ['any'], needs_context: true }], mentions: 4, documents: 2 },
        { id: 'bfr', type: 'org', aliases: [{ text: 'BfR', lang: ['any'] }], mentions: 3, documents: 2 },
      ],
      'de',
    );
    expect(person.aliases.map((a) => a.text)).toContain('Герхард Шнайдер');
    expect(person.aliases).toContainEqual({ text: 'Шнайдер', lang: ['ru'], kind: 'transliteration', needs_context: true });
    expect(place.aliases).toContainEqual({ text: 'Розенхайм', lang: ['ru'], kind: 'transliteration' });
    expect(company.aliases.map((a) => a.text)).toEqual(['Kessler Werke AG', 'Kessler', 'Кесслер']);
    expect(company.aliases.at(-1)).toMatchObject({ needs_context: true });
    expect(acronym.aliases).toHaveLength(1);
  });

  it('spells the places of English seeds by the English rules, and leaves a name of another language alone there', () => {
    const [oxford, villiers] = addTransliterations(
      [
        { id: 'oxford', type: 'place', aliases: [{ text: 'Oxford', lang: ['any'] }], mentions: 4, documents: 2 },
        { id: 'villiers', type: 'place', aliases: [{ text: 'Villiers-le-Bel', lang: ['any'] }], mentions: 4, documents: 2 },
      ],
      'en',
    );
    expect(oxford.aliases.at(-1)).toEqual({ text: 'Оксфорд', lang: ['ru'], kind: 'transliteration' });
    expect(villiers.aliases).toHaveLength(1);
  });

  it('leaves a country with its standard Russian name (from the gazetteer) unspelled by sound', () => {
    const gazetteer = [
      { text: 'Russie', lang: ['any'] },
      { text: 'Russia', lang: ['en'] },
      { text: 'Россия', lang: ['ru'] },
      { text: 'Russes', lang: ['any'], kind: 'inflection' as const },
    ];
    const [russia] = addTransliterations([{ id: 'russie', type: 'place', aliases: gazetteer, mentions: 30, documents: 3 }], 'fr');
    expect(russia.aliases).toEqual(gazetteer);
  });
});

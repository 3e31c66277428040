import { describe, expect, it } from 'vitest';
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

  it('spells "y" before a vowel and "owe"/"oore" as the Russian press does', () => {
    expect(practicalRussianName('Bryan Hale')).toBe('Брайан Хейл');
    expect(practicalRussianName('Tanya Lowe')).toBe('Таня Лоу');
    expect(practicalRussianName('Kellyanne Moore')).toBe('Келлианн Мур');
  });
});

import { describe, expect, it } from 'vitest';
import { addTransliterations, transliterateName } from '../../src/seeds/translit.js';

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
});

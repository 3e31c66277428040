import { describe, expect, it } from 'vitest';
import { aliasKey, foldText, normalizeForMatch, toOriginalSpan } from '../../src/matchers/normalize.js';

describe('normalizeForMatch', () => {
  it('folds case and accents', () => {
    expect(foldText('Élysée Über Ñandú Vesselnitskaïa')).toBe('elysee uber nandu vesselnitskaia');
  });

  it('splits French elisions so the name after the apostrophe stands alone', () => {
    expect(foldText('l’avocate d’Assange qu’il jusqu’à')).toBe('l avocate d assange qu il jusqu a');
    // an English possessive keeps its apostrophe
    expect(foldText('Trump’s son')).toBe("trump's son");
  });

  it('unifies typographic quotes, dashes and whitespace', () => {
    expect(foldText('«\u00a0Non\u00a0» — “yes”\t–  Trump‑Jr')).toBe('" non " "yes" trump jr');
  });

  it('keeps Cyrillic letters, folds ё to е and drops Russian case endings', () => {
    expect(foldText('Ёлка и й')).toBe('елк и й');
    expect(foldText('Трампа')).toBe(foldText('Трамп'));
    expect(foldText('штабу Трампа')).toBe(foldText('штаб Трампа'));
    expect(foldText('Сидоркова')).toBe(foldText('Сидорков'));
    expect(foldText('Сидорковым')).toBe(foldText('Сидорков'));
  });

  it('applies NFKC (ligatures, full-width letters) and drops invisible characters inside words', () => {
    expect(foldText('ﬁnal ＡＢＣ')).toBe('final abc');
    expect(foldText('Assan\u00adge')).toBe('assange');
  });

  it('maps a match in normalised text back to the original', () => {
    const original = 'Selon l’avocate d’Éric Müller, la réunion…';
    const norm = normalizeForMatch(original);
    const at = norm.text.indexOf('muller');
    const span = toOriginalSpan(norm, at, at + 'muller'.length);
    expect(original.slice(span.start, span.end)).toBe('Müller');
    const eric = norm.text.indexOf('eric');
    const s2 = toOriginalSpan(norm, eric, eric + 4);
    expect(original.slice(s2.start, s2.end)).toBe('Éric');
  });

  it('maps back across decomposed accents and astral characters', () => {
    const original = 'x 😀 Mu\u0308ller y';
    const norm = normalizeForMatch(original);
    const at = norm.text.indexOf('muller');
    const span = toOriginalSpan(norm, at, at + 6);
    expect(original.slice(span.start, span.end)).toBe('Mu\u0308ller');
  });
});

describe('aliasKey', () => {
  it('trims punctuation at the edges so "Jr." and "Jr" share a key', () => {
    expect(aliasKey('Donald Trump Jr.')).toBe('donald trump jr');
    expect(aliasKey('Donald Trump Jr')).toBe('donald trump jr');
    expect(aliasKey('@SomeHandle')).toBe('somehandle');
    expect(aliasKey('«Мисс Вселенная»')).toBe(foldText('Мисс Вселенная'));
  });
});

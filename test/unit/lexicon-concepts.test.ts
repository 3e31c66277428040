import { describe, expect, it } from 'vitest';
import { conceptOf } from '../../src/matchers/lexicon-concepts.js';

describe('predicate concepts', () => {
  it('reads the verbs of praise in five languages', () => {
    for (const word of ['praised', 'hailed', 'lauded', 'felicite', 'gelobt', 'alabo', 'alabaron', 'elogio', 'похвалил']) expect(conceptOf(word)).toBe('praise');
  });

  it('does not take a place name for a verb that begins like it ("Alabama" is not «alabar»)', () => {
    expect(conceptOf('alabama')).toBeNull();
  });
});

describe('predicate concepts of any storyline', () => {
  it('reads what institutions, companies and courts do in five languages', () => {
    const cases: Record<string, string[]> = {
      resign: ['resigned', 'demissionne', 'rucktritt', 'dimitio', 'отставку'],
      fine: ['fined', 'amende', 'geldstrafe', 'multa', 'оштрафовал'],
      arrest: ['arrested', 'interpelle', 'festgenommen', 'detuvo', 'задержали'],
      convict: ['convicted', 'condamne', 'verurteilt', 'condenado', 'осужден'],
      sign: ['signed', 'signe', 'unterzeichnet', 'firmaron', 'подписали'],
      contain: ['contained', 'maitrise', 'eingedammt', 'contenido', 'локализовали'],
      // paying, and the payments themselves ("the payments were channelled through…", "hizo pagos")
      spend: ['paid', 'payments', 'versements', 'zahlungen', 'pagos', 'платежи'],
    };
    for (const [concept, words] of Object.entries(cases)) for (const word of words) expect(conceptOf(word), word).toBe(concept);
  });

  it('leaves everyday words that begin like them alone', () => {
    for (const word of ['significant', 'votre', 'finest', 'allan']) expect(conceptOf(word), word).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { addDescriptions } from '../../src/seeds/descriptions.js';
import type { ProposedEntity } from '../../src/seeds/entities.js';

const person = (id: string, ...names: string[]): ProposedEntity => ({
  id,
  type: 'person',
  aliases: names.map((text) => ({ text, lang: ['any'] })),
  mentions: 3,
  documents: 2,
});

describe('seed descriptions of a son', () => {
  it('gives "le fils Dubois", "Dubois\'s eldest son" and an apposed kinship phrase to Marc Dubois Jr., not to his father', () => {
    const father = person('marc_dubois', 'Marc Dubois');
    const son = person('marc_dubois_jr', 'Marc Dubois Jr.', 'Dubois Jr.');
    const entities = [father, son];
    addDescriptions(entities, [
      'Dubois Jr., fils aîné du maire actuel, a signé le contrat le 3 mai.',
      'La mairie a demandé au fils Dubois de témoigner.',
      'Selon le journal, le fils du maire Dubois était présent.',
      "Plus tard, le fils de l'ancien maire Dubois a parlé.",
      "Dubois's eldest son declined to comment on the contract.",
    ]);
    const descriptions = son.aliases.filter((a) => a.kind === 'description').map((a) => a.text);
    expect(descriptions).toEqual(expect.arrayContaining(['fils aîné du maire actuel', 'fils Dubois', 'fils du maire Dubois', "fils de l'ancien maire Dubois", "Dubois's eldest son"]));
    expect(father.aliases.map((a) => a.text)).toEqual(['Marc Dubois']);
  });

  it('adds nothing when no one has a generational suffix, or when two juniors share the last name', () => {
    const a = person('ana_ruiz', 'Ana Ruiz');
    addDescriptions([a], ['El hijo Ruiz habló con la prensa. La fille Ruiz a démissionné.']);
    expect(a.aliases).toHaveLength(1);
    const j1 = person('luis_ruiz_jr', 'Luis Ruiz Jr.');
    const j2 = person('pablo_ruiz_ii', 'Pablo Ruiz II');
    addDescriptions([j1, j2], ['Le fils Ruiz a parlé.']);
    expect([...j1.aliases, ...j2.aliases].some((x) => x.kind === 'description')).toBe(false);
  });

  it('does not take "le fils du voisin Dubois" for a description unless the word between is a role', () => {
    const son = person('marc_dubois_jr', 'Marc Dubois Jr.');
    addDescriptions([son], ['Le fils du voisin Dubois a vu la scène.']);
    expect(son.aliases.some((x) => x.kind === 'description')).toBe(false);
  });
});

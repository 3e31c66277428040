import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boilerplateReason, stripBoilerplate } from '../../src/seeds/boilerplate.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/seeds/small');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

describe('stripBoilerplate', () => {
  it('cuts a reader comment thread after its header, keeping the article', () => {
    const text = stripBoilerplate(fixture('01-orvalis-fr.txt'));
    expect(text).toContain('Marc-Antoine de Villiers a déclaré que ces paiements');
    expect(text).not.toMatch(/Kiki Lapin|Commentaires|500 millions/);
  });

  it('cuts a comment thread that has no header, from its timestamps', () => {
    const text = stripBoilerplate(fixture('03-thread-without-header.txt'));
    expect(text).toContain('selon un communiqué publié le 14 mars 2015');
    expect(text).not.toMatch(/Kiki Lapin|Zorba|12 millions/);
  });

  it('drops newsletter prompts, share lines, link/handle lines and short labels', () => {
    const text = stripBoilerplate(fixture('02-orvalis-en.txt'));
    expect(text).not.toMatch(/Morning Brief|Share this|#scandal|example\.org|3 comments/);
    expect(text).toContain('Anna von Trapp, a lawyer for the company, said');
    expect(stripBoilerplate(fixture('01-orvalis-fr.txt'))).not.toMatch(/Abonnez-vous|newsletter|S’inscrire|Partager|Politique|Jeanne Morel/);
  });

  it('says why a line is boilerplate', () => {
    expect(boilerplateReason('Abonnez-vous à notre lettre d’information pour tout savoir')).toBe('newsletter or account prompt');
    expect(boilerplateReason('Share on Facebook')).toBe('share or social line');
    expect(boilerplateReason('@someone @other https://t.co/xyz')).toBe('links or handles');
    expect(boilerplateReason('Le 14/11/2017 à 15h58')).toBe('timestamp');
    expect(boilerplateReason('5 min')).toBe('very short line');
    expect(boilerplateReason('Il a refusé.')).toBeNull();
    expect(boilerplateReason('The ministry said it would subscribe to the new rules after a long review of the whole sector and its many actors, which took most of the year and involved dozens of hearings across the country, with experts from three universities and a panel of judges, lawyers and citizens who had been chosen at random.')).toBeNull();
  });

  it('keeps a line repeated verbatim (a table of contents) once, and a "Comments" link at the top', () => {
    const text = stripBoilerplate('Comments\n\nA long first paragraph about the affair, with many words in it.\nSecond heading of the page\nA long first paragraph about the affair, with many words in it.');
    expect(text.match(/A long first paragraph/g)).toHaveLength(1);
    expect(text).toContain('Second heading of the page');
  });
});

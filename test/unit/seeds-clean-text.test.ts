import { describe, expect, it } from 'vitest';
import { cleanSeedText } from '../../src/seeds/clean-text.js';

describe('seed text clean-up: a "?" standing for a non-breaking space', () => {
  it('inside « » becomes the non-breaking space again', () => {
    expect(cleanSeedText('la chaîne « ?intégrale? » de ses échanges')).toBe('la chaîne «\u00a0intégrale\u00a0» de ses échanges');
    expect(cleanSeedText('« ?WikiLeaks peut se montrer très efficace? », selon lui.')).toBe('«\u00a0WikiLeaks peut se montrer très efficace\u00a0», selon lui.');
  });

  it('before : ; ! and a real question mark becomes the space, the mark stays', () => {
    expect(cleanSeedText('Il a répondu?: non. Vraiment?? Oui?!')).toBe('Il a répondu\u00a0: non. Vraiment\u00a0? Oui\u00a0!');
  });

  it('leaves real questions and text without artefacts as they are', () => {
    const text = 'Qui a piraté les e-mails ? Le GRU, selon le rapport. What did he know?';
    expect(cleanSeedText(text)).toBe(text);
  });

  it('drops a metadata dateline saved before the first sentence, and only there', () => {
    expect(cleanSeedText(' date 2017-11 Depuis plusieurs mois, le compte publie.')).toBe('Depuis plusieurs mois, le compte publie.');
    expect(cleanSeedText('Published: 2018-02-17 The indictment names 13 people.')).toBe('The indictment names 13 people.');
    const inside = 'The memo was dated 2016-06 in the files.';
    expect(cleanSeedText(inside)).toBe(inside);
  });

  it('cleans the shipped seed that has the artefact', async () => {
    const { readFile } = await import('node:fs/promises');
    const raw = await readFile(new URL('../../seeds/002_9575520329bc2b1f.txt', import.meta.url), 'utf8');
    expect(raw).toContain('« ?intégrale? »');
    const clean = cleanSeedText(raw);
    expect(clean).toContain('«\u00a0intégrale\u00a0»');
    expect(clean).not.toMatch(/«\s?\?|\?\s?»/);
  });
});

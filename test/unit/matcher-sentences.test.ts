import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/matchers/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after Jr., Mr., Dr. or M.', () => {
    expect(texts('Donald Trump Jr. met Mr. Smith and Dr. Jones. M. Dupont était absent. Il a refusé.')).toEqual([
      'Donald Trump Jr. met Mr. Smith and Dr. Jones.',
      'M. Dupont était absent.',
      'Il a refusé.',
    ]);
  });

  it('splits after Jr. when a new sentence clearly starts', () => {
    expect(texts('The emails went to Donald Trump Jr. The campaign did not answer.')).toHaveLength(2);
  });

  it('keeps U.S., initials and decimals inside the sentence', () => {
    expect(texts('The U.S. market saw about 1.823 thousand tweets, J. R. Smith said. Then it stopped.')).toEqual([
      'The U.S. market saw about 1.823 thousand tweets, J. R. Smith said.',
      'Then it stopped.',
    ]);
    expect(texts('They left the U.S. The talks ended.')).toHaveLength(2);
  });

  it('keeps an amount abbreviated in German or French ("1,5 Mio. Euro", «3 Mds €») in its sentence', () => {
    const text = (t: string) => splitSentences(t).map((s) => s.text);
    expect(text('Die Behörde verhängte eine Geldstrafe von 1,5 Mio. Euro gegen die Northwind Bank.')).toHaveLength(1);
    expect(text('Die Bank zahlte 2 Mrd. Dollar. Der Fall ist abgeschlossen.')).toHaveLength(2);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(texts('He wrote: "It will be top news." Nobody replied. « C’est faux. » Il a démenti.')).toEqual([
      'He wrote: "It will be top news."',
      'Nobody replied.',
      '« C’est faux. »',
      'Il a démenti.',
    ]);
  });

  it('treats list items and paragraphs as sentences, but joins wrapped lines', () => {
    const t = 'Findings:\n1. The first item\n2. The second item\n\nA paragraph that wraps\nonto a second line.';
    expect(texts(t)).toEqual(['Findings:', '1. The first item', '2. The second item', 'A paragraph that wraps\nonto a second line.']);
  });

  it('reports offsets into the original text', () => {
    const t = 'One. Two!  Three?';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});

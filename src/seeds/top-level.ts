/**
 * Where a sentence's own punctuation is: the positions of some characters outside quotation marks
 * and brackets (a comma inside « … » or (…) belongs to the quotation or the aside, not to the sentence).
 */
const OPENING = '«“([';
const CLOSING = '»”)]';

/** Positions of `chars` in `text` outside quotation marks and brackets, in order. */
export function topLevelPositions(text: string, chars: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '"') depth = depth ? depth - 1 : depth + 1;
    else if (depth === 0 && chars.includes(c)) out.push(i);
  }
  return out;
}

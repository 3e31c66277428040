/** Paragraphs long enough to count as article text, for small extraction pages. */
export const P1 = 'The first paragraph of the story is long enough, with a comma, to count as article text.';
export const P2 = 'The second paragraph adds detail, quotes and numbers, as articles do, for several lines.';
export const P3 = 'The third paragraph closes the story with a sentence that is also long enough to count.';
export const P4 = 'A fourth paragraph, because a real article runs past a few hundred characters, and so does this one.';
export const P5 = 'And a fifth, with the last quote of the day, the reaction of the minister, and what happens next.';

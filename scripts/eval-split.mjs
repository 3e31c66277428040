// The fixed split of the matching development sets, shared by eval-matching.mjs and fit-matching.mjs:
// the first byte of sha1(item id), even → "tune" (rules, lexicon entries and fitted weights are built
// on it), odd → "report" (only reported).
import crypto from 'node:crypto';

export const splitOf = (id) => (crypto.createHash('sha1').update(id).digest()[0] % 2 === 0 ? 'tune' : 'report');

const words = (it) => `${it.title ?? ''} ${it.text}`.split(/\s+/).filter(Boolean).length;
/** Text form: short (tweets, statements, headlines), report passage, or article. */
export const formOf = (it) => (words(it) <= 60 ? 'short ≤60w' : it.source?.type === 'md_lines' ? 'report passage' : 'article');

/**
 * Capitalised runs that are two names side by side ("le fondateur de OpenLedger Tomas Ekdal",
 * "le compte Twitter de OpenLedger", "Sean Ortis de Harbour News") are split, using what the seeds
 * show elsewhere: which names occur on their own. "John Roe Jr." stays whole: "John" never
 * occurs alone, and the full name recurs.
 */
import { opensWithOrgHead } from './lexicon.js';
import { subMention, type Mention } from './names.js';

/** A name mention where it was found. */
export interface SeedMention {
  doc: number;
  sentence: number;
  mention: Mention;
}

/** A particle after this many words ends a name ("Sean Ortis | de | Harbour News"); "Université de Columbia" keeps it. */
const MAX_WORDS_BEFORE_PARTICLE = 1;

/** Split runs into the names they are made of; `sentences[doc][sentence]` gives the text. */
export function splitJoinedNames(found: readonly SeedMention[], sentences: readonly (readonly string[])[]): SeedMention[] {
  const standalone = new Map<string, number>();
  for (const f of found) standalone.set(f.mention.key, (standalone.get(f.mention.key) ?? 0) + 1);
  const out: SeedMention[] = [];
  for (const f of found) {
    const text = sentences[f.doc][f.sentence];
    for (const m of split(f.mention, text, standalone)) out.push({ ...f, mention: m });
  }
  return out;
}

function split(m: Mention, text: string, standalone: ReadonlyMap<string, number>): Mention[] {
  const { parts } = m;
  if (m.kind !== 'name' || parts.length < 2 || m.defined) return [m];
  const piece = (from: number, to: number, honorific: boolean) => subMention(text, parts.slice(from, to + 1), 'name', honorific);
  const tokens = (x: Mention) => x.parts.filter((p) => !p.particle).length;
  for (let s = 1; s < parts.length; s++) {
    if (parts[s - 1].particle) continue;
    let r = s;
    while (r < parts.length && parts[r].particle) r++;
    if (r >= parts.length) continue;
    const left = piece(0, s - 1, m.honorific);
    const right = piece(r, parts.length - 1, false);
    const particle = r > s;
    const leftSeen = standalone.has(left.key);
    const rightSeen = standalone.has(right.key);
    const cut =
      // "Prix Azur de Roe", "Sean Ortis de Harbour News"; not a body named by what it is ("Agence Nationale de Sécurité …")
      (particle && tokens(left) > MAX_WORDS_BEFORE_PARTICLE && !opensWithOrgHead(left.key.split(' '))) ||
      // "Twitter de OpenLedger": both names occur alone
      (particle && leftSeen && rightSeen) ||
      // "OpenLedger Tomas Ekdal": a name, then a full name seen alone
      (!particle && leftSeen && rightSeen && tokens(right) >= 2) ||
      // "Zetabank Marta Kovalenko": a one-off run ending in a full name seen alone
      (!particle && rightSeen && tokens(right) >= 2 && (standalone.get(m.key) ?? 0) <= 1);
    if (cut) return [...split(left, text, standalone), ...split(right, text, standalone)];
  }
  return [m];
}

/**
 * Initials as an alias: an outlet or a body named in several capitalised words is often written
 * by its initials alone ("Coastal Evening Post" → "CEP", "Coastal Research Agency" → "CRA"), and
 * the seeds may never do so. Initials are short and collide with other names and words, so they
 * count only in context (`needs_context`). Names a gazetteer gave their forms in other languages
 * keep those, and an entity that already has an acronym gets none.
 */
import type { ProposedEntity } from './entities.js';
import { LEADING_ARTICLES, NAME_PARTICLES } from './lexicon.js';

/** Words between a name's capitalised words that initials leave out ("Bureau of Investigation"). */
const LINK_WORDS = new Set(['of', 'for', 'and', 'on', 'et', 'pour', 'sur', 'und', 'für', 'y', 'para', 'и', ...NAME_PARTICLES]);
/** Initials of more words than this are rarely used; fewer than two are no initials. */
const MAX_INITIALS = 4;
/** Capitalised words a name needs for initials: an outlet two ("Zeta Today" → "ZT"); a body three, as one of two words goes by its first ("Zeta Group" is "Zeta"). */
const MIN_WORDS: Record<string, number> = { media: 2, org: 3 };
/**
 * Initials are a guess, and a guess that may match other names ("Fox Ledger" → "FL"): they are
 * given to the outlets and bodies the storyline is about, named at least this often, not to one
 * a seed cites once in passing ("told the Harbour Post").
 */
const MIN_MENTIONS_FOR_INITIALS = 2;

/** The initials of a name of capitalised words ("Coastal Research Agency" → "CRA"), or null. */
export function initialsOf(name: string, minWords = 2): string | null {
  const words = name.split(/[\s-]+/u).filter(Boolean);
  if (words.length && LEADING_ARTICLES.has(words[0].toLowerCase())) words.shift();
  const kept = words.filter((w) => !LINK_WORDS.has(w.toLowerCase()));
  if (kept.length < minWords || kept.length > MAX_INITIALS || !kept.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  return kept.map((w) => w[0]).join('');
}

/** Adds initials (needs_context) to the outlets and bodies named in several words and more than once, in place. */
export function addInitials(entities: ProposedEntity[]): ProposedEntity[] {
  const taken = new Set(entities.flatMap((e) => e.aliases.map((a) => a.text)));
  for (const e of entities) {
    const minWords = MIN_WORDS[e.type];
    if (!minWords || e.mentions < MIN_MENTIONS_FOR_INITIALS || e.aliases.some((a) => a.kind === 'acronym' || !a.lang.includes('any'))) continue;
    const initials = initialsOf(e.aliases[0].text, minWords);
    if (!initials || taken.has(initials)) continue;
    taken.add(initials);
    e.aliases.push({ text: initials, lang: ['any'], kind: 'acronym', needs_context: true });
  }
  return entities;
}

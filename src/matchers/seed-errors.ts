/**
 * A `seed_error` note says what the seed got wrong and what the correct fact is ("the hacking was
 * done by Norland's KRV"). Its words that the claim does not use are the correct fact's: a story
 * stating them, about the same thing, contradicts the claim as the seed wrote it. Names the watchlist
 * does not know ("KRV") are strong evidence; the note's words of the claim's own predicate
 * ("hacking") are its topic. A note that says items do *not* contradict the claim gives no terms.
 */
import type { Claim } from '../config/watchlist.js';
import { anchorKey, isPredicateWord } from './anchor-keys.js';
import { conceptOf } from './lexicon-concepts.js';
import { foldText } from './normalize.js';

export interface SeedError {
  /** key → the index of the note's word it comes from (a stem and its concept count once) */
  terms: Map<string, number>;
  /** names the watchlist does not know ("KRV") */
  strong: Set<string>;
  /** the claim's own concepts the note is about ("hack"): a story must speak of them */
  topics: Set<string>;
  /** entities the correct fact names that the claim does not (a `correction`'s entities): naming one is strong */
  entities: Set<string>;
  text: string;
}

/** Words of a seed_error note that describe the note itself, not the fact. */
const META_WORDS = new Set(
  ('item items contradict contradicts contradiction contradicting seed seeds claim claims statement says say said saying calls call dates date ' +
    'report reporting reported attributing attribute wrong error errors correct fact note place places also only').split(' '),
);
/** A concept of the claim the note speaks of is its topic when it weighs this much of the heaviest such concept. */
const TOPIC_SHARE = 0.75;
/** "Items saying X do not contradict the claim": the note gives no contradiction cues. */
const NO_CONTRADICTION_RE = /\b(?:do|does|should|must|would)\s+not\s+contradict|not\s+a\s+contradiction/i;

/**
 * The correct fact of a claim's seed_error note, or null. `own` are the claim's keys (its wording and
 * its entities' names), `ownConcepts` its concepts with their weights, `watchlistNames` the keys of every watchlist alias.
 */
export function readSeedError(claim: Claim, own: ReadonlySet<string>, ownConcepts: ReadonlyMap<string, number>, watchlistNames: ReadonlySet<string>): SeedError | null {
  // a structured correction says the true fact and whom it names; a free-text note is read for its words
  const correction = claim.correction;
  // a free-text note's brackets cite its sources ("(Hale report; March 2019 indictment…)"), unless they quote the fact
  const note = correction?.statement ?? claim.seed_error?.replace(/\([^)"'‘’“”«»]*\)/g, ' ');
  if (!note || (!correction && NO_CONTRADICTION_RE.test(note))) return null;
  const entities = new Set((correction?.entities ?? []).filter((id) => !claim.entities.includes(id)));
  const terms = new Map<string, number>();
  const strong = new Set<string>();
  const topics = new Set<string>();
  let wordIndex = 0;
  for (const m of note.matchAll(/\p{L}+/gu)) {
    const raw = m[0];
    const word = foldText(raw).trim();
    const acronym = /^\p{Lu}{2,}$/u.test(raw);
    if ((!correction && META_WORDS.has(word)) || !(acronym || isPredicateWord(word))) continue;
    const concept = conceptOf(word);
    if (concept && ownConcepts.has(`@${concept}`)) {
      topics.add(`@${concept}`); // the claim's own predicate ("hacking"): what the note is about
      continue;
    }
    wordIndex++;
    const keys = [acronym ? word : anchorKey(word), concept ? `@${concept}` : null].filter((k): k is string => !!k && !own.has(k));
    if (!keys.length) continue;
    const before = note.slice(Math.max(0, m.index - 3), m.index);
    const sentenceStart = m.index === 0 || /[.!?(“"'‘]\s*$/.test(before);
    // a name the watchlist does not know, not one of its entities (its countries and main actors are everywhere in its stories)
    const name = (acronym || (/^\p{Lu}/u.test(raw) && !sentenceStart)) && !watchlistNames.has(anchorKey(word) ?? word);
    for (const key of keys) {
      if (!terms.has(key)) terms.set(key, wordIndex);
      if (name && !key.startsWith('@')) strong.add(key);
    }
  }
  // the topic is the claim's most distinctive concept the note speaks of ("hacking"), not a common one ("emails")
  const top = Math.max(0, ...[...topics].map((t) => ownConcepts.get(t) ?? 0));
  for (const t of topics) if ((ownConcepts.get(t) ?? 0) < TOPIC_SHARE * top) topics.delete(t);
  return terms.size || entities.size ? { terms, strong, topics, entities, text: correction?.statement ?? claim.seed_error! } : null;
}

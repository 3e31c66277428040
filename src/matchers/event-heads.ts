/**
 * The heads of events' names. An event's names are often a common noun and another entity's name
 * ("Vaumont fire", « incendie de l'Aubrac », "Calvexin recall"): the noun is the event's head, and
 * a story that names the event goes on with "the fire", « l'incendie ». Heads come from the watchlist's
 * aliases, never from a list of topics.
 */
import type { Watchlist } from '../config/watchlist.js';
import { anchorKey, isPredicateWord } from './anchor-keys.js';
import { foldText } from './normalize.js';

/** Letters of a written word. */
const WRITTEN_WORD = /[\p{L}\p{M}]+/gu;

/**
 * The common nouns of the names of events: "incendie" and "fire" of "incendie de l'Aubrac" and "Vaumont fire",
 * "meeting" of "Trump Tower meeting". A story that names the event once goes on with "the fire", "l'incendie":
 * those sentences speak of it. Capitalised words are names (except in German, which capitalises nouns), and so are
 * words like another entity's names ("Russen" of "13 Russen" is Russia's); a word of several entities' names is
 * no one's head.
 */
export function entityHeads(entities: Watchlist['entities']): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  const namePrefixes = new Map<string, Set<string>>();
  const candidates: [string, string][] = [];
  for (const e of entities) {
    for (const alias of e.aliases) {
      const german = (alias.lang ?? []).includes('de');
      for (const written of alias.text.match(WRITTEN_WORD) ?? []) {
        const word = foldText(written);
        const key = anchorKey(word);
        if (!key) continue;
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
        const capitalised = written[0] !== written[0].toLowerCase();
        if (capitalised && !german) namePrefixes.set(key.slice(0, 4), (namePrefixes.get(key.slice(0, 4)) ?? new Set()).add(e.id));
        else if (e.type === 'event' && word.length >= 4 && isPredicateWord(word)) candidates.push([key, e.id]);
      }
    }
  }
  const heads = new Map<string, string[]>();
  for (const [key, id] of candidates) {
    if (owners.get(key)!.size > 1 || [...(namePrefixes.get(key.slice(0, 4)) ?? [])].some((other) => other !== id)) continue;
    const list = heads.get(key) ?? [];
    if (!list.includes(id)) heads.set(key, [...list, id]);
  }
  return heads;
}

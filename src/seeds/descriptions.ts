/**
 * Descriptions the seeds use for a person instead of the name: a son named by his father's last
 * name ("le fils Roe", "le fils du président Roe", "Roe's son") belongs to the one person of
 * that last name with a generational suffix (Jr., II); a kinship phrase set beside the name
 * ("Roe Jr., fils du président sortant") is his too. Each becomes an alias of kind
 * `description`, so a story that says "le fils Roe" is about him.
 */
import { foldText } from '../matchers/normalize.js';
import type { ProposedEntity } from './entities.js';
import { GENERATIONAL_SUFFIXES, ROLE_NOUNS } from './lexicon.js';

/** Son and daughter in the five languages, and "eldest"/"youngest" that may follow or precede them. */
const KINSHIP = ['fils', 'fille', 'son', 'daughter', 'sohn', 'tochter', 'hijo', 'hija', 'сын', 'дочь']
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|');
const RANK = 'ain[ée]e?|aîn[ée]e?|cadet(?:te)?|eldest|oldest|youngest|[äa]lteste[rn]?|j[üu]ngste[rn]?|mayor|menor|старший|младший';
const OF = "(?:du|de la|de|des|of the|of|von|der|del|de los)(?![\\p{L}])|de l['’]";
/** "le fils Roe", "le fils du président Roe", "der Sohn von Roe": kinship, an optional role, the last name. */
const KIN_THEN_NAME = new RegExp(
  `(?<![\\p{L}])((?:${KINSHIP})(?:\\s+(?:${RANK}))?(?:\\s+(?:${OF})\\s*(?:\\p{Ll}+\\s+)?(\\p{Ll}+))?\\s+(\\p{Lu}[\\p{L}'’-]+))`,
  'gu',
);
/** "Roe's son", "Roe's eldest son". */
const NAME_THEN_KIN = new RegExp(`(?<![\\p{L}])((\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:(?:${RANK})\\s+)?(?:son|daughter))(?![\\p{L}])`, 'gu');
/** A kinship phrase right after a name and a comma, up to the next punctuation (six words at most). */
const APPOSED_KIN = new RegExp(`^\\s*,\\s*((?:${KINSHIP})(?:\\s+[\\p{L}'’-]+){1,5})\\s*(?=[,.;:)]|$)`, 'u');

const ROLE_KEYS = new Set([...ROLE_NOUNS].map((w) => foldText(w)));
const words = (s: string) => s.split(/\s+/u).filter(Boolean);
const key = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The person entities with a generational suffix, by their last name (folded): the only ones a kinship phrase can name. */
function juniorsByLastName(entities: readonly ProposedEntity[]): Map<string, ProposedEntity> {
  const byLast = new Map<string, ProposedEntity[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const full = words(e.aliases[0].text.replace(/[.,]/gu, ''));
    if (full.length < 2 || !GENERATIONAL_SUFFIXES.has(key(full[full.length - 1]))) continue;
    const last = key(full[full.length - 2]);
    byLast.set(last, [...(byLast.get(last) ?? []), e]);
  }
  // two juniors of one name: the description cannot tell which
  return new Map([...byLast].filter(([, list]) => list.length === 1).map(([k, list]) => [k, list[0]]));
}

/** Adds the seeds' descriptions of sons and daughters as `description` aliases (in place). */
export function addDescriptions(entities: ProposedEntity[], sentences: readonly string[]): void {
  const juniors = juniorsByLastName(entities);
  if (!juniors.size) return;
  const add = (e: ProposedEntity, text: string) => {
    const t = text.replace(/\s+/gu, ' ').trim();
    if (!e.aliases.some((a) => key(a.text) === key(t))) e.aliases.push({ text: t, lang: ['any'], kind: 'description' });
  };
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(KIN_THEN_NAME)) {
      const [, phrase, role, last] = m;
      const e = juniors.get(key(last));
      // "fils du président Roe" needs a role noun between; "fils de Roe" and "fils Roe" need none
      if (e && (!role || ROLE_KEYS.has(key(role)))) add(e, phrase);
    }
    for (const m of sentence.matchAll(NAME_THEN_KIN)) {
      const e = juniors.get(key(m[2]));
      if (e) add(e, m[1]);
    }
    for (const e of juniors.values()) {
      for (const alias of e.aliases) {
        if (alias.kind) continue;
        let from = sentence.indexOf(alias.text);
        while (from >= 0) {
          const apposed = APPOSED_KIN.exec(sentence.slice(from + alias.text.length));
          if (apposed) add(e, apposed[1]);
          from = sentence.indexOf(alias.text, from + alias.text.length);
        }
      }
    }
  }
}

/**
 * An organisation's short name found apart from its full one: seeds write "Vantor Construcciones"
 * once and "Vantor" after, or "Inversiones Lomas S.L." and then "Lomas". The one-word entity is the
 * other's short form when its word is in that name and in no other proposed name ("Castrelo", in
 * "Club Deportivo Castrelo" and "La Voz de Castrelo", is a place the names are of, not a short form).
 * It merges into the full name as an alias. A two-word "person" whose first word is not a given name
 * and stands alone as its short form ("Vantor Construcciones") is an organisation.
 */
import { foldText } from '../matchers/normalize.js';
import type { ProposedEntity } from './entities.js';
import { isGivenName } from './given-names.js';
import { copyEntities, mergeInto, withoutMerged, type Merges } from './merge.js';

/** Short forms are names of these types; a person's or a place's word in another name is its own entity. */
const SHORT_FORM_TYPES = new Set(['org', 'other', 'media', 'platform']);

const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The entity's name as the seeds write it (its aliases without a kind), as folded words. */
function writtenNames(e: ProposedEntity): string[][] {
  return e.aliases.filter((a) => !a.kind).map((a) => words(a.text));
}

export function mergeShortForms(entities: readonly ProposedEntity[], idByKey: Map<string, string>): ProposedEntity[] {
  const out = copyEntities(entities);
  const merged: Merges = new Map();
  for (const short of out) {
    if (!SHORT_FORM_TYPES.has(short.type)) continue;
    const names = writtenNames(short);
    if (!names.length || names.some((n) => n.length !== 1)) continue;
    const word = names[0][0];
    const holders = out.filter((e) => e !== short && !merged.has(e.id) && writtenNames(e).some((n) => n.length > 1 && n.includes(word)));
    if (holders.length !== 1) continue;
    const [full] = holders;
    if (full.type === 'place' || full.type === 'event') continue;
    if (full.type === 'person') {
      // "Vantor Construcciones", typed a person by its two capitalised words: its short form is its first word
      const first = writtenNames(full).find((n) => n.length > 1)!;
      if (first[0] !== word || isGivenName(word)) continue;
      full.type = 'org';
      // what was taken for its surname alone ("Infraestructuras") is a common word of the name
      full.aliases = full.aliases.filter((a) => words(a.text).length > 1 || !a.needs_context);
    }
    mergeInto(full, short, merged);
  }
  return withoutMerged(out, merged, idByKey);
}

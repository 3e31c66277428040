/**
 * Two proposed entities found to be one (a country written two ways, an organisation and its acronym, a
 * company and its short name): one takes the other's names and counts, and the seeds' name keys follow.
 * The gazetteer (gazetteer.ts), the organisations list (organisations.ts) and short forms (short-forms.ts)
 * merge this way.
 */
import { foldText } from '../matchers/normalize.js';
import type { ProposedEntity } from './entities.js';

/** A name as merges compare it: folded, punctuation as spaces ("S.L." and "S L" are one). */
export const foldName = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The entities, each with aliases of its own, to type and merge without touching the caller's. */
export function copyEntities(entities: readonly ProposedEntity[]): ProposedEntity[] {
  return entities.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a, lang: [...a.lang] })) }));
}

/** Merged entity id → the id it merged into. */
export type Merges = Map<string, string>;

/** `from` becomes part of `into`: its names `into` lacks, its mentions and documents. */
export function mergeInto(into: ProposedEntity, from: ProposedEntity, merges: Merges): void {
  for (const a of from.aliases) if (!into.aliases.some((x) => foldName(x.text) === foldName(a.text))) into.aliases.push(a);
  into.mentions += from.mentions;
  into.documents = Math.max(into.documents, from.documents);
  merges.set(from.id, into.id);
}

/** The entities left after the merges, `idByKey` (seed name key → entity id) pointing at them, updated in place. */
export function withoutMerged(entities: readonly ProposedEntity[], merges: Merges, idByKey: Map<string, string>): ProposedEntity[] {
  for (const [key, id] of idByKey) if (merges.has(id)) idByKey.set(key, merges.get(id)!);
  return entities.filter((e) => !merges.has(e.id));
}

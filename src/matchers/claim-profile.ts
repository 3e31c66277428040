/**
 * What the stance matcher needs to know of each watchlist claim, compiled once per scorer from the
 * watchlist's own text (no claim is special-cased in code):
 * - its entities and how specific each is;
 * - its predicate: the content words of its statement and seed quote (stems) and their general
 *   concepts (`lexicon-concepts.ts`), each with its polarity in the claim ("did *not* sign the
 *   contract", «n'a pas été discuté») and an idf weight over the claims;
 * - its quantities with their units and unit words ("13 engineers", «treize ingénieurs»), its dates
 *   with the event they date ("first message" → a message);
 * - whether it leaves the matter open ("unclear whether");
 * - for a `seed_error` claim, the words of the correct fact that the watchlist states (KRV,
 *   "published", "praised"): a story stating it contradicts the claim as the seed wrote it.
 */
import type { Claim, Watchlist } from '../config/watchlist.js';
import { anchorKey, isPredicateWord } from './anchor-keys.js';
import { findDates, parseClaimDate, type ClaimDateSpec } from './dates.js';
import type { EntityMatcher } from './entities.js';
import { ROLE_WORDS } from './lexicon-roles.js';
import { conceptOf, OPPOSITE_CONCEPTS } from './lexicon-concepts.js';
import { MONTHS, WEEKDAY_WORDS } from './lexicon-dates.js';
import { entityHeads } from './event-heads.js';
import { storylineWindow, WINDOW_LEAD_MS } from './relevance.js';
import { foldText, normalizeForMatch, originalWords } from './normalize.js';
import { storyLanguage } from './language.js';
import { markPolarity, tokenPolarity, type Polarity } from './polarity.js';
import { claimQuantity, findQuantities, type ClaimQuantity } from './quantities.js';
import { readSeedError, type SeedError } from './seed-errors.js';
import { normalizedSpan, tokenIndexAt, tokenize, type Token } from './tokens.js';

export { anchorKey, lookupKeys } from './anchor-keys.js';

export interface Anchor {
  /** stem key ("promot", "page") or concept key ("@write") */
  key: string;
  /** idf over the claims */
  weight: number;
  /** in the claim's wording: asserted (1), negated (-1) or left open (0, "unclear whether …") */
  polarity: Polarity;
  /** as written in the claim, for explanations */
  label: string;
  /** from the claim's statement (not only its seed quote) */
  statement: boolean;
  /** in the claim's seed quote */
  inQuote: boolean;
  /** a word of another watchlist entity's name ("Roe" in "Roe's foundation"): context, not the claim's own fact */
  name: boolean;
  /** the event that excludes the claim's ("acquit" for "convicted"), with the claim's polarity turned over */
  opposite?: boolean;
}

export interface ClaimDate extends ClaimDateSpec {
  /** the concept of the event the date is of ("write", "kill"), null when unknown */
  concept: string | null;
}

/** Entity types that act, speak or deny: people and organisations (a newspaper, a platform, a group too). */
const ACTOR_TYPES: ReadonlySet<string> = new Set(['person', 'org', 'media', 'platform', 'group']);

export interface ClaimProfile {
  claim: Claim;
  /** the language its statement is written in (English by hand; the seeds' by `veille seeds import`) */
  statementLanguage: string;
  /** the language of its seed quote */
  quoteLanguage: string;
  entities: string[];
  /** specificity per entity, same order */
  entityWeights: number[];
  /** per entity: a place (where things happen, not who does them) */
  entityIsPlace: boolean[];
  /** per entity: a person or an organisation (who can do, say or deny something) */
  entityIsActor: boolean[];
  entityWeightTotal: number;
  /** entities the claim's statement mentions under a negation ("was not discussed at the board meeting") */
  negatedEntities: Set<string>;
  anchors: Anchor[];
  /** anchor weight that counts as a full predicate match */
  anchorSaturation: number;
  /** weight of a word of the claim's statement no other claim uses (a smaller watchlist weighs it less) */
  uniqueWordWeight: number;
  /** the same for a story in another language than the claim's wordings: only concepts can match */
  conceptSaturation: number;
  quantities: ClaimQuantity[];
  dates: ClaimDate[];
  /** stories published before this (epoch ms) cannot report on the claim: some months before its first date, or the storyline's start */
  reportableFrom: number;
  /** dates to the month or day: with more than one, the claim dates several events */
  preciseDates: number;
  /** the claim leaves its proposition open ("it is unclear whether…", "found no evidence that…") */
  uncertain: boolean;
  /** words of its statement it negates or leaves open, that a story can meet ("provided no blueprints": two) */
  negatedWords: number;
  /** who does what to whom, when the statement says it plainly ("Jane Roe asked Acme…"): its verb's concept and the entity after it */
  roles: { verb: string; object: string } | null;
  /** the statement names its subject (its first entity) at its start, before its predicate ("Norland has…", not "Here is the chain of messages with Norland") */
  subjectLeads: boolean;
  /**
   * The correct fact of a seed_error claim: its words (key → the word of the note it comes from, so
   * that a stem and its concept count once), the strong ones (names the watchlist does not know:
   * "KRV"), and the claim's own concepts the note is about ("the hacking was done by…": a story must
   * speak of that, "hack").
   */
  seedError: SeedError | null;
}

/** Anchor weight counted as a full predicate match: about three distinctive words. */
const ANCHOR_SATURATION = 8;
/** … and at least this (one concept alone is not a full match). */
const MIN_SATURATION = 3;
/** Concepts are broader than words: their weight counts this much. */
const CONCEPT_FACTOR = 0.8;
/** Anchors lighter than this (words half the claims use, in their seed quotes) are not looked up in stories. */
const MIN_INDEXED_WEIGHT = 0.7;
/** Weight of a word every claim uses. */
const IDF_FLOOR = 0.3;
/** Tokens around a date in a claim's statement searched for the event it dates. */
const CLAIM_DATE_REACH = 8;
/** Names of other watchlist entities in a claim's wording are its context more than its predicate. */
const NAME_FACTOR = 0.5;
/** Words only the seed's own sentence uses (its context, often) count this much. */
const QUOTE_FACTOR = 0.5;

interface Wording {
  tokens: Token[];
  /** mentions of the claim's own entities, by token range */
  spans: { id: string; from: number; to: number }[];
  /** per token: 1, -1 or 0 (see tokenPolarity) */
  polarity: Int8Array;
  entityTokens: Set<number>;
  /** entity ids mentioned, with whether a mention is negated */
  entities: Map<string, boolean>;
  uncertain: boolean;
  normalized: string;
}

/** Read a claim wording; `own` are the claim's entities (their mentions are no predicate words). */
function readWording(text: string, matcher: EntityMatcher, own: readonly string[]): Wording {
  const analysis = matcher.analyze({ title: '', text });
  const tokens = tokenize(analysis.norm.text);
  const entityTokens = new Set<number>();
  const spans: { id: string; from: number; to: number }[] = [];
  for (const e of analysis.entities) {
    if (!own.includes(e.id)) continue;
    for (const o of e.occurrences) {
      const span = normalizedSpan(analysis.norm, o.start, o.end);
      const from = tokenIndexAt(tokens, span.start);
      let to = from;
      while (to >= 0 && to < tokens.length && tokens[to].start < span.end) entityTokens.add(to++);
      if (from >= 0) spans.push({ id: e.id, from, to });
    }
  }
  const marks = markPolarity(tokens, entityTokens);
  const polarity = tokenPolarity(marks);
  const entities = new Map<string, boolean>();
  for (const s of spans) entities.set(s.id, (entities.get(s.id) ?? false) || marks.negated[s.from] === 1);
  return { tokens, spans, polarity, entityTokens, entities, uncertain: marks.uncertainAt >= 0 || marks.open.includes(1), normalized: analysis.norm.text };
}

/** Words of the predicate a statement may say before naming its subject ("Acme's chief executive Jane Roe said"). */
const WORDS_BEFORE_SUBJECT = 2;

/** Does the statement name its subject before its predicate (at most a title or two before it)? */
function subjectLeads(w: Wording | undefined, subject: string | undefined): boolean {
  const s = w?.spans.find((span) => span.id === subject);
  if (!w || !s) return false;
  let words = 0;
  for (let k = 0; k < s.from; k++) if (!w.entityTokens.has(k) && isPredicateWord(w.tokens[k].text)) words++;
  return words <= WORDS_BEFORE_SUBJECT;
}

/** Tokens between a name and its verb, and between the verb and the next name ("asked the bank's"). */
const ROLE_REACH = 4;

/** The statement's subject, its verb and the entity right after ("Jane Roe asked Acme for…"), or null. */
function statementRoles(w: Wording | undefined, subject: string | undefined): ClaimProfile['roles'] {
  const s = w?.spans.find((span) => span.id === subject);
  if (!w || !s) return null;
  for (let k = s.to; k < Math.min(w.tokens.length, s.to + ROLE_REACH); k++) {
    const concept = conceptOf(w.tokens[k].text);
    if (!concept) continue;
    const object = w.spans.find((o) => o.id !== subject && o.from > k && o.from <= k + ROLE_REACH);
    return object ? { verb: `@${concept}`, object: object.id } : null;
  }
  return null;
}

export interface StanceModel {
  profiles: ClaimProfile[];
  /** languages the claims are worded in (their statements, the seeds' quotes) */
  languages: Set<string>;
  /** anchor key → (profile index, anchor index) */
  anchorIndex: Map<string, { claim: number; anchor: number }[]>;
  /** seed-error term key → profile indexes */
  seedTermIndex: Map<string, number[]>;
  /** entity id → [index of a claim that names it, the entity's specificity] */
  claimsOfEntity: Map<string, [number, number][]>;
  /** entity id → display name (its first alias), for explanations */
  names: Map<string, string>;
  /** entity id → [index of a claim whose correction names it] */
  claimsOfCorrection: Map<string, [number][]>;
  /** stem key of a common noun of an entity's aliases ("incendie", "fire" of "incendie de l'Aubrac") → the entities it can refer to */
  heads: Map<string, string[]>;
  /** entities of type event: a figure in a sentence about one is the event's own ("the fire burnt 2,900 hectares") */
  events: Set<string>;
  /** entities of type product: a claim's figure about one is that product's */
  products: Set<string>;
}

/** Compile every claim of the watchlist. */
export function buildStanceModel(
  watchlist: Pick<Watchlist, 'entities' | 'claims' | 'language_of_seeds'>,
  matcher: EntityMatcher,
  specificity: ReadonlyMap<string, number>,
): StanceModel {
  const seedsLanguage = (watchlist.language_of_seeds ?? 'en').slice(0, 2).toLowerCase();
  const entityById = new Map(watchlist.entities.map((e) => [e.id, e]));
  const keysOfEntity = new Map<string, Set<string>>();
  /** stem keys of an entity's aliases (its names are matched as entities, not as predicate words) */
  const aliasKeys = (id: string) => {
    let keys = keysOfEntity.get(id);
    if (keys) return keys;
    keys = new Set<string>();
    for (const alias of entityById.get(id)?.aliases ?? []) {
      for (const t of tokenize(foldText(alias.text))) {
        // a short name ("BfU", "VK") has no stem key: kept whole, so that a seed note naming it knows it for the watchlist's
        const k = anchorKey(t.text) ?? (t.text.length >= 2 && /^\p{L}+$/u.test(t.text) ? t.text : null);
        if (k) keys.add(k);
      }
    }
    keysOfEntity.set(id, keys);
    return keys;
  };

  const watchlistNames = new Set(watchlist.entities.flatMap((e) => [...aliasKeys(e.id)]));

  // 1. wordings, raw anchors
  type Raw = { key: string; polarity: Polarity; label: string; concept: boolean; quoteOnly: boolean; inQuote: boolean; role: boolean; opposite?: boolean };
  const raws: Raw[][] = [];
  const wordingsOf: Wording[][] = [];
  for (const claim of watchlist.claims) {
    const own = new Set(claim.entities.flatMap((id) => [...aliasKeys(id)]));
    const wordings = [claim.statement, claim.quote].filter(Boolean).map((t) => readWording(t, matcher, claim.entities));
    wordingsOf.push(wordings);
    const anchors = new Map<string, Raw>();
    wordings.forEach((w, wi) => {
      w.tokens.forEach((t, k) => {
        if (w.entityTokens.has(k) || !isPredicateWord(t.text)) return;
        const add = (key: string, concept: boolean) => {
          if (!concept && own.has(key)) return;
          // the statement (first wording) decides the polarity of a word both wordings use
          if (!anchors.has(key)) anchors.set(key, { key, polarity: w.polarity[k] as Polarity, label: t.text, concept, quoteOnly: wi > 0, inQuote: wi > 0, role: ROLE_WORDS.has(t.text) });
          else if (wi > 0) anchors.get(key)!.inQuote = true;
        };
        const key = anchorKey(t.text);
        if (key) add(key, false);
        if (t.text.endsWith('s') && t.text.length - 1 >= 4 && t.text.length - 1 <= 5) add(t.text.slice(0, -1), false);
        const concept = conceptOf(t.text);
        if (concept) add(`@${concept}`, true);
      });
    });
    // the event that excludes the claim's, asserted where the claim's is denied ("convicted" → "acquitted" the other way)
    for (const r of [...anchors.values()]) {
      const opposite = r.concept ? OPPOSITE_CONCEPTS[r.key.slice(1)] : undefined;
      if (!opposite || anchors.has(`@${opposite}`)) continue;
      anchors.set(`@${opposite}`, { ...r, key: `@${opposite}`, polarity: (r.polarity === 0 ? 0 : -r.polarity) as Polarity, opposite: true });
    }
    raws.push([...anchors.values()]);
  }
  // 2. idf over claims
  const df = new Map<string, number>();
  for (const list of raws) for (const r of list) df.set(r.key, (df.get(r.key) ?? 0) + 1);
  const n = Math.max(1, watchlist.claims.length);
  // steeper than log(1 + n/df): a word half the claims use says little about any of them
  const idf = (key: string) => Math.log(n / (df.get(key) ?? 1)) + IDF_FLOOR;
  // an undated claim is reportable from the storyline's start (its window, as relevance weighs it)
  const storylineStart = storylineWindow(watchlist)?.start ?? -Infinity;

  const profiles: ClaimProfile[] = [];
  const anchorIndex = new Map<string, { claim: number; anchor: number }[]>();
  const seedTermIndex = new Map<string, number[]>();
  watchlist.claims.forEach((claim, ci) => {
    // the opposite event denies the claim's verb whole: it weighs as the verb's word and its concept together
    const oppositeOf = (r: Raw) => (r.opposite ? idf(anchorKey(r.label) ?? r.key) : 0);
    const anchors: Anchor[] = raws[ci].map((r) => ({
      key: r.key,
      weight: (idf(r.key) * (r.concept ? CONCEPT_FACTOR : 1) + oppositeOf(r)) * (r.quoteOnly ? QUOTE_FACTOR : 1) * (r.role || watchlistNames.has(r.key) ? NAME_FACTOR : 1),
      statement: !r.quoteOnly,
      inQuote: r.inQuote,
      name: !r.concept && (r.role || watchlistNames.has(r.key)),
      polarity: r.polarity,
      label: r.concept ? `${r.label} (${r.opposite ? 'not ' : ''}${r.key.slice(1)})` : r.label,
      ...(r.opposite ? { opposite: true } : {}),
    }));
    anchors.forEach((a, ai) => {
      // a word most claims use finds them all, and says nothing; a word of one claim only is that claim's, however
      // few the claims (in a watchlist of three, its idf alone would fall under the floor)
      if (a.weight < MIN_INDEXED_WEIGHT && (df.get(a.key) ?? 1) > 1) return;
      const list = anchorIndex.get(a.key) ?? [];
      list.push({ claim: ci, anchor: ai });
      anchorIndex.set(a.key, list);
    });
    const wordings = wordingsOf[ci];
    const entityWeights = claim.entities.map((id) => specificity.get(id) ?? 0.5);
    const negatedEntities = new Set([...(wordings[0]?.entities ?? new Map())].filter(([, neg]) => neg).map(([id]) => id));

    // quantities: unit words are the words the claim writes right after the number, in any wording or alias
    const unitWords = new Set<string>();
    const durations = new Set<number>(); // values the claim gives as how long something lasted
    const offsets = new Set<number>(); // values the claim gives as a gap between two events
    const deaths = new Set<number>(); // counts of people the claim says were killed
    const texts = [claim.statement, claim.quote, ...claim.quantities.map((q) => q.text ?? '')];
    for (const id of claim.entities) for (const a of entityById.get(id)?.aliases ?? []) texts.push(a.text);
    const written = new Map<number, string>(); // value → the figure as the statement writes it, for explanations
    for (const [n, text] of texts.entries()) {
      const norm = n === 0 ? normalizeForMatch(text) : null;
      const tokens = tokenize(norm ? norm.text : foldText(text));
      for (const q of findQuantities(tokens)) {
        if (!claim.quantities.some((cq) => cq.value === q.value)) continue;
        if (norm && !written.has(q.value)) written.set(q.value, originalWords(norm, tokens[q.shown[0]].start, tokens[q.shown[1] - 1].end));
        for (const w of q.words) if (isPredicateWord(w) && !MONTHS.has(w)) unitWords.add(w);
        if (q.duration) durations.add(q.value);
        if (q.offset) offsets.add(q.value);
        if (q.unit === 'deaths') deaths.add(q.value);
      }
    }
    const quantities = claim.quantities.map((q) => {
      const quantity = claimQuantity(q, unitWords);
      return {
        ...quantity,
        unit: quantity.unit === 'people' && deaths.has(q.value) ? 'deaths' : quantity.unit,
        duration: durations.has(q.value),
        offset: offsets.has(q.value),
        written: written.get(q.value),
      };
    });

    // dates, with the concept of the event they date: from `what`, else the nearest concept to the date in the statement
    const statement = wordings[0];
    const statementDates = statement ? findDates(statement.tokens) : [];
    const dates: ClaimDate[] = [];
    for (const d of claim.dates) {
      const spec = parseClaimDate(d.value, d.what);
      if (!spec) continue;
      let concept: string | null = null;
      for (const w of tokenize(foldText(d.what ?? ''))) concept ??= conceptOf(w.text);
      // else the concept nearest to the date in the statement, else the claim's main verb (its first concept)
      if (!concept && statement) {
        const mention = statementDates.find((m) => m.year === spec.year && (m.month === undefined || m.month === spec.month));
        if (mention) concept = dateEvent(statement.tokens, mention.token, CLAIM_DATE_REACH, statement.entityTokens);
        statement.tokens.forEach((t, k) => {
          if (!statement.entityTokens.has(k)) concept ??= conceptOf(t.text);
        });
      }
      dates.push({ ...spec, concept });
    }

    // seed errors: the note's words of the correct fact, minus the claim's own wording and names
    const own = new Set(raws[ci].map((r) => r.key));
    for (const id of claim.entities) for (const k of aliasKeys(id)) own.add(k);
    const seedError = readSeedError(claim, own, new Map(anchors.filter((a) => a.key.startsWith('@')).map((a) => [a.key, a.weight])), watchlistNames);
    if (seedError) for (const key of seedError.terms.keys()) seedTermIndex.set(key, [...(seedTermIndex.get(key) ?? []), ci]);

    profiles.push({
      claim,
      statementLanguage: storyLanguage(null, wordings[0].normalized) ?? 'en',
      quoteLanguage: (wordings[1] && storyLanguage(null, wordings[1].normalized)) ?? seedsLanguage,
      entities: claim.entities,
      entityWeights,
      entityIsPlace: claim.entities.map((id) => entityById.get(id)?.type === 'place'),
      entityIsActor: claim.entities.map((id) => ACTOR_TYPES.has(entityById.get(id)?.type ?? '')),
      entityWeightTotal: entityWeights.reduce((s, w) => s + w, 0) || 1,
      negatedEntities,
      anchors,
      anchorSaturation: saturation(anchors),
      uniqueWordWeight: Math.log(n) + IDF_FLOOR,
      conceptSaturation: saturation(anchors.filter((a) => a.key.startsWith('@'))),
      quantities,
      dates,
      reportableFrom: dates.length ? Math.min(...dates.map((d) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1))) - WINDOW_LEAD_MS : storylineStart,
      preciseDates: dates.filter((d) => d.month !== undefined).length,
      uncertain: wordings.some((w) => w.uncertain),
      roles: statementRoles(wordings[0], claim.entities[0]),
      subjectLeads: subjectLeads(wordings[0], claim.entities[0]),
      negatedWords: anchors.filter((a) => a.polarity !== 1 && a.statement && a.weight >= MIN_INDEXED_WEIGHT && !a.key.startsWith('@')).length,
      seedError,
    });
  });
  const languages = new Set(['en', seedsLanguage]);
  const claimsOfEntity = new Map<string, [number, number][]>();
  profiles.forEach((p, ci) => {
    p.entities.forEach((id, k) => claimsOfEntity.set(id, [...(claimsOfEntity.get(id) ?? []), [ci, p.entityWeights[k]]]));
  });
  const claimsOfCorrection = new Map<string, [number][]>();
  profiles.forEach((p, ci) => {
    for (const id of p.seedError?.entities ?? []) claimsOfCorrection.set(id, [...(claimsOfCorrection.get(id) ?? []), [ci]]);
  });
  const names = new Map(watchlist.entities.map((e) => [e.id, e.aliases[0].text]));
  return { profiles, languages, anchorIndex, seedTermIndex, claimsOfEntity, claimsOfCorrection, names, heads: entityHeads(watchlist.entities), events: idsOfType(watchlist.entities, 'event'), products: idsOfType(watchlist.entities, 'product') };
}

const idsOfType = (entities: Watchlist['entities'], type: string) => new Set(entities.filter((e) => e.type === type).map((e) => e.id));

/** Half the claim's anchor weight, at most ANCHOR_SATURATION (a short claim needs fewer words). */
function saturation(anchors: readonly Anchor[]): number {
  const total = anchors.reduce((sum, a) => sum + a.weight, 0);
  return total ? Math.min(ANCHOR_SATURATION, Math.max(MIN_SATURATION, total * 0.5)) : ANCHOR_SATURATION;
}

/** Words that put a date after the verb it dates ("resigned on 3 April", « a démissionné le 3 avril », "am 3. April"). */
const DATE_PREPOSITIONS = new Set(['on', 'in', 'le', 'en', 'au', 'am', 'im', 'el', 'в', 'во']);

/** Token indexes inside a watchlist name: "Paris prosecutor" names a body, it does not prosecute. */
type Named = { has(token: number): boolean };
const NO_NAMES: Named = new Set<number>();

/**
 * The event a date dates: after a preposition, the concept before it in its clause ("she met the board on
 * 2 April, and the plan was approved" dates the meeting); else the nearest concept.
 */
export function dateEvent(tokens: readonly Token[], at: number, reach: number, named: Named = NO_NAMES): string | null {
  // "contained on Tuesday, 22 July": the weekday before the date takes its preposition
  const weekday = at > 1 && WEEKDAY_WORDS.has(tokens[at - 1].text);
  const before = weekday ? at - 2 : at - 1;
  if (before >= 0 && DATE_PREPOSITIONS.has(tokens[before].text)) {
    for (let k = before - 1; k >= Math.max(0, before - reach) && tokens[k].clause === tokens[before].clause; k--) {
      const c = named.has(k) ? null : conceptOf(tokens[k].text);
      if (c) return c;
    }
  }
  return nearestConcept(tokens, at, reach, true, named);
}

/** The concept of the word nearest to token `at` in its clause (what a date or number is about). */
export function nearestConcept(tokens: readonly Token[], at: number, reach = 6, sameClause = true, named: Named = NO_NAMES): string | null {
  const search = (clauseOnly: boolean) => {
    for (let d = 1; d <= reach; d++) {
      for (const k of [at - d, at + d]) {
        if (k < 0 || k >= tokens.length || (clauseOnly && tokens[k].clause !== tokens[at].clause) || named.has(k)) continue;
        const c = conceptOf(tokens[k].text);
        if (c) return c;
      }
    }
    return null;
  };
  // a date in brackets dates the clause before it: "he published them (July 2017)"
  return search(true) ?? (sameClause ? null : search(false));
}

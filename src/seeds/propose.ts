/**
 * A watchlist proposed from seed articles: boilerplate stripped, names counted across documents
 * as entities, fact-stating sentences as claims. Deterministic: the same documents give the same
 * watchlist. The result validates against the Watchlist schema; ops review it before use.
 */
import { Watchlist } from '../config/watchlist.js';
import { detectLang } from '../extract/lang.js';
import { PermanentError } from '../lib/errors.js';
import { splitSentences } from '../matchers/sentences.js';
import { stripBoilerplate } from './boilerplate.js';
import { applyGazetteer } from './gazetteer.js';
import { applyOrganisations } from './organisations.js';
import { mergeShortForms } from './short-forms.js';
import { addDescriptions } from './descriptions.js';
import { addTransliterations } from './translit.js';
import { addInitials } from './initials.js';
import { findDates } from './dates.js';
import { findQuantities } from './quantities.js';
import { proposeClaims, type ClaimOptions, type ProposedClaim } from './claims.js';
import { DEFAULT_MIN_MENTIONS, proposeEntities, type EntityOptions, type EntityProposal, type ProposedEntity } from './entities.js';
import { findMentions, learnCapitalisation } from './names.js';
import { proposeThreads, type ProposedThread } from './threads.js';
import { splitJoinedNames, type SeedMention } from './split-names.js';

export interface SeedDocument {
  /** source key claims refer to ("S0") */
  key: string;
  /** file name, for the review header */
  file: string;
  text: string;
}

export interface ProposeOptions extends EntityOptions, ClaimOptions {}

export interface Proposal {
  watchlist: Watchlist;
  /** entities with their mention and document counts, in watchlist order */
  entities: ProposedEntity[];
  claims: ProposedClaim[];
  /** claims grouped by sub-topic (also in `watchlist.threads`) */
  threads: ProposedThread[];
}

/** A dash or bullet and the spaces after it, at a sentence's start. */
const LEADING_DASH_RE = /^[—–•·-]\s+/u;

/** The proposal with the counts behind it (for the YAML review comments). */
export function proposeFromSeeds(docs: readonly SeedDocument[], options: ProposeOptions = {}): Proposal {
  const keys = new Set<string>();
  for (const d of docs) {
    if (keys.has(d.key)) throw new PermanentError(`seed key "${d.key}" is used twice`);
    keys.add(d.key);
  }
  // a dash or bullet opening a sentence is the dateline's or the list's, not the sentence's ("VALDERRA, 4 de marzo. — Agentes…")
  const sentences = docs.map((d) => splitSentences(stripBoilerplate(d.text)).map((s) => s.text.replace(LEADING_DASH_RE, '')));
  const caps = learnCapitalisation(sentences.flat());
  const found: SeedMention[] = [];
  // German capitalises its nouns: names are read differently there (names.ts)
  const langs = sentences.map((list) => detectLang(list.join(' ')));
  sentences.forEach((list, doc) => list.forEach((text, sentence) => findMentions(text, caps, langs[doc]).forEach((mention) => found.push({ doc, sentence, mention }))));
  const mentions = splitJoinedNames(found, sentences);
  const figures = new Set<string>();
  sentences.forEach((list, doc) =>
    list.forEach((text, sentence) => {
      if (findQuantities(text, findDates(text)).length) figures.add(`${doc}:${sentence}`);
    }),
  );
  const seeds = docs.map((d, i) => ({ key: d.key, sentences: sentences[i] }));
  // two passes: the names of the sentences that make claims are the claims' actors, kept even when named once
  const first = proposeEntities(mentions, sentences, options, figures);
  if (!first.entities.length) {
    throw new PermanentError(
      `no entity found in ${docs.length} seed document(s): no name is seen in ${options.minDocs ?? 2} documents or ${options.minMentions ?? DEFAULT_MIN_MENTIONS} times`,
    );
  }
  knownNamesMerged(first.entities, first.idByKey, caps.lower);
  const claimSentences = new Set(proposeClaims(seeds, mentions, actors(first), options).map((c) => c.at));
  const found0 = proposeEntities(mentions, sentences, options, figures, claimSentences, caps.lower);
  const idByKey = found0.idByKey;
  const lang = detectLang(sentences.flat().join(' '));
  const entities = addInitials(addTransliterations(knownNamesMerged(found0.entities, idByKey, caps.lower), lang));
  addDescriptions(entities, sentences.flat());
  const claims = proposeClaims(seeds, mentions, actors(found0), options).map(({ at: _at, ...claim }) => claim);
  const threads = proposeThreads(claims, entities);
  const watchlist = Watchlist.parse({
    version: 1,
    ...(lang ? { language_of_seeds: lang } : {}),
    entities: entities.map(({ id, type, aliases }) => ({ id, type, aliases })),
    claims,
    ...(threads.length ? { threads } : {}),
  });
  return { watchlist, entities, claims, threads };
}

/**
 * Countries and organisations given their five-language names, and the entities that are one merged: a name written
 * two ways, a company and its short name (`idByKey` follows).
 */
function knownNamesMerged(entities: readonly ProposedEntity[], idByKey: Map<string, string>, lower: ReadonlySet<string>): ProposedEntity[] {
  return mergeShortForms(applyOrganisations(applyGazetteer(entities, idByKey, lower), idByKey), idByKey);
}

/** candidateKey → entity id of the entities claims may name: not the people kept only because the seeds name them in full. */
function actors({ idByKey, named }: EntityProposal): Map<string, string> {
  return new Map([...idByKey].filter(([, id]) => !named.has(id)));
}

/** Propose a watchlist from seed documents (see proposeFromSeeds). */
export function proposeWatchlist(docs: readonly SeedDocument[], options: ProposeOptions = {}): Watchlist {
  return proposeFromSeeds(docs, options).watchlist;
}

/**
 * The evidence of one sentence for one claim:
 * - topicality: the claim's names in the sentence (and the one before), and in the story;
 * - the claim's predicate word by word, each with its polarity compared with the claim's (a word the
 *   claim negates, or leaves open, weighs more when the story asserts it);
 * - its number (same unit, within a tolerance) and its date (same event), skipping another scope;
 * - names negated or replaced ("not by X"), corrections, and a seed error's correct fact.
 * stance-rules.ts turns it into scores.
 */
import { dateEvent, nearestConcept, type ClaimProfile } from './claim-profile.js';
import { isPredicateWord } from './anchor-keys.js';
import { conceptOf } from './lexicon-concepts.js';
import { DOCUMENT_DATE_WORDS } from './lexicon-dates.js';
import { compareDate, type DateMention, type DateVerdict } from './dates.js';
import { hasEvidenceAfter, type CueHit } from './polarity.js';
import { compareWithClaim, type QuantityComparison } from './quantities.js';
import type { NormalizedText } from './normalize.js';
import type { SentenceFeatures } from './sentence-reading.js';
import { decide, type ConflictRule, type Correction, type SupportRule } from './stance-rules.js';
import { CHANGE_WORDS, CURRENCY_WORDS, REVISION_WORDS } from './lexicon-numbers.js';
import { CLAUSE_JOINERS, SAY_WORDS } from './lexicon-polarity.js';
import { wordsOf, type Token } from './tokens.js';
import { DATE, NUMBER, RELATIVE } from './word-flags.js';

/** Share of a claim's entity weight a sentence must name for a different date in it to be the claim's. */
const DATE_MISMATCH_ENTITIES = 0.4;
/** Tokens after a denial cue in which to find the word it denies ("denied having ever blamed"). */
const DENIED_WORD_REACH = 4;
/** Tokens before a denial cue in which its subject names the denier ("Karl Weber on Saturday denied"). */
const DENIER_REACH = 5;
/** An event the sentence calls by a common noun of its names ("the fire"), in a story that names it: less sure than its name. */
const REFERRED_WEIGHT = 0.5;
/** Tokens around a story date searched for the event it dates. */
const STORY_DATE_REACH = 12;
/** A word (not a concept) this rare among the claims is distinctive of one (or one no other claim uses, in a smaller watchlist). */
const DISTINCTIVE_WORD = 3.5;
/** Tokens around "not by X" searched for the verb X was the subject of. */
const REPLACED_VERB_REACH = 12;
/** Words of what a negative or open claim negates or leaves open that a story must assert to contradict it. */
const MIN_AFFIRMED_WORDS = 2;
/** Disagreement on what a negative claim negates ("was not discussed" / "raised it") counts this much more. */
const NEGATED_FOCUS = 1.5;
/** … on what an open claim leaves open ("unclear whether the campaign pursued it" / "it did"). */
const OPEN_FOCUS = 2;

/** The evidence of one sentence for one claim. */
export interface StanceEvidence {
  sentence: number;
  entitiesInSentence: number;
  entitiesInStory: number;
  /** StoryLevel.productAbsent */
  productAbsent: boolean;
  agree: number;
  disagree: number;
  /** the sentence's tokens of the claim's words, the story agreeing and disagreeing (reasons.ts quotes them) */
  agreeTokens: readonly number[];
  /** the claim's anchors those agreeing tokens found, same order */
  agreeAnchors: readonly number[];
  disagreeTokens: readonly number[];
  /** the sentence as read, and the story's text: what an explanation quotes as the story writes it */
  reading: SentenceFeatures;
  norm: NormalizedText;
  quantity: QuantityComparison | null;
  quantityNegated: boolean;
  /** the number is written inside one of the claim's names (an alias with a number) */
  quantityInName: boolean;
  /** the best date comparison; claimDay, claimMonth: the claim's date gives the day, the month */
  date: { verdict: DateVerdict; story: DateMention; claim: string; claimDay: boolean; claimMonth: boolean } | null;
  /** weight of the claim's agreeing words within reach of the story's date (the words of the event it dates) */
  agreeNearDate: number;
  /** the sentence denies the claim's own date ("…, not in November 2025"): its other date is the claim's event's */
  dateDenied: boolean;
  /** of the claim's names, the sentence has only places */
  placesOnly: boolean;
  /** `agree` without the words of the figure's unit */
  agreeBesideUnit: number;
  /** the sentence gives a day none of the claim's days is, and none it is: the claim's words there may tell another event, or the same one on another day */
  otherDay: boolean;
  replacedEntity: string | null;
  negatedEntity: string | null;
  /** how many of the claim's entities the sentence negates (or asserts, for those the claim negates) */
  negatedEntities: number;
  /** one of them is what the claim negates ("not discussed at the meeting" / "raised at the meeting") */
  focusedEntity: boolean;
  /** the claim's first entity (its subject) is in the sentence */
  subjectInSentence: boolean;
  /** a person or an organisation of the claim is in the sentence (a place, an event or a thing denies nothing) */
  actorInSentence: boolean;
  /** the claim's verb with its names the other way round ("Acme asked Jane Roe" for "Jane Roe asked Acme") */
  rolesReversed: boolean;
  /** the claim's entities in this sentence and the one before: how many, and their share of its weight */
  namesInWindow: number;
  /** how many of the claim's entities the sentence names (or refers to) */
  namesInSentence: number;
  entitiesInWindow: number;
  /** the story negates a word the claim asserts ("never wrote" / "wrote") */
  deniesAsserted: boolean;
  /** the story asserts a word the claim negates or leaves open ("discussed it" / "was not discussed", "unclear whether") */
  affirmsNegated: boolean;
  /** an admission in the sentence owns up to what the claim negates ("admitted receiving money" / "never received money") */
  admitsNegated: boolean;
  /** the words it owns up to (token indices) */
  admittedTokens: number[];
  /** the claim's subject (its first entity) named in this sentence or the one before ("Roe told the judge… He admitted…") */
  subjectInWindow: boolean;
  /** weight of the strongest agreeing word of the claim's statement, but for words just before its subject's name (its title) */
  statementWord: number;
  seedTerms: string[];
  seedStrong: boolean;
  /** the sentence (or the one before) speaks of what the seed error is about ("hacking") */
  seedTopic: boolean;
  /** the sentence itself speaks of it */
  seedTopicHere: boolean;
  /** distinct words (and names) of the seed error's correct fact in the sentence */
  seedWords: number;
  /** seed-error terms over the whole story, and whether a name is among them */
  storySeedTerms: number;
  storySeedStrong: boolean;
  correction: string | null;
  denial: string | null;
  /** the first word the denial is of ("denied having blamed…": "blamed") is a word of the claim, denied */
  deniedPredicate: boolean;
  refutedDenial: string | null;
  support: number;
  contradiction: number;
  /** which kind of fact supports the claim (null: not the claim's own fact, support stays below 0.5) */
  supportRule: SupportRule | null;
  /** the kinds of conflict found */
  conflictRules: ConflictRule[];
  /** one of them is specific enough to assert a contradiction (stance-rules.ts) */
  specificConflict: boolean;
}

/**
 * A word of the claim met in a story of another language than the wording it comes from: a stem shared across languages
 * («candidat» and "candidate", «communications» and "communicate"), which says too little to deny the claim by.
 */
function otherLanguageWord(profile: ClaimProfile, ai: number, lang: string | null): boolean {
  const a = profile.anchors[ai];
  if (lang === null || a.key.charCodeAt(0) === 0x40) return false;
  return !((a.statement && profile.statementLanguage === lang) || (a.inQuote && profile.quoteLanguage === lang));
}

/** What the story as a whole holds for a claim. */
export interface StoryLevel {
  /** the story's language (declared or guessed), null if unsure */
  lang: string | null;
  /** share of the claim's entity weight named in the story */
  share: number;
  /** the claim's first entity (its subject) is named in the story */
  subject: boolean;
  /** distinct story words that are seed-error terms */
  seedTerms: ReadonlySet<string>;
  seedStrong: boolean;
  crossLingual: boolean;
  /** story figure → the years the sentences giving it are dated to */
  figureYears: ReadonlyMap<number, ReadonlySet<number>>;
  /** when the story was published (epoch ms), null when unknown */
  published: number | null;
  /** the claim names a product the story never names: a different figure may be another product's ("its asthma inhaler") */
  productAbsent: boolean;
  /** the story's text, to quote its own words in explanations */
  norm: NormalizedText;
}

/** Tokens either side of the claim's subject's name that may describe it ("Special counsel Mueller", "Goldstone, a British promoter"). */
const SUBJECT_APPOSITION_REACH = 3;

/**
 * A word within reach before one of the subject's names, with no other name between: the subject's title or description
 * ("Special counsel Mueller"), not what the subject did ("Having advised Mara Olund, Jonas Velm…").
 */
function describesSubject(k: number, subjectAt: readonly number[], entityAt: ReadonlyMap<number, string>): boolean {
  return subjectAt.some((m) => {
    if (m <= k || m - k > SUBJECT_APPOSITION_REACH) return false;
    for (let j = k + 1; j < m; j++) if (entityAt.has(j)) return false;
    return true;
  });
}

/**
 * Weight of the claim's words the sentence agrees with away from the claim's subject's name: what a speaker says, not
 * who the speaker is ("Chief executive X", "Goldstone, a British promoter").
 */
export function agreeAwayFromSubject(e: StanceEvidence, profile: ClaimProfile): number {
  let weight = 0;
  e.agreeAnchors.forEach((ai, n) => {
    const k = e.agreeTokens[n];
    for (let j = k - SUBJECT_APPOSITION_REACH; j <= k + SUBJECT_APPOSITION_REACH; j++) if (e.reading.entityAt.get(j) === profile.entities[0]) return;
    weight += profile.anchors[ai].weight;
  });
  return weight;
}

/** Tokens between the claim's subject and its negation ("Norland has never", "VK did not"). */
const NEGATED_SUBJECT_REACH = 3;

/**
 * The claim's subject, with its predicate negated right after it ("Norland has never interfered", « VK n'a jamais
 * écrit », «ВКонтакте никогда не направляла»): the first predicate word after the negation is a word of the claim.
 * Not "answered WikiLeaks once and never followed up", where the negated verb is someone else's.
 */
function negatesOwnPredicate(f: SentenceFeatures, profile: ClaimProfile, cue: CueHit, disagreeTokens: readonly number[]): boolean {
  const clause = f.tokens[cue.at].clause;
  const words = wordsOf(f.tokens);
  const bySubject = (f.mentions.get(profile.entities[0]) ?? []).some((m) => {
    if (m >= cue.at || f.tokens[m].clause !== clause) return false;
    let end = m;
    while (end + 1 < cue.at && f.entityAt.get(end + 1) === f.entityAt.get(m)) end++;
    if (cue.at - end - 1 > NEGATED_SUBJECT_REACH) return false;
    for (let k = end + 1; k < cue.at; k++) if (CLAUSE_JOINERS.has(words[k])) return false;
    return true;
  });
  return bySubject && deniesWordAfter(f, cue, disagreeTokens);
}

/** The first predicate word after the cue is one the story denies of the claim ("denied having blamed": "blamed"). */
function deniesWordAfter(f: SentenceFeatures, cue: CueHit, disagreeTokens: readonly number[]): boolean {
  const from = cue.at + cue.cue.tokens.length;
  for (let k = from; k < Math.min(f.tokens.length, from + DENIED_WORD_REACH); k++) if (isPredicateWord(f.tokens[k].text)) return disagreeTokens.includes(k);
  return false;
}

/**
 * The claim's subject, named just before a denial cue in its clause ("Weber on Saturday denied"), denies what
 * the first predicate word after the cue says, and that word is a word of the claim ("denied having blamed the
 * storm": "blamed"). Not « il conteste le résultat » after WikiLeaks a clause away, where contesting the result is
 * the claim's own predicate.
 */
function deniesOwnPredicate(f: SentenceFeatures, profile: ClaimProfile, cue: CueHit, disagreeTokens: readonly number[]): boolean {
  const clause = f.tokens[cue.at].clause;
  const byDenier = (f.mentions.get(profile.entities[0]) ?? []).some((m) => m < cue.at && cue.at - m <= DENIER_REACH && f.tokens[m].clause === clause);
  return byDenier && deniesWordAfter(f, cue, disagreeTokens);
}

/** Weigh one sentence's evidence for one claim. */
export function weigh(
  profile: ClaimProfile,
  ci: number,
  f: SentenceFeatures,
  prev: SentenceFeatures | undefined,
  sentence: number,
  story: StoryLevel,
  corrected: (sentence: number) => Correction,
): StanceEvidence {
  const subjectInStory = story.subject;
  // topicality: the claim's names in the sentence, and in the sentence and the one before
  // ("The bank said… The lender, owned by the group, …")
  let inSentence = 0;
  let inWindow = 0;
  let namesInWindow = 0;
  let namesInSentence = 0;
  // the sentence names the claim only by its places ("in the neighbouring Ravenne"): where, not whose, the figure is
  let otherThanPlace = false;
  let actorInSentence = false;
  for (let k = 0; k < profile.entities.length; k++) {
    const id = profile.entities[k];
    const named = f.mentions.has(id);
    const here = named || f.referred.has(id);
    if (here) {
      inSentence += profile.entityWeights[k] * (named ? 1 : REFERRED_WEIGHT);
      namesInSentence++;
      otherThanPlace ||= !profile.entityIsPlace[k];
      actorInSentence ||= profile.entityIsActor[k];
    }
    if (here || prev?.mentions.has(id) || prev?.referred.has(id)) {
      inWindow += profile.entityWeights[k];
      namesInWindow++;
    }
  }
  const entitiesInSentence = inSentence / profile.entityWeightTotal;
  const placesOnly = inSentence > 0 && !otherThanPlace;
  const subjectInSentence = f.mentions.has(profile.entities[0]) || f.referred.has(profile.entities[0]);
  const subjectInWindow = subjectInSentence || !!prev?.mentions.has(profile.entities[0]) || !!prev?.referred.has(profile.entities[0]);

  // the predicate, word by word, polarity against the claim's: each story word counts for one claim
  // anchor at most (its best: "emails" is not three anchors), each anchor once
  const hits = f.anchorHits.get(ci) ?? [];
  if (hits.length > 1) hits.sort((a, b) => profile.anchors[b[0]].weight - profile.anchors[a[0]].weight); // the sentence's own list
  const state = new Int8Array(profile.anchors.length); // 1 agreeing, -1 disagreeing
  const agreeTokens: number[] = [];
  const agreeAnchors: number[] = [];
  const disagreeTokens: number[] = [];
  const disagreeAnchors: number[] = [];
  const usedTokens: number[] = [];
  for (const [ai, k] of hits) {
    if (usedTokens.includes(k)) continue;
    const p = f.polarity[k];
    // the story asks or leaves it open: neither way, unless the claim leaves it open too ("unclear whether she knew")
    if (p === 0 && profile.anchors[ai].polarity !== 0) continue;
    if (p === profile.anchors[ai].polarity) {
      if (state[ai] === 1) continue;
      if (state[ai] === -1) {
        const at = disagreeAnchors.indexOf(ai);
        disagreeAnchors.splice(at, 1);
        disagreeTokens.splice(at, 1);
      }
      state[ai] = 1;
      agreeAnchors.push(ai);
      agreeTokens.push(k);
      usedTokens.push(k);
    } else if (state[ai] === 0 && !(f.entityAt.has(k) && profile.anchors[ai].key.charCodeAt(0) === 0x40) && !otherLanguageWord(profile, ai, story.lang)) {
      // (a name's word means no event: "the Financial Conduct Authority" pays nothing; a stem the story shares with
      // a wording of the claim in another language denies nothing either, see otherLanguageWord)
      state[ai] = -1;
      disagreeAnchors.push(ai);
      disagreeTokens.push(k);
      usedTokens.push(k);
    }
  }
  const rolesReversed = reversedRoles(f, profile, agreeAnchors, agreeTokens);
  let agree = 0;
  // the strongest word of the claim's own statement in agreement, and the strongest distinctive word (not a concept)
  let statementWord = 0;
  let distinctiveWord = 0;
  // (a word just before the subject's name describes the subject: "the town's deputy mayor for works, Jonas Velm" is
  // who he is, not that he resigned as deputy mayor)
  const subjectAt = f.mentions.get(profile.entities[0]) ?? [];
  agreeAnchors.forEach((ai, n) => {
    const a = profile.anchors[ai];
    agree += a.weight;
    if (a.statement && !a.name && !describesSubject(agreeTokens[n], subjectAt, f.entityAt)) statementWord = Math.max(statementWord, a.weight);
    if (a.key.charCodeAt(0) !== 0x40) distinctiveWord = Math.max(distinctiveWord, a.weight);
  });
  // what a negative or open claim negates or leaves open is its point: the story asserting it weighs more
  let disagree = 0;
  let deniesAsserted = false;
  let affirmed = 0;
  let affirmedEvent = false;
  disagreeAnchors.forEach((ai, n) => {
    const a = profile.anchors[ai];
    const p = f.polarity[disagreeTokens[n]];
    // the event that excludes the claim's, told as happened ("acquitted" for "convicted"), denies the claim
    if ((a.polarity === 1 && p === -1) || (a.opposite && p === 1)) deniesAsserted = true;
    else if (a.polarity !== 1 && p === 1) {
      affirmed++;
      affirmedEvent ||= conceptOf(f.tokens[disagreeTokens[n]].text) !== null;
    }
  });
  // asserting what a negative or open claim negates or leaves open: its event ("discussed"), or several of its
  // words; one noun of it ("the idea") is not
  const affirmsNegated = (affirmedEvent && affirmed >= Math.min(MIN_AFFIRMED_WORDS, profile.negatedWords)) || affirmed >= MIN_AFFIRMED_WORDS;
  // owning up to what the claim negates ("admitted receiving money" against "never received money"): the words the
  // admission reaches, whatever else the sentence says (it may quote the earlier denial too)
  const admittedTokens: number[] = [];
  let admittedEvent = false;
  if (f.marks.admitted.length && profile.negatedWords) {
    const seen = new Set<number>();
    for (const [ai, k] of hits) {
      const a = profile.anchors[ai];
      if (a.polarity !== -1 || a.name || f.polarity[k] !== 1 || seen.has(ai) || !f.marks.admitted.some(([from, to]) => k >= from && k < to)) continue;
      seen.add(ai);
      admittedTokens.push(k);
      admittedEvent ||= a.key.charCodeAt(0) === 0x40 || conceptOf(f.tokens[k].text) !== null;
    }
  }
  const admitsNegated = admittedTokens.length >= MIN_AFFIRMED_WORDS || (admittedEvent && admittedTokens.length >= 1);
  for (const ai of disagreeAnchors) {
    const a = profile.anchors[ai];
    disagree += a.weight * (a.polarity === 1 ? 1 : a.polarity === -1 ? NEGATED_FOCUS : OPEN_FOCUS);
  }

  // entities negated or replaced ("not by the minister", «et non le ministre»)
  let replacedEntity: string | null = null;
  const negatedEntities: string[] = [];
  for (const id of profile.entities) {
    const at = f.mentions.get(id);
    if (!at) continue;
    const claimNegated = profile.negatedEntities.has(id);
    if (at.every((k) => (f.marks.negated[k] === 1) !== claimNegated)) {
      negatedEntities.push(id);
      // "…published by the clerk, and not by the minister": the replaced name's verb must be one of the claim's
      for (const k of at) {
        const cue = f.marks.replaced.get(k);
        if (cue === undefined) continue;
        const verb = nearestConcept(f.tokens, cue, REPLACED_VERB_REACH, false);
        if (verb && profile.anchors.some((a) => a.key === `@${verb}`)) replacedEntity ??= id;
      }
    }
  }
  const negatedEntity = negatedEntities[0] ?? null;
  const focusedEntity = negatedEntities.some((id) => profile.negatedEntities.has(id));

  // quantities of the claim's units
  let quantity: QuantityComparison | null = null;
  let quantityNegated = false;
  const quantities = profile.quantities.length && f.flags & NUMBER ? f.quantities : NONE;
  // a sentence dated to other years only speaks of another figure ("$40 million since 2009" is not the 2018 budget)
  let otherScope = false;
  // (an undated claim is the storyline's: a sentence dated to years before the storyline began is another event's)
  const storylineYear =
    quantities.length && !profile.dates.length && Number.isFinite(profile.reportableFrom) ? new Date(profile.reportableFrom).getUTCFullYear() : null;
  if (quantities.length && (profile.dates.length || storylineYear !== null)) {
    let years = 0;
    let others = 0;
    for (const d of f.dates) {
      if (d.year === undefined || d.relative) continue;
      years++;
      if (storylineYear !== null ? d.year < storylineYear : profile.dates.every((c) => c.year !== d.year)) others++;
    }
    otherScope = years > 0 && others === years;
  }
  // an undated sentence giving a figure the story dates elsewhere, to other years only ("Acme recalls 200,000 boxes"
  // over "…on 3 March 2025"): not the figure of a claim dated 2024
  const datedElsewhere = (value: number) => {
    const years = story.figureYears.get(value);
    return !!years && profile.dates.length > 0 && !f.dates.some((d) => d.year !== undefined && !d.relative) && [...years].every((y) => profile.dates.every((c) => c.year !== y));
  };
  // the claim's number and another one, with words of change: the figure grew or fell since ("up from 230 to 500")
  // (the earlier figure's unit often goes unsaid)
  let sameFigure = false;
  let ownFigure: QuantityComparison | null = null;
  // the asserted figures of the claim's units that are not its own (two or more: a list of other things)
  let otherFigures: Set<number> | null = null;
  const dayDated = profile.dates.some((c) => c.day !== undefined);
  for (const q of quantities) {
    // "could not confirm that 2.3 million…", "did they ask $15 million?": neither way, unless the claim leaves it open too
    if (f.marks.open[q.token] === 1 && !profile.uncertain) continue;
    if (f.marks.negated[q.token] !== 1 && profile.quantities.some((c) => c.value === q.value)) sameFigure = true;
    const c = compareWithClaim(q, profile.quantities);
    if (!c) continue;
    const negated = f.marks.negated[q.token] === 1;
    if (c.verdict === 'match' && !negated) ownFigure ??= c;
    if (c.verdict === 'mismatch' && !negated && !q.weak) (otherFigures ??= new Set()).add(q.value);
    if (c.verdict === 'mismatch' && (negated || otherScope || q.weak || datedElsewhere(q.value))) continue;
    // "have lost 30 percent since the recall was announced": a change over a period, not the figure of the claim's
    // dated event ("fell 18 percent on 11 March"); a claim's total since then is another matter ("replanted 400 hectares")
    if (c.verdict === 'mismatch' && dayDated && sinceThen(f.tokens, q.token)) continue;
    if (c.verdict === 'match' && negated) {
      if (!quantity) {
        quantity = { ...c, verdict: 'mismatch' };
        quantityNegated = true;
      }
      continue;
    }
    if (!quantity || (quantity.verdict === 'match' && c.verdict === 'mismatch') || quantityNegated) {
      quantity = c;
      quantityNegated = false;
    }
  }
  // several other figures of the claim's unit and not its own: a list of other things ("the €80 million school and the
  // €45 million bridge"), none of them the claim's event
  if (!ownFigure && quantity?.verdict === 'mismatch' && !quantityNegated && (otherFigures?.size ?? 0) >= 2) quantity = null;
  if (sameFigure && quantity?.verdict === 'mismatch' && !quantityNegated && f.tokens.some((t) => CHANGE_WORDS.has(t.text))) quantity = null;
  // the claim's own figure, and beside it another of the same unit: another count ("asked for eight years, but the
  // court gave six"), unless the sentence revises the first ("first said 1,823, then revised it to 3,000") or shows
  // the second against it ("said 2.3 million, but court filings show 4.1 million")
  else if (
    ownFigure &&
    quantity?.verdict === 'mismatch' &&
    !quantityNegated &&
    !f.tokens.some((t) => REVISION_WORDS.has(t.text)) &&
    !shownAgainst(f, ownFigure.story.token, quantity.story.token)
  )
    quantity = ownFigure;
  // a number that is part of a name ("the thirteen defendants" as an alias) says no more than the name
  const quantityInName = quantity !== null && f.entityAt.has(quantity.story.token);
  // the claim's words besides its figure's unit ("replanting" of "replanting on 400 hectares", "fund" of "a 25 million
  // euro fund"): what the figure counts
  let agreeBesideUnit = agree;
  if (quantity) agreeAnchors.forEach((ai, n) => {
    const word = f.tokens[agreeTokens[n]].text;
    if (quantity!.claim.words.has(word) || quantity!.story.words.includes(word) || CURRENCY_WORDS.has(word)) agreeBesideUnit -= profile.anchors[ai].weight;
  });

  // dates: the best verdict of each story date over the claim's dates; a mismatch needs the same event
  let date: StanceEvidence['date'] = null;
  let dayMismatch = false;
  let dayFits = false;
  const rank: Record<DateVerdict, number> = { match: 3, compatible: 2, mismatch: 1 };
  const storyDates = profile.dates.length && f.flags & (DATE | RELATIVE) ? f.dates : NONE;
  // "in mid-May, not in April as she had said": the claim's own date, denied, puts the other date on its event
  const claimDateDenied = storyDates.some((d) => f.marks.negated[d.token] === 1 && !d.relative && d.month !== undefined && profile.dates.some((c) => compareDate(d, c) === 'match'));
  for (const d of storyDates) {
    // (a date left open counts for a claim that leaves its fact open too: "no evidence she knew before March")
    if (f.marks.negated[d.token] === 1 || (f.marks.open[d.token] === 1 && !profile.uncertain)) continue;
    let best: { verdict: DateVerdict; claim: string; claimDay: boolean; claimMonth: boolean } | null = null;
    for (const c of profile.dates) {
      const verdict = compareDate(d, c);
      if (!best || rank[verdict] > rank[best.verdict]) best = { verdict, claim: c.text, claimDay: c.day !== undefined, claimMonth: c.month !== undefined };
    }
    if (!best) continue;
    if (best.verdict !== 'mismatch') dayFits = true;
    else if (d.day !== undefined && !d.relative && !d.range && profile.dates.some((c) => c.day !== undefined)) dayMismatch = true;
    if (d.relative && best.verdict === 'match' && !(d.day !== undefined && best.claimDay)) best.verdict = 'compatible'; // "on Friday" is a weak date, unless it is the claim's very day
    if (best.verdict === 'mismatch') {
      // a different date must be a full date (a year and a month) of the same event, for a claim about one dated event
      if (d.relative || d.range || d.month === undefined || profile.preciseDates > 1) continue;
      if (d.year === undefined && !(d.day !== undefined && contemporary(story.published, profile))) continue;
      if (withinClaimPeriod(d, profile)) continue;
      // "an email dated 25 May 2016": the document's date, not the event's
      if (datesDocument(f.tokens, d.token)) continue;
      // "Twitter said on 19 January 2018 that…": the day something was said, not the day of what was said
      if (datesSaying(f.tokens, d.token)) continue;
      // the claim's own date denied beside it ("…, not in November 2025") says whose event this date is; otherwise
      if (!claimDateDenied) {
        // … in a sentence about the claim: its subject and names, or a word only this claim uses, with one of its
        // names here or its subject elsewhere in the story (a tweet tells the event, its hashtag names the company)
        const aboutClaim =
          (subjectInStory && entitiesInSentence >= DATE_MISMATCH_ENTITIES) ||
          ((inSentence > 0 || subjectInStory) && distinctiveWord >= Math.min(DISTINCTIVE_WORD, profile.uniqueWordWeight));
        if (!aboutClaim) continue;
        // (an event no concept names, "opened a review": the date beside no other concept's word, the claim's words
        // there — stance-rules.ts asks for them before it asserts the conflict)
        const event = dateEvent(f.tokens, d.token, STORY_DATE_REACH, f.entityAt);
        if (event ? !profile.dates.some((c) => c.concept === event) : profile.dates.some((c) => c.concept !== null)) continue;
      }
    }
    // a different date outweighs a vague one ("on Friday", "in 2016"), not the claim's own month named beside it
    // ("wrote to the board in March, then in October 2021": March is the claim's, October another letter's)
    const claimMonthHere = date?.verdict === 'compatible' && !date.story.relative && date.story.month !== undefined;
    if (!date || rank[best.verdict] > rank[date.verdict] || (best.verdict === 'mismatch' && date.verdict !== 'match' && !claimMonthHere)) {
      date = { ...best, story: d };
    }
  }

  // the claim's words beside the date: what the date dates ("held its hearing on 21 April", not "the case" a clause away)
  let agreeNearDate = 0;
  if (date) agreeAnchors.forEach((ai, n) => {
    if (Math.abs(agreeTokens[n] - date!.story.token) <= STORY_DATE_REACH) agreeNearDate += profile.anchors[ai].weight;
  });

  // seed errors: the correct fact's words, and whether the sentence (or the one before) speaks of the note's topic
  const seedTerms: string[] = [];
  let seedStrong = false;
  let seedTopic = true;
  let seedTopicHere = true;
  let seedWords = 0;
  const seed = profile.seedError;
  if (seed) {
    for (const [key] of f.seedHits.get(ci) ?? []) {
      if (seedTerms.includes(key)) continue;
      seedTerms.push(key);
      seedStrong ||= seed.strong.has(key);
    }
    for (const id of seed.entities) {
      if (!f.mentions.has(id) && !prev?.mentions.has(id)) continue;
      seedTerms.push(`=${id}`);
      seedStrong = true;
    }
    const words = new Set<string | number>();
    for (const key of seedTerms) words.add(key.startsWith('=') || seed.strong.has(key) ? key : seed.terms.get(key) ?? key);
    seedWords = words.size;
    if (seed.topics.size) {
      seedTopicHere = speaksOf(f, ci, profile, seed.topics);
      seedTopic = seedTopicHere || (prev !== undefined && speaksOf(prev, ci, profile, seed.topics));
    }
  }

  const correction = f.marks.correction ? f.marks.correction.cue.text : null;
  let denialCue: CueHit | undefined;
  for (const c of f.marks.cues) if (!denialCue && (c.cue.kind === 'denial' || c.cue.kind === 'false-marker')) denialCue = c;
  let deniedPredicate = denialCue?.cue.kind === 'denial' && deniesOwnPredicate(f, profile, denialCue, disagreeTokens);
  // the claim's subject with its predicate negated ("Norland has never interfered", «ВКонтакте никогда не направляла»)
  if (!deniedPredicate && profile.subjectLeads) for (const c of f.marks.cues) deniedPredicate ||= c.cue.kind === 'neg' && negatesOwnPredicate(f, profile, c, disagreeTokens);
  const evidence: StanceEvidence = {
    sentence,
    entitiesInSentence,
    entitiesInStory: story.share,
    productAbsent: story.productAbsent,
    agree,
    disagree,
    agreeTokens,
    agreeAnchors,
    disagreeTokens,
    reading: f,
    norm: story.norm,
    deniesAsserted,
    affirmsNegated,
    admitsNegated,
    admittedTokens,
    subjectInWindow,
    quantity,
    quantityNegated,
    quantityInName,
    date,
    agreeNearDate,
    dateDenied: claimDateDenied,
    placesOnly,
    agreeBesideUnit,
    otherDay: dayMismatch && !dayFits,
    replacedEntity,
    negatedEntity,
    negatedEntities: negatedEntities.length,
    focusedEntity,
    subjectInSentence,
    actorInSentence,
    rolesReversed,
    namesInWindow,
    namesInSentence,
    entitiesInWindow: inWindow / profile.entityWeightTotal,
    statementWord,
    seedTerms,
    seedStrong,
    seedTopic,
    seedTopicHere,
    seedWords,
    storySeedTerms: story.seedTerms.size,
    storySeedStrong: story.seedStrong,
    correction,
    denial: denialCue && !f.marks.refutedDenial ? denialCue.cue.text : null,
    deniedPredicate: deniedPredicate && !f.marks.refutedDenial,
    refutedDenial: f.marks.refutedDenial ? f.marks.refutedDenial.cue.text : null,
    support: 0,
    contradiction: 0,
    supportRule: null,
    conflictRules: [],
    specificConflict: false,
  };
  decide(evidence, profile, story.crossLingual, corrected);
  return evidence;
}

const NONE: never[] = [];

/** Words between two names and a verb that make it passive ("was asked by"): the roles stay the claim's. */
const PASSIVE_WORDS = new Set('by was were been being par ete etait von wurde wurden worden por fue fueron sido'.split(' '));

/**
 * Does the sentence put the claim's verb between its names the other way round: the claim's object
 * just before it, its subject just after ("Acme asked Jane Roe…" for "Jane Roe asked Acme…")?
 */
function reversedRoles(f: SentenceFeatures, profile: ClaimProfile, agreeAnchors: readonly number[], agreeTokens: readonly number[]): boolean {
  const roles = profile.roles;
  if (!roles) return false;
  // the story word may have matched the verb itself or its concept ("asked" or @ask)
  const verb = agreeTokens.find((k, n) => profile.anchors[agreeAnchors[n]].key === roles.verb || `@${conceptOf(f.tokens[k].text)}` === roles.verb);
  if (verb === undefined) return false;
  const before = (f.mentions.get(roles.object) ?? []).some((o) => o < verb && verb - o <= REVERSED_REACH);
  const subjectAfter = (f.mentions.get(profile.entities[0]) ?? []).find((m) => m > verb && m - verb <= REVERSED_REACH);
  if (!before || subjectAfter === undefined) return false;
  for (let k = Math.max(0, verb - REVERSED_REACH); k < subjectAfter; k++) if (PASSIVE_WORDS.has(f.tokens[k].text)) return false;
  return true;
}
/** Tokens from a name to the verb and from the verb to the other name, in a story sentence. */
const REVERSED_REACH = 6;

/** Does the sentence assert or deny one of these anchor keys of the claim (not leave it open)? */
function speaksOf(f: SentenceFeatures, ci: number, profile: ClaimProfile, keys: ReadonlySet<string>): boolean {
  for (const [ai, k] of f.anchorHits.get(ci) ?? []) if (keys.has(profile.anchors[ai].key) && f.polarity[k] !== 0) return true;
  return false;
}

/**
 * A story published this close to the claim's date speaks of that year when it gives a day without one
 * ("arrested him on 5 March", published ten days later): news leaves the current year out.
 */
const YEARLESS_DATE_WINDOW_MS = 180 * 86_400_000;

function contemporary(published: number | null, profile: ClaimProfile): boolean {
  if (published === null) return false;
  return profile.dates.some((c) => c.month !== undefined && Math.abs(published - Date.UTC(c.year, c.month - 1, c.day ?? 15)) <= YEARLESS_DATE_WINDOW_MS);
}

/** Is a story date inside the period a claim's dates span (a claim dated from March 2019 to May 2020)? */
function withinClaimPeriod(d: DateMention, profile: ClaimProfile): boolean {
  if (profile.dates.length < 2 || d.year === undefined) return false;
  const t = Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  const times = profile.dates.map((c) => Date.UTC(c.year, (c.month ?? 1) - 1, c.day ?? 1));
  return t >= Math.min(...times) && t <= Date.UTC(new Date(Math.max(...times)).getUTCFullYear(), 11, 31);
}

/** Tokens before a date in which the word that says whose date it is stands ("dated", "said on"). */
const DATE_OWNER_REACH = 3;

/** A word of `words` among the few tokens before `token` (within its clause when `clauseOnly`). */
function wordBefore(tokens: readonly Token[], token: number, words: ReadonlySet<string>, clauseOnly: boolean): boolean {
  for (let k = token - 1; k >= Math.max(0, token - DATE_OWNER_REACH); k--) {
    if (clauseOnly && tokens[k].clause !== tokens[token].clause) return false;
    if (words.has(tokens[k].text)) return true;
  }
  return false;
}

/** Is the date at `token` a document's date ("dated 25 May 2016", « datée du 25 mai »)? */
const datesDocument = (tokens: readonly Token[], token: number) => wordBefore(tokens, token, DOCUMENT_DATE_WORDS, false);

/** Is the date at `token` a saying's date ("said on 19 January", « a déclaré le 5 mars »), a verb of saying in its clause? */
const datesSaying = (tokens: readonly Token[], token: number) => wordBefore(tokens, token, SAY_WORDS, true);

/** Words that make a figure a change over a period up to now ("since the recall", « depuis », „seit“, "desde"). */
const SINCE_WORDS = new Set(['since', 'depuis', 'seit', 'seitdem', 'desde']);
/** Tokens around a figure, in its clause, in which a since-word makes it a change over a period. */
const SINCE_REACH = 8;

/** Is the figure at `token` a change since some point ("lost 30 percent since the recall")? */
function sinceThen(tokens: readonly Token[], token: number): boolean {
  for (let k = Math.max(0, token - SINCE_REACH); k < Math.min(tokens.length, token + SINCE_REACH); k++) {
    if (tokens[k].clause === tokens[token].clause && SINCE_WORDS.has(tokens[k].text)) return true;
  }
  return false;
}

/** "A, but the filings show B": a contrast between the two figures, and an evidence verb after it. */
function shownAgainst(f: SentenceFeatures, first: number, second: number): boolean {
  return f.marks.contrasts.some((c) => c > first && c < second && hasEvidenceAfter(wordsOf(f.tokens), c + 1));
}

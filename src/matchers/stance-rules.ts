/**
 * The rules that turn one sentence's evidence for a claim into a support and a contradiction score
 * (0..1, asserted from 0.5), and say why in words. Support needs the claim's own fact, not only its
 * names: its number, its date with its predicate, its names with a word of its statement, or much of
 * its predicate. A conflict needs the claim's names in the sentence (a different number or date, in
 * the story): a different number or date of the same event, the claim's predicate with the opposite
 * polarity, a name replaced ("not by X"), or the correct fact of a seed error.
 */
import type { ClaimProfile } from './claim-profile.js';
import { distinctiveFigure, isCurrency } from './quantities.js';
import type { SentenceFeatures } from './sentence-reading.js';
import type { StanceEvidence } from './stance-evidence.js';

/** Weights of the evidence (see `decide`). */
const W = {
  entitiesInSentence: 0.35,
  entitiesInStory: 0.15,
  predicate: 0.35,
  quantityMatch: 0.4,
  dateMatch: 0.25,
  dateCompatible: 0.1,
  conflictPredicate: 0.45,
  quantityMismatch: 0.45,
  dateMismatch: 0.4,
  replacedEntity: 0.35,
  negatedEntity: 0.15,
  seedError: 0.35,
  correction: 0.1,
};
/** The least share of the claim's predicate a denial by its own subject weighs (two denied words of it are enough). */
const SUBJECT_DENIAL = 0.7;
/** Conflict evidence below this is noise (a stray negation near one word of the claim). */
const MIN_CONFLICT = 0.3;
/** Predicate weight (idf) that supports a claim on its own: three or four of its distinctive words or concepts. */
export const SUPPORT_PREDICATE_WORDS = 7;
/** … when the sentence names all the claim's entities (half that with three or more). */
const SUPPORT_PREDICATE_ALL_NAMES_WORDS = 3;
/** … for a claim about a number, without that number. */
const SUPPORT_PREDICATE_WITHOUT_NUMBER_WORDS = 14;
/** … next to the claim's date. */
const DATED_PREDICATE_WORDS = 2;
/** … for a replaced entity ("not by X") to contradict: the claim's predicate must be there. */
const REPLACED_PREDICATE_WORDS = 2.5;
/** Three names of a claim count as "its names" when they are most of them. */
const MANY_NAMES_SHARE = 0.75;
/** In another language the thresholds scale with the concepts, down to this share (a concept or two is not a predicate). */
const MIN_CROSS_LINGUAL_SCALE = 0.5;
/** A statement word this strong (idf) is the claim's own, not a word every claim uses. */
export const STATEMENT_WORD = 1.5;
/**
 * Names with a statement word and no date support only with a word this close to one no other claim uses (a share of
 * the weight of a word unique to the claim; chosen on the tuning halves: 0.7 and 0.75 alike, 0.6 lets a false support
 * through, 0.85 loses a true one).
 */
const RARE_STATEMENT_WORD_SHARE = 0.7;
/** Disagreeing predicate weight below this is a stray word. */
const MIN_DISAGREE_WORDS = 2;
/** A different number is the claim's own when the sentence names its subject or this share of its names. */
const OWN_EVENT_NAMES = 0.4;
/** A denial asserts a contradiction when the sentence names the claim's subject and this share of its names. */
const DENIAL_NAMES = 0.35;
/** Words of a seed error's correct fact a sentence must have (one of the fact's names is enough): one is any story's word. */
const SEED_WORDS_HERE = 2;
/**
 * Words of a seed error's correct fact in one sentence that make it that fact without the note's topic
 * word: a story quoting the statement the note quotes need not say "praised" (three made a finding on
 * an unrelated report passage in `npm run audit:matching`).
 */
const SEED_WORDS_WITHOUT_TOPIC = 4;
/** Support without the claim's fact stays below the threshold. */
const UNSUPPORTED_CAP = 0.45;

/** In another language only the concepts can match: every predicate threshold scales down with them. */
export function predicateScale(profile: ClaimProfile, crossLingual: boolean): number {
  const saturation = crossLingual ? profile.conceptSaturation : profile.anchorSaturation;
  return Math.max(MIN_CROSS_LINGUAL_SCALE, saturation / profile.anchorSaturation);
}

/** How the next sentence treats a sentence: it corrects it ("In fact, …", a verdict line), or takes it back ("This information was wrong."). */
export type Correction = 'corrected' | 'retracted' | null;

/** Turn the evidence into a support and a contradiction score (0..1). */
export function decide(e: StanceEvidence, profile: ClaimProfile, crossLingual = false, corrected?: (sentence: number) => Correction): void {
  // the claim's own distinctive figure ("Rund 1.650 Bewohner") is about the names of the sentence before it too
  const ownFigure = e.quantity?.verdict === 'match' && e.quantity.story.value === e.quantity.claim.value && distinctiveFigure(e.quantity.claim.value);
  const named = ownFigure ? Math.max(e.entitiesInSentence, e.entitiesInWindow) : e.entitiesInSentence;
  const topical = W.entitiesInSentence * named + W.entitiesInStory * e.entitiesInStory;
  const saturation = crossLingual ? profile.conceptSaturation : profile.anchorSaturation;
  const scale = predicateScale(profile, crossLingual);
  const supportPredicate = SUPPORT_PREDICATE_WORDS * scale;
  const allNamesPredicate = SUPPORT_PREDICATE_ALL_NAMES_WORDS * scale;
  const predicateWithoutNumber = SUPPORT_PREDICATE_WITHOUT_NUMBER_WORDS * scale;
  const datedPredicateWeight = DATED_PREDICATE_WORDS * scale;
  const replacedPredicate = REPLACED_PREDICATE_WORDS * scale;
  const minDisagree = MIN_DISAGREE_WORDS * scale;
  const predicate = Math.min(1, e.agree / saturation);
  const against = Math.min(1, e.disagree / saturation);
  const quantityMatch = e.quantity?.verdict === 'match';
  // a number inside a name ("thirteen defendants" as an alias) needs the claim's predicate beside it
  const quantityFact = quantityMatch && (!e.quantityInName || e.agree >= DATED_PREDICATE_WORDS * scale);
  const dateMatch = e.date?.verdict === 'match';
  const dateCompatible = e.date?.verdict === 'compatible';
  // a date more precise than a year on one side at least ("2013" for November 2013, not "2016" for "in 2016")
  const datedBeyondYear = e.date !== null && (e.date.story.month !== undefined || e.date.claimMonth);

  // support needs the claim's own fact, not only its names: its number, its date with its predicate, its names
  // (all of them, or three) with a word of its statement, or much of its predicate
  const names = profile.entities.length;
  const manyNames = (e.namesInWindow >= 3 && e.namesInWindow >= MANY_NAMES_SHARE * names) || (names >= 2 && e.entitiesInWindow >= 0.9);
  // the claim's words with its names the other way round ("Acme asked Jane Roe") are another fact
  // the claim's subject named only under a negation ("a decision of the board, not of Velm") is not its doer here
  const subjectDenied = e.negatedEntity === profile.entities[0];
  const namedPredicate =
    !subjectDenied &&
    !e.rolesReversed &&
    !e.otherDay &&
    manyNames &&
    e.statementWord >= STATEMENT_WORD * scale &&
    // without the claim's date beside them, the names need a word of the statement few other claims use (a year on
    // both sides is no date of the claim's event: any story of the storyline's year gives it)
    ((datedBeyondYear && (dateMatch || dateCompatible)) || e.statementWord >= RARE_STATEMENT_WORD_SHARE * profile.uniqueWordWeight * scale) &&
    e.agree >= (e.namesInWindow >= 3 ? allNamesPredicate / 2 : allNamesPredicate);
  const wordsPredicate = !e.rolesReversed && !e.otherDay && e.agree >= supportPredicate;
  const dayPrecise = e.date?.verdict === 'match' && e.date.story.day !== undefined && e.date.claimDay;
  const datedPredicate = dateMatch && e.agree >= (dayPrecise ? datedPredicateWeight : datedPredicateWeight * 2);
  const factFound = profile.quantities.length
    ? quantityFact || (datedPredicate && e.agree >= allNamesPredicate) || e.agree >= predicateWithoutNumber
    : quantityFact || datedPredicate || namedPredicate || wordsPredicate;
  let support = topical + W.predicate * predicate;
  if (quantityMatch) support += W.quantityMatch;
  if (dateMatch) support += W.dateMatch;
  else if (dateCompatible) support += W.dateCompatible;
  // what the claim says was taken back or denied, told here and taken back by the next sentence ("We wrote X. This
  // information was wrong."): the story takes it back too
  const correctedBy = corrected?.(e.sentence) ?? null;
  const retractsNegated = correctedBy === 'retracted' && e.affirmsNegated && !e.rolesReversed;
  e.supportRule = retractsNegated ? 'retraction' : !factFound ? null : quantityFact ? 'number' : datedPredicate ? 'date' : namedPredicate ? 'names-and-statement' : 'predicate';

  // in another language, a conflict of concepts only counts about the claim's own subject
  const wordsConflict = !retractsNegated && e.disagree >= minDisagree && (!crossLingual || e.subjectInSentence);
  const rules: ConflictRule[] = [];
  let conflict = 0;
  if (wordsConflict) {
    // the claim's own subject denying its predicate ("Weber denied having blamed the storm for the leak",
    // where the claim says he attributed it to the storm) is a conflict however few of its words it repeats
    conflict += W.conflictPredicate * (e.deniedPredicate && e.subjectInSentence ? Math.max(against, SUBJECT_DENIAL) : against);
    rules.push(e.denial ? 'denial' : 'opposite-words');
  }
  // the claim's own people owning up to what it says they denied: the denial is over, whatever the sentence quotes of it
  const admission = e.admitsNegated && e.actorInSentence;
  if (admission) {
    conflict += W.conflictPredicate * SUBJECT_DENIAL;
    rules.push('admission');
  }
  if (e.quantity?.verdict === 'mismatch' && (!e.quantityInName || e.agree + e.disagree >= DATED_PREDICATE_WORDS * scale)) {
    conflict += W.quantityMismatch;
    rules.push('number');
  }
  if (e.date?.verdict === 'mismatch') {
    conflict += W.dateMismatch;
    rules.push('date');
  }
  // "not by the minister", «et non le ministre»: only where the claim's predicate is
  if (e.replacedEntity && e.agree >= replacedPredicate) {
    conflict += W.replacedEntity;
    rules.push('replaced-name');
  } else if (e.focusedEntity || (e.negatedEntities && e.subjectInSentence && (e.disagree >= minDisagree || (e.denial && e.disagree > 0)))) {
    conflict += W.negatedEntity * Math.min(2, e.negatedEntities);
    rules.push(e.denial ? 'denial' : 'negated-name');
  }
  // the correct fact of a seed error, about the claim's topic ("…hacked…"): an entity the correction names, here
  // ("the KRV"), or two of the fact's words (or its name) here and enough of them (a name among them) in the story;
  // so many of its words here tell the fact without the topic word
  const correctionEntities = profile.seedError?.entities.size ?? 0;
  const seedError =
    profile.seedError &&
    (e.seedStrong || e.seedWords >= SEED_WORDS_HERE) &&
    (e.seedTopic || e.seedWords >= SEED_WORDS_WITHOUT_TOPIC) &&
    ((correctionEntities > 0 && e.seedTerms.some((t) => t.startsWith('='))) ||
      (e.storySeedTerms >= 2 && (e.storySeedStrong || e.storySeedTerms >= 3 || (e.seedTopicHere && e.seedWords >= 2))));
  // the correct fact told in this sentence itself, by its own name: the claim's event, even where the sentence
  // does not name the claim's entities ("the KRV stole the files"); its common words alone are any story's
  const seedFactHere = !!seedError && e.seedStrong;
  if (seedError) {
    conflict += W.seedError;
    rules.push('seed-correction');
  }
  if (e.correction && conflict > 0) conflict += W.correction;
  // the claim's fact, told here and taken back by the next sentence ("We wrote X. This information was wrong."): the
  // story retracts it
  if (correctedBy === 'retracted' && factFound && !e.rolesReversed && !retractsNegated) {
    conflict += W.conflictPredicate * SUBJECT_DENIAL + W.correction;
    rules.push('retraction');
  }

  // a weak conflict (a stray negated word) only dents the support; what the next sentence corrects ("In fact, …") supports nothing
  const dent = conflict >= MIN_CONFLICT ? conflict : conflict / 2;
  e.support = retractsNegated ? clamp(support + W.predicate * against - dent) : factFound && !correctedBy && !admission ? clamp(support - dent) : Math.min(clamp(support - dent), UNSUPPORTED_CAP);
  // a conflict of words needs the claim's names in the sentence (or the correct fact of its seed error); a different number or date, in the story
  const numeric = e.quantity?.verdict === 'mismatch' || e.date?.verdict === 'mismatch';
  const topicalEnough = e.entitiesInSentence > 0 || (numeric && e.entitiesInStory >= 0.5) || seedFactHere;
  // the correct fact's own words stand for the claim's names there
  const onTopic = seedFactHere ? Math.max(topical, W.entitiesInSentence) : topical;
  e.contradiction = conflict >= MIN_CONFLICT && topicalEnough ? clamp(onTopic + W.predicate * 0.5 * Math.max(predicate, against) + conflict) : 0;
  e.conflictRules = rules;
  e.specificConflict = rules.some((r) => specificConflict(r, e, profile, datedPredicateWeight));
}

/** Kinds of conflict evidence, named for explanations and for the per-rule evaluation. */
export type ConflictRule = 'opposite-words' | 'denial' | 'admission' | 'retraction' | 'number' | 'date' | 'replaced-name' | 'negated-name' | 'seed-correction';
/** A conflict of words alone: a denial or the opposite words, nothing of a figure, a date or a name. */
export const isWordConflict = (e: Pick<StanceEvidence, 'conflictRules'>) => e.conflictRules.length > 0 && e.conflictRules.every((r) => r === 'denial' || r === 'opposite-words');
export type SupportRule = 'number' | 'date' | 'names-and-statement' | 'predicate' | 'retraction';

/**
 * Is this conflict specific enough to assert (and alert) a contradiction, rather than list it as
 * `possible`? A different number of the claim's own unit, a different date of the claim's event
 * beside its predicate, a name replaced in the claim's predicate, an explicit denial about the
 * claim's subject of a claim that itself asserts something, the correct fact of a seed error.
 * Words of the opposite polarity alone are not: a claim that is itself negative or uncertain
 * ("unclear whether", "recalled no other") meets them in any story that uses such words.
 */
function specificConflict(rule: ConflictRule, e: StanceEvidence, profile: ClaimProfile, datedPredicateWeight: number): boolean {
  switch (rule) {
    case 'number':
      // the claim's own event: its subject, or much of its names, in the sentence; and its product, when it names one,
      // in the story ("Acme was fined £600,000 over its inhaler" is not the fine over its painkiller)
      // (a place alone says where, not whose: the claim's words must be there too, "3,100 hectares burnt … near Valbrune"
      // is not the 250 hectares replanted there; and "signed new deals worth €90 million" is not the contract's €210 million)
      return (
        e.quantity !== null &&
        !e.quantity.story.weak &&
        !e.quantity.story.another &&
        !e.productAbsent &&
        (e.subjectInSentence || e.entitiesInSentence >= OWN_EVENT_NAMES) &&
        (!e.placesOnly || e.agreeBesideUnit >= datedPredicateWeight) &&
        // a sum of money is any payment's: the claim's words, or two of its names, must say which (a fine is not
        // the compensation fund; "the fund" or "Acme paid the mayor" is)
        (!isCurrency(e.quantity.claim.unit) || e.agreeBesideUnit > 0 || e.namesInSentence >= 2)
      );
    case 'date':
      // the claim's words beside the date: the date is its event's
      return e.agreeNearDate >= datedPredicateWeight;
    case 'replaced-name':
    case 'seed-correction':
      return true;
    case 'denial':
    case 'opposite-words': {
      // about the claim's actors, and by meaning: the story denies what the claim asserts, or asserts what a
      // negative or open claim negates or leaves open (a negation word elsewhere is not a denial of the claim);
      // a claim's person or organisation must be there: a place or an event denies nothing ("rejected suggestions
      // that its line sparked the fire in the Orvik hills" says nothing against a claim about the hills alone)
      const actors = e.subjectInSentence && e.entitiesInSentence >= DENIAL_NAMES && e.actorInSentence;
      const negativeClaim = profile.uncertain || profile.negatedEntities.size > 0 || profile.anchors.some((a) => a.polarity !== 1 && a.statement && !a.opposite);
      return actors && (negativeClaim ? e.affirmsNegated : e.deniesAsserted);
    }
    case 'retraction':
      return true;
    case 'admission':
      // an admission is its speaker's: the claim's subject here or just before ("Roe told the judge… She admitted…")
      return e.subjectInWindow && e.actorInSentence;
    default:
      return false;
  }
}

const clamp = (x: number) => Math.max(0, Math.min(1, Math.round(x * 1000) / 1000));

/**
 * Can this sentence say anything about the claim? Without the claim's names in it, only a number, a
 * date, a seed error's correct fact, or much of the claim's predicate can (a cheap bound, before weighing).
 */
export function worthWeighing(
  profile: ClaimProfile,
  ci: number,
  f: SentenceFeatures,
  crossLingual: boolean,
  numberSentences: readonly number[],
  dateSentences: readonly number[],
  i: number,
): boolean {
  if (profile.entities.some((id) => f.mentions.has(id) || f.referred.has(id))) return true;
  if (f.seedHits.has(ci)) return true;
  for (const id of profile.seedError?.entities ?? []) if (f.mentions.has(id)) return true;
  if (profile.quantities.length && numberSentences.includes(i)) return true;
  if (profile.dates.length && dateSentences.includes(i)) return true;
  let bound = 0;
  for (const [ai] of f.anchorHits.get(ci) ?? []) bound += profile.anchors[ai].weight;
  return bound >= SUPPORT_PREDICATE_WORDS * (crossLingual ? MIN_CROSS_LINGUAL_SCALE : 1);
}

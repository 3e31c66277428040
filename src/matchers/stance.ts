/**
 * Claim stance: does a story support or contradict a watchlist claim, and in which sentence?
 *
 * Only claims whose entities the story names are looked at (two of them, or one specific one), so
 * the cost follows the story, not the watchlist. For each of their sentences the matcher weighs:
 * - topicality: the claim's entities in the sentence and in the story;
 * - the claim's predicate: its words and concepts in the sentence, each with its polarity compared
 *   with the claim's (negation, denial and refutation scoped to the clause, see polarity.ts);
 * - quantities of the same unit (equal within a tolerance, or different) and dates of the same
 *   event (compatible, or different), skipping figures of another scope (a sentence dated to
 *   another year: "$40 million since 2009" is not the 2018 budget);
 * - corrections ("not X but Y", "in fact"), and for `seed_error` claims the correct fact's words.
 * A sentence of the same entities without the claim's predicate, number or date stays silent.
 */
import type { ClaimHit, Stance } from '../domain/types.js';
import type { ClaimProfile, StanceModel } from './claim-profile.js';
import type { DateMention } from './dates.js';
import type { EntityOccurrence, StoryAnalysis } from './entities.js';
import { storyLanguage } from './language.js';
import { isVerdictLine, retractsBefore } from './polarity.js';
import { SAY_WORDS } from './lexicon-polarity.js';
import { compareWithClaim, distinctiveFigure, significantDigits, standingFigure, type Quantity } from './quantities.js';
import { SentenceReading, type StanceInput } from './sentence-reading.js';
import { agreeAwayFromSubject, weigh, type StanceEvidence, type StoryLevel } from './stance-evidence.js';
import { stanceReason } from './reasons.js';
import { isWordConflict, predicateScale, STATEMENT_WORD, SUPPORT_PREDICATE_WORDS, worthWeighing, type Correction } from './stance-rules.js';
import { normalizedSpan, tokenize, type Token } from './tokens.js';
import { CUE, DATE, NUMBER, RELATIVE } from './word-flags.js';

export type { StanceInput } from './sentence-reading.js';
export type { StanceEvidence } from './stance-evidence.js';

/** Specificity from which one entity of a claim is enough to look at it (a named person, an event). */
const SPECIFIC_ALONE = 0.6;
/** Score from which a stance is asserted (the public contract: ≥ 0.5). */
export const STANCE_THRESHOLD = 0.5;
/** Predicate weight in the story that makes one of a claim's entities enough (about four distinctive words). */
const WORDING_ALONE = 10;
/** Words of a seed error's correct fact that make a story about it without any name of the note (three words). */
const SEED_TERMS_ALONE = 3;
/** Stories of at most this many sentences are read whole; longer ones where the names are. */
const SHORT_STORY_SENTENCES = 12;
/** Sentences looked at per story (long documents: the lead and body carry the claims). */
const MAX_SENTENCES = 120;

export interface ClaimStance extends ClaimHit {
  sentence: number;
  /** why, in plain words (reasons.ts) */
  reason: string;
  /** the kind of evidence that decided (number, date, denial, seed-correction, …) */
  rule: string;
  /** the stance's evidence */
  evidenceDetails: StanceEvidence;
  /** the best sentence for the other stance, for comparison */
  alternative: StanceEvidence;
}

function candidateClaims(analysis: StoryAnalysis, model: StanceModel): Candidates {
  const count = new Uint8Array(model.profiles.length);
  const specific = new Uint8Array(model.profiles.length);
  for (const e of analysis.entities) {
    for (const [ci, weight] of model.claimsOfEntity.get(e.id) ?? []) {
      count[ci]++;
      if (weight >= SPECIFIC_ALONE) specific[ci] = 1;
    }
  }
  const claims: number[] = [];
  const listed = new Uint8Array(model.profiles.length);
  for (let ci = 0; ci < count.length; ci++) {
    // a seed error's correct fact can be told without any of the claim's names ("the KRV stole the files")
    // …and a claim that names no one (a seed's "63 houses were destroyed"): the story's storyline is its subject
    if (!count[ci] && !model.profiles[ci].seedError && model.profiles[ci].entities.length) continue;
    claims.push(ci); // in watchlist order
    listed[ci] = 1;
  }
  return { claims, count, specific, listed };
}

/** Support from the claim's words (not its number or date): siblings sharing the words compete for the sentence. */
const isWordSupport = (e: StanceEvidence) => e.supportRule === 'predicate' || e.supportRule === 'names-and-statement';
/** How well a sentence fits a claim: the share of its predicate and of its names found there. */
const fitOf = (e: StanceEvidence, profile: ClaimProfile) => Math.min(1, e.agree / profile.anchorSaturation) + e.entitiesInSentence;
/** Conflicts that only this claim can have: its seed error's correct fact, a name replaced in its predicate. */
const isClaimSpecific = (rule: string) => rule === 'seed-correction' || rule === 'replaced-name';
/** Support from the claim's words alone needs this share of its names in the sentence. */
const PREDICATE_ONLY_NAMES = 0.5;
/** A sibling that fits the sentence at least this share of the best one keeps its support (chosen on the tuning halves: 0.6 and 0.7 alike, 0.5 and 0.8 worse). */
const SIBLING_SHARE = 0.7;

/**
 * The claim's subject, a person or an organisation, named in the sentence with a verb of saying, and the claim's words
 * away from the subject's name and title: the story reports the subject saying what the claim says it said.
 */
function speakerSays(e: StanceEvidence, profile: ClaimProfile, crossLingual: boolean): boolean {
  if (!e.subjectInSentence || !profile.entityIsActor[0]) return false;
  if (!e.reading.tokens.some((t) => SAY_WORDS.has(t.text))) return false;
  return agreeAwayFromSubject(e, profile) >= SUPPORT_PREDICATE_WORDS * predicateScale(profile, crossLingual);
}

/**
 * Significant digits from which the claim's own figure, in a story naming one of its people, makes the claim worth
 * weighing without a word of its statement beside it: 23 or 19, not 100 million, which is as often some entity's
 * standing fact. (On the tuning halves a town's tweet of its 23 water distribution points is gained, in the seeds'
 * language, where the claim's statement is in English; one digit instead of two changes nothing there, and on the report
 * halves' `--statements-only` lens gains one true support and one false.)
 */
const OWN_FIGURE_DIGITS = 2;
/** A figure not round and not what its subject has or serves: an event's count. */
const eventCount = (tokens: readonly Token[], q: Quantity) => significantDigits(q.value) >= OWN_FIGURE_DIGITS && !standingFigure(tokens, q);
/** A claim that names no one is weighed for a figure from this value on: smaller counts (six months, two deaths) are any story's. */
const UNNAMED_MIN_FIGURE = 100;

/** Claims with at least one of their entities in the story, or a seed error: their indexes, and per claim index how many of its entities and whether one is specific. */
interface Candidates {
  claims: number[];
  count: Uint8Array;
  specific: Uint8Array;
  /** 1 for each claim in `claims` */
  listed: Uint8Array;
}

/**
 * Is a candidate claim worth weighing: two of its entities (or its only one, or a specific one), or
 * one with much of its predicate in the story (a paraphrase that does not name the others), or its
 * own figure or a day of its month, or the correct fact of its seed error.
 */
function isActive(
  profile: ClaimProfile,
  ci: number,
  found: { count: number; specific: boolean },
  sentences: readonly number[] | undefined,
  seedFact: boolean,
  dateSentences: readonly number[],
  numberSentences: readonly number[],
  features: readonly (SentenceReading | undefined)[],
  crossLingual: boolean,
  events: ReadonlySet<string>,
): boolean {
  // a claim that names no one is weighed on its own wording, figure or date only
  const named = profile.entities.length > 0;
  if ((named && found.count >= Math.min(2, profile.entities.length)) || found.specific || seedFact) return true;
  // the claim's predicate over the story, each anchor once
  const seen = new Set<number>();
  let storyAgree = 0;
  for (const i of sentences ?? []) {
    for (const [ai] of features[i]!.anchorHits.get(ci) ?? []) {
      if (seen.has(ai)) continue;
      seen.add(ai);
      storyAgree += profile.anchors[ai].weight;
    }
  }
  if (storyAgree >= WORDING_ALONE) return true;
  // "Acme said hackers stole the data of 2.3 million customers": the claim's own figure, of its unit, with a word of
  // its statement beside it (a figure alone is a fact about its entity: "VK, which claims 100 million users")
  if (profile.quantities.length) {
    const statementWord = STATEMENT_WORD * predicateScale(profile, crossLingual);
    for (const i of numberSentences) {
      const f = features[i]!;
      // a figure of the claim's unit in a sentence about the claim's event is the event's ("L'incendie a détruit
      // environ 1 800 hectares"); a different one, only where the sentence names the event ("the Aldmoor fire killed
      // six people" against four deaths; "the fire" may be another one)
      const eventNamed = profile.entities.some((id) => events.has(id) && f.mentions.has(id));
      const eventHere = eventNamed || profile.entities.some((id) => events.has(id) && f.referred.has(id));
      for (const q of f.quantities) {
        const c = q.weak || (!named && q.value < UNNAMED_MIN_FIGURE) ? null : compareWithClaim(q, profile.quantities);
        if (!c) continue;
        if (c.verdict !== 'match') {
          if (eventNamed && c.claim.unit !== null) return true;
          continue;
        }
        // the claim's own figure, exactly, of its unit: the claim's fact, worded in any language. On the storyline, for a
        // claim naming no one, a figure few stories share by chance (1,650 evacuees, 38,500 litres: three significant
        // digits); in a story naming its people, one that is not round too (23 distribution points, 19 months, a dozen
        // tonnes), unless the sentence gives it as what someone has or serves ("Northwind, which serves 2.3 million customers")
        if (q.value === c.claim.value && (named ? found.count > 0 && (distinctiveFigure(q.value) || eventCount(f.tokens, q)) : distinctiveFigure(q.value))) return true;
        if (eventHere && c.claim.unit !== null) return true;
        for (const [ai, k] of f.anchorHits.get(ci) ?? []) {
          const a = profile.anchors[ai];
          const ofFigure = k === q.token || k === q.token + 1 || c.claim.words.has(f.tokens[k].text);
          if (!ofFigure && a.statement && !a.name && a.weight >= statementWord) return true;
        }
      }
    }
  }
  if (!profile.dates.length) return false;
  for (const i of dateSentences) if (datesTheSameMonth(features[i]!.dates, profile)) return true;
  return false;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** Does the story give a day of the month of one of the claim's days (5 vs 9 November 2016: worth comparing)? */
function datesTheSameMonth(dates: readonly DateMention[], profile: ClaimProfile): boolean {
  return dates.some((d) => d.day !== undefined && !d.relative && profile.dates.some((c) => c.day !== undefined && c.year === d.year && c.month === d.month));
}

/** A claim assessed for a story; its quoted sentence and reasons are written when someone reads them. */
class AssessedClaim implements ClaimStance {
  readonly claim: string;
  readonly sentence: number;
  private evidenceText?: string;
  private reasonText?: string;

  constructor(
    private readonly profile: ClaimProfile,
    readonly stance: Stance,
    readonly score: number,
    private readonly sentenceText: string,
    readonly evidenceDetails: StanceEvidence,
    readonly alternative: StanceEvidence,
    private readonly names: ReadonlyMap<string, string>,
    /** the sibling claim the sentence fits better, when that made this stance `possible` */
    readonly betterClaim: string | null = null,
    /** the story was published before the claim's events, which made this stance `possible` */
    private readonly early = false,
  ) {
    this.claim = profile.claim.id;
    this.sentence = evidenceDetails.sentence;
  }

  get evidence(): string {
    return (this.evidenceText ??= this.sentenceText.replace(/\s+/g, ' ').trim());
  }

  /** the kind of evidence that decided */
  get rule(): string {
    const e = this.evidenceDetails;
    if (this.stance === 'supports') return e.supportRule ?? 'names';
    const conflict = this.score === e.contradiction && e.contradiction > 0;
    if (this.stance === 'contradicts') return e.conflictRules.find((r) => r !== 'opposite-words' && r !== 'negated-name') ?? e.conflictRules[0] ?? '?';
    return conflict ? `unspecific ${e.conflictRules.join('+')}` : `sibling ${e.supportRule}`;
  }

  /** why, in plain words */
  get reason(): string {
    return (this.reasonText ??= stanceReason(this.evidenceDetails, this.stance, this.profile, { names: this.names, betterClaim: this.betterClaim, early: this.early }));
  }
}

/** Assess every claim the story may take a stance on; returns those with a stance, best first. */
export function assessClaims(input: StanceInput, model: StanceModel): { stances: ClaimStance[]; considered: ClaimStance[] } {
  const { analysis } = input;
  const candidates = candidateClaims(analysis, model);
  if (!candidates.claims.length) return { stances: [], considered: [] };
  const activeSet = candidates.listed;
  const present = new Set(analysis.entities.map((e) => e.id));
  const count = Math.min(analysis.sentences.length, MAX_SENTENCES);
  const features: (SentenceReading | undefined)[] = new Array(count);
  const tokensCache: (Token[] | undefined)[] = new Array(count + 1);
  const tokensOf = (i: number): Token[] => {
    if (i >= analysis.sentences.length) return [];
    if (!tokensCache[i]) {
      const s = analysis.sentences[i];
      const span = normalizedSpan(analysis.norm, s.start, s.end);
      tokensCache[i] = tokenize(analysis.norm.text, span.start, span.end);
    }
    return tokensCache[i]!;
  };
  let language: string | null | undefined;
  const languageOf = () => (language === undefined ? (language = storyLanguage(input.lang, analysis.norm.text)) : language);
  const bySentence = new Map<number, [string, EntityOccurrence][]>();
  for (const e of analysis.entities) {
    for (const o of e.occurrences) {
      const list = bySentence.get(o.sentence);
      if (list) list.push([e.id, o]);
      else bySentence.set(o.sentence, [[e.id, o]]);
    }
  }
  const context = { input, tokensOf, language: languageOf, present };
  const read = (i: number) => (features[i] ??= new SentenceReading(tokensOf(i), i, context, model, activeSet, bySentence.get(i) ?? []));

  // a short story is read whole (its lead, its numbers and its paraphrases go together: "The platform,
  // bought by…"); a longer one in the sentences that name an entity of a candidate claim
  let order: number[];
  if (count <= SHORT_STORY_SENTENCES) order = Array.from({ length: count }, (_, i) => i);
  else {
    const toRead = new Uint8Array(count);
    for (const e of analysis.entities) {
      if (!model.claimsOfEntity.has(e.id) && !model.claimsOfCorrection.has(e.id)) continue;
      for (const o of e.occurrences) if (o.sentence >= 0 && o.sentence < count) toRead[o.sentence] = 1;
    }
    order = [];
    for (let i = 0; i < count; i++) if (toRead[i]) order.push(i);
  }

  // per candidate claim: its sentences and its seed-error words
  const claimSentences = new Map<number, number[]>();
  const numberSentences: number[] = [];
  const dateSentences: number[] = [];
  const storySeedTerms = new Map<number, Set<string>>();
  const figureYears = new Map<number, Set<number>>();
  const publishedMs = input.publishedAt ? Date.parse(input.publishedAt) : NaN;
  const published = Number.isFinite(publishedMs) ? publishedMs : null;
  for (const i of order) {
    const f = read(i);
    for (const ci of f.anchorHits.keys()) {
      const list = claimSentences.get(ci);
      if (list) list.push(i);
      else claimSentences.set(ci, [i]);
    }
    // numbers with a unit, dates to the month: what a claim's number or date can be compared with
    if (f.flags & NUMBER && f.quantities.some((q) => q.unit !== null || q.words.length > 0)) numberSentences.push(i);
    if (f.flags & (DATE | RELATIVE) && f.dates.some((d) => d.month !== undefined)) dateSentences.push(i);
    // the years a figure is given with: a title or a later sentence repeating it without a date speaks of the same
    if (f.flags & NUMBER && f.flags & DATE) {
      for (const d of f.dates) {
        if (d.year === undefined || d.relative) continue;
        for (const q of f.quantities) figureYears.set(q.value, (figureYears.get(q.value) ?? new Set<number>()).add(d.year));
      }
    }
    for (const [ci, hits] of f.seedHits) {
      // a sentence with words of the claim's correct fact is worth weighing for it, even without its words
      const list = claimSentences.get(ci);
      if (!list) claimSentences.set(ci, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
      const set = storySeedTerms.get(ci) ?? new Set<string>();
      const seed = model.profiles[ci].seedError!;
      // a word of the note counts once, however many story words find it ("published", "publishes", "released")
      for (const [key] of hits) set.add(seed.strong.has(key) ? key : `#${seed.terms.get(key)}`);
      storySeedTerms.set(ci, set);
    }
  }
  // the entities a seed error's correct fact names ("Norland's KRV"): in the story, strong terms of it
  for (const e of analysis.entities) {
    for (const [ci] of model.claimsOfCorrection.get(e.id) ?? []) {
      const set = storySeedTerms.get(ci) ?? new Set<string>();
      set.add(`=${e.id}`);
      storySeedTerms.set(ci, set);
    }
  }
  // "A report claims X. In fact, …": X is what the story corrects
  // (or "Claim: X. Verdict: False.": a fact-check's verdict line); "We wrote X. This information was wrong.": X is
  // taken back; read once per sentence, whatever the claims weighed there
  const correctedAt: (Correction | undefined)[] = new Array(count + 1); // undefined: not read yet
  const corrected = (i: number): Correction => {
    if (correctedAt[i] === undefined) {
      const next = features[i + 1];
      const opener = next && next.flags & CUE ? (next.marks.correction?.at ?? -1) : -1;
      const later = i + 1 < analysis.sentences.length;
      correctedAt[i] =
        (opener >= 0 && opener <= 1) || (later && isVerdictLine(tokensOf(i + 1))) ? 'corrected' : later && retractsBefore(tokensOf(i + 1)) ? 'retracted' : null;
    }
    return correctedAt[i]!;
  };

  // the feed's language, or a guess from the text: a story in a language the claims are not worded in meets them
  // on concepts, names, numbers and dates only
  const lang = languageOf();
  const crossLingual = lang !== null && !model.languages.has(lang);
  const considered: ClaimStance[] = [];
  const weighed: { ci: number; profile: ClaimProfile; bestSupport: StanceEvidence; bestContra: StanceEvidence }[] = [];
  const marked = new Uint8Array(count);
  // story figures and dates that are some claim's own (exactly, in any sentence weighed for it): a sibling's
  // different number or date there is another event's
  const matchedBy = new Map<string, string>();
  /** per date of a sentence (`sentence:token`), the evidence of the claim whose date gives that very day and fits the sentence best */
  const dayOwners = new Map<string, { profile: ClaimProfile; e: StanceEvidence }>();
  for (const ci of candidates.claims) {
    const found = { count: candidates.count[ci], specific: candidates.specific[ci] === 1 };
    const profile = model.profiles[ci];
    const seedTerms = storySeedTerms.get(ci) ?? NO_TERMS;
    let seedStrong = false;
    if (profile.seedError) for (const key of seedTerms) seedStrong ||= profile.seedError.strong.has(key) || key.startsWith('=');
    const seedFact = seedStrong || seedTerms.size >= SEED_TERMS_ALONE;
    if (!isActive(profile, ci, found, claimSentences.get(ci), seedFact, dateSentences, numberSentences, features, crossLingual, model.events)) continue;
    let share = 0;
    profile.entities.forEach((id, k) => {
      if (present.has(id)) share += profile.entityWeights[k];
    });
    const productAbsent = profile.entities.some((id) => model.products.has(id) && !present.has(id));
    const story: StoryLevel = { lang, share: share / profile.entityWeightTotal, subject: present.has(profile.entities[0]), seedTerms, seedStrong, crossLingual, figureYears, published, productAbsent, norm: analysis.norm };
    let bestSupport: StanceEvidence | null = null;
    let bestContra: StanceEvidence | null = null;
    // a sentence without the claim's words, number or date has nothing to say about it
    let sentences = claimSentences.get(ci) ?? [];
    if ((profile.quantities.length && numberSentences.length) || (profile.dates.length && dateSentences.length)) {
      marked.fill(0);
      for (const i of sentences) marked[i] = 1;
      if (profile.quantities.length) for (const i of numberSentences) marked[i] = 1;
      if (profile.dates.length) for (const i of dateSentences) marked[i] = 1;
      sentences = [];
      for (let i = 0; i < count; i++) if (marked[i]) sentences.push(i);
    }
    for (const i of sentences) {
      const f = features[i]!;
      if (!worthWeighing(profile, ci, f, story.crossLingual, numberSentences, dateSentences, i)) continue;
      const e = weigh(profile, ci, f, features[i - 1], i, story, corrected);
      if (e.quantity?.verdict === 'match') matchedBy.set(`${i}:${e.quantity.story.token}`, profile.claim.id);
      if (e.date?.verdict === 'match') matchedBy.set(`${i}:${e.date.story.token}`, profile.claim.id);
      if (e.date?.verdict === 'match' && e.date.claimDay && e.date.story.day !== undefined) {
        const key = `${i}:${e.date.story.token}`;
        const owner = dayOwners.get(key);
        if (!owner || fitOf(e, profile) > fitOf(owner.e, owner.profile)) dayOwners.set(key, { profile, e });
      }
      if (!bestSupport || e.support > bestSupport.support) bestSupport = e;
      if (!bestContra || e.contradiction > bestContra.contradiction) bestContra = e;
    }
    if (!bestSupport || !bestContra) continue;
    weighed.push({ ci, profile, bestSupport, bestContra });
  }

  // a sentence counts for the sibling claim it fits best: "OpenLedger asked him for the bank records" supports the
  // claim about the bank records, not every claim about OpenLedger writing to him
  /** per sentence, the claim whose evidence there (`pick`) scores highest */
  const bestPerSentence = (pick: (w: (typeof weighed)[number]) => readonly StanceEvidence[], score: (e: StanceEvidence, profile: ClaimProfile) => number) => {
    const best = new Map<number, { claim: string; score: number }>();
    for (const w of weighed) {
      for (const e of pick(w)) {
        const s = score(e, w.profile);
        if (s > (best.get(e.sentence)?.score ?? -1)) best.set(e.sentence, { claim: w.profile.claim.id, score: s });
      }
    }
    return best;
  };
  const bestFit = bestPerSentence((w) => [w.bestSupport, w.bestContra], fitOf);
  const outfitted = (e: StanceEvidence, profile: ClaimProfile) => fitOf(e, profile) < (bestFit.get(e.sentence)?.score ?? 0) * SIBLING_SHARE;
  // a denial counts for the sibling claim whose words it denies most (of those it could contradict): "denied having
  // blamed the storm for the leak" is against the claim that he blamed the storm, not the one about how much leaked
  // through a storm drain
  const bestDenial = bestPerSentence(
    ({ bestContra: e }) => (e.contradiction >= STANCE_THRESHOLD && e.specificConflict && isWordConflict(e) ? [e] : []),
    (e) => e.disagree,
  );
  const outdenied = (e: StanceEvidence) => isWordConflict(e) && e.disagree < (bestDenial.get(e.sentence)?.score ?? 0) * SIBLING_SHARE;
  /** per figure of a sentence, the claim whose evidence there (`pick`) scores highest, with that claim's own figure */
  const bestClaimPerFigure = (pick: (w: (typeof weighed)[number]) => StanceEvidence | null, score: (e: StanceEvidence, profile: ClaimProfile) => number) => {
    const best = new Map<string, { claim: string; score: number; figure: number }>();
    for (const w of weighed) {
      const e = pick(w);
      if (!e?.quantity) continue;
      const key = `${e.sentence}:${e.quantity.story.token}`;
      const s = score(e, w.profile);
      if (s > (best.get(key)?.score ?? -1)) best.set(key, { claim: w.profile.claim.id, score: s, figure: e.quantity.claim.value });
    }
    return best;
  };
  const numberSupport = (e: StanceEvidence) => e.supportRule === 'number' && e.quantity?.verdict === 'match';
  // a figure that is the own figure of two claims ("the recall of 9 lots": the recall's, and a spokesperson's
  // correction to 9) counts for the one whose names and words fit the sentence best
  const figureOwner = bestClaimPerFigure((w) => (numberSupport(w.bestSupport) ? w.bestSupport : null), fitOf);
  const figureOfAnother = (e: StanceEvidence, profile: ClaimProfile) => {
    if (!numberSupport(e)) return null;
    const owner = figureOwner.get(`${e.sentence}:${e.quantity!.story.token}`);
    return owner && owner.claim !== profile.claim.id && fitOf(e, profile) < owner.score * SIBLING_SHARE ? owner.claim : null;
  };
  // a different figure counts against the claim whose words fit its sentence best: "sentenced to four years" is the
  // sentence's, not the prosecutors' request of eight
  const figureFit = bestClaimPerFigure((w) => (w.bestContra.quantity?.verdict === 'mismatch' ? w.bestContra : null), (e) => e.agree);
  /** the sibling claim whose own figure or date this mismatch is */
  const otherEvent = (e: StanceEvidence, claim: string) => {
    const figure = e.quantity?.verdict === 'mismatch' ? `${e.sentence}:${e.quantity.story.token}` : null;
    const fit = figure !== null && e.conflictRules.length === 1 ? figureFit.get(figure) : undefined;
    // (a sibling that gives the same figure tells the same fact: another sum is against both)
    const fitter = fit && fit.figure !== e.quantity!.claim.value ? fit.claim : undefined;
    return (
      (figure !== null ? matchedBy.get(figure) : undefined) ??
      (e.date?.verdict === 'mismatch' && !e.dateDenied ? matchedBy.get(`${e.sentence}:${e.date.story.token}`) : undefined) ??
      (fitter !== undefined && fitter !== claim ? fitter : null)
    );
  };
  // a day that is a sibling claim's own day is that claim's event: "On 12 May Korrin Hydro asked him…" is the 12 May
  // letter, not the claim dated only "May 2025" about another request that month, unless the claim has words of its
  // own there beyond names ("three days before the election" for overtures made "days before the election")
  const dayOfAnother = (e: StanceEvidence, profile: ClaimProfile) => {
    if (e.supportRule !== 'date' || e.date?.verdict !== 'match' || e.date.claimDay) return null;
    const owner = dayOwners.get(`${e.sentence}:${e.date.story.token}`);
    if (!owner || owner.profile === profile) return null;
    return e.agreeTokens.every((k, n) => owner.e.agreeTokens.includes(k) || profile.anchors[e.agreeAnchors[n]].name) ? owner.profile.claim.id : null;
  };
  for (const { profile, bestSupport, bestContra } of weighed) {
    // a conflict that is not specific (words of the other polarity, a name under a negation) does not outweigh the
    // claim's own fact found elsewhere in the story: the retraction a retraction claim reports, against a headline
    // that names the retracted report
    const factSupported = bestSupport.supportRule !== null && bestSupport.support >= STANCE_THRESHOLD;
    const contradicts = bestContra.contradiction >= STANCE_THRESHOLD && bestContra.contradiction >= bestSupport.support && (bestContra.specificConflict || !factSupported);
    const e = contradicts ? bestContra : bestSupport;
    let stance: Stance = contradicts ? 'contradicts' : 'supports';
    const score = contradicts ? e.contradiction : e.support;
    // only specific evidence is asserted, and a sentence only for the sibling claim it fits best (a figure or a
    // date that is another claim's own is another event's); the rest is listed as possible, never alerted
    let betterClaim: string | null = null;
    if (score >= STANCE_THRESHOLD) {
      const other = contradicts && !e.conflictRules.some(isClaimSpecific) ? otherEvent(e, profile.claim.id) : null;
      if (contradicts && (!e.specificConflict || other)) {
        stance = 'possible';
        betterClaim = other;
      }
      if (contradicts && stance !== 'possible' && outdenied(e)) {
        stance = 'possible';
        betterClaim = bestDenial.get(e.sentence)?.claim ?? null;
      }
      if (!contradicts && isWordSupport(e) && outfitted(e, profile)) {
        stance = 'possible';
        betterClaim = bestFit.get(e.sentence)?.claim ?? null;
      }
      const owner = !contradicts ? figureOfAnother(e, profile) ?? dayOfAnother(e, profile) : null;
      if (owner) {
        stance = 'possible';
        betterClaim = owner;
      }
      // the claim's words without most of its names in the sentence: the same story, not the claim's fact; unless the
      // claim's own speaker is reported saying them (the chief executive, named, "told journalists nothing toxic had
      // escaped"), in words other than the speaker's title
      if (!contradicts && e.supportRule === 'predicate' && e.entitiesInSentence < PREDICATE_ONLY_NAMES && !speakerSays(e, profile, crossLingual)) {
        stance = 'possible';
      }
    }
    // a story from before the claim's events (its dates, or the storyline's) cannot report on them: a 2022 fine is not
    // the 2026 record it would "contradict"
    const early = score >= STANCE_THRESHOLD && stance !== 'possible' && published !== null && published < profile.reportableFrom;
    if (early) stance = 'possible';
    considered.push(new AssessedClaim(profile, stance, score, analysis.sentences[e.sentence].text, e, contradicts ? bestSupport : bestContra, model.names, betterClaim, early));
  }
  considered.sort((a, b) => b.score - a.score);
  return { stances: considered.filter((c) => c.score >= STANCE_THRESHOLD), considered };
}

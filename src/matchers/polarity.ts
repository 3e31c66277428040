/**
 * Polarity of the words of one sentence: which are under a negation, a denial or a refuted claim,
 * scoped to their clause rather than to the whole text, so "the minister never replied" negates
 * "replied" but "He wrote, though he never met them, that…" leaves "wrote" alone.
 *
 * - negation ("not", «ne … jamais», "nicht", "nunca", «никогда не») covers the next few content
 *   words of its clause; a nominal one ("no", "nothing", «aucun», "kein") also the verb before it;
 *   a nominal one or "without" («sans», "ohne", "sin", «без») every item of a list after it
 *   ("without staff, offices or any trade");
 * - a denial ("denied", «dément», "bestreitet", "niega", «отрицает») or a refuted claim
 *   ("undercutting reports that…", "contrary to claims that…") covers the rest of its clause, or
 *   the clause before it when it ends the clause ("…, he denied.");
 * - "called … fake" («назвала вымыслом») covers what was called so;
 * - a denial that the sentence (or the next one) refutes ("he denied it, but the messages show…")
 *   is cancelled: the story sides with the evidence.
 * Two negations over one word cancel out ("rejecting the claim that he sent nothing").
 */
import { COPULAS, cueAt, DEMONSTRATIVES, ERROR_WORDS, EVIDENCE_NOUNS, FRENCH_NEGATION_COMPLEMENTS, FRENCH_RESTRICTIVE, INTENSIFIERS, REFLECT_WORDS, REPORT_NOUNS, RETRACT_WORDS, SAID_NOUNS, THAT_WORDS, type Cue } from './lexicon-polarity.js';
import { wordsOf, type Token } from './tokens.js';
import { MIN_WORD_LENGTH, STOPWORDS } from './vocabulary.js';

/** "nor", « ni », "noch", «ни»: after a negation in the sentence, another object of the negated verb. */
const COORDINATING_NEGATIONS = new Set(['nor', 'ni', 'noch', 'ни']);

/** Content words a negation reaches in its clause. */
const NEGATION_REACH = 4;
/** … a nominal negation ("no information on the deal at the brief meeting"): its noun phrase. */
const NOMINAL_REACH = 2;
/** Free relatives after a refutation that make it refute someone's words, not the clause before ("contrary to what"). */
const SPEECH_RELATIVES = new Set(['what', 'ce', 'lo', 'was', 'тому', 'том', 'то']);
/** Nominal negations of a verb-final language ("kein"), which reach the verb after their noun phrase. */
const VERB_FINAL_NOMINAL = new Set(['kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']);
/** A negation this close after another in its clause is the same one (negative concord: «никогда не», «no … nada»). */
const CONCORD_REACH = 3;
/** Tokens a denial or refuted claim reaches in its clause. */
const DENIAL_REACH = 25;
/** Tokens between a calling verb and "fake"/"false" for them to go together. */
const CALL_REACH = 8;
/** Tokens after a contrast word in which an evidence verb refutes a denial. */
const EVIDENCE_REACH = 8;
/** Tokens within which «ne» finds its complement. */
const NE_REACH = 5;

/** Words from a report noun to its "that" ("reports published on Monday that"). */
const REPORT_THAT_REACH = 4;

/**
 * Before a false-marker right after a copula ("… are false"), a report noun and its "that" opening
 * the sentence's subject ("Reports that", « les informations selon lesquelles », "Berichte, wonach"):
 * the index of the "that" word, or -1. What lies between it and the copula is what is called false.
 */
function reportedClaimBefore(words: readonly string[], at: number): number {
  let copula = at - 1;
  if (copula >= 0 && INTENSIFIERS.has(words[copula])) copula--;
  if (copula < 2 || !COPULAS.has(words[copula])) return -1;
  for (let k = 0; k < copula - 1; k++) {
    if (!REPORT_NOUNS.has(words[k])) continue;
    for (let t = k + 1; t <= k + REPORT_THAT_REACH && t < copula - 1; t++) if (THAT_WORDS.has(words[t])) return t;
  }
  return -1;
}

export interface CueHit {
  cue: Cue;
  /** token index */
  at: number;
}

/** A word's polarity: asserted (1), negated (-1), or left open (0: "it is unclear whether …"). */
export type Polarity = 1 | -1 | 0;

export interface PolarityMarks {
  /** per token: 1 when an odd number of negations/denials covers it */
  negated: Uint8Array;
  /** per token: 1 when the sentence leaves it open (after "unclear whether", in a question) */
  open: Uint8Array;
  /** per token: the cue that covers it last (index in `cues`), -1 if none */
  cueOf: Int16Array;
  cues: CueHit[];
  /** tokens replaced by a correction ("not X", «et non X», "rather than X") → the cue's token */
  replaced: Map<number, number>;
  /** the first correction phrase ("in fact", «en réalité», "contrary to…"), if any */
  correction: CueHit | null;
  /** a denial in the sentence that it (or the next sentence) refutes */
  refutedDenial: CueHit | null;
  /** where the sentence starts leaving something open ("unclear whether …"), -1 if it does not */
  uncertainAt: number;
  /** tokens of its contrast words ("but", «mais», "aber"): with an evidence verb after one (hasEvidenceAfter), what follows is shown against what came before */
  contrasts: readonly number[];
  /** what an admission owns up to ("admitted receiving money", « a reconnu avoir reçu »): [from, to) token spans */
  admitted: readonly (readonly [number, number])[];
}

/** The marks of a sentence without any cue: everything asserted. */
export function plainPolarity(n: number): PolarityMarks {
  if (n > PLAIN.negated.length) PLAIN = plainMarks(Math.max(n, PLAIN.negated.length * 2));
  return PLAIN; // shared and never written to
}

function plainMarks(n: number): PolarityMarks {
  return {
    negated: new Uint8Array(n),
    open: new Uint8Array(n),
    cueOf: new Int16Array(n).fill(-1),
    cues: [],
    replaced: new Map(),
    correction: null,
    refutedDenial: null,
    uncertainAt: -1,
    contrasts: [],
    admitted: [],
  };
}
let PLAIN = plainMarks(256);
let ASSERTED = new Int8Array(256).fill(1);

/** Per token: 1 asserted, -1 negated, 0 left open (after "unclear whether"). */
export function tokenPolarity(marks: PolarityMarks, n = marks.negated.length): Int8Array {
  if (marks === PLAIN) {
    if (n > ASSERTED.length) ASSERTED = new Int8Array(Math.max(n, ASSERTED.length * 2)).fill(1);
    return ASSERTED; // shared and never written to
  }
  const out = new Int8Array(marks.negated.length);
  for (let k = 0; k < out.length; k++) out[k] = marks.open[k] ? 0 : marks.negated[k] ? -1 : 1;
  return out;
}

const CYRILLIC_START = 0x400;

/** Does this word carry content (not a function word)? Entities count as content too. */
export function isContentWord(word: string): boolean {
  if (word.charCodeAt(0) >= CYRILLIC_START) return word.length >= 3;
  if (word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57) return true;
  return word.length >= MIN_WORD_LENGTH && !STOPWORDS.has(word);
}

/** Does the next sentence open by refuting ("But the messages show…", «Pourtant, les courriels prouvent…»)? */
export function opensWithRefutation(tokens: readonly Token[]): boolean {
  const words = wordsOf(tokens);
  for (let i = 0; i < Math.min(3, words.length); i++) {
    const cue = cueAt(words, i);
    if (cue?.kind === 'contrast') return hasEvidenceAfter(words, i + cue.tokens.length);
  }
  return false;
}

/** Words of a fact-check's verdict line, besides the false markers (folded): "Verdict: Wrong.", "Misleading." */
const VERDICT_WORDS = new Set(['wrong', 'incorrect', 'misleading', 'inexact', 'trompeur', 'irrefuhrend', 'incorrecto', 'enganoso', 'неверно']);
/** A verdict is a line of this many words at most. */
const VERDICT_LINE_WORDS = 4;

/** A fact-check's verdict on the sentence before it: "Verdict: False.", « Faux. », „Bewertung: falsch“ (a line of a few words). */
export function isVerdictLine(tokens: readonly Token[]): boolean {
  const words = wordsOf(tokens);
  if (!words.length || words.length > VERDICT_LINE_WORDS) return false;
  for (let i = 0; i < Math.min(2, words.length); i++) if (cueAt(words, i)?.kind === 'false-marker' || VERDICT_WORDS.has(words[i])) return true;
  return false;
}

/** Words from a sentence's start within which "this figure" points back at the sentence before ("The agency said on Monday that this figure…"). */
const RETRACTION_OPENING = 10;

/**
 * Does this sentence take back the one before it? "That figure did not reflect the audit.", « Ce chiffre était
 * inexact. », „Diese Angabe war falsch.“, «Эта цифра была ошибочной.»: what was said, pointed back at, called wrong
 * (or said not to reflect the facts).
 */
export function retractsBefore(tokens: readonly Token[]): boolean {
  const words = wordsOf(tokens);
  let pointed = -1;
  for (let i = 0; i < Math.min(RETRACTION_OPENING, words.length - 1) && pointed < 0; i++) {
    if (DEMONSTRATIVES.has(words[i]) && SAID_NOUNS.has(words[i + 1])) pointed = i + 2;
  }
  if (pointed < 0) return false;
  let negated = false;
  for (let k = pointed; k < words.length; k++) {
    if (ERROR_WORDS.has(words[k]) || RETRACT_WORDS.has(words[k])) return true;
    const cue = cueAt(words, k);
    if (cue?.kind === 'neg' || cue?.kind === 'ne') negated = true;
    else if (negated && REFLECT_WORDS.has(words[k])) return true;
  }
  return false;
}

/** An evidence verb ("show", « prouvent », "belegen") within reach after token `from`: "but the messages show…". */
export function hasEvidenceAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(words.length, from + EVIDENCE_REACH); k++) if (cueAt(words, k)?.kind === 'evidence') return true;
  return false;
}

/** A sentence being marked: its tokens, their words, the tokens inside entity mentions. */
interface Context {
  tokens: readonly Token[];
  words: readonly string[];
  entityTokens: ReadonlySet<number>;
}

function isContent(ctx: Context, k: number): boolean {
  return ctx.entityTokens.has(k) || isContentWord(ctx.words[k]);
}

/** Index just after the clause of token `from`. */
function clauseEndOf(ctx: Context, from: number): number {
  const { tokens } = ctx;
  let k = from;
  while (k < tokens.length && tokens[k].clause === tokens[from].clause) k++;
  return k;
}

/** Index just after `reach` content words of the clause of token `after - 1`. */
function forwardOf(ctx: Context, after: number, reach: number): number {
  const { tokens } = ctx;
  const clause = tokens[after - 1]?.clause ?? 0;
  let k = after;
  let seen = 0;
  while (k < tokens.length && tokens[k].clause === clause && seen < reach) {
    if (isContent(ctx, k)) seen++;
    k++;
  }
  return k;
}

/** "without": like "no", it negates things, and so every item of a list of them (a negated verb's objects are not negated things). */
const WITHOUT = new Set(['without', 'sans', 'ohne', 'sin', 'без']);
/** Words that join the last item of a list: "without staff, offices or trade", « sans salariés, ni locaux ». */
const LIST_COORDINATORS = new Set(['or', 'and', 'nor', 'ou', 'et', 'ni', 'oder', 'und', 'noch', 'sowie', 'o', 'u', 'y', 'e', 'или', 'и', 'ни']);
/** Content words an item of such a list has at most ("any trade", "known activity"); more is a clause of its own. */
const LIST_ITEM_WORDS = 3;

/** Content words between two token indexes, and where the first list coordinator is (-1 if none). */
function listItemOf(ctx: Context, from: number, to: number): { content: number; coordinator: number } {
  let content = 0;
  let coordinator = -1;
  for (let k = from; k < to; k++) {
    if (coordinator < 0 && LIST_COORDINATORS.has(ctx.words[k])) coordinator = k;
    else if (isContent(ctx, k)) content++;
  }
  return { content, coordinator };
}

/**
 * A negation's reach `to` that ends its clause at a comma before the rest of a list goes on to the
 * list's last item: "without staff, offices or any trade" negates all three. Short items
 * only, and the list must end with its coordinator; "without delay, and the minister resigned" is
 * not a list, « sans salariés, ni locaux » is.
 */
function throughList(ctx: Context, cueEnd: number, to: number): number {
  const { tokens } = ctx;
  if (to >= tokens.length || to === 0 || tokens[to - 1].after !== ',' || tokens[to].clause === tokens[to - 1].clause) return to;
  if (listItemOf(ctx, cueEnd, to).content > LIST_ITEM_WORDS) return to;
  let items = 1;
  for (let k = to; k < tokens.length; ) {
    const end = clauseEndOf(ctx, k);
    const { content, coordinator } = listItemOf(ctx, k, end);
    if (content === 0 || content > LIST_ITEM_WORDS * (coordinator >= 0 ? 2 : 1)) return to;
    if (coordinator > k || (coordinator === k && (items >= 2 || COORDINATING_NEGATIONS.has(ctx.words[k])))) return end;
    if (coordinator >= 0 || tokens[end - 1].after !== ',') return to;
    items++;
    k = end;
  }
  return to;
}

function firstContentAfterOf(ctx: Context, after: number, within: number): number {
  for (let k = after; k < Math.min(ctx.tokens.length, after + within); k++) if (isContent(ctx, k)) return k;
  return -1;
}

/**
 * "no evidence (that) the firm knew": a negated noun of evidence leaves what follows it in its clause (and the clause it
 * announces) open; it neither says the firm knew nor that it did not. The tokens [from, to) left open, or null.
 */
function unevidenced(tokens: readonly Token[], words: readonly string[], flips: readonly Flip[]): [number, number] | null {
  for (const f of flips) {
    if (f.denial) continue;
    for (let k = Math.max(0, f.from); k < Math.min(words.length - 1, f.to); k++) {
      if (!EVIDENCE_NOUNS.has(words[k])) continue;
      let to = k + 1;
      while (to < tokens.length && tokens[to].clause === tokens[k].clause) to++;
      // („keine Belege dafür, dass …“, «нет доказательств того, что …»: the clause it announces)
      if (to < tokens.length && THAT_WORDS.has(words[to])) {
        const clause = tokens[to].clause;
        while (to < tokens.length && tokens[to].clause === clause) to++;
      }
      return [k + 1, to];
    }
  }
  return null;
}

interface Flip {
  from: number;
  to: number; // exclusive
  cue: number; // index in cues
  denial: boolean;
}

/**
 * Mark the polarity of a sentence's tokens. `entityTokens` marks tokens inside entity mentions:
 * they count as content, and a nominal negation does not reach back over them.
 */
export function markPolarity(
  tokens: readonly Token[],
  entityTokens: ReadonlySet<number> = new Set(),
  refutedByNext: boolean | (() => boolean) = false,
): PolarityMarks {
  const n = tokens.length;
  const words = wordsOf(tokens);
  const ctx: Context = { tokens, words, entityTokens };
  const cues: CueHit[] = [];
  const flips: Flip[] = [];
  const replaced = new Map<number, number>();
  const consumed = new Set<number>();
  let correction: CueHit | null = null;
  let uncertainAt = -1;
  const calls: number[] = [];
  const contrasts: number[] = [];
  const admitted: [number, number][] = [];

  for (let i = 0; i < n; i++) {
    if (consumed.has(i)) continue;
    const cue = cueAt(words, i);
    if (!cue) continue;
    const end = i + cue.tokens.length;
    switch (cue.kind) {
      case 'not-negation':
        for (let k = i; k < end; k++) consumed.add(k);
        break;
      case 'ne': {
        // «ne … pas/jamais/rien»: a negation; «ne … que»: "only"
        for (let k = i + 1; k < Math.min(n, i + 1 + NE_REACH) && tokens[k].clause === tokens[i].clause; k++) {
          if (FRENCH_RESTRICTIVE.has(words[k])) break;
          if (FRENCH_NEGATION_COMPLEMENTS.has(words[k])) {
            consumed.add(k);
            // «il n'est pas clair si …»: left open, not negated
            if (cueAt(words, k)?.kind === 'uncertain') {
              if (uncertainAt < 0) uncertainAt = k + 1;
              break;
            }
            const c = cues.push({ cue, at: i }) - 1;
            flips.push({ from: i + 1, to: forwardOf(ctx, k + 1, NEGATION_REACH), cue: c, denial: false });
            break;
          }
        }
        break;
      }
      case 'neg':
      case 'neg-nominal':
      case 'instead': {
        // « ne préjuge pas du verdict, ni de l'enquête en cours »: "nor" after a negation adds an
        // object to the negated verb; it denies nothing of its own
        if (COORDINATING_NEGATIONS.has(words[i]) && flips.some((f) => !f.denial && cues[f.cue].at < i)) break;
        const previous = flips.length ? flips[flips.length - 1] : null;
        if (previous && !previous.denial && cue.kind !== 'instead' && i - cues[previous.cue].at <= CONCORD_REACH && tokens[cues[previous.cue].at].clause === tokens[i].clause) {
          previous.to = Math.max(previous.to, forwardOf(ctx, end, NEGATION_REACH)); // «никогда не направляла»: one negation
          break;
        }
        // a new negation starts its own scope: "has never bid and is not going to bid" negates both verbs,
        // where two overlapping reaches would cancel out over the second one
        for (const f of flips) if (!f.denial && f.from <= i && f.to > i) f.to = i;
        const c = cues.push({ cue, at: i }) - 1;
        let from = end;
        if (cue.kind === 'neg-nominal' && i > 0 && tokens[i - 1].clause === tokens[i].clause && !entityTokens.has(i - 1) && isContent(ctx, i - 1)) from = i - 1;
        // German puts the verb last: "kein Lösegeld an die Erpresser gezahlt" negates the verb at the clause's end
        const nominal = cue.kind === 'neg-nominal' && !VERB_FINAL_NOMINAL.has(words[i]);
        const reach = forwardOf(ctx, end, nominal ? NOMINAL_REACH : NEGATION_REACH);
        const ofThings = cue.kind === 'neg-nominal' || WITHOUT.has(words[i]);
        flips.push({ from, to: ofThings ? throughList(ctx, end, reach) : reach, cue: c, denial: false });
        const target = firstContentAfterOf(ctx, end, 3);
        if (target >= 0 && (cue.kind === 'instead' || entityTokens.has(target) || /^\d/.test(words[target]))) replaced.set(target, i);
        if (cue.kind === 'instead') correction ??= cues[c];
        break;
      }
      case 'denial':
      case 'refute': {
        const c = cues.push({ cue, at: i }) - 1;
        // "X, contrary to what the minister said": X is asserted, the minister's words are what it refutes
        if (cue.kind === 'refute' && SPEECH_RELATIVES.has(words[end] ?? '')) {
          correction ??= cues[c];
          break;
        }
        let stop = Math.min(clauseEndOf(ctx, i), end + DENIAL_REACH);
        let from = end;
        // "withdrew a story, run on 9 May, that said X": the report's "that" clause is what it takes back (it was run)
        if (REPORT_NOUNS.has(words[end - 1] ?? '')) {
          for (let t = end; t < end + REPORT_THAT_REACH + 2 && t < tokens.length; t++) {
            if (THAT_WORDS.has(words[t])) {
              stop = Math.min(clauseEndOf(ctx, t + 1), t + 1 + DENIAL_REACH);
              from = t + 1;
              break;
            }
          }
        }
        let any = false;
        for (let k = from; k < stop && !any; k++) any = isContent(ctx, k) && !/^(?:it|this|that|them|cela|ceci|es|das|eso|это)$/u.test(words[k]);
        if (any) flips.push({ from, to: stop, cue: c, denial: true });
        else {
          // "…, he denied." / «…, a-t-il démenti»: the clause before
          let start = i;
          while (start > 0 && tokens[start - 1].clause === tokens[i].clause) start--;
          if (start === i && i > 0) {
            start = i - 1;
            while (start > 0 && tokens[start - 1].clause === tokens[i - 1].clause) start--;
          }
          flips.push({ from: start, to: i, cue: c, denial: true });
        }
        if (cue.kind === 'refute') correction ??= cues[c];
        break;
      }
      case 'admission':
        // owned up to: the rest of its clause ("admitted receiving money", "räumt Beteiligung am Brand ein"), or the
        // clause it opens after a comma (« a reconnu, que… », „gestand, dass…“, «признал, что…»)
        admitted.push([end, Math.min(clauseEndOf(ctx, THAT_WORDS.has(words[end] ?? '') ? end : i), end + DENIAL_REACH)]);
        break;
      case 'call':
        calls.push(i);
        break;
      case 'false-marker': {
        const call = calls.filter((k) => k < i && i - k <= CALL_REACH).pop();
        if (call === undefined) {
          // "Reports that X resigned are false", « Les informations selon lesquelles X … sont fausses »
          const that = reportedClaimBefore(words, i);
          if (that >= 0) flips.push({ from: that + 1, to: i - 1, cue: cues.push({ cue, at: i }) - 1, denial: true });
          break;
        }
        const c = cues.push({ cue, at: i }) - 1;
        let any = false;
        for (let k = call + 1; k < i && !any; k++) any = isContent(ctx, k);
        if (any) flips.push({ from: call + 1, to: i, cue: c, denial: true });
        else {
          let start = call;
          while (start > 0 && tokens[start - 1].clause === tokens[call].clause) start--;
          if (start === call && call > 0) {
            start = call - 1;
            while (start > 0 && tokens[start - 1].clause === tokens[call - 1].clause) start--;
          }
          flips.push({ from: start, to: call, cue: c, denial: true });
        }
        break;
      }
      case 'correction':
        correction ??= { cue, at: i };
        break;
      case 'contrast':
        contrasts.push(i);
        break;
      case 'uncertain':
        if (uncertainAt < 0) uncertainAt = end - 1;
        break;
      default:
        break;
    }
    for (let k = i + 1; k < end; k++) consumed.add(k);
  }

  // a denial followed by "but … show" (here or at the start of the next sentence) is refuted
  let refutedDenial: CueHit | null = null;
  const denials = flips.filter((f) => f.denial);
  if (denials.length) {
    const firstDenial = Math.min(...denials.map((f) => cues[f.cue].at));
    const refuted =
      contrasts.some((c) => c > firstDenial && hasEvidenceAfter(words, c + 1)) ||
      (typeof refutedByNext === 'function' ? refutedByNext() : refutedByNext);
    if (refuted) refutedDenial = cues[denials[0].cue];
  }

  // a question asserts nothing: "what's behind this leak?"
  const questions = new Set<number>();
  tokens.forEach((t) => {
    if (t.after === '?') questions.add(t.clause);
  });

  const negated = new Uint8Array(n);
  const cueOf = new Int16Array(n).fill(-1);
  for (const f of flips) {
    if (f.denial && refutedDenial) continue;
    for (let k = Math.max(0, f.from); k < Math.min(n, f.to); k++) {
      negated[k] ^= 1;
      cueOf[k] = f.cue;
    }
  }
  const open = new Uint8Array(n);
  tokens.forEach((t, k) => {
    if (questions.has(t.clause) || (uncertainAt >= 0 && k > uncertainAt)) open[k] = 1;
  });
  const unproven = unevidenced(tokens, words, flips);
  if (unproven) open.fill(1, unproven[0], unproven[1]);
  return { negated, open, cueOf, cues, replaced, correction, refutedDenial, uncertainAt, contrasts, admitted };
}

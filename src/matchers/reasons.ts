/**
 * Why a story supports, contradicts or possibly concerns a claim, in plain words a reader can check
 * against the two sentences ("the story gives 3,000 sponsored tweets; the claim says about 1,823").
 * Every explanation of a stance — `veille explain`, digests, alerts, webhooks — is written here,
 * from the evidence the rules weighed; no word stem and no internal rule name reaches a reader.
 */
import type { Stance } from '../domain/types.js';
import type { ClaimProfile } from './claim-profile.js';
import type { DateMention } from './dates.js';
import { originalWords } from './normalize.js';
import { isCurrency, type ClaimQuantity } from './quantities.js';
import type { StanceEvidence } from './stance-evidence.js';
import { isWordConflict } from './stance-rules.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "5 November 2016", "November 2016", "2016", "19 January" (a date without its year). */
export function plainDate(d: { year?: number; month?: number; day?: number }): string {
  const month = d.month !== undefined ? MONTH_NAMES[d.month - 1] : undefined;
  return [d.day !== undefined && month ? String(d.day) : null, month ?? null, d.year !== undefined ? String(d.year) : null].filter(Boolean).join(' ') || 'an undated day';
}

/** A claim's date as the watchlist writes it ("2016-11-05", "2016-11 (before 2016-11-08)") in words. */
function plainClaimDate(text: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text.trim());
  return m ? plainDate({ year: +m[1], month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined }) : text;
}

/** 1823 → "1,823", 274100.5 → "274,100.5" (toLocaleString is slow in a hot path). */
function thousands(value: number): string {
  const [int, frac] = String(value).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

/** "3,000 sponsored tweets", "$274,100" — a figure with its unit words, as a reader writes it. */
function plainQuantity(value: number, unit: string | null, words: readonly string[], approx: boolean): string {
  // "400 million", "1.5 million": as people write large round figures
  const n = value >= 1e6 && value % 1e5 === 0 ? `${value / 1e6} million` : thousands(value);
  const currency: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
  if (unit && currency[unit]) return `${approx ? 'about ' : ''}${currency[unit]}${n}`;
  if (unit && /^[A-Z]{3}$/.test(unit)) return `${approx ? 'about ' : ''}${n} ${unit}`;
  // (a share is a share of anything: "8% el día" is 8 percent, not "8 el dia")
  const label = unit === 'percent' ? 'percent' : words.length ? words.slice(0, 2).join(' ') : (unit ?? '');
  return `${approx ? 'about ' : ''}${n}${label ? ` ${label}` : ''}`;
}

/** Shown in the claim's or the story's own words unless it is money or a share, which read alike in any language. */
const inOwnWords = (unit: string | null) => !isCurrency(unit) && unit !== 'percent';

/** A figure as a sentence writes it, out of its sentence ("Four people" → "four people"). */
const midSentence = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** The claim's figure as its statement writes it ("1,650 residents"), else with the name of what it counts ("4 deaths"). */
function claimFigureText(c: ClaimQuantity): string {
  if (c.written && inOwnWords(c.unit)) return midSentence(c.written);
  const label = c.unit && inOwnWords(c.unit) && c.value !== 1 ? [c.unit] : [...c.words].slice(0, 1);
  return plainQuantity(c.value, c.unit, label, c.approx);
}

/** Tokens [from, to) of the evidence's sentence as the story writes them ("rund 1.650 Bewohner", "написала"). */
function written(e: StanceEvidence, from: number, to = from + 1): string {
  return originalWords(e.norm, e.reading.tokens[from].start, e.reading.tokens[to - 1].end);
}

/** The sentence's words at these tokens as the story writes them, quoted ("never", "wrote"). */
const quoted = (e: StanceEvidence, tokens: readonly number[], max = 4) =>
  tokens
    .slice(0, max)
    .map((k) => `“${written(e, k)}”`)
    .join(', ');

export interface ReasonContext {
  /** entity id → display name */
  names: ReadonlyMap<string, string>;
  /** the claim the sentence fits better, when a sibling claim took it */
  betterClaim?: string | null;
  /** the story was published before the claim's events (or the storyline's) could be reported */
  early?: boolean;
}

/** One sentence: why this stance (or why it stayed `possible`). */
export function stanceReason(e: StanceEvidence, stance: Stance, profile: ClaimProfile, ctx: ReasonContext): string {
  const name = (id: string) => ctx.names.get(id) ?? id;
  const parts: string[] = [];
  const q = e.quantity;
  const storyFigure = !q ? '' : inOwnWords(q.story.unit) ? midSentence(written(e, ...q.story.shown)) : plainQuantity(q.story.value, q.story.unit, q.story.words, q.story.approx);
  const claimFigure = q ? claimFigureText(q.claim) : '';
  const storyDate = e.date ? plainDate(e.date.story as DateMention) : '';

  if (stance === 'contradicts' || (stance === 'possible' && e.contradiction >= e.support)) {
    if (e.conflictRules.includes('seed-correction') && profile.seedError) {
      parts.push(`the story states what the seeds got wrong here: ${profile.seedError.text}`);
    } else if (q?.verdict === 'mismatch') {
      parts.push(
        e.quantityNegated ? `the story denies the claim's figure (${claimFigure})` : `the story gives ${storyFigure}; the claim says ${claimFigure}`,
      );
    } else if (e.date?.verdict === 'mismatch') {
      parts.push(`the story dates it ${storyDate}; the claim says ${plainClaimDate(e.date.claim)}`);
    } else if (e.replacedEntity && e.conflictRules.includes('replaced-name')) {
      parts.push(`the story says it was not ${name(e.replacedEntity)}`);
    } else if (e.conflictRules.includes('retraction')) {
      parts.push(`the story tells the claim's fact (${quoted(e, e.agreeTokens)}) and then takes it back as wrong`);
    } else if (e.conflictRules.includes('admission')) {
      parts.push(`the story reports an admission (${quoted(e, e.admittedTokens)}) of what the claim says did not happen`);
    } else if (e.affirmsNegated) {
      // (the words it asserts: a word of the claim it negates too, "was not financed", is no sign it happened)
      const asserted = e.disagreeTokens.filter((k) => e.reading.polarity[k] === 1);
      parts.push(`the story says it did happen (${quoted(e, asserted)}), where the claim says it did not or that it is unclear`);
    } else if (e.deniesAsserted || e.denial) {
      parts.push(`the story denies what the claim says (${quoted(e, e.disagreeTokens)}${e.denial ? `; “${e.denial}”` : ''})`);
    } else if (e.negatedEntity) {
      parts.push(`the story puts ${name(e.negatedEntity)} under a negation`);
    }
    if (stance === 'possible') {
      if (!e.specificConflict) parts.push(notSpecific(e));
      else if (ctx.betterClaim && isWordConflict(e)) parts.push(`but the sentence denies claim ${ctx.betterClaim} more`);
      else if (ctx.betterClaim) parts.push(`the figure or date is ${ctx.betterClaim}'s, another event of the same people`);
    }
  } else {
    if (q?.verdict === 'match') parts.push(`the story gives ${storyFigure}, as the claim does (${claimFigure})`);
    if (e.date && e.date.verdict !== 'mismatch') {
      parts.push(e.date.verdict === 'match' ? `the story gives the claim's date (${storyDate})` : `the story's date (${storyDate}) fits the claim's (${plainClaimDate(e.date.claim)})`);
    }
    if (e.supportRule === 'retraction') parts.push(`the story tells what the claim says was taken back (${quoted(e, e.disagreeTokens)}) and takes it back too`);
    if (e.agreeTokens.length) parts.push(`it says ${quoted(e, e.agreeTokens)}, as the claim does`);
    if (e.refutedDenial) parts.push(`it reports a denial (“${e.refutedDenial}”) and refutes it`);
    if (e.rolesReversed) parts.push('but with the roles the other way round (who did what to whom)');
    if (stance === 'possible') {
      if (ctx.betterClaim) parts.push(`but the sentence fits claim ${ctx.betterClaim} better`);
      else if (e.supportRule === 'predicate') parts.push('but the sentence names few of the claim’s people and things');
      else if (!e.supportRule) parts.push('but not the claim’s own fact (its figure, its date or its wording)');
    }
  }
  if (stance === 'possible' && ctx.early) parts.push('but the story was published before the claim’s events, so it cannot report on them');
  // nothing more than names: say so (the evidence does not record which of the claim's names these are)
  if (!parts.length) parts.push(e.entitiesInSentence > 0 ? 'the sentence names people or things of the claim, and says nothing more of it' : 'the story speaks of the claim');
  // a part may end a sentence of its own (a seed error's note): one full stop, not two
  const text = parts.join('; ').replace(/[.\s]+$/, '');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function notSpecific(e: StanceEvidence): string {
  if (e.conflictRules.includes('number')) return 'but the figure is not given for the claim’s own people, so it may be another count';
  if (e.conflictRules.includes('date')) return 'but the date is not tied to the claim’s own event';
  if (e.conflictRules.includes('opposite-words') || e.conflictRules.includes('denial') || e.conflictRules.includes('negated-name')) {
    return 'but the negation is not a denial of the claim by or about its own people';
  }
  if (e.conflictRules.includes('admission')) return 'but the admission is not made by the claim’s own people';
  return 'but the evidence is not specific enough to assert it';
}

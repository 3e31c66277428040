import type { ClaimHit, Stance, StoryScore } from '../domain/types.js';
import { oneLine, sortedEntities } from './format.js';

/**
 * The one place that turns a match's internal evidence into words a reader sees (digest, Slack,
 * webhook). No stems, no rule ids, no raw scores: those stay in `veille explain`.
 */

/** How a stance reads in a heading: "Contradicts C35". */
export const STANCE_VERB: Record<Stance, string> = {
  contradicts: 'Contradicts',
  supports: 'Supports',
  possible: 'Possibly about',
};

const FALLBACK_REASON: Record<Stance, string> = {
  contradicts: 'the story states it differently from the claim',
  supports: 'the story states the same fact as the claim',
  possible: 'the story speaks of the same fact without saying clearly whether it agrees',
};

const MAX_NAMES = 4; // "mentions A, B, C and D": more names read as a list, not a reason

/** Why a claim finding was made, in a sentence: the matcher's own `reason` when it gives one. */
export function claimReason(hit: ClaimHit): string {
  const reason = hit.reason ? oneLine(hit.reason) : '';
  const text = reason && looksPlain(reason) ? reason : FALLBACK_REASON[hit.stance];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A line meant for people: no claim ids, no "×3" counts, no decimals that are scores, no
 * `key: stem, stem` lists from the matcher's internals.
 */
export function looksPlain(line: string): boolean {
  if (/\bC\d{1,3}\b/.test(line)) return false; // claim ids are shown in the heading, not inside reasons
  if (/×|\(\d\.\d+\)|\b0\.\d{2,}\b/.test(line)) return false;
  if (/^(entities|storyline words|specific entit\w*|together in seed claims|claim candidate|claim)\b/i.test(line)) return false;
  return true;
}

/** "A, B and C" */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Why a story is in front of the reader, as short sentences: who it names (the watchlist's own
 * aliases, as matched), then the matcher's `why` lines that are already plain words.
 */
export function readerWhy(score: StoryScore, max = 2): string[] {
  const names: string[] = [];
  for (const hit of sortedEntities(score.entities)) {
    const name = oneLine(hit.alias || '');
    if (name && !/^[@#]/.test(name) && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  const lines: string[] = [];
  if (names.length > 0) {
    const shown = names.slice(0, MAX_NAMES);
    const more = names.length - shown.length;
    lines.push(`Names ${listWords(more > 0 ? [...shown, `${more} more`] : shown)}`);
  }
  for (const line of score.why.map(oneLine)) {
    // the matcher's own "names …" line repeats the names above
    if (line && looksPlain(line) && !/^names /i.test(line) && !lines.includes(line)) lines.push(line.charAt(0).toUpperCase() + line.slice(1));
  }
  return lines.slice(0, max);
}

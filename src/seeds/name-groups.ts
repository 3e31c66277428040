/**
 * Helpers for grouping name forms: a union-find over keys, acronym/initials checks, token
 * suffixes, entity-id slugs.
 */
import { foldText } from '../matchers/normalize.js';
import { ROMAN_SUFFIXES } from './lexicon.js';

/** Folded letters and digits only. */
export const bareLetters = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]/gu, '');

/** Are the letters of `acronym` the initials (or in-order letters) of `name`, from its first letter? */
export function isAcronymOf(acronym: string, name: string): boolean {
  const a = bareLetters(acronym);
  const n = bareLetters(name);
  if (a.length < 2 || n.length <= a.length || a[0] !== n[0]) return false;
  let i = 0;
  for (const ch of n) if (ch === a[i]) i++;
  return i >= a.length;
}

/** Union-find over name keys; the smaller key is the root, so the result does not depend on order. */
export class Groups {
  private parent = new Map<string, string>();
  find(k: string): string {
    let root = k;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(k, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Entity id: folded words joined by "_" ("John Roe Jr." → john_roe_jr). */
export function slug(text: string): string {
  return foldText(text.replace(/^@/, ''))
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** "robert hale iii" → "robert hale". */
export function withoutRoman(tokens: string[]): string[] {
  return tokens.length > 2 && ROMAN_SUFFIXES.has(tokens[tokens.length - 1]) ? tokens.slice(0, -1) : tokens;
}

/** Is `tail` a proper suffix of `tokens` ("roe jr" of "john roe jr")? */
export function endsWith(tokens: string[], tail: string[]): boolean {
  if (tail.length >= tokens.length) return false;
  return tail.every((t, i) => tokens[tokens.length - tail.length + i] === t);
}

/** Do the tokens appear in this order in a handle's letters ("johnqroejr": john, roe, jr)? */
export function inOrder(flat: string, tokens: string[]): boolean {
  let at = 0;
  for (const t of tokens) {
    const i = flat.indexOf(t.replace(/[^\p{L}\p{N}]/gu, ''), at);
    if (i < 0) return false;
    at = i + t.length;
  }
  return true;
}

/**
 * Every alias of the watchlist compiled once into one Aho-Corasick automaton over normalised text.
 *
 * One pass over a story finds every alias occurrence; a match counts only on word boundaries
 * (Unicode letters/digits), so "ZT" is not found inside "AZTEC" nor "ZG" inside "ZGram";
 * overlapping matches are resolved leftmost-longest ("John Roe Jr." wins over "John Roe").
 */
import type { Watchlist } from '../config/watchlist.js';
import { aliasKey, isWordCode } from './normalize.js';

/** What one key of the automaton stands for: an alias of an entity, or a context word. */
export interface PatternRef {
  /** entity id, or null for a watchlist context word */
  entityId: string | null;
  /** index in the entity's aliases (or in context_words) */
  aliasIndex: number;
}

export interface AliasMatch extends PatternRef {
  /** span in the normalised text */
  start: number;
  end: number;
}

/** Shortest Latin name that may take a German/English genitive "s" ("Ekdals Anwalt", "Hales Bericht"). */
const GENITIVE_MIN_LENGTH = 4;

function genitiveS(key: string, text: string, end: number): boolean {
  const last = key.charCodeAt(key.length - 1);
  return (
    key.length >= GENITIVE_MIN_LENGTH &&
    last >= 0x61 && last <= 0x7a && last !== 0x73 &&
    text.charCodeAt(end) === 0x73 &&
    (end + 1 >= text.length || !isWordCode(text.charCodeAt(end + 1)))
  );
}

/**
 * An English "n't" contraction after the key ("Don't", "Won't"): the word is "do", "wo", not the
 * name the key spells ("Don"), though the apostrophe ends the key on a word boundary.
 */
function contraction(key: string, text: string, end: number): boolean {
  const quote = text.charCodeAt(end);
  return (
    key.charCodeAt(key.length - 1) === 0x6e && // n
    (quote === 0x27 || quote === 0x2019) &&
    text.charCodeAt(end + 1) === 0x74 && // t
    (end + 2 >= text.length || !isWordCode(text.charCodeAt(end + 2)))
  );
}

/** Aho-Corasick automaton over UTF-16 code units of normalised text. */
export class KeywordAutomaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** key index ending exactly at a node, or -1 */
  private readonly output: number[] = [-1];
  /** nearest node on the failure chain that has an output, or -1 */
  private readonly outLink: number[] = [-1];
  private readonly keys: string[] = [];
  /**
   * full transition table for the ASCII units the keys use (node * width + column), failure links folded
   * in; an ASCII unit no key uses leads back to the root
   */
  private ascii = new Int32Array(0);
  /** per node: the first node of its output chain (itself when a key ends there), or -1: one read per character */
  private firstOut = new Int32Array(0);
  /** ASCII unit → its column in `ascii`, or -1 when no key uses it */
  private readonly column = new Int16Array(128).fill(-1);
  private width = 0;

  constructor(keys: readonly string[]) {
    for (const key of keys) this.insert(key);
    this.link();
  }

  private insert(key: string): void {
    const index = this.keys.length;
    this.keys.push(key);
    if (!key) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c < 128 && this.column[c] === -1) this.column[c] = this.width++;
      let to = this.next[node].get(c);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.output.push(-1);
        this.outLink.push(-1);
        this.next[node].set(c, to);
      }
      node = to;
    }
    if (this.output[node] === -1) this.output[node] = index;
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of this.next[0].values()) queue.push(child);
    const { column, width } = this;
    const ascii = new Int32Array(this.next.length * width);
    for (const [c, child] of this.next[0]) if (c < 128) ascii[column[c]] = child;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      // breadth-first: the failure node's row is complete before this one
      const row = node * width;
      const failRow = this.fail[node] * width;
      // the failure node's row, then this node's own ASCII transitions over it
      ascii.copyWithin(row, failRow, failRow + width);
      for (const [c, child] of this.next[node]) {
        if (c < 128) ascii[row + column[c]] = child;
        let f = this.fail[node];
        while (f && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.fail[child];
        this.outLink[child] = this.output[fc] !== -1 ? fc : this.outLink[fc];
        queue.push(child);
      }
    }
    this.ascii = ascii;
    this.firstOut = Int32Array.from(this.output, (k, node) => (k !== -1 ? node : this.outLink[node]));
  }

  /** Every key occurrence on word boundaries, as [keyIndex, start, end] triples, in end order. */
  findAll(text: string): number[] {
    const found: number[] = [];
    const { ascii, column, width, firstOut } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const col = column[c];
        node = col < 0 ? 0 : ascii[node * width + col];
      } else {
        let to = this.next[node].get(c);
        while (to === undefined && node) {
          node = this.fail[node];
          to = this.next[node].get(c);
        }
        node = to ?? 0;
      }
      const first = firstOut[node];
      if (first === -1) continue;
      for (let o = first; o !== -1; o = this.outLink[o]) {
        const k = this.output[o];
        const key = this.keys[k];
        const end = i + 1;
        const start = end - key.length;
        if (isWordCode(key.charCodeAt(0)) && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        if (isWordCode(key.charCodeAt(key.length - 1)) && end < text.length && isWordCode(text.charCodeAt(end)) && !genitiveS(key, text, end)) continue;
        if (contraction(key, text, end)) continue;
        found.push(k, start, end);
      }
    }
    return found;
  }
}

/** Keep non-overlapping matches, leftmost first and, among those starting together, the longest. */
export function leftmostLongest<T extends { start: number; end: number }>(matches: T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = 0;
  for (const m of sorted) {
    if (m.start < reach) {
      // the same span for another entity (an alias shared by two entities): keep both
      const last = kept[kept.length - 1];
      if (last && last.start === m.start && last.end === m.end) kept.push(m);
      continue;
    }
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

/** The watchlist's aliases and context words, compiled once. */
export interface AliasIndex {
  /** refs[k] = every (entity, alias) whose key is keys[k] */
  refs: PatternRef[][];
  keys: string[];
  automaton: KeywordAutomaton;
  /** leftmost-longest matches in normalised text */
  match(normalized: string): AliasMatch[];
}

export function compileAliases(watchlist: Pick<Watchlist, 'entities' | 'context_words'>): AliasIndex {
  const byKey = new Map<string, PatternRef[]>();
  const add = (text: string, ref: PatternRef) => {
    const key = aliasKey(text);
    if (!key) return;
    const refs = byKey.get(key) ?? [];
    // one ref per entity for a key: "OpenLedger" and "Openledger" fold to the same key
    if (!refs.some((r) => r.entityId === ref.entityId)) refs.push(ref);
    byKey.set(key, refs);
  };
  for (const entity of watchlist.entities) {
    entity.aliases.forEach((alias, aliasIndex) => add(alias.text, { entityId: entity.id, aliasIndex }));
  }
  (watchlist.context_words ?? []).forEach((word, aliasIndex) => add(word, { entityId: null, aliasIndex }));
  const keys = [...byKey.keys()];
  const refs = keys.map((k) => byKey.get(k)!);
  const automaton = new KeywordAutomaton(keys);
  return {
    refs,
    keys,
    automaton,
    match(normalized: string): AliasMatch[] {
      const raw = automaton.findAll(normalized);
      const all: AliasMatch[] = [];
      for (let i = 0; i < raw.length; i += 3) {
        for (const ref of refs[raw[i]]) all.push({ entityId: ref.entityId, aliasIndex: ref.aliasIndex, start: raw[i + 1], end: raw[i + 2] });
      }
      return leftmostLongest(all);
    },
  };
}

/**
 * One sentence as the stance matcher reads it: its words, the names in it and the claims' anchors
 * (word stems and concepts) at once; its polarity, dates and numbers only when a claim's weighing
 * asks for them (most sentences never are). Word lookups are memoised per model: news vocabulary
 * repeats, so after a few stories almost every word is known.
 */
import { lookupKeys, type StanceModel } from './claim-profile.js';
import { findDates, findRelativeDates, type DateMention } from './dates.js';
import type { EntityOccurrence, StoryAnalysis } from './entities.js';
import { conceptOf } from './lexicon-concepts.js';
import { markPolarity, opensWithRefutation, plainPolarity, tokenPolarity, type PolarityMarks } from './polarity.js';
import { findQuantities, type Quantity } from './quantities.js';
import { normalizedSpan, tokenIndexAt, type Token } from './tokens.js';
import { CUE, DATE, NUMBER, RELATIVE, SHORT_WORDS_THAT_MATTER, shortCode, wordFlags } from './word-flags.js';

export interface StanceInput {
  analysis: StoryAnalysis;
  lang?: string | null;
  publishedAt?: string | null;
}


/** What a sentence reading needs of its story: the input, its sentences' tokens, its language (for relative dates). */
export interface ReadingContext {
  input: StanceInput;
  tokensOf: (sentence: number) => Token[];
  language: () => string | null;
  /** the entities the story names */
  present: ReadonlySet<string>;
}

export interface SentenceFeatures {
  tokens: Token[];
  /** which parsers the sentence's words call for (word-flags.ts) */
  flags: number;
  marks: PolarityMarks;
  polarity: Int8Array;
  /** token index → entity id, for every token of an entity mention */
  entityAt: Map<number, string>;
  /** entity id → token index of each mention's first token */
  mentions: Map<string, number[]>;
  /** entity id → token of a common noun of its names ("the fire") in a story that names it: the sentence speaks of it */
  referred: Map<string, number>;
  dates: DateMention[];
  quantities: Quantity[];
  /** anchor hits: claim index → [anchor index, token index][] */
  anchorHits: Map<number, [number, number][]>;
  /** seed-error term hits: claim index → [key, token index][] */
  seedHits: Map<number, [string, number][]>;
}

/** Words looked up per model before the memo starts over (news vocabulary repeats: most lookups hit). */
const WORD_MEMO_SIZE = 50_000;

interface WordRefs {
  anchors: { claim: number; anchor: number }[];
  seeds: { claim: number; key: string }[];
  /** entities the word may refer to (StanceModel.heads) */
  heads: string[];
  /** word-flags.ts */
  flags: number;
}
const wordMemos = new WeakMap<StanceModel, Map<string, WordRefs | null>>();

const NO_REFS: WordRefs = { anchors: [], seeds: [], heads: [], flags: 0 };

/** The claim anchors and seed-error terms a folded word finds (its stem keys and its concept), and its flags; memoised. */
function wordRefs(model: StanceModel, word: string): WordRefs {
  let memo = wordMemos.get(model);
  if (!memo) wordMemos.set(model, (memo = new Map()));
  const known = memo.get(word);
  if (known !== undefined) return known ?? NO_REFS;
  const keys = lookupKeys(word);
  const concept = conceptOf(word);
  if (concept) keys.push(`@${concept}`);
  const refs: WordRefs = { anchors: [], seeds: [], heads: [], flags: wordFlags(word) };
  for (const key of keys) {
    const anchors = model.anchorIndex.get(key);
    const seeds = model.seedTermIndex.get(key);
    const heads = model.heads.get(key);
    if (anchors) refs.anchors.push(...anchors);
    if (seeds) for (const claim of seeds) refs.seeds.push({ claim, key });
    // a concept's word ("meeting") is the claims' predicate already, not a name
    if (heads && !concept) for (const id of heads) if (!refs.heads.includes(id)) refs.heads.push(id);
  }
  const stored = refs.anchors.length || refs.seeds.length || refs.heads.length || refs.flags ? refs : null;
  if (memo.size >= WORD_MEMO_SIZE) memo.clear();
  memo.set(word, stored);
  return stored ?? NO_REFS;
}

/**
 * One sentence as the stance matcher reads it: its words, names and the claims' anchors at once;
 * its polarity, dates and numbers when a claim's weighing asks for them (most sentences never are).
 */
export class SentenceReading implements SentenceFeatures {
  readonly entityAt = new Map<number, string>();
  readonly mentions = new Map<string, number[]>();
  readonly referred = new Map<string, number>();
  readonly anchorHits = new Map<number, [number, number][]>();
  readonly seedHits = new Map<number, [string, number][]>();
  /** which parsers the sentence's words call for (word-flags.ts) */
  readonly flags: number;
  private marksValue?: PolarityMarks;
  private polarityValue?: Int8Array;
  private parsed?: { dates: DateMention[]; quantities: Quantity[] };

  constructor(
    readonly tokens: Token[],
    private readonly index: number,
    private readonly context: ReadingContext,
    model: StanceModel,
    candidates: Uint8Array,
    occurrences: readonly [string, EntityOccurrence][],
  ) {
    const { norm } = context.input.analysis;
    for (const [id, o] of occurrences) {
      const m = normalizedSpan(norm, o.start, o.end);
      const first = tokenIndexAt(tokens, m.start);
      if (first < 0) continue;
      for (let k = first; k < tokens.length && tokens[k].start < m.end; k++) this.entityAt.set(k, id);
      const list = this.mentions.get(id);
      if (list) list.push(first);
      else this.mentions.set(id, [first]);
    }
    let flags = 0;
    for (let k = 0; k < tokens.length; k++) {
      const word = tokens[k].text;
      if (tokens[k].after === '?') flags |= CUE; // a question is open
      const c = word.charCodeAt(0);
      if (c >= 48 && c <= 57) {
        flags |= NUMBER | DATE; // numbers are no anchors
        continue;
      }
      if (word.length <= 2 && !SHORT_WORDS_THAT_MATTER.has(shortCode(word))) continue;
      const refs = wordRefs(model, word);
      flags |= refs.flags;
      for (const id of refs.heads) {
        // "the Clinton campaign", « l'incendie de Valdrôme »: another name's
        const beside = this.entityAt.get(k - 1) ?? this.entityAt.get(k + 1) ?? id;
        if (beside === id && context.present.has(id) && !this.mentions.has(id) && !this.referred.has(id)) this.referred.set(id, k);
      }
      for (const ref of refs.anchors) {
        if (!candidates[ref.claim]) continue;
        const list = this.anchorHits.get(ref.claim);
        if (list) list.push([ref.anchor, k]);
        else this.anchorHits.set(ref.claim, [[ref.anchor, k]]);
      }
      for (const ref of refs.seeds) {
        if (!candidates[ref.claim]) continue;
        const list = this.seedHits.get(ref.claim);
        if (list) list.push([ref.key, k]);
        else this.seedHits.set(ref.claim, [[ref.key, k]]);
      }
    }
    this.flags = flags;
  }

  get marks(): PolarityMarks {
    return (this.marksValue ??=
      this.flags & CUE ? markPolarity(this.tokens, new Set(this.entityAt.keys()), () => opensWithRefutation(this.context.tokensOf(this.index + 1))) : plainPolarity(this.tokens.length));
  }

  get polarity(): Int8Array {
    return (this.polarityValue ??= tokenPolarity(this.marks, this.tokens.length));
  }

  get dates(): DateMention[] {
    return this.parse().dates;
  }

  get quantities(): Quantity[] {
    return this.parse().quantities;
  }

  private parse(): { dates: DateMention[]; quantities: Quantity[] } {
    if (this.parsed) return this.parsed;
    const { input, language } = this.context;
    const index = this.index;
    const used = new Set<number>();
    const dates = this.flags & DATE ? findDates(this.tokens, used) : [];
    if (input.publishedAt && this.flags & RELATIVE) {
      dates.push(...findRelativeDates(input.analysis.sentences[index].text, this.tokens, language(), input.publishedAt));
    }
    const quantities = this.flags & NUMBER ? findQuantities(this.tokens, used, this.entityAt) : [];
    return (this.parsed = { dates, quantities });
  }
}

/**
 * Claims from seed sentences that state a checkable fact: a number, a date or a reporting verb
 * ("a déclaré", "selon", "said", "erklärte", "según", "заявил"), about at least one proposed entity
 * (or with a number or date to compare). The quote is the sentence; the statement is the sentence
 * without its connective opening or glued fragment (statement.ts): ops rewrite it.
 */
import { findDates } from './dates.js';
import { candidateKey } from './entities.js';
import { foldedPhrases, REPORTING_PHRASES, wordsKey } from './lexicon.js';
import { nonClaimReason } from './non-claims.js';
import { statementOf } from './statement.js';
import { findQuantities } from './quantities.js';
import type { SeedMention } from './split-names.js';

export interface ProposedClaim {
  id: string;
  source: string;
  quote: string;
  statement: string;
  entities: string[];
  quantities: { value: number; unit?: string; approx: boolean; text: string }[];
  dates: { value: string; what?: string }[];
}

export interface ClaimOptions {
  /**
   * Shorter sentences are headings, captions or fragments.
   * @defaultValue 8
   */
  minClaimWords?: number;
  /**
   * At most this many claims are kept, the most checkable first (dates, numbers, named entities).
   * @defaultValue 40
   */
  maxClaims?: number;
}

/** Words in lower case a claim's sentence holds at least (a verb, its articles and prepositions). */
const MIN_PLAIN_WORDS = 4;
/** Longer "sentences" are unsplit paragraphs or lists: no single claim to check. */
const MAX_CLAIM_CHARS = 700;
const REPORTING_KEYS = foldedPhrases(REPORTING_PHRASES);

export function hasReportingVerb(sentence: string): boolean {
  const key = wordsKey(sentence);
  return REPORTING_KEYS.some((k) => key.includes(k));
}

export interface SeedSentences {
  key: string;
  sentences: readonly string[];
}

/** How checkable a claim is: a date or a number can be contradicted outright; named actors say who. */
export function checkability(c: { dates: readonly unknown[]; quantities: readonly unknown[]; entities: readonly unknown[] }): number {
  return 2 * Math.min(c.dates.length, 2) + 2 * Math.min(c.quantities.length, 2) + Math.min(c.entities.length, 3);
}

/** Most checkable first; ties keep document and sentence order. */
function rankByCheckability<T extends Pick<ProposedClaim, 'dates' | 'quantities' | 'entities'>>(drafts: readonly T[]): T[] {
  return drafts.map((c, i) => ({ c, i, score: checkability(c) })).sort((a, b) => b.score - a.score || a.i - b.i).map((x) => x.c);
}

/** Claims of every document, the most checkable first (at most `maxClaims`), numbered C01…; the same sentence twice is one claim. */
export function proposeClaims(
  docs: readonly SeedSentences[],
  mentions: readonly SeedMention[],
  idByKey: ReadonlyMap<string, string>,
  options: ClaimOptions = {},
): (ProposedClaim & { at: string })[] {
  const minWords = options.minClaimWords ?? 8;
  const bySentence = new Map<string, SeedMention[]>();
  for (const m of mentions) {
    const k = `${m.doc}:${m.sentence}`;
    const list = bySentence.get(k) ?? [];
    list.push(m);
    bySentence.set(k, list);
  }
  // `at`: the "doc:sentence" the claim comes from
  const drafts: (Omit<ProposedClaim, 'id'> & { at: string })[] = [];
  const seen = new Set<string>();
  docs.forEach((doc, d) => {
    doc.sentences.forEach((raw, s) => {
      const sentence = raw.replace(/\s+/gu, ' ').trim();
      if (sentence.length > MAX_CLAIM_CHARS || sentence.endsWith('?')) return;
      if ((sentence.match(/[\p{L}\p{N}]+/gu) ?? []).length < minWords) return;
      // a sentence says something in words: a reference or a list of names and numbers does not
      // ("[12]: Smith 3/4/19 S-7, at 5.", "Lyon 41 12.5% -0.3%")
      if ((sentence.match(/(?<![\p{L}\p{N}])\p{Ll}{2,}/gu) ?? []).length < MIN_PLAIN_WORDS) return;
      if (nonClaimReason(sentence)) return;
      const dates = findDates(raw);
      const quantities = findQuantities(raw, dates);
      const reporting = hasReportingVerb(raw);
      if (!dates.length && !quantities.length && !reporting) return;
      const found = [...(bySentence.get(`${d}:${s}`) ?? [])].sort((a, b) => a.mention.start - b.mention.start);
      const namesAt = (start: number, end: number) => found.some((m) => m.mention.start < end && m.mention.end > start);
      const entities = [...new Set(found.map((m) => idByKey.get(candidateKey(m.mention))).filter((id): id is string => id !== undefined))];
      // a reported statement about nobody we watch cannot be matched to a story
      if (!entities.length && !dates.length && !quantities.length) return;
      const dedupe = wordsKey(sentence);
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      drafts.push({
        at: `${d}:${s}`,
        source: doc.key,
        quote: sentence,
        statement: statementOf(raw, namesAt, minWords),
        entities,
        quantities: quantities.map((q) => ({ value: q.value, ...(q.unit ? { unit: q.unit } : {}), approx: q.approx, text: q.text })),
        dates: dates.map((x) => ({ value: x.value, ...(x.what ? { what: x.what } : {}) })),
      });
    });
  });
  const kept = rankByCheckability(drafts).slice(0, options.maxClaims ?? 40);
  const width = Math.max(2, String(kept.length).length);
  return kept.map((c, i) => ({ id: `C${String(i + 1).padStart(width, '0')}`, ...c }));
}

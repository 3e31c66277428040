/**
 * Claims from seed sentences that state a checkable fact: a number, a date, a reporting verb
 * ("a déclaré", "selon", "said", "erklärte", "según", "заявил") or a deed a watched name does
 * ("Acme hacked…", events.ts), about at least one proposed entity (or with a number or date to
 * compare). The quote is the sentence; the statement is the sentence without its connective
 * opening or glued fragment (statement.ts): ops rewrite it.
 */
import { findDates, type FoundDate } from './dates.js';
import { candidateKey } from './entities.js';
import { actorEvent } from './events.js';
import { foldedPhrases, REPORTING_PHRASES, wordsKey } from './lexicon.js';
import { nonClaimReason } from './non-claims.js';
import { statementOf } from './statement.js';
import { splitClauses } from './clauses.js';
import { contentWords, nearDuplicate, sameFigure } from './near-duplicates.js';
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
   * The year near which a day name places a date the seeds give without a year ("Dienstag, dem 3. März"),
   * when the seeds name no year at all.
   * @defaultValue the current year
   */
  referenceYear?: number;
  /**
   * Shorter sentences are headings, captions or fragments.
   * @defaultValue 8
   */
  minClaimWords?: number;
  /**
   * Claims are kept from at most this many seed sentences, the most checkable first (dates, numbers,
   * named entities); a compound sentence gives one claim per clause.
   * @defaultValue 40
   */
  maxClaims?: number;
}

/** Words in lower case a claim's sentence holds at least (a verb, its articles and prepositions). */
const MIN_PLAIN_WORDS = 4;
/** Longer "sentences" are unsplit paragraphs or lists: no single claim to check. */
const MAX_CLAIM_CHARS = 700;
const REPORTING_KEYS = foldedPhrases(REPORTING_PHRASES);
/**
 * What a named actor's deed counts for in the ranking, without a date or a number (events.ts): as
 * much as a date, which a story can contradict as plainly ("Zeta Group, not Acme, hacked…").
 */
const EVENT_SCORE = 2;
/** A clause's statement keeps at least this many words when its opening is cut (statement.ts). */
const MIN_CLAUSE_CLAIM_WORDS = 6;

export function hasReportingVerb(sentence: string): boolean {
  const key = wordsKey(sentence);
  return REPORTING_KEYS.some((k) => key.includes(k));
}

/** The word that opens what a reporting verb reports ("said that", « a indiqué que », „sagte, dass“, «заявил, что»). */
const COMPLEMENTIZER_RE = /(?<![\p{L}])(?:that|que|qu['’]|dass|что)(?![\p{L}])/iu;

/**
 * A claim's subject is who did it, not who reported it: in "Twitter said that RT bought 1,823 promoted tweets" RT comes
 * first (the matcher takes a claim's first entity for its subject); the names before the reporting verb follow.
 */
function actorsFirst<T extends { mention: { start: number } }>(sentence: string, found: T[]): T[] {
  const m = COMPLEMENTIZER_RE.exec(sentence);
  if (!m) return found;
  const before = found.filter((f) => f.mention.start < m.index);
  const after = found.filter((f) => f.mention.start > m.index);
  if (!before.length || !after.length || !hasReportingVerb(sentence.slice(0, m.index + m[0].length))) return found;
  return [...after, ...before];
}

/** A year a seed names this many times, twice as often as any other, is the year of its day dates without one. */
const MIN_MAIN_YEAR_COUNT = 2;

/** The year a seed is about: the one its dates name most, by a clear margin; null when none stands out. */
export function mainYear(sentences: readonly string[]): string | null {
  return yearNamedMost(sentences.map((s) => findDates(s)));
}

/** mainYear on the dates already found in each sentence. */
function yearNamedMost(sentenceDates: readonly (readonly FoundDate[])[]): string | null {
  const counts = new Map<string, number>();
  for (const d of sentenceDates.flat()) if (/^\d{4}/u.test(d.value)) counts.set(d.value.slice(0, 4), (counts.get(d.value.slice(0, 4)) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_MAIN_YEAR_COUNT || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}

/** Sentences of a seed's opening that may hold its dateline ("VALDERRA, 11 de febrero de 2026. — …"). */
const DATELINE_SENTENCES = 2;

/** The year of a seed's dateline: the first full date (day, month, year) of its opening sentences; null without one. */
function datelineYear(sentenceDates: readonly (readonly FoundDate[])[]): string | null {
  const full = sentenceDates.slice(0, DATELINE_SENTENCES).flat().find((d) => /^\d{4}-\d{2}-\d{2}/u.test(d.value));
  return full ? full.value.slice(0, 4) : null;
}

/** How far from the storyline's years a day name may place a date without its year. */
const WEEKDAY_YEAR_REACH = 6;

/**
 * The year in which a day and month fall on the day of the week the seed names ("Dienstag, dem 3. März"),
 * nearest to `near` (a year the seeds name) and within WEEKDAY_YEAR_REACH of it; null when none or two tie.
 */
export function yearOfWeekday(month: number, day: number, weekday: number, near: number): number | null {
  for (let k = 0; k <= WEEKDAY_YEAR_REACH; k++) {
    const fits = [near - k, near + k].filter((y, i) => {
      const date = new Date(Date.UTC(y, month - 1, day));
      return (k > 0 || i === 0) && date.getUTCDate() === day && date.getUTCDay() === weekday; // 29 February only in leap years
    });
    if (fits.length === 1) return fits[0];
    if (fits.length > 1) return null;
  }
  return null;
}

/**
 * A claim's date; a day without a year ("le 19 janvier", --01-19) gets the year the seed is about, or else
 * the year the seed's day name fixes near the storyline's years, said in `what`.
 */
function withYear(date: FoundDate, year: string | null, storylineYear: number | null): { value: string; what?: string } {
  if (year && date.value.startsWith('--')) return { value: `${year}${date.value.slice(1)}`, what: `year inferred from the seed's dates (${year})` };
  if (date.value.startsWith('--') && date.weekday !== undefined && storylineYear !== null) {
    const [month, day] = date.value.slice(2).split('-').map(Number);
    const y = yearOfWeekday(month, day, date.weekday, storylineYear);
    if (y !== null) return { value: `${y}${date.value.slice(1)}`, what: `year inferred from the day of the week (${y}): check it` };
  }
  return { value: date.value, ...(date.what ? { what: date.what } : {}) };
}

/** The middle of the years the seeds name (any date with a year), null when they name none (then ClaimOptions.referenceYear). */
function storylineYearOf(docDates: readonly (readonly (readonly FoundDate[])[])[]): number | null {
  const years = docDates.flat(2).filter((d) => /^\d{4}/u.test(d.value)).map((d) => Number(d.value.slice(0, 4)));
  if (!years.length) return null;
  years.sort((a, b) => a - b);
  return years[Math.floor(years.length / 2)];
}

export interface SeedSentences {
  key: string;
  sentences: readonly string[];
}

/** How checkable a claim is: a date or a number can be contradicted outright, and so can a named actor's `deed`; named actors say who. */
export function checkability(c: { dates: readonly unknown[]; quantities: readonly unknown[]; entities: readonly unknown[] }, deed = false): number {
  return 2 * Math.min(c.dates.length, 2) + 2 * Math.min(c.quantities.length, 2) + Math.min(c.entities.length, 3) + (deed ? EVENT_SCORE : 0);
}

/** Most checkable first; ties keep document and sentence order. */
function rankByCheckability<T extends Pick<ProposedClaim, 'dates' | 'quantities' | 'entities'>>(drafts: readonly (T & { sentenceScore?: number })[]): T[] {
  return drafts
    .map(({ sentenceScore, ...c }, i) => ({ c: c as unknown as T, i, score: sentenceScore ?? checkability(c) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.c);
}

/** Claims of every document, the most checkable first (from at most `maxClaims` sentences), numbered C01…; the same sentence twice, or nearly the same twice, is one claim. */
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
  const drafts: (Omit<ProposedClaim, 'id'> & { at: string; sentenceScore?: number })[] = [];
  const seen = new Set<string>();
  // each sentence's dates, read once (chrono in five languages is the costly part of a sentence)
  const docDates = docs.map((doc) => doc.sentences.map((raw) => findDates(raw)));
  const storylineYear = storylineYearOf(docDates) ?? options.referenceYear ?? new Date().getUTCFullYear();
  docs.forEach((doc, d) => {
    // the year of the seed's dateline, else the one its dates name most
    const year = datelineYear(docDates[d]) ?? yearNamedMost(docDates[d]);
    doc.sentences.forEach((raw, s) => {
      const sentence = raw.replace(/\s+/gu, ' ').trim();
      if (sentence.length > MAX_CLAIM_CHARS || sentence.endsWith('?')) return;
      if ((sentence.match(/[\p{L}\p{N}]+/gu) ?? []).length < minWords) return;
      // a sentence says something in words: a reference or a list of names and numbers does not
      // ("[12]: Smith 3/4/19 S-7, at 5.", "Lyon 41 12.5% -0.3%")
      if ((sentence.match(/(?<![\p{L}\p{N}])\p{Ll}{2,}/gu) ?? []).length < MIN_PLAIN_WORDS) return;
      if (nonClaimReason(sentence)) return;
      const dates = docDates[d][s];
      const quantities = findQuantities(raw, dates);
      const reporting = hasReportingVerb(raw);
      const found = actorsFirst(raw, [...(bySentence.get(`${d}:${s}`) ?? [])].sort((a, b) => a.mention.start - b.mention.start));
      const idsOf = (list: readonly SeedMention[]) =>
        [...new Set(list.map((m) => idByKey.get(candidateKey(m.mention))).filter((id): id is string => id !== undefined))];
      // who did what: a watched name, then a deed ("Acme hacked…"), checkable without a date or a number
      const deed = (text: string, offset = 0) =>
        actorEvent(text, (at) => found.some((m) => m.mention.start >= offset && m.mention.start < offset + at && idByKey.has(candidateKey(m.mention)))) !== null;
      const event = deed(raw);
      if (!dates.length && !quantities.length && !reporting && !event) return;
      const entities = idsOf(found);
      // a reported statement about nobody we watch cannot be matched to a story
      if (!entities.length && !dates.length && !quantities.length) return;
      const dedupe = wordsKey(sentence);
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      const draft = (text: string, statement: string, ids: string[]) => {
        const own = findDates(text);
        return {
          at: `${d}:${s}`,
          source: doc.key,
          quote: sentence,
          statement,
          entities: ids,
          quantities: findQuantities(text, own).map((q) => ({ value: q.value, ...(q.unit ? { unit: q.unit } : {}), approx: q.approx, text: q.text })),
          dates: own.map((x) => withYear(x, year, storylineYear)),
        };
      };
      const namesIn = (start: number, end: number) => found.filter((m) => m.mention.start < end && m.mention.end > start);
      // a compound sentence of plain structure: one claim per clause, each with its own names, numbers and dates
      const clauses = splitClauses(raw, (offset) => found.find((m) => m.mention.start === offset)?.mention.end ?? -1);
      const parts = (clauses ?? [])
        .map((c) => {
          const slice = raw.slice(c.start, c.end);
          // a borrowed subject's name first; a pronoun's clause keeps the names of the clause before it, after its own
          const subject = c.subject ? namesIn(c.subject.start, c.subject.end) : [];
          const referred = c.pronoun ? namesIn(0, c.start) : [];
          const statement = c.subject ? c.text : statementOf(c.text, (a, b) => namesIn(c.start + a, c.start + b).length > 0, MIN_CLAUSE_CLAIM_WORDS);
          return { ...draft(slice, statement, idsOf([...subject, ...namesIn(c.start, c.end), ...referred])), start: c.start, end: c.end };
        })
        // each clause a claim by the sentence's own rule: a date, a number, a reporting verb or a deed, and something to match
        .filter((p) => (p.dates.length || p.quantities.length || hasReportingVerb(p.statement) || deed(raw.slice(p.start, p.end), p.start)) && (p.entities.length || p.dates.length || p.quantities.length))
        .filter((p) => !nonClaimReason(p.statement));
      const whole = draft(raw, statementOf(raw, (a, b) => namesIn(a, b).length > 0, minWords), entities);
      const sentenceScore = checkability(whole, event);
      // the clauses rank as their sentence does, together: splitting it makes it no less checkable
      if (parts.length >= 2) drafts.push(...parts.map(({ start: _s, end: _e, ...p }) => ({ ...p, sentenceScore })));
      else drafts.push({ ...whole, sentenceScore });
    });
  });
  // the cap counts seed sentences: a sentence split into its clauses keeps them all
  const sentencesKept = new Set<string>();
  const told: { words: Set<string>; claim: (typeof drafts)[number] }[] = [];
  const kept = rankByCheckability(drafts).filter((c) => {
    if (!sentencesKept.has(c.at) && sentencesKept.size >= (options.maxClaims ?? 40)) return false;
    // the same fact in nearly the same words, or by its same distinctive figure, in another seed or sentence: the
    // more checkable telling stays
    const words = contentWords(c.statement);
    if (told.some((t) => nearDuplicate(t.words, words) || sameFigure(t.claim, c))) return false;
    told.push({ words, claim: c });
    sentencesKept.add(c.at);
    return true;
  });
  const width = Math.max(2, String(kept.length).length);
  return kept.map((c, i) => ({ id: `C${String(i + 1).padStart(width, '0')}`, ...c }));
}

/**
 * A compound seed sentence as atomic claims, where its structure is plain: two main clauses joined
 * by a semicolon or by a comma and a coordinating conjunction ("…, and she wrote…", « …, mais a
 * déclaré que… », "…, aber er sagte…"), the second opening with its own subject (a pronoun or a
 * name) or, sharing the first one's subject, with an auxiliary or a reporting verb. The second
 * clause without a subject of its own gets the first one's, when the first opens with a name
 * ("Jane Roe attended the meeting, but said…" → "Jane Roe said…"). Anything less plain — lists of
 * participles, relative clauses, quotations — stays one claim.
 */
import { foldText } from '../matchers/normalize.js';
import { topLevelPositions } from './top-level.js';

export interface Clause {
  /** offsets in the sentence */
  start: number;
  end: number;
  /** the clause as a statement (with its borrowed subject, if any) */
  text: string;
  /** the span of the borrowed subject in the sentence, if the clause has one */
  subject?: { start: number; end: number };
  /** the clause opens with a pronoun: it is about the names of the clause before it */
  pronoun?: boolean;
}

type Lang = 'en' | 'fr' | 'de' | 'es' | 'ru';
/** Conjunctions that join two main clauses after a comma, folded, with their language. */
const CONJUNCTIONS = new Map<string, Lang>([
  ['and', 'en'], ['but', 'en'], ['et', 'fr'], ['mais', 'fr'], ['und', 'de'], ['aber', 'de'], ['doch', 'de'],
  ['y', 'es'], ['pero', 'es'], ['и', 'ru'], ['а', 'ru'], ['но', 'ru'],
]);
const bySpace = (text: string) => new Set(text.split(' '));
/** Subject pronouns that open a clause of its own. */
const SUBJECT_PRONOUNS: Record<Lang, Set<string>> = {
  en: bySpace('he she they we it'),
  fr: bySpace('il elle ils elles on nous'),
  de: bySpace('er sie wir es'),
  es: bySpace('el ella ellos ellas nosotros'),
  ru: bySpace('он она они мы оно'),
};
/** Auxiliaries and reporting verbs that open a clause sharing the first one's subject ("…, but said…", « …, et a ajouté… »). */
const SHARED_SUBJECT_VERBS: Record<Lang, Set<string>> = {
  en: bySpace('has had was were is are said told added wrote denied confirmed'),
  fr: bySpace('a ont avait avaient est sont etait etaient sera'),
  de: bySpace('hat hatte haben hatten ist war sind waren sagte erklarte'),
  es: bySpace('ha han habia habian fue fueron es dijo afirmo'),
  ru: new Set(),
};
/** Words after a possessive name that name the subject it owns ("Roe's former lawyer"). */
const MAX_POSSESSED_WORDS = 3;
/** Each clause holds at least this many words: shorter ones are asides ("and so on"). */
const MIN_CLAUSE_WORDS = 6;

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Where the sentence joins two clauses, outside quotation marks and brackets: [joint start, next clause start]. */
function joints(sentence: string): [number, number, Lang | null][] {
  const out: [number, number, Lang | null][] = [];
  for (const i of topLevelPositions(sentence, ';,')) {
    if (sentence[i] === ';') {
      out.push([i, i + 1, null]);
      continue;
    }
    // « , y compris » is French for "including", no Spanish "and"
    const m = /^\s+(\p{L}+)\s(?!compris\b)/u.exec(sentence.slice(i + 1));
    const lang = m ? CONJUNCTIONS.get(foldText(m[1])) : undefined;
    if (m && lang) out.push([i, i + 1 + m[0].length, lang]);
  }
  return out;
}

/**
 * The atomic clauses of a sentence, or null when it is one clause or its structure is not plain.
 * `nameAt(offset)` gives the end of a watched name written at that offset of the sentence, or -1.
 */
export function splitClauses(sentence: string, nameAt: (offset: number) => number): Clause[] | null {
  const found = joints(sentence);
  if (found.length !== 1) return null; // two joints or more: a list, not two clauses
  const [cut, next, lang] = found[0];
  const first = sentence.slice(0, cut);
  const secondStart = next + (sentence.slice(next).length - sentence.slice(next).trimStart().length);
  const second = sentence.slice(secondStart);
  if (words(first).length < MIN_CLAUSE_WORDS || words(second).length < MIN_CLAUSE_WORDS) return null;
  const opening = foldText(words(second)[0] ?? '');
  const firstClause: Clause = { start: 0, end: cut, text: `${first.trim()}.` };
  const langs: Lang[] = lang ? [lang] : ['en', 'fr', 'de', 'es', 'ru'];
  const pronoun = langs.some((l) => SUBJECT_PRONOUNS[l].has(opening));
  if (pronoun || nameAt(secondStart) >= 0) {
    return [firstClause, { start: secondStart, end: sentence.length, text: capitalise(second.trim()), ...(pronoun ? { pronoun } : {}) }];
  }
  if (!lang || !SHARED_SUBJECT_VERBS[lang].has(opening)) return null;
  // the first clause's subject: the name it opens with
  const lead = first.length - first.trimStart().length;
  let subjectEnd = nameAt(lead);
  if (subjectEnd < 0) return null;
  // a name in the possessive is not the subject but its owner: "Roe's lawyer, Jane Doe, said…, and said…" lends
  // "Roe's lawyer" (up to the apposition's comma), never "Roe"
  if (/^['’]s?(?![\p{L}\p{N}])/u.test(sentence.slice(subjectEnd))) {
    const comma = first.indexOf(',', subjectEnd);
    const head = comma < 0 ? '' : sentence.slice(subjectEnd, comma);
    if (!head || words(head).length > MAX_POSSESSED_WORDS + 1) return null;
    subjectEnd = comma;
  }
  const subject = sentence.slice(lead, subjectEnd);
  return [firstClause, { start: secondStart, end: sentence.length, text: `${subject} ${second.trim()}`, subject: { start: lead, end: subjectEnd } }];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

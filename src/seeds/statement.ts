/**
 * A claim's statement from its seed sentence: the sentence without what states nothing to check —
 * a connective or scene-setting phrase before the fact ("Meanwhile, …", « D'ailleurs, … »,
 * "Among the new details, …", « Aujourd'hui, pour répondre à ces critiques, … »), a frame of
 * evidence that names no one (« Ces documents sembleraient prouver que … »: the hedge stays in the
 * quote) and a fragment the seed's page glued after its last full stop ("… users. familiar with
 * the messages."). The quote keeps the sentence as the seed writes it; the statement is what the
 * matcher weighs first and what a reviewer rewrites.
 */
import { findDates } from './dates.js';
import { findQuantities } from './quantities.js';
import { topLevelPositions } from './top-level.js';
import { WEEKDAY_WORDS } from '../matchers/lexicon-dates.js';
import { foldText } from '../matchers/normalize.js';
import { DOTTED_ABBREVIATIONS, foldedPhrases, MONTHS, wordsKey } from './lexicon.js';

/**
 * Phrases that open a connective or scene-setting phrase, not a subject (en/fr/de/es/ru): connectives
 * and "now" words, a list's introduction, a purpose ("to counter…", « pour répondre… »), and the
 * time or place of a demonstrative ("at that time", « à cette époque », "in this context"). A
 * phrase with a name, a date or a number is kept whatever its first words ("In June 2016, …");
 * relations in time ("after the meeting") are facts and are kept.
 */
const OPENER_PHRASES = [
  // en
  'however', 'meanwhile', 'moreover', 'furthermore', 'also', 'still', 'yet', 'instead', 'indeed', 'besides', 'nevertheless',
  'nonetheless', 'thus', 'therefore', 'today', 'now', 'in addition', 'in fact', 'in turn', 'on the other hand', 'at the time',
  'among', 'to', 'in order to',
  // fr
  "d'ailleurs", 'par ailleurs', 'cependant', 'toutefois', 'pourtant', 'néanmoins', 'ainsi', 'enfin', 'en outre', 'de plus', 'en effet',
  "aujourd'hui", 'maintenant', 'désormais', 'de son côté', 'pour sa part', "à l'époque", 'parmi', 'pour', 'afin de',
  // de
  'jedoch', 'außerdem', 'zudem', 'allerdings', 'heute', 'nun', 'inzwischen', 'dabei', 'damals', 'unter den', 'um',
  // es
  'sin embargo', 'además', 'hoy', 'ahora', 'por su parte', 'de hecho', 'entre los', 'entre las', 'para',
  // ru
  'однако', 'кроме того', 'также', 'сегодня', 'сейчас', 'при этом', 'среди', 'чтобы',
];
const OPENER_KEYS = foldedPhrases(OPENER_PHRASES);
/** Prepositions that, before a demonstrative, set a time or place already told ("during this period"). */
const PREPOSITIONS = new Set(
  'at in during for by from on a dans durant pendant en pour par de sur wahrend zu bei an durante por para desde sobre в во на по с при'.split(' '),
);
const DEMONSTRATIVES = new Set(
  ('this that these those ce cet cette ces dieser diese dieses diesem diesen dieser jener jenem jenen ' +
    'este esta estos estas ese esa esos esas aquel aquella этот эта это этом этой эти этих тот та том той те тех').split(' '),
);

/**
 * Verbs of evidence that frame the fact in a "that" clause, folded ("these documents would seem to
 * prove that…", « ces révélations montrent que… », "die Unterlagen belegen, dass…"): the frame says
 * how the seed knows, the clause is the fact. A frame that names someone or holds a date is kept
 * ("Acme's records show that…" says who).
 */
const EVIDENCE_VERBS = new Set(
  (
    'prove proves proved show shows showed suggest suggests indicate indicates demonstrate demonstrates confirm confirms ' +
    'prouver prouve prouvent montrer montre montrent demontrer demontre demontrent attestent confirmer confirment ' +
    'zeigen zeigt zeigten belegen belegt beweisen beweist bestatigen bestatigt ' +
    'demostrar demuestra demuestran probar prueba prueban mostrar muestra muestran confirman ' +
    'доказывают доказывает показывают показывает свидетельствуют подтверждают'
  ).split(' '),
);
const THAT_WORDS = new Set(['that', 'que', 'qu', 'dass', 'что']);
/** An evidence frame is short: its subject and the verb, at most this many words. */
const MAX_FRAME_WORDS = 8;

/** Where the fact starts after an evidence frame that opens `text` (names none, holds no date or number), or 0. */
function afterEvidenceFrame(text: string, namesAt: (start: number, end: number) => boolean, offset: number): number {
  const list = [...text.matchAll(/[\p{L}\p{N}]+/gu)].slice(0, MAX_FRAME_WORDS + 1);
  const i = list.findIndex((m, k) => k > 0 && EVIDENCE_VERBS.has(foldText(m[0])) && THAT_WORDS.has(foldText(list[k + 1]?.[0] ?? '')));
  if (i < 0) return 0;
  const that = list[i + 1];
  const frame = text.slice(0, that.index);
  if (namesAt(offset, offset + frame.length) || findDates(frame).length || findQuantities(frame).length) return 0;
  return that.index + that[0].length + (text.slice(that.index + that[0].length).match(/^[\s'’,]*/u)?.[0].length ?? 0);
}

/** A longer phrase before the first comma is the sentence's subject or its fact, not a connective. */
const MAX_OPENER_WORDS = 8;
/** A fragment after the last full stop shorter than this is glued on, not a sentence of its own. */
const MAX_GLUED_WORDS = 6;

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The end of the first phrase closed by a comma outside quotation marks and brackets, or -1. */
const firstComma = (text: string) => topLevelPositions(text, ',')[0] ?? -1;

/** A phrase that sets the scene: opens like a connective, names no one, holds no date or number. */
function isOpener(phrase: string, namesAt: (start: number, end: number) => boolean, offset: number): boolean {
  const list = words(phrase);
  if (!list.length || list.length > MAX_OPENER_WORDS) return false;
  const key = wordsKey(phrase);
  const folded = list.slice(0, 2).map((w) => foldText(w));
  const opens = OPENER_KEYS.some((k) => key.startsWith(k)) || (PREPOSITIONS.has(folded[0]) && DEMONSTRATIVES.has(folded[1] ?? ''));
  if (!opens || namesAt(offset, offset + phrase.length)) return false;
  // "In April," « Lundi, »: a month or a day of the week dates the fact, if only roughly
  if (list.some((w) => MONTHS[w.toLowerCase()] !== undefined || WEEKDAY_WORDS.has(foldText(w)))) return false;
  return !findDates(phrase).length && !findQuantities(phrase).length && !/[«“"]/u.test(phrase);
}

/**
 * The statement of a seed sentence. `namesAt(start, end)` tells whether a watched name is written
 * in that span of the sentence; the statement keeps at least `minWords` words.
 */
export function statementOf(sentence: string, namesAt: (start: number, end: number) => boolean, minWords: number): string {
  let start = 0;
  for (;;) {
    const rest = sentence.slice(start);
    const comma = firstComma(rest);
    if (comma < 0) break;
    const phrase = rest.slice(0, comma);
    const after = rest.slice(comma + 1);
    if (!isOpener(phrase, namesAt, start) || words(after).length < minWords) break;
    start += comma + 1;
  }
  const fact = afterEvidenceFrame(sentence.slice(start), namesAt, start);
  if (fact && words(sentence.slice(start + fact)).length >= minWords) start += fact;
  let end = sentence.length;
  // "… users. familiar with the messages.": a lower-case fragment after a full stop that ends a word
  // (a word of three lower-case letters or more: "Jr." or "Inc." before a lower-case word is no sentence end)
  const glued = /(?<=(\p{L}*\p{Ll}{3,})\.)\s+(\p{Ll}[^.!?«»“”"]*)[.!?]?\s*$/u.exec(sentence);
  if (
    glued &&
    !DOTTED_ABBREVIATIONS.has(glued[1].toLowerCase()) &&
    words(glued[2]).length <= MAX_GLUED_WORDS &&
    words(sentence.slice(start, glued.index)).length >= minWords
  ) {
    end = glued.index;
  }
  const text = sentence.slice(start, end).replace(/\s+/gu, ' ').trim();
  if (start === 0) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Name mentions in a sentence: capitalised word sequences (with particles inside: "Université de
 * Columbia"), acronyms (ZT, KRV) and handles (@JohnQRoeJr). A capitalised word at the start of
 * a sentence, a quotation or a line is a name only if the seeds also capitalise it elsewhere.
 */
import { aliasKey, foldText } from '../matchers/normalize.js';
import { isGivenName } from './given-names.js';
import { bareLetters } from './name-groups.js';
import {
  DE_DEFINITE_ARTICLES,
  DOTTED_ABBREVIATIONS,
  FUNCTION_WORDS,
  GENERATIONAL_SUFFIXES,
  HONORIFICS,
  JOB_TITLES,
  LEGAL_FORMS,
  MAX_PARTICLES_IN_A_ROW,
  isJobTitle,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_SUFFIXES,
  MONTHS,
  ROMAN_SUFFIXES,
  opensWithOrgHead,
} from './lexicon.js';

export type MentionKind = 'name' | 'acronym' | 'handle';

/** One word of a name mention, with its offsets in the sentence. */
export interface NamePart {
  text: string;
  start: number;
  end: number;
  /** a lower-case particle inside the name ("de", "von") */
  particle: boolean;
}

export interface Mention {
  /** the words as written ("John Roe Jr.") */
  surface: string;
  /** matcher key ("john roe jr") */
  key: string;
  kind: MentionKind;
  /** offsets in the sentence */
  start: number;
  end: number;
  /** an honorific stood before it ("M.", "Mrs") */
  honorific: boolean;
  parts: NamePart[];
  /** the long form of an acronym defined beside it (« Inspection générale de la sécurité des réseaux (IGSR) »): one name */
  defined?: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** what separates it from the previous token */
  sep: string;
  /** first token of a sentence, line, quotation or clause after a colon */
  initial: boolean;
}

const TOKEN_RE = /@[\p{L}\p{N}_]{2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-.'’][\p{L}\p{N}\p{M}]+)*\.?/gu;
const ELISION_RE = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
const POSSESSIVE_RE = /['’]s$/iu;
const LET_US_RE = /^let['’]s$/iu;
const UPPER_START_RE = /^\p{Lu}/u;
const ACRONYM_RE = /^(?:\p{Lu}{2,5}\d{0,2}|(?:\p{Lu}\.){2,4})$/u;
/** Opening quotes, colons and dashes make the next word "initial" like a sentence start. */
const OPENS_CLAUSE_RE = /[«“"‘(\[\]:\n—–•]|^\s*-\s/u;
/** Only plain spaces join words of one name. */
const JOIN_RE = /^[ \t\u00a0\u202f]+$/u;
/** Longest name we believe in. */
const MAX_NAME_TOKENS = 6;
/** … and of a body named by what it is ("Agencia Española de Medicamentos y Productos Sanitarios"). */
const MAX_BODY_NAME_TOKENS = 10;

const bare = (t: string) => t.replace(/\.$/, '').toLowerCase();
/** A capitalised word with a footnote number glued on ("Ortiz2", "Varga12"). */
const FOOTNOTE_RE = /^(\p{Lu}\p{Ll}{2,})\d{1,3}$/u;
/** A name joined by a hyphen to a lower-case word ("Zeta-controlled", "Acme-backed", "Lyon-based"). */
const ADJECTIVE_COMPOUND_RE = /^([\p{L}\p{N}.]+)-(\p{Ll}{3,})$/u;

/** URLs and domain paths ("pic.twitter.com/SiwTqWtykA") hold no names. */
const URL_RE = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*/gu;

/** A hyphen left hanging before "and" of a coordinated compound („Boden- und Gewässerschutz“, « pré- et post-opératoire »). */
const SUSPENDED_SEP_RE = /^-[ \t\u00a0]+$/u;
const COORDINATORS = new Set(['und', 'oder', 'and', 'or', 'et', 'ou', 'y', 'o', 'bzw']);
/** The word at `k` hangs on a hyphen before "and": the first half of a coordinated compound. */
const suspendedAfter = (tokens: readonly Token[], k: number) =>
  k + 1 < tokens.length && SUSPENDED_SEP_RE.test(tokens[k + 1].sep) && COORDINATORS.has(tokens[k + 1].text.toLowerCase());
/** The word at `k` follows "X- und": the second half of a coordinated compound. */
const suspendedBefore = (tokens: readonly Token[], k: number) =>
  k >= 1 && COORDINATORS.has(tokens[k - 1].text.toLowerCase()) && SUSPENDED_SEP_RE.test(tokens[k - 1].sep);

function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  const text = sentence.replace(URL_RE, (url) => ' '.repeat(url.length));
  for (const m of text.matchAll(TOKEN_RE)) {
    let text = m[0];
    let start = m.index;
    const elision = ELISION_RE.exec(text);
    if (elision) {
      // « l’Islande », « d’Ekdal »: the elided article is a word of its own
      out.push({ text: elision[0].slice(0, -1), start, end: start + elision[0].length - 1, sep: sentence.slice(last, start), initial: false });
      last = start + elision[0].length;
      start = last;
      text = text.slice(elision[0].length);
    }
    if (text.endsWith('.') && !DOTTED_ABBREVIATIONS.has(bare(text)) && !/^\p{Lu}\.$/u.test(text) && !ACRONYM_RE.test(text)) text = text.slice(0, -1);
    // "Let's" is "let us", an imperative, never the possessive of a name "Let"
    if (LET_US_RE.test(text)) text = text.toLowerCase();
    if (POSSESSIVE_RE.test(text) && text.length > 3) text = text.slice(0, -2);
    // a footnote number glued to a name ("Ortiz2"): the name
    const noted = FOOTNOTE_RE.exec(text);
    if (noted) text = noted[1];
    const sep = sentence.slice(last, start);
    // "Zeta-controlled", "Acme-backed": an adjective, no name, and it ends a name ("Zeta-controlled Twitter" is no name of four words)
    const end = start + text.length;
    const compound = ADJECTIVE_COMPOUND_RE.exec(text);
    if (compound && UPPER_START_RE.test(text)) text = compound[2];
    const initial = !out.length || OPENS_CLAUSE_RE.test(sep) || /[.!?…]/u.test(sep);
    out.push({ text, start, end, sep, initial });
    last = end;
  }
  return out;
}

/**
 * "Patients' Alliance", "Workers' Party": a plural possessive joins the words of an English body's name when
 * what follows says it is a body ("Delworth Pharmaceuticals' Ashby plant" is the company's plant).
 */
const PLURAL_POSSESSIVE_SEP_RE = /^['’][ \t\u00a0\u202f]+$/u;
const pluralPossessive = (before: Token, after: Token) =>
  PLURAL_POSSESSIVE_SEP_RE.test(after.sep) && /\p{Ll}s$/u.test(before.text) && ORG_SUFFIXES.has(foldText(after.text).trim());

const isCap = (t: string) => UPPER_START_RE.test(t) || t.startsWith('@');
// « Me Inès Labrousse »: French writes Maître « Me », without a dot
// (British English writes "Dr", "Mr" and "Ms" without the dot)
const UNDOTTED_HONORIFICS = new Set(['Dr', 'Mr', 'Ms']);
const isHonorific = (t: string) =>
  HONORIFICS.has(bare(t)) && UPPER_START_RE.test(t) && (t.endsWith('.') || t.length > 2 || bare(t) === 'mme' || t === 'Me' || UNDOTTED_HONORIFICS.has(t));

/** How the seeds write their words: capitalised where capitals mean a name, and in lower case. */
export interface Capitalisation {
  /** folded words (and "the atlantic"-style bigrams) capitalised inside sentences */
  proper: Set<string>;
  /** folded words written in lower case somewhere */
  lower: Set<string>;
  /** folded capitalised words written after a German article or determiner somewhere ("die Anlage"): nouns */
  determined: Set<string>;
}

/** German determiners that say "a", "no", "some", "many": a word after one is a noun (a name takes the definite article, if any). */
const DE_INDEFINITE = new Set(
  ('ein eine einen einem einer eines kein keine keinen keinem keiner mehr viele alle beide welche welcher einige mehrere wenige ' +
    'zwei drei vier fünf funf sechs sieben acht neun zehn elf zwölf zwolf zwanzig hundert tausend').split(' '),
);
/**
 * German capitalises every noun: there a capital says nothing, but a noun takes an article or a
 * determiner ("die Anlage", "im Jahr", "keine Energie") where a person's name does not.
 */
const DE_DETERMINERS = new Set([
  ...DE_DEFINITE_ARTICLES,
  ...DE_INDEFINITE,
  ...('im am vom zum zur beim ins ans dieser diese dieses diesen diesem jeder jede jedes jeden jedem ' +
    'sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere').split(' '),
]);
/**
 * A German noun's forms meet on this stem ("Kraftwerk", "des Kraftwerks", "Kraftwerke"): crude, for the noun test
 * only. "-er" stays: "des Kelbacher Wasserwerks" is a town's adjective, not a form of a noun "Kelbach".
 */
const deStem = (folded: string) => (folded.length > 5 ? folded.replace(/(?:es|en|e|n|s)$/u, '') : folded);

/**
 * German nouns of measure and quantity, which take what they measure right after them ("eine Menge Öl", "zwei Tonnen
 * Fisch", "Millionen Euro"), nouns of time ("Ende März") and of topic ("das Thema Wasser"): the second noun is no
 * name in apposition.
 */
const DE_MEASURE_NOUNS = new Set(
  ('menge mengen tonne tonnen liter kilogramm kilo gramm meter kilometer prozent million millionen milliarde milliarden tausend ' +
    'teil halfte zahl anzahl reihe gruppe paar dutzend ende anfang mitte beginn jahr jahre jahres monat monats woche tag tage tages ' +
    'stunde stunden minute minuten sorte art flasche flaschen glas kiste sack ' +
    'thema themen bereich bereichs begriff stichwort motto titel gebiet sektor').split(' '),
);

/** Words a company's name holds before its legal form, at most. */
const MAX_WORDS_BEFORE_LEGAL_FORM = 3;
/** Does a run of capitalised words from `i` end with a legal form, within a few words? */
function legalFormAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + MAX_WORDS_BEFORE_LEGAL_FORM && JOIN_RE.test(tokens[k].sep) && isCap(tokens[k].text); k++) {
    if (LEGAL_FORMS.has(bareLetters(tokens[k].text))) return true;
  }
  return false;
}

/** Learn from every sentence of the seeds which words are names (capitalised inside a sentence). */
export function learnCapitalisation(sentences: readonly string[]): Capitalisation {
  const caps: Capitalisation = { proper: new Set(), lower: new Set(), determined: new Set() };
  // a word after a class noun that has the definite article ("der Anglerverband Tarnau", "die Gemeinde Kelbach"):
  // a name in apposition, which then stays a name where it takes the article itself ("in die Tarnau", a river);
  // unless it is also written after "a", "no", a number or an adjective somewhere, as a noun is
  const appositive = new Set<string>();
  const indefinite = new Set<string>();
  for (const s of sentences) {
    if (isTitleCase(s)) continue;
    const tokens = tokenize(s);
    tokens.forEach((t, i) => {
      // after an article or determiner, or after a number ("87 Jahren", "10 Prozent"): a noun
      // (or after a determiner and an inflected adjective: "kein giftiger Stoff", "die betroffenen Haushalte")
      const adjectiveBetween =
        i > 1 &&
        /^\p{Ll}+(?:e|en|er|es|em)$/u.test(tokens[i - 1].text) &&
        JOIN_RE.test(tokens[i - 1].sep) &&
        DE_DETERMINERS.has(foldText(tokens[i - 2].text));
      const capitalAfterWord = i > 0 && isCap(t.text) && JOIN_RE.test(t.sep);
      if (capitalAfterWord) {
        const before = foldText(tokens[i - 1].text).trim();
        const afterNumber = /^\d[\d.,]*$/u.test(tokens[i - 1].text);
        if (DE_INDEFINITE.has(before) || afterNumber || adjectiveBetween) indefinite.add(deStem(foldText(t.text)));
        // (not the article of a name's particle: "von der Leyen", nor of a company named with its legal form: "die Acme Chemie AG")
        const particleArticle = i > 1 && tokens[i - 2].text === 'von';
        if (!particleArticle && !legalFormAhead(tokens, i) && (adjectiveBetween || DE_DETERMINERS.has(before) || afterNumber)) caps.determined.add(deStem(foldText(t.text)));
        // a class noun with the definite article, then this word ending the name ("der Anglerverband Tarnau")
        const next = tokens[i + 1];
        const endsRun = !next || !JOIN_RE.test(next.sep) || !isCap(next.text) || LEGAL_FORMS.has(bareLetters(next.text));
        const classNoun =
          i > 1 &&
          isCap(tokens[i - 1].text) &&
          JOIN_RE.test(tokens[i - 1].sep) &&
          DE_DEFINITE_ARTICLES.has(foldText(tokens[i - 2].text).trim()) &&
          !DE_MEASURE_NOUNS.has(before) &&
          !ACRONYM_RE.test(tokens[i - 1].text) &&
          !(tokens[i - 1].text.toLowerCase() in MONTHS);
        if (classNoun && endsRun && !(t.text.toLowerCase() in MONTHS)) appositive.add(deStem(foldText(t.text)));
      }
      if (t.text.startsWith('@')) return;
      if (!isCap(t.text)) {
        caps.lower.add(foldText(t.text));
        return;
      }
      if (t.initial) return;
      caps.proper.add(foldText(t.text));
      // "The Atlantic" mid-sentence: the article belongs to the name
      const next = tokens[i + 1];
      if (next && JOIN_RE.test(next.sep) && isCap(next.text)) caps.proper.add(`${foldText(t.text)} ${foldText(next.text)}`);
    });
  }
  for (const word of appositive) if (!indefinite.has(word)) caps.determined.delete(word);
  return caps;
}

/** Headline-style lines capitalise every word: no evidence of names. */
const TITLE_CASE_SHARE = 0.7;
const TITLE_CASE_MIN_WORDS = 4;
export function isTitleCase(line: string): boolean {
  if (/[.!?…»"”]\s*$/u.test(line)) return false;
  const ws = line.split(/\s+/u).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return ws.length >= TITLE_CASE_MIN_WORDS && ws.filter((w) => UPPER_START_RE.test(w)).length >= ws.length * TITLE_CASE_SHARE;
}

/** Name mentions of one sentence; `caps` learnt over all the seeds; `lang` the document's language. */
export function findMentions(sentence: string, caps: Capitalisation, lang?: string): Mention[] {
  if (isTitleCase(sentence)) return [];
  const german = lang === 'de';
  const tokens = tokenize(sentence);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.text.startsWith('@')) {
      mentions.push(mention(sentence, tokens, i, i, 'handle', false));
      i++;
      continue;
    }
    if (!isCap(t.text)) {
      i++;
      continue;
    }
    // extend a run of capitalised words, allowing particles between two of them (a German article joins the words
    // of a noun phrase, "Ablauf der Ausbildung", not of a name, but after "von": "von der Leyen")
    let j = i;
    for (;;) {
      let k = j + 1;
      let particles = 0;
      while (
        k < tokens.length &&
        particles < MAX_PARTICLES_IN_A_ROW &&
        NAME_PARTICLES.has(tokens[k].text) &&
        JOIN_RE.test(tokens[k].sep) &&
        !(german && DE_DEFINITE_ARTICLES.has(tokens[k].text) && tokens[k - 1]?.text !== 'von')
      ) {
        k++;
        particles++;
      }
      // "y" joins the two surnames of one person ("José Ortega y Gasset"), not two names ("PPK y Kenji Fujimori",
      // "Israel y Estados Unidos"): a first name and a surname before it, one word after it
      // (a body named by what it is goes on through it: "Agencia Española de Medicamentos y Productos Sanitarios")
      const body = opensWithOrgHead(tokens.slice(i, j + 1).map((x) => foldText(x.text).trim()));
      const conjunction = particles > 0 && tokens[j + 1].text === 'y' && !body;
      const oneAfter = !(k + 1 < tokens.length && isCap(tokens[k + 1].text) && JOIN_RE.test(tokens[k + 1].sep));
      // German "von" after a noun is "of" ("Spuren von Benzol", "Tausende von Fischen"); in a name it follows a
      // given name ("Ursula von der Leyen")
      const nounVon = german && particles > 0 && tokens[j + 1].text === 'von' && !isGivenName(foldText(tokens[j].text).trim());
      if (
        !nounVon &&
        k < tokens.length &&
        isCap(tokens[k].text) &&
        !tokens[k].text.startsWith('@') &&
        (JOIN_RE.test(tokens[k].sep) || (particles === 0 && pluralPossessive(tokens[j], tokens[k]))) &&
        k - i < (body ? MAX_BODY_NAME_TOKENS : MAX_NAME_TOKENS) &&
        (particles === 0 || !ACRONYM_RE.test(tokens[k].text)) &&
        (!conjunction || (j - i >= 1 && oneAfter))
      ) {
        j = k;
      } else break;
    }
    const run = { from: i, to: j };
    i = j + 1;
    let honorific = false;
    // honorifics open the run but are not the name
    while (run.from <= run.to && isHonorific(tokens[run.from].text)) {
      honorific = true;
      run.from++;
    }

    // German nouns, which the seeds write after an article somewhere, are no names ("die Anlage", "das Holz")
    if (german) {
      const noun = (k: number) => !ACRONYM_RE.test(tokens[k].text) && caps.determined.has(deStem(foldText(tokens[k].text)));
      // (the article that opens a sentence goes with its noun: "Die Nachbargemeinde Kelbach, die …"; a body named by
      // what it is keeps its name: "Die Staatsanwaltschaft Kelbach ermittelt")
      const orgHead = (k: number) => ORG_HEADS.has(foldText(tokens[k].text).trim());
      if (run.from < run.to && tokens[run.from].initial && DE_DEFINITE_ARTICLES.has(foldText(tokens[run.from].text).trim()) && noun(run.from + 1) && !orgHead(run.from + 1)) run.from++;
      while (run.from <= run.to && noun(run.from)) run.from++;
      while (run.to >= run.from && noun(run.to)) run.to--;
    }
    // a capitalised word at a sentence start is a name when the seeds capitalise it elsewhere, or
    // when a capitalised word follows and the seeds never write it in lower case
    if (run.from <= run.to && tokens[run.from].initial && !honorific) {
      const first = tokens[run.from];
      const folded = foldText(first.text);
      const next = run.from < run.to ? foldText(tokens[run.from + 1].text) : '';
      let keep: boolean;
      if (ACRONYM_RE.test(first.text)) keep = true;
      else if (FUNCTION_WORDS.has(folded)) keep = next !== '' && caps.proper.has(`${folded} ${next}`);
      // (a particle is no capitalised word: « Fuentes de Vantor » at a sentence start is "sources of Vantor")
      // (a word alone that the seeds also write in lower case is that word: "Patients taking…", though "the
      // Hypertension Patients' Alliance" capitalises it inside a name)
      else {
        const alone = next === '';
        keep = (caps.proper.has(folded) && !(alone && caps.lower.has(folded))) || (!alone && !NAME_PARTICLES.has(tokens[run.from + 1].text) && !caps.lower.has(folded));
      }
      if (!keep) run.from++;
    }
    while (run.to >= run.from && NAME_PARTICLES.has(tokens[run.to].text)) run.to--;
    while (run.from <= run.to && NAME_PARTICLES.has(tokens[run.from].text)) run.from++;
    // nor are job titles before a full name ("Ambassador Pavel Orlov", «le Procureur Jean Martin»)
    while (run.to - run.from >= 2 && isJobTitle(foldText(bare(tokens[run.from].text)))) {
      honorific = true; // a title is said of a person
      run.from++;
    }
    if (run.from > run.to) continue;
    // "On June", "In March": words that are no names, however written
    let named = false;
    for (let k = run.from; k <= run.to && !named; k++) named = !FUNCTION_WORDS.has(foldText(tokens[k].text));
    if (!named) continue;
    const single = run.from === run.to ? tokens[run.from].text : null;
    if (single !== null && (FUNCTION_WORDS.has(foldText(single)) || GENERATIONAL_SUFFIXES.has(bare(single)) || /^\p{Lu}\.?$/u.test(single))) continue;
    if (single !== null && /^\d/.test(single)) continue;
    // "le PDG", "the CEO": a title written as an acronym names no one
    if (single !== null && ACRONYM_RE.test(single) && JOB_TITLES.has(foldText(bare(single)))) continue;
    // „Boden- und Gewässerschutz“, « pré- et post-opératoire »: halves of one coordinated compound, no names of their own
    if (suspendedAfter(tokens, run.to) || suspendedBefore(tokens, run.from)) continue;
    const kind: MentionKind = single !== null && ACRONYM_RE.test(single) && !ROMAN_SUFFIXES.has(bare(single)) ? 'acronym' : 'name';
    mentions.push(mention(sentence, tokens, run.from, run.to, kind, honorific));
  }
  return withDefinedAcronyms(sentence, tokens, mentions);
}

/** Words of a long form per letter of its acronym, at most (Schwartz & Hearst: min(|A| + 5, 2|A|)). */
const LONG_FORM_EXTRA_WORDS = 5;
const letterOf = (ch: string) => ch.normalize('NFD').charAt(0).toLowerCase();

/**
 * A body defined with its acronym, « l’Inspection générale de la sécurité des réseaux (IGSR) », "Office
 * for Water and Plant Safety (OWPS)": the words before the parenthesis whose letters spell the acronym,
 * from a capitalised word on, are one name (Schwartz & Hearst's long-form search, 2003), which replaces
 * the names found inside it (« Inspection » alone).
 */
function withDefinedAcronyms(sentence: string, tokens: Token[], mentions: Mention[]): Mention[] {
  let out = mentions;
  tokens.forEach((t, i) => {
    if (i === 0 || !ACRONYM_RE.test(t.text) || !/^\s*\($/u.test(t.sep) || !/^\)/u.test(sentence.slice(t.end))) return;
    const letters = [...bare(t.text).replace(/\./g, '')];
    const maxWords = Math.min(letters.length + LONG_FORM_EXTRA_WORDS, 2 * letters.length);
    const first = Math.max(0, i - maxWords);
    // the acronym's letters from its last, backwards through the words before it; its first letter opens a word
    let k = i - 1;
    let at = tokens[k].text.length - 1;
    for (let a = letters.length - 1; a >= 0 && k >= first; a--) {
      for (;;) {
        if (at < 0) {
          if (--k < first) break;
          at = tokens[k].text.length - 1;
          continue;
        }
        if (letterOf(tokens[k].text[at]) === letters[a] && (a > 0 || at === 0)) break;
        at--;
      }
      if (k >= first && a > 0) at--;
    }
    if (k < first || k === i - 1 || !isCap(tokens[k].text) || FUNCTION_WORDS.has(foldText(tokens[k].text))) return;
    for (let m = k + 1; m < i; m++) if (!JOIN_RE.test(tokens[m].sep) && !/^-[ \t\u00a0]+$/u.test(tokens[m].sep)) return;
    const long = { ...mention(sentence, tokens, k, i - 1, 'name', false), defined: true };
    out = [...out.filter((m) => m.end <= long.start || m.start >= long.end), long].sort((x, y) => x.start - y.start);
  });
  return out;
}

function mention(sentence: string, tokens: Token[], from: number, to: number, kind: MentionKind, honorific: boolean): Mention {
  const parts = tokens.slice(from, to + 1).map((t) => ({ text: t.text, start: t.start, end: t.end, particle: NAME_PARTICLES.has(t.text) }));
  return subMention(sentence, parts, kind, honorific);
}

/** A mention made of some words of a sentence. */
export function subMention(sentence: string, parts: NamePart[], kind: MentionKind, honorific: boolean): Mention {
  const start = parts[0].start;
  const end = parts[parts.length - 1].end;
  const surface = sentence.slice(start, end);
  return { surface, key: aliasKey(surface), kind, start, end, honorific, parts };
}

/** Is this a single upper-case acronym ("ZT", "KRV", "U.S.")? */
export const isAcronym = (word: string) => ACRONYM_RE.test(word) && !ROMAN_SUFFIXES.has(bare(word));

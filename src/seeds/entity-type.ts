/**
 * Entity type guessed from simple cues around its mentions: honorifics and role nouns (person),
 * organisation and outlet suffixes, "réseau social"/"compte"/"sur X" (platform), outlet words
 * (media), place prepositions (place). A guess for ops to review, never more.
 */
import { foldText } from '../matchers/normalize.js';
import { isGivenName } from './given-names.js';
import type { Mention } from './names.js';
import {
  DE_DEFINITE_ARTICLES,
  DE_PLACE_PREPOSITIONS_WITH_ARTICLE,
  DE_PREPOSITIONS_WITH_ARTICLE_IN,
  EVENT_CUES,
  foldedPhrases,
  GENERATIONAL_SUFFIXES,
  LEADING_ARTICLES,
  MEDIA_CUES,
  ORG_SUFFIXES,
  opensWithOrgHead,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PERSON_VERBS,
  PLATFORM_CUES,
  ROLE_NOUNS,
} from './lexicon.js';

export type EntityType = 'person' | 'org' | 'media' | 'platform' | 'place' | 'event' | 'other';

/** Outlet names end like this ("Harbour Post", "Harbour News"). */
export const MEDIA_SUFFIXES = new Set([
  'news', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'press', 'presse', 'today', 'zeitung',
  // newspaper titles in the five languages: "the Ashby Courier", « Le Courrier picard », "Kölner Rundschau", «Новая газета»
  'courier', 'chronicle', 'observer', 'telegraph', 'inquirer', 'examiner', 'dispatch', 'courrier', 'kurier', 'anzeiger', 'rundschau',
  'tagblatt', 'nachrichten', 'diario', 'heraldo', 'correo', 'cronica', 'noticias', 'газета', 'ведомости', 'известия', 'новости',
]);
/** A newspaper title that opens with what it is (« Le Courrier de l'Ouest », "El Heraldo de Aragón", "Diario de Sevilla"). */
function opensWithMediaWord(tokens: readonly string[]): boolean {
  const first = LEADING_ARTICLES.has(tokens[0] ?? '') ? 1 : 0;
  return tokens.length >= 2 && MEDIA_SUFFIXES.has(tokens[first]);
}
/** Prepositions that put a name on a platform: "sur Twitter", "on Facebook", "auf Instagram". */
const PLATFORM_PREPOSITIONS = new Set(['sur', 'on', 'auf']);
/**
 * « à Lyon »: French "à" as written (folded, it would be the English article, "a Lyon court"). It
 * also reads « a écrit à Jane Roe »: it counts for one-word names only, a town's usual shape.
 */
const A_PLACE_RE = /(?:^|\s)[àÀ]\s+$/u;
/** Cue words count when this many words or fewer stand between them and the name, with no punctuation. */
const CUE_WORDS = 3;
/** Share of an entity's mentions with a cue that makes the cue's type. */
const MIN_CUE_SHARE = 0.2;
/** "sur X" must be the usual way the seeds mention X: half the mentions. */
const MIN_PLATFORM_PREPOSITION_SHARE = 0.5;
/** Role nouns and honorifics: a tenth of the mentions is enough (names are mostly used bare). */
const MIN_PERSON_SHARE = 0.1;

const PLATFORM_KEYS = foldedPhrases(PLATFORM_CUES);
const MEDIA_KEYS = foldedPhrases(MEDIA_CUES);
const EVENT_KEYS = new Set(EVENT_CUES.map((w) => foldText(w)));
const PERSON_VERB_KEYS = foldedPhrases(PERSON_VERBS);
/** A person's verb after the name counts from this share of the mentions: one slip of a body ("the Agency understood") is not enough. */
const MIN_PERSON_VERB_SHARE = 0.25;
const ROLE_KEYS = new Set([...ROLE_NOUNS].map((w) => foldText(w)));
const PLACE_NOUN_KEYS = new Set([...PLACE_NOUNS].map((w) => foldText(w)));
/**
 * Who leads or founds a body, right before "of" and its name ("le fondateur de Zetaleaks", "CEO of
 * Zeta"): the name is the body's, not a person's (the role noun is someone else's).
 */
const HEAD_KEYS = new Set(
  'fondateur fondatrice directeur directrice dirigeant dirigeante patron patronne pdg founder cofounder co-founder director ceo chairman chairwoman head gründer direktor leiter chef fundador fundadora director directora основатель директор руководитель глава'
    .split(' ')
    .map((w) => foldText(w)),
);
/** The words "of" a role noun is joined to its body with. */
const OF_WORDS = new Set(['de', 'du', 'des', 'of', 'at', 'von', 'der', 'del']);
/** ", un avocat", ", directeur du…", ", a lawyer": the word after the comma. */
const APPOSITION_ROLE_RE = /^\s*,\s*(?:(?:un|une|le|la|l['’]|a|an|the|der|die|ein|eine|el|una)\s*)?([\p{L}-]+)/iu;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
/**
 * The name closes another capitalised name, joined by "of": « La Voz de X », « Audiencia Provincial de
 * X », "University of X". Institutions, courts and papers are named after their town. (Not German „von“: every
 * German noun is capitalised, and „Spuren von X“ are traces of it.)
 */
const NAME_OF_RE = /(\p{Lu}[\p{L}'’-]*)\s+(?:de|del|of|du|des)\s+$/u;
/**
 * An enumeration's neighbour named in full, a given name first ("…, Jane Roe, Kit Halloran et Scott
 * Doe"): a name listed between people's full names is a person's too, though its given name is in
 * no list. The separators of a list: a comma, and/et/und/y/и.
 */
const LISTED_BEFORE_RE = /(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L}'’-]+\s*(?:,|\s(?:and|et|und|y|и))\s*$/u;
const LISTED_AFTER_RE = /^\s*(?:,|(?:and|et|und|y|и)\s)\s*(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L}'’-]+/u;

/** The words right before `end` with nothing but spaces between them and it (up to `max`). */
function wordsBefore(text: string, end: number, max: number): string[] {
  const before = text.slice(Math.max(0, end - 80), end);
  const m = new RegExp(`((?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’-]*\\s+){1,${max}})$`, 'u').exec(before);
  return m ? (m[1].match(WORD_RE) ?? []).map((w) => foldText(w.replace(/^.*['’]/u, ''))) : [];
}

/** The words right after `start`, up to punctuation (up to `max`). */
function wordsAfter(text: string, start: number, max: number): string[] {
  const m = new RegExp(`^((?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’-]*){1,${max}})`, 'u').exec(text.slice(start, start + 80));
  return m ? (m[1].match(WORD_RE) ?? []).map((w) => foldText(w)) : [];
}

const hasPhrase = (words: string[], keys: readonly string[]) => {
  const joined = ` ${words.join(' ')} `;
  return keys.some((k) => joined.includes(k));
};

export class TypeCues {
  mentions = 0;
  person = 0;
  personVerb = 0;
  platform = 0;
  platformPreposition = 0;
  media = 0;
  place = 0;
  org = 0;
  listedWithPeople = 0;
  placeA = 0;
  event = 0;

  add(m: Mention, sentence: string): void {
    this.mentions++;
    const before = wordsBefore(sentence, m.start, CUE_WORDS);
    const after = wordsAfter(sentence, m.end, CUE_WORDS);
    const last = before[before.length - 1] ?? '';
    const apposed = APPOSITION_ROLE_RE.exec(sentence.slice(m.end, m.end + 60))?.[1] ?? '';
    const headOf = OF_WORDS.has(last) && HEAD_KEYS.has(before[before.length - 2] ?? '');
    // a role right before the name ("chief executive Jane Roe") or of it (« un avocat de Varga »), not any word
    // two before (« son antidouleur X »: his painkiller)
    const roleOf = isRole(last) || (OF_WORDS.has(last) && isRole(before[before.length - 2] ?? ''));
    if (headOf) this.org++;
    else if (m.honorific || roleOf || isRole(apposed)) this.person++;
    if (hasPhrase(after.slice(0, 2), PERSON_VERB_KEYS)) this.personVerb++;
    if (hasPhrase(before, PLATFORM_KEYS) || hasPhrase(after, PLATFORM_KEYS)) this.platform++;
    if (PLATFORM_PREPOSITIONS.has(last)) this.platformPreposition++;
    if (hasPhrase(before, MEDIA_KEYS)) this.media++;
    // « à proximité du village de X », "the mayor of X", « la préfète de la X » (« la » is left out with the article)
    const ofPlace = (k: number) => OF_WORDS.has(before[k] ?? '') && PLACE_NOUN_KEYS.has(before[k - 1] ?? '');
    const namedAfter = NAME_OF_RE.exec(sentence.slice(Math.max(0, m.start - 40), m.start))?.[1];
    // …unless the name before is a person's ("Luis de X") or a role ("President of X")
    const ofName = namedAfter !== undefined && !isGivenName(foldText(namedAfter)) && !isRole(namedAfter) && !HEAD_KEYS.has(foldText(namedAfter));
    // (a German place with its article: "in die X", "an der X"; "im X", "am X" hold the article)
    const germanArticlePlace =
      (DE_DEFINITE_ARTICLES.has(last) && DE_PLACE_PREPOSITIONS_WITH_ARTICLE.has(before[before.length - 2] ?? '')) || DE_PREPOSITIONS_WITH_ARTICLE_IN.has(last);
    if (PLACE_PREPOSITIONS.has(last) || ofPlace(before.length - 1) || (LEADING_ARTICLES.has(last) && ofPlace(before.length - 2)) || ofName || germanArticlePlace) this.place++;
    if (EVENT_KEYS.has(last)) this.event++;
    if (A_PLACE_RE.test(sentence.slice(Math.max(0, m.start - 4), m.start))) this.placeA++;
    const listedBefore = LISTED_BEFORE_RE.exec(sentence.slice(Math.max(0, m.start - 60), m.start))?.[1];
    const listedAfter = LISTED_AFTER_RE.exec(sentence.slice(m.end, m.end + 60))?.[1];
    if ([listedBefore, listedAfter].some((w) => w && isGivenName(foldText(w)))) this.listedWithPeople++;
  }

  merge(other: TypeCues): TypeCues {
    for (const k of ['mentions', 'person', 'personVerb', 'platform', 'platformPreposition', 'media', 'place', 'org', 'listedWithPeople', 'placeA', 'event'] as const) this[k] += other[k];
    return this;
  }
}

export const typeCues = () => new TypeCues();

function isRole(word: string): boolean {
  if (!word) return false;
  const folded = foldText(word);
  return ROLE_KEYS.has(folded) || ROLE_KEYS.has(folded.split(/[\s-]+/).pop() ?? '');
}

export interface NameShape {
  /** the seeds also call it by its last word alone ("Ferris" for "Dan Ferris") */
  lastNameAlone: boolean;
  /** it goes by an acronym ("KRV") */
  acronym: boolean;
  /** it starts with a given name ("Steve Okonkwo"; given-names.ts) */
  givenName?: boolean;
}

/**
 * Surname endings of Slavic, Georgian, Armenian and Ukrainian names, however a text transcribes them
 * ("Oleg Dvornikov", "Anna Petrovskaya", "Irakli Gelashvili", "Taras Hnatenko"): a two- or three-word
 * name ending so is a person's, whether the given name is in the lists or not. Not "-in", which
 * ends towns as often ("Lena Ilyin" but "Berlin").
 */
const SURNAME_ENDING_RE = /\p{L}{2}(?:ov|ova|ev|eva|sky|skiy|skaya|enko|dze|shvili|yan|ovich|evich|ovna|evna)$/u;
/** Evidence from the name's own last word (a media or organisation suffix) outweighs any context cue (at most 6). */
const SUFFIX_SCORE = 7;

/** The type an entity most likely has, from the cues around its mentions and the shape of its name. */
export function guessType(cues: TypeCues, tokens: readonly string[], shape: NameShape): EntityType {
  const n = Math.max(cues.mentions, 1);
  const share = (x: number, min: number) => (x / n >= min ? 2 + (4 * x) / n : 0);
  const last = tokens[tokens.length - 1] ?? '';
  const multi = tokens.length >= 2;
  const scores: Record<EntityType, number> = {
    person:
      (multi && GENERATIONAL_SUFFIXES.has(last) ? 3 : 0) +
      (shape.lastNameAlone && !ORG_SUFFIXES.has(last) && !MEDIA_SUFFIXES.has(last) ? 3 : 0) +
      (shape.givenName && multi && tokens.length <= 3 && !ORG_SUFFIXES.has(last) && !MEDIA_SUFFIXES.has(last) ? 3 : 0) +
      (multi && tokens.length <= 3 && SURNAME_ENDING_RE.test(last) ? 3 : 0) +
      share(cues.person, MIN_PERSON_SHARE) +
      (multi && tokens.length <= 3 && !ORG_SUFFIXES.has(last) && !MEDIA_SUFFIXES.has(last) ? share(cues.listedWithPeople, MIN_PERSON_SHARE) : 0) +
      share(cues.personVerb, MIN_PERSON_VERB_SHARE),
    org: (multi && ORG_SUFFIXES.has(last) && !MEDIA_SUFFIXES.has(last)) || opensWithOrgHead(tokens) ? SUFFIX_SCORE : 0,
    media: ((multi && MEDIA_SUFFIXES.has(last)) || opensWithMediaWord(tokens) ? SUFFIX_SCORE : 0) + share(cues.media, MIN_CUE_SHARE),
    platform: share(cues.platform, MIN_CUE_SHARE) + share(cues.platformPreposition, MIN_PLATFORM_PREPOSITION_SHARE),
    place: share(cues.place + (multi ? 0 : cues.placeA), MIN_CUE_SHARE),
    event: share(cues.event, MIN_CUE_SHARE),
    other: 0,
  };
  const order: EntityType[] = ['person', 'org', 'media', 'platform', 'place', 'event'];
  let best: EntityType = 'other';
  for (const t of order) if (scores[t] > scores[best]) best = t;
  // an acronym with no other cue is most often an organisation (KRV, FBI, NWB), and so is a name someone founded or heads
  if (best === 'other' && (shape.acronym || cues.org > 0)) return 'org';
  return best;
}

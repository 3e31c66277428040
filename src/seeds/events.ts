/**
 * "Who did what" in a seed sentence: a watched name as the actor, then an event verb — something
 * that happened and can be checked ("Acme hacked…", "Jane Roe resigned…", «Northwind a été
 * condamnée à une amende…»). Such a sentence is a claim even without a date, a number or a
 * reporting verb. The events are the matcher's concepts (lexicon-concepts.ts) that name a deed;
 * the concepts of speech and opinion (write, reply, discuss, praise, attack, know…) are left to the
 * reporting verbs, and the words of a concept that are mostly not a deed are set aside.
 */
import { conceptOf } from '../matchers/lexicon-concepts.js';
import { foldText } from '../matchers/normalize.js';

/** Concepts that name a deed done by someone: acts, sanctions, transactions, appointments. */
const EVENT_CONCEPTS = new Set([
  'hack', 'kill', 'indict', 'arrest', 'convict', 'fine', 'ban', 'resign', 'dismiss', 'appoint', 'sign', 'acquire', 'approve', 'spend', 'publish', 'meet',
]);

/**
 * Words of those concepts that are mostly something else in running text (folded): an adjective or
 * a noun of another sense ("public", "financial", "fine weather", «un signe», «la mort de», «des
 * pays», «à l'encontre de»).
 */
const NOT_A_DEED = new Set(
  (
    'public publicly publics publicity financial financially finance finances fine ' +
    'publique publiques publiquement publicite financier financiere financiers financieres signe signes mort morts pays encontre ' +
    'finanziell finanzen ' +
    'publica publicas publicos publicidad financiero financiera financieros financieras muerto muerte'
  ).split(' '),
);

/**
 * Determiners (folded): after one, the word is a noun — the event as a topic («à la réunion», "the
 * publication of…", «des rencontres»), not a deed its actor did. Russian has no articles; the English "a"
 * is left out, for it is the French "has" («Acme a piraté…»).
 */
const DETERMINERS = new Set(
  (
    'the an this these those his its their our my your ' +
    'le la les l un une des du au aux ce cet cette ces sa son ses leur leurs notre nos votre vos mon ma mes ' +
    'der die das den dem des ein eine einer eines einem einen sein seine seinen seiner ihre ihren ihrer ' +
    'el los las unos unas su sus este esta estos estas ese esa esos esas del al ' +
    // quantifiers: "some publications", «certaines publications», "mehrere Treffen"
    'some several many all each every other ' +
    'certains certaines plusieurs quelques chaque toutes autres ' +
    'mehrere viele alle jede jeden jeder ' +
    'algunos algunas varios varias muchos muchas todos todas cada'
  ).split(' '),
);

/**
 * Modals of what ought to be (folded): a deed after one is a demand or an opinion ("Acme should be
 * fined", « Jane Roe devrait démissionner »), not something that happened.
 */
const OUGHT = new Set(
  (
    'should ought must ' +
    'devrait devraient doit doivent faudrait faut ' +
    // not "soll": « Acme soll … gehackt haben » reports what Acme is said to have done
    'sollte sollten muss mussen musste ' +
    'deberia deberian debe deben ' +
    'должен должна должно должны следует'
  ).split(' '),
);
/** A modal counts this many words before the deed at most ("should be fined", « devrait enfin démissionner »). */
const OUGHT_REACH = 3;

export interface EventWord {
  concept: string;
  /** offsets in the sentence */
  start: number;
  end: number;
}

/** The event words of a sentence, in order. */
export function findEvents(sentence: string): EventWord[] {
  const out: EventWord[] = [];
  const before: string[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = foldText(m[0]).replace(/\s+/gu, '');
    const afterDeterminer = DETERMINERS.has(before[before.length - 1] ?? '');
    const ought = before.slice(-OUGHT_REACH).some((w) => OUGHT.has(w));
    before.push(folded);
    if (!folded || afterDeterminer || ought || NOT_A_DEED.has(folded)) continue;
    const concept = conceptOf(folded);
    if (concept && EVENT_CONCEPTS.has(concept)) out.push({ concept, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The first event a named actor does in the sentence: an event word after a watched name
 * (`namesBefore(offset)` tells whether one is written before that offset), or null.
 */
export function actorEvent(sentence: string, namesBefore: (offset: number) => boolean): EventWord | null {
  return findEvents(sentence).find((e) => namesBefore(e.start)) ?? null;
}

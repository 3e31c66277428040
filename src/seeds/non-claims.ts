/**
 * Sentences that state no checkable fact: refusals to comment, unanswered requests, opinions and
 * hedges (a guess, "maybe", "probably", is no claim to check). They name people and carry reporting verbs, so without this they would pass as claims.
 * Phrases in en/fr/de/es/ru, compared folded (case and accents ignored).
 */
import { foldedPhrases, wordsKey } from './lexicon.js';

const NON_CLAIM_PHRASES = [
  // en
  'declined to comment', 'refused to comment', 'did not respond', 'did not reply', 'did not immediately respond', 'did not return',
  'could not be reached', 'no comment', 'would not comment', 'would not say', 'not respond to a request', 'i think', 'we think',
  'i believe', 'in my opinion', 'it remains to be seen', 'it is unclear', 'it was not clear',
  'maybe', 'perhaps', 'probably', "i don't know", 'i do not know', 'we all know', 'i guess',
  'declined to say', 'did not comment', 'has not commented', 'have not commented', 'not immediately available for comment', 'did not answer',
  // fr
  'a refuse de commenter', 'ont refuse de commenter', 'n a pas repondu', 'n ont pas repondu', 'n a pas souhaite', 'n ont pas souhaite',
  'n a pas donne suite', 'n ont pas donne suite', 'pas de commentaire', 'sans commentaire', 'je pense', 'nous pensons', 'je crois',
  'a mon avis', 'reste a savoir', 'n a pas pu etre joint', 'n a pas ete joint',
  'peut etre', 'sans doute', 'probablement', 'je ne sais pas',
  'decline tout commentaire', 'se refuse a tout commentaire', 'n a pas commente', 'n a pas voulu commenter', 'n ont pas voulu commenter',
  // de
  'wollte sich nicht', 'lehnte eine stellungnahme ab', 'lehnte einen kommentar ab', 'antwortete nicht', 'war nicht zu erreichen',
  'kein kommentar', 'ich denke', 'ich glaube', 'meiner meinung nach', 'bleibt abzuwarten',
  'vielleicht', 'wahrscheinlich', 'ich weiss nicht',
  'ausserte sich nicht', 'liess eine anfrage unbeantwortet',
  // es
  'declino comentar', 'se nego a comentar', 'no respondio', 'no quiso comentar', 'sin comentarios', 'creo que', 'en mi opinion', 'esta por ver',
  'quizas', 'tal vez', 'probablemente', 'no lo se', 'no sé si',
  'declino hacer comentarios', 'no hizo comentarios', 'rehuso comentar',
  // ru
  'отказался от комментариев', 'отказалась от комментариев', 'отказались от комментариев', 'не ответил', 'не ответила', 'не ответили',
  'без комментариев', 'я думаю', 'по моему мнению',
  'может быть', 'наверное', 'не знаю',
  'не стал комментировать', 'не стала комментировать', 'не стали комментировать', 'воздержался от комментариев', 'воздержалась от комментариев',
];

const KEYS = foldedPhrases(NON_CLAIM_PHRASES);

/** Why a sentence is not a claim ("non-claim: declined to comment"), or null when it may be one. */
export function nonClaimReason(sentence: string): string | null {
  const key = wordsKey(sentence);
  const hit = KEYS.find((k) => key.includes(k));
  return hit ? `non-claim: ${hit.trim()}` : null;
}

/**
 * Web boilerplate in seed articles: reader comment threads, newsletter and subscription prompts,
 * share/social lines, lines of links or handles, navigation crumbs. Removed before proposing
 * entities and claims, so that a reader's comment never becomes a "seed claim". General cues only.
 */
import { wordsKey, foldedPhrases } from './lexicon.js';

/** Short lines that open a comment section ("Commentaires (12)", "Leave a Comment", "3 comments"). */
const COMMENT_HEADER_RE =
  /^\s*(?:\d+\s+)?(?:commentaires?|comments?|kommentare?|comentarios?|комментари\w*|réagir|reagir|réactions|reactions|leave a (?:comment|reply)|post a comment|add a comment|laisser un commentaire|ajouter un commentaire|schreiben sie einen kommentar|deja un comentario|оставить комментарий)\b/iu;
/** A comment header is a short line… */
const MAX_COMMENT_HEADER_CHARS = 60;
/** …below the start of the article (a "Comments" link in the top navigation is not the thread). */
const MIN_BODY_SHARE_BEFORE_COMMENTS = 0.3;

/** Comment threads without a header: timestamp lines ("Le 14/11/2017 à 15h58") this close together. */
const THREAD_GAP_LINES = 6;

/** Newsletter, subscription and account prompts, anywhere in a line. */
const PROMPT_CUES = foldedPhrases([
  'newsletter', 'lettre d’information', 'bulletin d’information', 'boîte de réception', 'inbox', 'abonnez-vous', 'inscrivez-vous', 's’inscrire',
  'sign up', 'subscribe', 'subscribers only', 'déjà abonné', 'vous devez être abonné', 'se connecter', 'log in', 'sign in',
  'email address will not be published', 'adresse e-mail ne sera pas publiée', 'required fields', 'champs obligatoires',
  'abonnieren', 'anmelden', 'suscríbete', 'suscríbase', 'suscribirse', 'подпишитесь', 'подписаться на рассылку',
]);
/** A prompt line is short; a long paragraph mentioning "subscribe" once is article text. */
const MAX_PROMPT_LINE_CHARS = 300;

/** Share, social, "read also" and credit lines, at the start of a short line. */
const LINE_START_CUES = foldedPhrases([
  'partager', 'partagez', 'share', 'teilen', 'compartir', 'поделиться', 'tweeter', 'imprimer', 'print', 'envoyer par', 'email this',
  'lire aussi', 'à lire aussi', 'voir aussi', 'read more', 'read also', 'see also', 'related', 'sur le même sujet', 'mehr zum thema',
  'lee también', 'читайте также', 'publicité', 'advertisement', 'anzeige', 'publicidad', 'реклама', 'suivez-nous', 'follow us',
  'commenter', 'mots-clés', 'tags', 'crédit photo', 'photo credit',
]);
const MAX_SHARE_LINE_CHARS = 120;

/** Lines with fewer words and no sentence ending are navigation, labels, bylines, section names. */
const MIN_LINE_WORDS = 4;
const SENTENCE_END_RE = /[.!?…»"”)]\s*$/u;

/** Lines at least this share links, handles or hashtags are share bars and link lists. */
const MAX_LINK_SHARE = 0.5;
const LINKISH_RE = /^(?:https?:\/\/|www\.|[@#][\p{L}\p{N}_]|[\p{L}\p{N}-]+\.(?:com|org|net|fr|de|ru|es|uk|io|tk|ly|co|info|be|ch)(?:\/|$))/iu;

const NUMERIC_DATE_RE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/g;
const TIME_RE = /\d{1,2}\s?[:h]\s?\d{2}(?:\s?(?:am|pm))?/gi;
const MONTH_DATE_RE = /\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}/gu;
/** After removing dates and times, a timestamp line holds at most a user name and a connective. */
const MAX_TIMESTAMP_LEFTOVER_WORDS = 2;

const words = (line: string) => line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

function hasCue(line: string, cues: readonly string[], atStart: boolean): boolean {
  const key = wordsKey(line);
  return cues.some((c) => (atStart ? key.startsWith(c) : key.includes(c)));
}

/** A line that is only a date and/or time (and maybe a user name): a comment's stamp. */
export function isTimestampLine(line: string): boolean {
  if (line.length > 60) return false;
  const stripped = line.replace(NUMERIC_DATE_RE, ' ').replace(MONTH_DATE_RE, ' ').replace(TIME_RE, ' ');
  if (stripped === line) return false;
  const left = words(stripped).filter((w) => !/^(?:le|à|a|at|on|am|um|el|las|posted|publié|le|il y a)$/iu.test(w));
  return left.length <= MAX_TIMESTAMP_LEFTOVER_WORDS && !/[.!?]\s*$/.test(stripped.trim());
}

/** Index of the first line of a comment section, or -1. */
function commentSectionStart(lines: readonly string[]): number {
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  let seen = 0;
  let cut = -1;
  for (let i = 0; i < lines.length && cut < 0; i++) {
    const line = lines[i].trim();
    if (line.length <= MAX_COMMENT_HEADER_CHARS && COMMENT_HEADER_RE.test(line) && seen >= total * MIN_BODY_SHARE_BEFORE_COMMENTS) cut = i;
    seen += lines[i].length + 1;
  }
  const stamps = lines.flatMap((l, i) => (isTimestampLine(l.trim()) ? [i] : []));
  for (let k = 0; k + 1 < stamps.length; k++) {
    if (stamps[k + 1] - stamps[k] <= THREAD_GAP_LINES) {
      if (cut < 0 || stamps[k] < cut) cut = stamps[k];
      break;
    }
  }
  return cut;
}

/** Why a line is boilerplate, or null when it is article text. */
export function boilerplateReason(line: string): string | null {
  const t = line.trim();
  if (!t) return null;
  if (!/[\p{L}\p{N}]/u.test(t)) return 'punctuation only';
  if (isTimestampLine(t)) return 'timestamp';
  if (t.length <= MAX_PROMPT_LINE_CHARS && hasCue(t, PROMPT_CUES, false)) return 'newsletter or account prompt';
  if (t.length <= MAX_SHARE_LINE_CHARS && hasCue(t, LINE_START_CUES, true)) return 'share or social line';
  const ws = t.split(/\s+/u);
  if (ws.filter((w) => LINKISH_RE.test(w.replace(/^[("'«“]+/u, ''))).length >= ws.length * MAX_LINK_SHARE) return 'links or handles';
  if (words(t).length < MIN_LINE_WORDS && !SENTENCE_END_RE.test(t)) return 'very short line';
  return null;
}

/**
 * Article text without web boilerplate. Removed lines become blank lines, so sentences never join
 * across them; a comment section is cut to the end; a line repeated verbatim (a table of contents
 * repeating the headings) is kept once.
 */
export function stripBoilerplate(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = commentSectionStart(lines);
  const kept = cut >= 0 ? lines.slice(0, cut) : lines;
  const seen = new Set<string>();
  const out = kept.map((line) => {
    const t = line.trim();
    if (!t) return '';
    if (boilerplateReason(t) !== null) return '';
    const key = wordsKey(t);
    if (seen.has(key)) return '';
    seen.add(key);
    return t;
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

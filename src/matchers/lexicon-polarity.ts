/**
 * General language for stance (en/fr/de/es/ru): negation, denial and refutation cues, correction
 * phrases, contrast and evidence words, uncertainty. No storyline word here: the watchlist holds those.
 *
 * Entries are written as in running text and folded at load time with the matcher's own normaliser,
 * so accents, case and Russian case endings compare exactly as in stories ("никогда" → "никогд").
 */
import { foldText } from './normalize.js';

export type CueKind =
  /** negates what follows in its clause ("never", "not", «jamais», "nicht", "nunca", «никогда») */
  | 'neg'
  /** negates a noun phrase and the verb before it ("provided no information", "offered nothing") */
  | 'neg-nominal'
  /** French «ne»/«n'»: a negation only with pas/jamais/rien/… after it, not with que (restrictive) */
  | 'ne'
  /** looks like a negation but is not one ("not only", «ne … que», "nicht nur") */
  | 'not-negation'
  /** a reported denial: what follows in the clause is denied (or what precedes, at the clause end) */
  | 'denial'
  /** an admission: what follows in the clause is owned up to ("admitted receiving", « a reconnu avoir », "räumt … ein") */
  | 'admission'
  /** a claim being refuted follows: "undercutting reports that…", "contrary to claims that…" */
  | 'refute'
  /** "called … fake": with a calling verb before it, denies its whole clause */
  | 'false-marker'
  /** the calling verb of a false-marker ("calling reports … fake", «назвала вымыслом») */
  | 'call'
  /** the story corrects a received fact ("in fact", «en réalité», "in Wirklichkeit", «на самом деле») */
  | 'correction'
  /** "rather than X", «au lieu de X»: X is replaced */
  | 'instead'
  /** opens a contrasting clause ("but", «mais», "aber", "pero", «но») */
  | 'contrast'
  /** evidence verbs that refute a denial after a contrast ("but the messages show…") */
  | 'evidence'
  /** the proposition is left open ("unclear whether", «pas clair», "unklar", «неясно»; "asked whether") */
  | 'uncertain';

const RAW: Record<CueKind, string> = {
  neg: [
    // en
    'not|never|neither|nor|cannot|no longer|not at all|don\'t|doesn\'t|didn\'t|isn\'t|wasn\'t|weren\'t|aren\'t|hasn\'t|haven\'t|' +
      'hadn\'t|can\'t|couldn\'t|won\'t|wouldn\'t|shouldn\'t|without|' +
      // refusing or failing to do it is not doing it ("refused to pay the ransom")
      'refuse to|refuses to|refused to|refusing to|declined to|declines to|failed to|fails to',
    // fr (standalone forms; «ne … pas» is handled with "ne")
    'pas|jamais|sans|non|ni|nullement|refuse de|refusent de|refuse d|refusent d|refusant de|a refuse de',
    // de
    'nicht|nie|niemals|weder|ohne|weigert sich|weigerte sich|weigerten sich|verweigert|verweigerte|verweigerten',
    // es
    'nunca|jamas|sin|tampoco|se nego a|se niega a|se negaron a|rehuso|rehusa',
    // ru
    'не|никогда|ни|без|нигде|отказался|отказалась|отказались|отказывается',
  ].join('|'),
  'neg-nominal': [
    'no|nothing|none|nobody|no one',
    'aucun|aucune|rien',
    'kein|keine|keinen|keinem|keiner|keines|nichts|niemand',
    'nada|ningun|ninguno|ninguna|nadie',
    'нет|ничего|никакой|никаких|никакого|никто',
  ].join('|'),
  ne: 'ne|n',
  'not-negation':
    'not only|not just|no doubt|whether or not|non seulement|ne pas seulement|nicht nur|no solo|no solamente|не только',
  denial: [
    // (a source taking back what it said denies it too: "retracted its finding that…", "walked back")
    'deny|denies|denied|denying|denial|rejected|rejects|dismissed|retract|retracts|retracted|retracting|walked back|walks back|walking back',
    'dement|dementi|dementent|dementir|nie|nient|nier|niant|conteste|contestent|conteste|refute|rejette|rejete|retracte|retractent',
    'dementiert|dementierte|dementieren|bestreitet|bestritt|bestritten|bestreiten|leugnet|leugnete|zuruckgewiesen|zuruckweisen|widerrief|widerruft|widerrufen',
    'niega|niegan|nego|negaron|desmiente|desmienten|desmintio|desmintieron|rechaza|rechazo|retracto|retractaron',
    'отрицает|отрицают|отрицал|отрицала|отрицали|опроверг|опровергла|опровергли|опровергает|отозвал|отозвала|отозвали',
  ].join('|'),
  admission: [
    // (owning up to what one denied: it contradicts the denial, where reporting the denial again supports it)
    'admit|admits|admitted|admitting|acknowledge|acknowledges|acknowledged|acknowledging|concede|concedes|conceded|conceding|' +
      'confess|confesses|confessed|confessing',
    'reconnait|reconnaissent|reconnu|reconnue|reconnaissant|avoue|avouent|avouait|admet|admettent|admis',
    'gesteht|gestehen|gestand|gestanden|eingeraumt|einraumen|raumt|raumte|raumten|zugegeben|zugeben',
    'admite|admiten|admitio|admitieron|admitido|reconoce|reconocen|reconocio|reconocieron|reconocido|confiesa|confeso|confesaron',
    'признал|признала|признали|признает|признают|признался|призналась|признались|сознался|созналась',
  ].join('|'),
  refute: [
    'undercut|undercuts|undercutting|undermining|contradicting|contradicts|contradicted|conflicts with|at odds with|inconsistent with|contrary to|' +
      'debunking|debunked|belying|' +
      'disputed|disputes|disputing|refuted|refutes|rebutted|rebutting|' +
      // a newspaper taking back its own report: "withdrew a story, run on 9 May, that said…"
      'withdrew a report|withdrew its report|withdrew the report|withdrew a story|withdrew its story|withdrew the story|' +
      'withdrew an article|withdrew its article|withdrew the article|pulled its story|pulled the story|pulled a story',
    'contrairement a|contredit|contredisant|contredisent|dementant',
    'widerspricht|widersprechen|im widerspruch zu|entgegen',
    'contradice|contradicen|contradiciendo|al contrario de|contrariamente a',
    'вопреки|противоречит|противоречат',
  ].join('|'),
  'false-marker': [
    'fake|false|untrue|hoax|fabricated|fabrication|fiction|baseless|nonsense|lie|lies',
    'faux|fausse|fausses|mensonge|mensonger|mensongere|infonde|infondee|invente|inventee|fantaisiste',
    'falsch|erfunden|luge|frei erfunden',
    'falso|falsa|falsos|falsas|invencion|inventado|inventada|mentira',
    'вымысл|вымыслом|ложь|ложью|фейк|фейком|неправд',
  ].join('|'),
  call: [
    'call|calls|called|calling|dismissed as|dismissing as|branded|labelled|labeled',
    'qualifie|qualifiant|qualifiee|qualifient|traite de',
    'bezeichnete|bezeichnet|nannte|nennt',
    'califico|calificaron|califica|tildo|llamo',
    'назвал|назвала|назвали|называет',
  ].join('|'),
  correction: [
    'in fact|actually|in reality|in truth|in actual fact|contrary to|on the contrary',
    'en realite|en fait|au contraire|contrairement|en verite',
    'in wirklichkeit|tatsachlich|vielmehr|in der tat|im gegenteil',
    'en realidad|de hecho|al contrario|por el contrario|en verdad',
    'на самом деле|в действительности|в реальности|напротив|на деле',
  ].join('|'),
  instead: [
    'rather than|instead of|not by',
    'plutot que|au lieu de|et non|et non pas|non pas',
    'statt|anstatt|anstelle|und nicht',
    'en lugar de|en vez de|y no',
    'вместо|а не',
  ].join('|'),
  contrast: [
    'but|however|yet|though|although|whereas|while',
    'mais|pourtant|cependant|toutefois|tandis que|alors que',
    'aber|doch|jedoch|allerdings|sondern|wahrend|obwohl',
    'pero|sin embargo|no obstante|sino|mientras|aunque',
    'но|однако|хотя|тогда как',
  ].join('|'),
  evidence: [
    'show|shows|showed|shown|prove|proves|proved|reveal|reveals|revealed|confirm|confirms|confirmed|indicate|indicates|demonstrate|demonstrates|document|documents',
    'montre|montrent|prouve|prouvent|revele|revelent|confirme|confirment|demontre|demontrent|attestent',
    'zeigen|zeigt|zeigten|belegen|belegt|beweisen|beweist|bestatigen|bestatigt',
    'muestran|muestra|prueban|prueba|demuestran|demuestra|revelan|revela|confirman|confirma',
    'показывают|показывает|доказывают|доказывает|свидетельствуют|подтверждают|подтверждает',
  ].join('|'),
  uncertain: [
    // what is unknown, only weighed ("considering paying") or not confirmed is not told as done
    'unclear|not clear|uncertain|unknown whether|remains to be seen|whether|considering|weighing|mulling|' +
      'could not confirm|cannot confirm|can\'t confirm|did not confirm|didn\'t confirm|unable to confirm|declined to confirm|would not confirm|' +
      'has not confirmed|have not confirmed|not yet confirmed|unconfirmed|' +
      // an indirect question of amount asks, it does not tell: "has not said how much RT spent"
      'how much|how many|how long',
    'pas clair|incertain|on ignore si|on ne sait pas|envisage de|envisagerait de|n a pas confirme|sans confirmer|combien',
    'unklar|nicht klar|ungewiss|offen ob|ob|erwagt|nicht bestatigt|wie viel|wie viele|wie lange',
    'no esta claro|no queda claro|incierto|no se sabe|considera|no confirmo|sin confirmar',
    'неясно|не ясно|непонятно|неизвестно|ли|рассматривает возможность|не подтвердил|не подтвердила|не подтвердили|сколько',
  ].join('|'),
};

/** French negation complements that make «ne» a negation. */
export const FRENCH_NEGATION_COMPLEMENTS = new Set(['pas', 'jamais', 'rien', 'aucun', 'aucune', 'plus', 'guere', 'nullement', 'personne', 'point']);
/** «ne … que» is restrictive ("only"), not a negation. */
export const FRENCH_RESTRICTIVE = new Set(['que', 'qu']);

/** Words that start a new clause for scoping (besides , ; : and brackets): contrast, condition, cause. */
export const CLAUSE_OPENERS = new Set(
  [
    'but', 'whereas', 'while', 'although', 'if', 'unless', 'because',
    'mais', 'tandis', 'si', 'parce',
    'aber', 'sondern', 'wahrend', 'obwohl', 'wenn', 'falls', 'weil',
    'pero', 'sino', 'aunque', 'porque',
    'но', 'однако', 'хотя', 'если', 'потому',
    // an embedded or relative clause: "does not give a total for what Zeta Group spent" does not deny the spending
    'what', 'which', 'who', 'whom', 'whose',
    'quien', 'cual',
    'который', 'которая', 'которое', 'которые',
  ].map((w) => foldText(w)),
);

export interface Cue {
  kind: CueKind;
  /** folded tokens of the phrase */
  tokens: string[];
  text: string;
}

/** Cues by their first folded token, longest phrases first. */
export const CUES_BY_FIRST = new Map<string, Cue[]>();
for (const [kind, list] of Object.entries(RAW) as [CueKind, string][]) {
  for (const text of list.split('|')) {
    const tokens = foldText(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    if (!tokens.length) continue;
    const cues = CUES_BY_FIRST.get(tokens[0]) ?? [];
    cues.push({ kind, tokens, text });
    CUES_BY_FIRST.set(tokens[0], cues);
  }
}
for (const cues of CUES_BY_FIRST.values()) cues.sort((a, b) => b.tokens.length - a.tokens.length);

/** Which cue (if any) starts at token i of `words`: the longest phrase wins. */
export function cueAt(words: readonly string[], i: number): Cue | null {
  const cues = CUES_BY_FIRST.get(words[i]);
  if (!cues) return null;
  for (const cue of cues) {
    let ok = true;
    for (let k = 1; k < cue.tokens.length && ok; k++) ok = words[i + k] === cue.tokens[k];
    if (ok) return cue;
  }
  return null;
}

/** Nouns of what was said or reported ("reports that …", « les rumeurs selon lesquelles … »), folded. */
export const REPORT_NOUNS = new Set(
  (
    'report reports claim claims allegation allegations rumour rumours rumor rumors suggestion suggestions speculation accusation accusations story stories ' +
    'information informations affirmation affirmations rumeur rumeurs ' +
    'bericht berichte behauptung behauptungen vorwurf vorwurfe geruchte geruecht meldung meldungen ' +
    'informacion informaciones afirmacion afirmaciones acusacion acusaciones rumor rumores version versiones ' +
    'сообщения сообщение утверждения утверждение слухи обвинения информация'
  ).split(' '),
);
/**
 * Nouns of evidence, folded: under a negation ("no evidence that…", « aucune preuve que… », „keine Belege, dass…“,
 * "ninguna prueba de que…", «нет доказательств того, что…»), what they would show is left open, not told as done.
 */
export const EVIDENCE_NOUNS = new Set(
  (
    'evidence proof proofs indication indications sign signs trace traces ' +
    'preuve preuves element elements indice indices ' +
    'beweis beweise belege belegen hinweis hinweise anhaltspunkt anhaltspunkte ' +
    'prueba pruebas indicio indicios evidencia evidencias ' +
    'доказательств доказательства доказательство свидетельств признаков'
  ).split(' '),
);

/** What opens the reported content after such a noun. */
export const THAT_WORDS = new Set('that selon lesquelles laquelle lequel lesquels que qu dass wonach de что'.split(' '));
/** Words that join another clause or subject between a name and a negation ("Acme and that he never…", « qui », „die“). */
export const CLAUSE_JOINERS = new Set([
  ...THAT_WORDS,
  ...'and or et ou und oder y o и или who which qui der die das quien который которая'.split(' '),
]);
/** Copulas before a false-marker ("are false", « sont fausses », "sind falsch", "son falsas"). */
export const COPULAS = new Set('is are was were been be est sont etait etaient ist sind war waren es son era eran fue fueron является являются'.split(' '));
/** Words between the copula and the false-marker ("are completely false"). */
export const INTENSIFIERS = new Set('completely entirely totally simply absolutely wholly utterly totalement completement entierement absolument vollig komplett totalmente completamente absolutamente'.split(' '));

const foldedWords = (raw: string) => new Set(raw.split(' ').map((w) => foldText(w).trim()).filter(Boolean));
/** Demonstratives that point back at what was just said ("this figure", « ce chiffre », „diese Angabe“, «эта цифра»). */
export const DEMONSTRATIVES = foldedWords('this that these those cette cet ce ces diese dieser dieses diesen jene esta este esto esa ese eso estas estos эта этот это эти');
/** What was said, as a source calls its own words when it takes them back ("that summary", « cette affirmation », „diese Darstellung“). */
export const SAID_NOUNS = foldedWords(
  'wording statement report figure summary account claim information article story ' +
    'information affirmation formulation chiffre article declaration ' +
    'angabe angaben aussage darstellung formulierung meldung bericht zahl ' +
    'informacion afirmacion formulacion dato cifra noticia declaracion ' +
    'информация утверждение формулировка сообщение данные цифра',
);
/** Words that call it wrong ("was erroneous", « était inexacte », „war falsch“, «была ошибочной»). */
export const ERROR_WORDS = foldedWords(
  'erroneous wrong inaccurate incorrect false untrue mistaken misleading inaccurately ' +
    'erronee errone erronees inexacte inexact fausse faux incorrecte ' +
    'falsch falsche unzutreffend fehlerhaft irrefuhrend unrichtig ' +
    'erronea erroneo inexacta inexacto incorrecta incorrecto falsa falso ' +
    'ошибочной ошибочным неверной неверным неточной ложной недостоверной',
);
/** "… did not (accurately) reflect", « ne reflétait pas »: said of one's own words, it takes them back. */
export const REFLECT_WORDS = foldedWords('reflect reflected refletait refleter reflete widerspiegelt widerspiegelte reflejaba refleja отражала отражает');
/**
 * Verbs of taking a report back, after a sentence that points back at it ("That report … we have withdrawn it", « Cette
 * information, nous la retirons », „Diese Angabe haben wir zurückgezogen“). Not the words that also mean a product recall
 * or a going back (« retirer », "retirada", „zurück“ alone).
 */
export const RETRACT_WORDS = foldedWords(
  'withdrawn withdrew withdraw retracted retract retracting ' +
    'retirons retiree retracte retractons ' +
    'zuruckgezogen zuruckgenommen widerrufen ' +
    'retiramos rectificamos retractamos ' +
    'отзываем отозвали отозвала',
);

/** Verbs of saying that report a speaker's words ("told reporters", « a déclaré », „sagte“, "afirmó", «заявил»). */
export const SAY_WORDS = foldedWords(
  'said says told stated declared insisted assured affirmed ' +
    'dit declare affirme assure selon ' +
    'sagte sagt erklarte erklart betonte versicherte laut zufolge ' +
    'dijo afirmo declaro aseguro segun ' +
    'заявил заявила заявили сказал сказала сказали заверил',
);

/**
 * General language the seed importer reads by (en/fr/de/es/ru): function words, honorifics, role
 * nouns, organisation suffixes, reporting verbs, approximation words, number words, month names.
 * No storyline names here: those come from the seeds themselves.
 */
import { foldText } from '../matchers/normalize.js';

/** Function words and calendar words that start sentences in capitals but are never names on their own. */
export const FUNCTION_WORDS = new Set(
  (
    // fr
    'le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu se sa son ses leur leurs ' +
    'mais ou et donc or ni car si que qui quoi dont où quand comme alors ainsi puis pour par sur sous dans avec sans chez ' +
    'selon après avant pendant depuis entre vers contre parmi malgré durant dès lors tout tous toute toutes aucun aucune ' +
    'plusieurs quelques certains certaines chaque autre autres même cela ceci ça c qu y en ne pas plus moins très bien ' +
    'aussi encore déjà toujours jamais ici là oui non notre votre nos vos mon ma mes ton ta tes enfin outre ' +
    'maintenant désormais aujourd hier ensuite cependant pourtant néanmoins toutefois ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    // en
    'the a an this that these those he she it they we i you his her its their our my your but or and so if when while as ' +
    'at by for from in into of on to with without about after before during since until over under between among against ' +
    'there here what which who whom whose where why how all any both each few more most other some such no not only ' +
    'also however meanwhile then than yet still even just later earlier today yesterday tomorrow now well instead indeed ' +
    'yes oh please perhaps maybe ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    // de
    'der die das den dem des ein eine einer eines einem einen und oder aber doch wenn als wie auch noch schon nur nicht ' +
    'ich du er sie es wir ihr sein seine ihre im am vom zum zur auf aus bei mit nach seit von vor zu über unter gegen ' +
    'laut dieser diese dieses jener jetzt heute gestern dann früher später danach damals zudem außerdem bereits dabei deshalb trotzdem nun inzwischen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember ' +
    // es
    'el los las lo una unos unas y o pero porque para por con sin sobre según desde hasta entre hacia ante tras ' +
    'él ella ellos ellas nosotros usted su sus este esta estos estas ese esa esos esas aquel cuando donde como también ' +
    'ahora hoy ayer luego entonces sin embargo ' +
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    // ru
    'и в во не на что с со по как это от для из к у о об за но а же ли бы он она они мы вы я его ее их этот эта эти тот та те ' +
    'сейчас теперь сегодня вчера однако также'
  )
    .split(/\s+/)
    // as written and folded ("après", "apres"): names.ts looks words up folded, dates.ts as written
    .flatMap((word) => [word, foldText(word)]),
);

/** Articles a name may be written with or without ("The Zeta Bureau" / "Zeta Bureau"). */
export const LEADING_ARTICLES = new Set(['the', 'le', 'la', 'les', 'der', 'die', 'das', 'el', 'los', 'las']);
/** Lower-case words that may sit inside a name between capitalised words ("Université de Columbia", "Ludwig von Mises"). */
export const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'zu', 'da', 'di', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y', 'ter']);
/** At most this many particles in a row inside a name ("de la"). */
export const MAX_PARTICLES_IN_A_ROW = 2;

/** Honorifics before a person's name; compared without the final dot, lower-cased. */
export const HONORIFICS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'me', 'mgr', 'pr', 'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady',
  'herr', 'frau', 'sr', 'sra', 'srta', 'señor', 'señora', 'г', 'г-н', 'г-жа', 'господин', 'госпожа',
]);

/**
 * Job titles written before a name ("Ambassador Pavel Orlov", "Special Counsel Robert Hale",
 * «le président Emmanuel Macron»): not part of it. Folded, en/fr/de/es/ru.
 */
export const JOB_TITLES = new Set([
  // en
  'president', 'vice', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'ambassador', 'secretary', 'minister', 'prime', 'chancellor', 'general', 'gen', 'colonel', 'col', 'admiral', 'judge', 'justice',
  'attorney', 'counsel', 'special', 'prosecutor', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'spokesman',
  'spokeswoman', 'spokesperson', 'commissioner', 'candidate', 'nominee', 'former', 'deputy', 'acting', 'king', 'queen', 'prince',
  'princess', 'pope', 'sheriff', 'officer', 'agent', 'detective', 'professor', 'chief', 'lawyer', 'lt',
  // fr
  'presidente', 'ministre', 'premier', 'senateur', 'senatrice', 'depute', 'deputee', 'ambassadeur', 'ambassadrice', 'juge',
  'procureur', 'procureure', 'directeur', 'directrice', 'maire', 'general', 'porte-parole', 'avocat', 'avocate', 'ancien', 'ancienne',
  // de
  'prasident', 'prasidentin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'ministerin', 'botschafter',
  'botschafterin', 'richter', 'richterin', 'staatsanwalt', 'sprecher', 'sprecherin', 'senatorin', 'direktor', 'direktorin',
  // es
  'ministro', 'ministra', 'senador', 'senadora', 'embajador', 'embajadora', 'juez', 'jueza', 'fiscal', 'alcalde', 'alcaldesa',
  'portavoz', 'director', 'directora', 'diputado', 'diputada', 'expresidente',
  // ru
  'президент', 'министр', 'премьер', 'посол', 'сенатор', 'судья', 'генерал', 'прокурор', 'директор', 'мэр', 'депутат',
  // job titles written as acronyms ("le PDG d'Acme", "CEO Jane Roe")
  'pdg', 'dg', 'cfo', 'coo', 'cto',
]);

/**
 * German writes a title and its field as one word, or joins an organisation to it with a hyphen:
 * "Vorstandschef", "Bürgermeisterin", "Unternehmenssprecherin", "BfU-Vizepräsidentin".
 */
const DE_TITLE_ENDINGS_RE = /(?:chef|chefin|sprecher|sprecherin|richter|richterin|prasident|prasidentin|direktor|direktorin|meister|meisterin|vorsitzende|vorsitzender|anwalt|anwaltin|minister|ministerin)$/u;

/** A job title before a name (folded): one of JOB_TITLES, the last part of a hyphenated title, or a German compound title. */
export function isJobTitle(folded: string): boolean {
  if (JOB_TITLES.has(folded)) return true;
  const last = folded.slice(folded.lastIndexOf('-') + 1);
  return (last !== folded && JOB_TITLES.has(last)) || (folded.length > 6 && DE_TITLE_ENDINGS_RE.test(last));
}

/** Tokens that end a person's name without being the surname ("Jr.", "III"). */
export const GENERATIONAL_SUFFIXES = new Set(['jr', 'sr', 'junior', 'senior', 'ii', 'iii', 'iv']);
export const ROMAN_SUFFIXES = new Set(['ii', 'iii', 'iv']);

/** Abbreviations whose final dot belongs to the word (so "John Roe Jr." keeps it). */
export const DOTTED_ABBREVIATIONS = new Set(['jr', 'sr', 'st', 'inc', 'corp', 'ltd', 'co', 'bros', ...HONORIFICS]);

/** Legal forms that end a company's name ("Acme Chemie AG", "Rhein Logistik GmbH"), compared without their dots ("S.L.", "S.p.A."). */
const LEGAL_FORM_WORDS = [
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'kg', 'kgaa', 'ohg', 'se', 'sa', 'sas', 'sarl', 'sl', 'slu',
  'srl', 'spa', 'ltda', 'pty', 'nv', 'bv',
];
export const LEGAL_FORMS = new Set(LEGAL_FORM_WORDS.map((w) => foldText(w)));

/** What a company's name ends with to say its legal form or its trade: "Acme Corp" is "Acme" named in full. */
const COMPANY_WORDS = [
  ...LEGAL_FORM_WORDS,
  'group', 'groupe', 'gruppe', 'grupo',
  'holding', 'holdings', 'pharma', 'pharmaceuticals', 'labs', 'laboratories', 'laboratoires', 'motors', 'airlines', 'airways', 'energy',
  'technologies', 'systems', 'industries', 'capital', 'partners', 'insurance', 'telecom', 'software', 'studios', 'foods', 'petroleum',
  'mining', 'logistics', 'chemicals', 'chemical', 'chemie', 'chimie', 'química', 'networks', 'réseaux', 'netze', 'redes',
  'énergie', 'energía',
  // trades in the other languages: "Norcal Infraestructuras", « Velmora Constructions », „Tarnau Logistik“
  'infrastructure', 'infrastructures', 'infraestructuras', 'infraestructura', 'infrastruktur',
  'construction', 'constructions', 'construcciones', 'constructora', 'bau',
  'engineering', 'ingénierie', 'ingeniería', 'technologien', 'tecnologías', 'systèmes', 'sistemas', 'systeme',
  'industrias', 'laboratorios', 'logistique', 'logística', 'logistik', 'transports', 'transportes',
];
export const COMPANY_SUFFIXES = new Set(COMPANY_WORDS.map((w) => foldText(w)));

/** Last words of organisation names (folded, as names' keys are: « Comité » is "comite"). */
export const ORG_SUFFIXES = new Set(
  [
  'agency', 'agence', 'agentur', 'agencia', 'committee', 'comité', 'komitee', 'commission', 'kommission', 'comisión', 'council', 'conseil',
  'party', 'parti', 'partei', 'partido', 'university', 'université', 'universität', 'universidad', 'institute', 'institut', 'instituto',
  'foundation', 'fondation', 'stiftung', 'fundación', 'association', 'verein', 'asociación', 'department', 'ministry', 'ministère',
  'ministerium', 'ministerio', 'bureau', 'office', 'bank', 'banque', 'banco', 'company', 'compagnie', 'union',
  'centre', 'center', 'zentrum', 'centro', 'service', 'services', 'congress', 'congrès', 'senate', 'sénat', 'court', 'tribunal', 'police',
  'army', 'armée', 'news', 'media', 'médias', 'press', 'presse', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette',
  'collective', 'collectif', 'kollektiv', 'colectivo', 'authority', 'autorité', 'behörde', 'autoridad', 'board', 'alliance', 'coalition',
  'federation', 'fédération', 'verband', 'federación', 'consortium', 'network',
  ...COMPANY_WORDS,
  ].map((w) => foldText(w)),
);

/**
 * First words of organisation names that open with what the body is ("Ministry of Finance", « Banque de
 * France », "Staatsanwaltschaft Hamburg", «Министерство финансов»): the rest names its place or field.
 */
export const ORG_HEADS = new Set(
  [
    'ministry', 'ministère', 'ministerio', 'ministerium', 'министерство', 'department', 'département', 'departamento',
    'bank', 'banque', 'banco', 'банк', 'university', 'université', 'universidad', 'universität', 'университет',
    'court', 'cour', 'tribunal', 'gericht', 'landgericht', 'суд', 'council', 'conseil', 'consejo', 'совет',
    'agency', 'agence', 'agencia', 'агентство', 'commission', 'comisión', 'kommission', 'комиссия', 'committee', 'comité', 'комитет',
    'institute', 'institut', 'instituto', 'институт', 'foundation', 'fondation', 'fundación', 'stiftung', 'фонд',
    'parquet', 'fiscalía', 'staatsanwaltschaft', 'bundesanwaltschaft', 'прокуратура', 'police', 'polizei', 'policía', 'полиция',
    'authority', 'autorité', 'autoridad', 'office', 'bureau', 'oficina', 'board',
    // companies, clubs and municipal departments named by what they are ("Club Deportivo X", "Inversiones X", «Área de Urbanismo»)
    'club', 'groupe', 'grupo', 'gruppe', 'société', 'sociedad', 'empresa', 'compañía', 'inversiones', 'investissements', 'área',
  ].map((w) => foldText(w)),
);

/** Does a name (its folded words) open with what the body is, an article aside ("the Bank of Zeta")? */
export function opensWithOrgHead(tokens: readonly string[]): boolean {
  const first = LEADING_ARTICLES.has(tokens[0] ?? '') ? 1 : 0;
  return tokens.length - first >= 2 && ORG_HEADS.has(tokens[first]);
}

/** Words near a name that say it is a platform (social network, site, app). */
export const PLATFORM_CUES = [
  'réseau social', 'réseaux sociaux', 'plateforme', 'plate-forme', 'site', 'compte', 'page', 'profil', 'profils', 'messages privés', 'application',
  'social network', 'platform', 'account', 'profile', 'direct messages', 'app',
  'soziales netzwerk', 'sozialen netzwerk', 'plattform', 'konto', 'profil', 'red social', 'plataforma', 'cuenta', 'perfil',
  'социальная сеть', 'соцсеть', 'платформа', 'аккаунт', 'страница',
];

/** Words near a name that say it is a news outlet. */
export const MEDIA_CUES = [
  'magazine', 'journal', 'quotidien', 'hebdomadaire', 'média', 'chaîne', 'télévision', 'newspaper', 'daily', 'outlet', 'broadcaster', 'network',
  'zeitung', 'sender', 'periódico', 'diario', 'cadena', 'revista', 'газета', 'телеканал', 'издание', 'журнал',
];

/** Nouns of an event, right before its name («le concours X», «la cumbre X», «конкурс X»; English puts most after it). */
export const EVENT_CUES = [
  'concours', 'émission', 'sommet', 'festival', 'salon', 'championnat', 'cérémonie', 'contest', 'pageant', 'summit', 'conference', 'championship',
  'gipfel', 'wettbewerb', 'konferenz', 'cumbre', 'concurso', 'certamen', 'ceremonia', 'конкурс', 'саммит', 'фестиваль', 'чемпионат',
];

/** Prepositions of place, seen right before a capitalised name ("en Norvège", "in Oslo", "в Осло"). */
export const PLACE_PREPOSITIONS = new Set(['en', 'au', 'aux', 'in', 'nach', 'aus', 'в', 'во', 'из']);

/** Nouns of places and of their authorities, before "of" and a name: « le village de X », "the mayor of X", „Gemeinde X“. */
export const PLACE_NOUNS = new Set(
  (
    'village hameau ville commune département région massif vallée mairie maire préfecture préfet préfète canton quartier ' +
    'town city county district region valley mayor municipality province borough suburb ' +
    'dorf stadt gemeinde landkreis kreis bezirk bürgermeister ' +
    'pueblo ciudad municipio provincia comarca alcalde alcaldesa barrio ' +
    'деревня деревни города город село села района область области мэр'
  ).split(' '),
);
/** German definite articles: they open a noun phrase ("die Anlage"), and a place takes one after a preposition ("in die X"). */
export const DE_DEFINITE_ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);
/** German prepositions before a place with its article ("in die X", "an der X", "aus der X"). */
export const DE_PLACE_PREPOSITIONS_WITH_ARTICLE = new Set(['in', 'an', 'aus', 'auf', 'entlang']);
/** German prepositions that hold their article ("im X", "am X"). */
export const DE_PREPOSITIONS_WITH_ARTICLE_IN = new Set(['im', 'am', 'ins', 'ans']);

/** Role nouns right before a person's name or right after it in apposition ("l'avocat X", "X, a lawyer"). */
export const ROLE_NOUNS = new Set(
  (
    'avocat avocate directeur directrice président présidente porte-parole fondateur fondatrice député députée sénateur sénatrice ministre ' +
    'conseiller conseillère assistant assistante procureur juge chercheur chercheuse journaliste patron patronne dirigeant dirigeante ' +
    'maire représentant représentante musicien chanteur chanteuse promoteur gendre fils fille père mère frère soeur épouse mari candidat candidate ' +
    'mayor lawyer attorney director president spokesman spokeswoman spokesperson founder senator congressman congresswoman minister adviser advisor ' +
    'assistant prosecutor judge researcher journalist executive chairman chief ceo singer promoter son daughter father mother brother sister wife husband candidate ' +
    'bürgermeister anwalt anwältin direktor präsident präsidentin sprecher sprecherin gründer senator minister berater staatsanwalt richter forscher journalist ' +
    'alcalde abogado abogada director directora presidente presidenta portavoz fundador senador ministro asesor fiscal juez investigador periodista ' +
    'мэр адвокат директор президент представитель основатель сенатор министр советник прокурор судья журналист'
  ).split(/\s+/),
);

/**
 * Verbs only a person does, right after the name that is their subject ("Ortiz emailed", « Ortiz se
 * souvient »): minds and private messages, not "said" or "announced", which bodies and outlets do too.
 */
export const PERSON_VERBS = [
  'emailed', 'e-mailed', 'texted', 'testified', 'recalled', 'remembered', 'believed', 'understood', 'thought', 'felt', 'hoped', 'feared', 'wondered',
  'se souvient', 'se souvenait', 'se rappelle', 'se rappelait', 'a témoigné', 'pensait', 'croyait', 'a compris', 'espérait', 'craignait',
  'erinnerte sich', 'erinnert sich', 'sagte aus', 'glaubte', 'dachte', 'hoffte', 'fürchtete',
  'recordó', 'recuerda', 'testificó', 'creía', 'pensaba', 'entendió', 'esperaba', 'temía',
  'вспомнил', 'вспомнила', 'вспоминает', 'дал показания', 'дала показания', 'считал', 'считала', 'понял', 'поняла', 'надеялся', 'надеялась',
];

/** Reporting verbs and attributions: a sentence with one reports a fact someone stated. */
export const REPORTING_PHRASES = [
  // fr
  'selon', "d'après", 'a déclaré', 'ont déclaré', 'avait déclaré', 'a dit', 'ont dit', 'a-t-il dit', 'a-t-elle dit', 'a-t-il déclaré', 'a-t-elle déclaré',
  'a affirmé', 'ont affirmé', 'avait affirmé', 'a indiqué', 'avait indiqué', 'ont indiqué', 'a expliqué', 'a ajouté', 'a confirmé', 'a annoncé',
  'a assuré', 'a écrit', 'écrit', 'écrivait', 'a reconnu', 'a démenti', 'dément', 'a nié', 'a révélé', 'révèle', 'a précisé', 'a souligné',
  'a estimé', 'a rapporté', 'a admis', 'a raconté', 'a témoigné', 'a dénoncé', 'a répondu', 'a refusé de commenter', 'a déclaré que', 'affirmant',
  'déclarant', 'indiquant', 'assurant', 'cite', 'citant', 'aurait', 'auraient',
  // en
  'said', 'says', 'told', 'stated', 'according to', 'claimed', 'claims', 'reported', 'announced', 'confirmed', 'denied', 'denies', 'added',
  'wrote', 'writes', 'explained', 'acknowledged', 'admitted', 'testified', 'alleged', 'insisted', 'noted', 'revealed', 'declined to comment',
  // de
  'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'teilte mit', 'laut', 'zufolge', 'berichtete', 'betonte', 'bestätigte', 'dementierte',
  'schrieb', 'behauptete', 'gab an', 'räumte ein', 'wies zurück',
  // es
  'dijo', 'afirmó', 'declaró', 'según', 'explicó', 'aseguró', 'indicó', 'señaló', 'confirmó', 'negó', 'reconoció', 'escribió', 'informó', 'añadió',
  // ru
  'заявил', 'заявила', 'заявили', 'сказал', 'сказала', 'сообщил', 'сообщила', 'сообщили', 'по словам', 'по данным', 'согласно', 'утверждает',
  'отметил', 'написал', 'подтвердил', 'опроверг', 'признал', 'рассказал',
  // who blamed, accused, warned or promised what: a checkable statement of its speaker too
  'blamed', 'attributed', 'accused', 'warned', 'pledged', 'promised', 'estimated', 'argued',
  'a attribué', 'a imputé', 'a accusé', 'a averti', 'a promis', 'a mis en cause', 'annonce',
  'angekündigt', 'zurückgeführt', 'beschuldigte', 'warnte', 'versprach', 'gab zu', 'versicherte', 'hieß es', 'kritisierte',
  'anunció', 'atribuyó', 'culpó', 'admitió', 'acusó', 'advirtió', 'prometió', 'denunció', 'sostuvo',
  'объявил', 'объявила', 'обвинил', 'обвинила', 'пообещал', 'предупредил', 'признала', 'объяснил', 'подчеркнул',
];

/** Words before a number that make it approximate. */
export const APPROX_PHRASES = [
  'environ', 'près de', 'presque', 'quelque', 'quelques', 'approximativement', 'autour de', 'à peu près', 'plus ou moins', 'quasiment',
  'about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'an estimated', 'estimated', 'circa', 'ca', 'approx',
  'etwa', 'rund', 'fast', 'ungefähr', 'knapp', 'circa', 'cerca de', 'casi', 'alrededor de', 'unos', 'unas', 'aproximadamente',
  'около', 'почти', 'примерно', 'порядка', 'приблизительно', '~',
];

/** Scale words after a number. */
export const SCALE_WORDS: Record<string, number> = {
  mille: 1e3, thousand: 1e3, thousands: 1e3, tausend: 1e3, mil: 1e3, тыс: 1e3, тысяч: 1e3, тысячи: 1e3,
  million: 1e6, millions: 1e6, mio: 1e6, millionen: 1e6, millón: 1e6, millones: 1e6, млн: 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6,
  milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9, mrd: 1e9, milliarde: 1e9, milliarden: 1e9, bn: 1e9, млрд: 1e9, миллиард: 1e9, миллиардов: 1e9,
};

/** Number words (2..20, 30); "un/one/ein" are articles as often as numbers, "once" and "cent" mean other things too. */
export const NUMBER_WORDS: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15,
  seize: 16, vingt: 20, trente: 30,
  two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, zwanzig: 20,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, trece: 13, veinte: 20,
  два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10, двенадцать: 12, тринадцать: 13, двадцать: 20,
};

/** Collective number words: always approximate. */
export const APPROX_NUMBER_WORDS: Record<string, number> = {
  douzaine: 12, dozen: 12, dutzend: 12, docena: 12, дюжина: 12, centaine: 100, centaines: 100, hundreds: 100, millier: 1000, milliers: 1000,
};

/** Month names (and Russian case forms) → month number. */
export const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  januar: 1, februar: 2, märz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  январь: 1, января: 1, январе: 1, февраль: 2, февраля: 2, феврале: 2, март: 3, марта: 3, марте: 3, апрель: 4, апреля: 4, апреле: 4,
  май: 5, мая: 5, мае: 5, июнь: 6, июня: 6, июне: 6, июль: 7, июля: 7, июле: 7, август: 8, августа: 8, августе: 8,
  сентябрь: 9, сентября: 9, сентябре: 9, октябрь: 10, октября: 10, октябре: 10, ноябрь: 11, ноября: 11, ноябре: 11, декабрь: 12, декабря: 12, декабре: 12,
};

/** Words that never make a unit (articles, prepositions, conjunctions) after a number. */
export const NOT_UNITS = new Set([
  ...FUNCTION_WORDS, 'à', 'et', 'than', 'que', 'près', 'plus', 'moins',
  // auxiliaries and copulas: "tous deux ont", "three were"
  'ont', 'sont', 'est', 'était', 'étaient', 'avait', 'avaient', 'sera', 'seront', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will',
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'wird', 'es', 'son', 'fue', 'fueron', 'ha', 'han', 'был', 'была', 'были',
  // a word saying the next number is approximate ("bis 2021 rund 4.000"): it opens the next quantity, it is not this one's unit
  ...APPROX_PHRASES.filter((p) => !p.includes(' ')),
]);

/**
 * A phrase list folded like the matcher folds text, as " word word " keys, so that lookups meet
 * accents, case, apostrophes and hyphens the same way in every language.
 */
export function foldedPhrases(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => wordsKey(p)).filter((p) => p.trim()))];
}

/** " w1 w2 … " of a text: folded, every non-word character a space. */
export function wordsKey(text: string): string {
  return ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

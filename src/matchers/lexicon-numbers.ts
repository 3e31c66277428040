/**
 * General language for quantities (en/fr/de/es/ru): number words, multipliers, approximation and
 * bound words, currencies with rough exchange rates, and unit families (what is being counted).
 * Folded at load time with the matcher's normaliser, like every lexicon.
 */
import { foldText } from './normalize.js';

const fold = (w: string) => foldText(w).trim();

/** Number words → value. Russian forms are listed inflected: the normaliser stems them alike, or keeps them whole (numerals in -ь). */
const NUMBER_WORDS_RAW: Record<number, string> = {
  1: 'one once einmal однажды',
  2: 'two twice deux zwei zweimal dos два две двух',
  3: 'three trois drei tres три трех трём',
  4: 'four quatre vier cuatro четыре',
  5: 'five cinq funf cinco пять пяти пятью',
  6: 'six sechs seis шесть шести шестью',
  7: 'seven sept sieben siete семь семи',
  8: 'eight huit acht ocho восемь восьми восемью',
  9: 'nine neuf neun nueve девять девяти девятью',
  10: 'ten dix zehn diez десять десяти десятью',
  11: 'eleven onze elf once одиннадцать',
  12: 'twelve dozen douze douzaine zwolf dutzend doce docena двенадцать дюжина',
  13: 'thirteen treize dreizehn trece тринадцать',
  14: 'fourteen quatorze vierzehn catorce четырнадцать',
  15: 'fifteen quinze funfzehn quince пятнадцать',
  16: 'sixteen seize sechzehn dieciseis шестнадцать',
  17: 'seventeen siebzehn diecisiete семнадцать',
  18: 'eighteen achtzehn dieciocho восемнадцать',
  19: 'nineteen neunzehn diecinueve девятнадцать',
  20: 'twenty vingt vingtaine zwanzig veinte veintena двадцать',
  30: 'thirty trente trentaine dreissig treinta тридцать',
  40: 'forty quarante vierzig cuarenta сорок',
  50: 'fifty cinquante cinquantaine funfzig cincuenta пятьдесят',
  60: 'sixty soixante sechzig sesenta шестьдесят',
  70: 'seventy septante siebzig setenta семьдесят',
  80: 'eighty huitante achtzig ochenta восемьдесят',
  90: 'ninety nonante neunzig noventa девяносто',
  100: 'hundred cent centaine hundert cien cientos сто',
};
/**
 * «once» is 11 in Spanish and 1 time in English: the Spanish reading wins only before a noun, which
 * the quantity parser decides; here it stays 1 (a count of times). Words marked approximate by nature.
 */
export const NUMBER_WORDS = new Map<string, number>();
for (const [value, words] of Object.entries(NUMBER_WORDS_RAW)) {
  for (const w of words.split(' ')) if (!NUMBER_WORDS.has(fold(w))) NUMBER_WORDS.set(fold(w), Number(value));
}
/** Words between the tens and the units of a number written out ("vingt et un", "sesenta y tres"). */
export const NUMBER_JOINERS = new Set(['and', 'et', 'y', 'und']);
/** German and Spanish write 21–99 as one word: "dreiundsechzig", "veintitrés". */
export const ONE_WORD_COMPOUND = /^(?:(ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)|veinti(un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))$/;
/** "a dozen", «une vingtaine», "Dutzende": approximate by nature. */
export const APPROXIMATE_NUMBER_WORDS = new Set(['dozen', 'douzaine', 'dutzend', 'docena', 'дюжина', 'vingtaine', 'veintena', 'trentaine', 'cinquantaine', 'centaine'].map(fold));
/** "once", "twice": a count of times without a counter word. */
export const TIMES_WORDS = new Set(['once', 'twice', 'einmal', 'zweimal', 'однажды'].map(fold));
/** Articles that read as 1 before a counter word ("une seule fois", "una sola vez", "only one time"). */
export const ONE_WORDS = new Set(['one', 'a', 'un', 'une', 'uno', 'una', 'ein', 'eine', 'один', 'одна', 'один'].map(fold));
export const SINGLE_WORDS = new Set(['single', 'only', 'seule', 'seul', 'sola', 'solo', 'einzige', 'einziges', 'единственный'].map(fold));
/**
 * Words that make "one" a count rather than an article ("only one", «une seule fois», "a single",
 * "nur einmal", «лишь один»): without one of them nearby, "forwarded one message" says nothing of a number.
 */
export const RESTRICTIVE_WORDS = new Set(
  'only just single sole merely seule seul seulement que qu sola solo solamente unica unico nur einzige einziges einzigen lediglich только лишь единственный'
    .split(' ')
    .map(fold),
);

/** Multipliers written after a number ("100 millions", "1,9 Millionen", "13,5 milliards", "100 млн"); they chain ("mil millones"). */
export const MULTIPLIERS = new Map<string, number>();
for (const [value, words] of [
  [1e3, 'thousand thousands mille millier milliers tausend tsd mil тысяч тысячи тысяча тысячу тыс'],
  [1e6, 'million millions m mn mio millionen millon millones миллион миллиона миллионов млн'],
  [1e9, 'billion billions bn milliard milliards md mds milliarde milliarden mrd миллиард миллиарда миллиардов млрд'],
] as [number, string][]) {
  for (const w of words.split(' ')) MULTIPLIERS.set(fold(w), value);
}

/**
 * A scale word alone, without a number before it, is that number: "a thousand firefighters", « un millier de
 * pompiers », „mehr als tausend Helfer“, "más de mil bomberos", «около тысячи пожарных», "a million users". Their
 * plurals are no figure ("thousands of", « des milliers », „Tausende“). Russian folds «тысяча» and «тысячи»
 * ("thousands") to one stem: there a scale word alone is a figure only after a bound or an approximation («более тысячи»).
 */
export const SCALE_ALONE = new Map(
  ['thousand mille millier tausend mil', 'million millon'].flatMap((words, k) => words.split(' ').map((w) => [fold(w), k === 0 ? 1e3 : 1e6] as const)),
);
export const SCALE_AFTER_BOUND = new Map([[fold('тысяча'), 1e3], [fold('миллион'), 1e6]]);

/** Words before a number that make it approximate ("about", «environ», "rund", "casi", «около»). */
export const APPROX_WORDS = new Set(
  (
    'about around roughly nearly almost approximately some circa approx estimated ' +
    'environ pres presque quelque quelques approximativement ' +
    'etwa rund fast knapp ungefahr circa ca ' +
    'unos unas casi cerca alrededor aproximadamente ' +
    'около почти примерно порядка приблизительно'
  )
    .split(' ')
    .map(fold),
);
/**
 * Verbs that give how many of something their subject has, serves or claims, not what happened ("Northwind, which
 * serves 2.3 million customers", « Velnet revendique quelque 40 millions d'abonnés », "zählt 900 Mitarbeiter"):
 * a figure right after one is its subject's standing fact. (Not German „hat“: it is mostly the perfect's auxiliary,
 * „hat 23 Ausgabestellen eingerichtet“.)
 */
export const STANDING_FACT_WORDS = new Set(
  (
    'has have had serves served counts counted claims claimed boasts employs employed numbers totals ' +
    'compte comptait comptent revendique revendiquait revendiquent emploie employait dessert desservait possede possedait ' +
    'zahlt zahlte beschaftigt beschaftigte beschaftigen bedient versorgt ' +
    'tiene tenia cuenta contaba emplea empleaba atiende ' +
    'насчитывает насчитывал имеет имел обслуживает обслуживал'
  )
    .split(' ')
    .map(fold),
);
/** Lower bounds ("more than", «plus de», "über", "más de", «более»): the true value is at least this. */
export const LOWER_BOUND_WORDS = new Set(['over', 'more', 'plus', 'uber', 'mehr', 'mas', 'более', 'свыше', 'больше'].map(fold));
/** Upper bounds ("under", "less than", «moins de», "unter", "menos de", «менее»). */
export const UPPER_BOUND_WORDS = new Set(['under', 'less', 'fewer', 'moins', 'unter', 'weniger', 'menos', 'менее', 'меньше'].map(fold));
/** Two-word upper bounds, read as "first second" ("up to twelve years", « jusqu'à », "bis zu", "a lo sumo"). */
export const UPPER_BOUND_PAIRS = new Set(['up to', 'at most', 'jusqu a', 'bis zu', 'lo sumo', 'как максимум'].map(fold));
/** One-word upper bounds that are also other words elsewhere: read only right before the figure ("hasta 12 años", «до 12 лет»). */
export const UPPER_BOUND_BEFORE = new Set(['hasta', 'до'].map(fold));

/** Counter words that do not say what is counted ("three times", «trois fois», "drei Mal"). */
export const COUNTER_WORDS = new Set(['times', 'time', 'fois', 'reprises', 'reprise', 'mal', 'male', 'veces', 'vez', 'раз', 'раза'].map(fold));
/**
 * Words after "N times" that make it a multiple of something rather than a count of occasions ("6.7 times the
 * limit", "ten times higher", « dix fois plus », „siebenmal so hoch“, "diez veces más", «в 10 раз больше»).
 */
export const MULTIPLE_REFERENCE_WORDS = new Set(
  ('the as more higher greater larger bigger above over ' +
    'plus superieur superieure superieurs superieures au la le les ' +
    'so mehr hoher grosser uber als ' +
    'mas superior superiores por el ' +
    'больше выше превышает превышал превысил')
    .split(' ')
    .map(fold),
);
/** A German multiple in one word, a number word and "-fach": „das Siebenfache“, „zehnfach“ (group 1: the number word). */
const MULTIPLE_SUFFIX_RE = /^(.+?)fach(?:e|en|er|es)?$/u;
/** The value of a multiple written as one word (folded): „siebenfache“ → 7; undefined for any other word. */
export function oneWordMultiple(word: string): number | undefined {
  if (!word.includes('fach')) return undefined;
  const numberWord = MULTIPLE_SUFFIX_RE.exec(word)?.[1];
  return numberWord === undefined ? undefined : NUMBER_WORDS.get(numberWord);
}
/** A German multiple after the number: "7-fach", „das 7-Fache“. */
export const MULTIPLE_WORDS = new Set(['fach', 'fache', 'fachen', 'facher', 'faches'].map(fold));
/** How a watchlist names a multiple as a claim's unit ("times_limit", "fois la norme", "multiple"). */
export const MULTIPLE_UNIT_WORDS = new Set(['times', 'fois', 'veces', 'mal', 'fach', 'fache', 'multiple', 'multiples', 'раз'].map(fold));

/** Currencies: ISO code → written forms, and a rough rate to US dollars (2016-2019 averages). */
export const CURRENCIES: Record<string, { symbols: string[]; words: string[]; usd: number }> = {
  USD: { symbols: ['$', 'us$'], words: ['dollar', 'dollars', 'usd', 'dolares', 'dolar', 'доллар', 'долларов', 'долл'], usd: 1 },
  EUR: { symbols: ['€'], words: ['euro', 'euros', 'eur', 'евро'], usd: 1.15 },
  GBP: { symbols: ['£'], words: ['pound', 'pounds', 'sterling', 'gbp', 'livres', 'pfund', 'libras', 'фунтов'], usd: 1.3 },
  RUB: { symbols: ['₽'], words: ['rouble', 'roubles', 'ruble', 'rubles', 'rub', 'roubles', 'rubel', 'rublos', 'рубль', 'рублей', 'руб'], usd: 0.016 },
};
export const CURRENCY_SYMBOLS = new Map<string, string>();
export const CURRENCY_WORDS = new Map<string, string>();
for (const [code, c] of Object.entries(CURRENCIES)) {
  for (const s of c.symbols) CURRENCY_SYMBOLS.set(s, code);
  for (const w of c.words) CURRENCY_WORDS.set(fold(w), code);
}
/** Relative tolerance when two amounts are compared across currencies (rates move). */
export const CURRENCY_TOLERANCE = 0.15;

/**
 * Unit families: what a number counts, by the nouns (and verbs) next to it in five languages. A
 * claim's `unit` ("promoted_tweets", "users", "replies", "people") names a family by any of its words.
 */
const UNIT_FAMILIES_RAW: Record<string, string> = {
  tweets: 'tweet tweets tweeted retweets tuit tuits tweets твит твитов твита',
  users: 'user users utilisateur utilisateurs usuario usuarios nutzer nutzerinnen benutzer пользователь пользователей пользователя member members membres',
  messages:
    'message messages messaged dm dms email emails e-mail e-mails mail mails wrote writing written write courriel courriels ecrit ecrire ' +
    'mensaje mensajes correo correos escribio nachricht nachrichten schrieb geschrieben сообщение сообщения сообщений письмо письма писем писал написал',
  replies:
    'reply replies replied respond responded response responses answer answers answered repondu reponse reponses repondre repondit ' +
    'respondio respondido respuesta respuestas antwort antworten antwortete beantwortet ответ ответа ответов ответил',
  people:
    'people persons individuals nationals citizens personnes individus ressortissants citoyens personas individuos ciudadanos nacionales ' +
    'personen menschen staatsburger burger человек граждан гражданина лиц',
  // ("per cent", « pour cent », "por ciento": PERCENT_PAIRS; "per" alone is no share: "640 ng per tablet")
  percent: 'percent pourcent prozent процент процента процентов %',
  // what any storyline counts: money moved, accounts, documents, companies, jobs, votes
  transactions:
    'transfer transfers transaction transactions payment payments virement virements paiement paiements ' +
    'uberweisung uberweisungen transaktion transaktionen zahlung zahlungen transferencia transferencias transaccion transacciones pago pagos ' +
    'перевод перевода переводов транзакция транзакции транзакций платеж платежа платежей',
  accounts: 'account accounts compte comptes konto konten cuenta cuentas аккаунт аккаунта аккаунтов счет счета счетов',
  documents:
    'document documents file files record records fichier fichiers dokument dokumente datei dateien akte akten ' +
    'documento documentos archivo archivos документ документа документов файл файла файлов',
  companies:
    'company companies firm firms societe societes entreprise entreprises firma firmen unternehmen ' +
    'empresa empresas sociedad sociedades компания компании компаний фирма фирмы фирм',
  jobs:
    'employee employees staff worker workers job jobs employe employes salarie salaries emploi emplois ' +
    'mitarbeiter beschaftigte stelle stellen arbeitsplatze empleado empleados trabajador trabajadores empleo empleos ' +
    'сотрудник сотрудника сотрудников работник работника работников',
  customers: 'customer customers client clients kunde kunden kundinnen cliente clientes клиент клиента клиентов',
  votes: 'vote votes voix stimme stimmen voto votos голос голоса голосов',
  seats: 'seat seats siege sieges sitz sitze escano escanos место места мест',
  // what health, crime and disaster stories count
  cases: 'case cases cas fall falle caso casos случай случая случаев',
  deaths: 'death deaths dead victims fatalities deces morts victimes tote todesopfer opfer muertes muertos victimas погибших жертв смертей',
  // measures of spills, disasters and works: volume, mass, distance, area (each unit its own family: no conversion)
  litres: 'litre litres liter liters litern litro litros литр литра литров',
  gallons: 'gallon gallons gallone gallonen galon galones галлон галлона галлонов',
  tonnes: 'tonne tonnes ton tons tonnen tonelada toneladas тонна тонны тонн',
  kilograms: 'kilogram kilograms kilogramme kilogrammes kilo kilos kg kilogramm kilogramo kilogramos килограмм килограмма килограммов кг',
  kilometres:
    'kilometre kilometres kilometer kilometers kilometern km kilometro kilometros километр километра километров км',
  miles: 'mile miles meile meilen milla millas миля мили миль',
  hectares: 'hectare hectares hektar ha hectarea hectareas гектар гектара гектаров',
  // (a house is a home: "63 houses destroyed" and « 36 maisons détruites » count the same)
  households:
    'household households homes foyers menages haushalte haushalten hogares viviendas домохозяйств домохозяйства квартир ' +
    'house houses maison maisons haus hauser wohnhaus wohnhauser casa casas дом дома домов',
  residents:
    'resident residents inhabitant inhabitants villagers habitant habitants riverains villageois bewohner bewohnerinnen einwohner anwohner ' +
    'residente residentes habitante habitantes vecino vecinos житель жителя жителей жители',
  // what recalls and trade count: production batches (« lots », „Chargen“, "lotes", «партии») and countries
  batches: 'batch batches lot lots charge chargen lote lotes партия партии партий',
  countries: 'country countries pays land lander staat staaten pais paises страна страны стран',
  // goods counted by the box or pack
  packs:
    'box boxes pack packs packet packets package packages carton cartons boite boites paquet paquets emballage emballages ' +
    'packung packungen schachtel schachteln caja cajas paquete paquetes envase envases коробка коробки коробок упаковка упаковки упаковок',
};
export const UNIT_FAMILY_OF = new Map<string, string>();
for (const [family, words] of Object.entries(UNIT_FAMILIES_RAW)) {
  for (const w of words.split(' ')) UNIT_FAMILY_OF.set(fold(w), family);
}
export const UNIT_FAMILIES = Object.keys(UNIT_FAMILIES_RAW);

/**
 * Words saying a figure changed over time ("up from 230", "rose to", «contre 230», "gestiegen",
 * "frente a", «выросло»): a sentence giving the claim's number and another one with these words
 * tells a later figure, not a different one.
 */
export const CHANGE_WORDS = new Set(
  ('rose risen rise rises grew grown increased increase climbed jumped soared fell fallen dropped declined decreased up down now since ' +
    'hausse augmente augmentation passe passee contre baisse diminue desormais ' +
    'gestiegen stieg steigt wuchs gewachsen erhoht gesunken sank inzwischen mittlerweile nunmehr ' +
    'aumento aumentado subio crecio cayo bajo frente ahora ' +
    'вырос выросло выросла выросли увеличилось увеличился снизилось упало теперь')
    .split(' ')
    .map(fold),
);

/**
 * Words saying a figure was revised or corrected ("said 1,823, then revised it", « initialement »,
 * "ursprünglich", "en realidad", «первоначально»): with them, a sentence giving the claim's figure and
 * another one corrects the first.
 */
export const REVISION_WORDS = new Set(
  ('revised revise revises revising corrected correct corrects correction actually initially originally updated real wrongly mistakenly erroneously ' +
    'revise revisee corrige corrigee initialement realite reel reelle erronee tort ' +
    'korrigiert revidiert ursprunglich tatsachlich wirklich falschlich ' +
    'corrigio reviso revisado corregido inicialmente originalmente realidad verdadero verdadera erroneamente ' +
    'уточнил уточнила исправил исправила первоначально самом реально ошибочно')
    .split(' ')
    .map(fold),
);

/** Shares written in two words: "per cent", « pour cent », "por ciento". */
export const PERCENT_PAIRS = new Set(['per cent', 'pour cent', 'por ciento']);

/** Words a noun phrase after a number stops at when looking for its unit ("12 officers of …", "640 ng per tablet"). */
export const UNIT_STOP_WORDS = new Set(
  'of in on for with by from to at and or per de du des en pour par sur avec et ou von im in fur mit und oder der die das del en por con y o из в на для и или'
    .split(' ')
    .map(fold),
);

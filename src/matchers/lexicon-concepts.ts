/**
 * General predicate concepts in five languages: the common verbs and nouns news uses for who did
 * what ("emailed", «a écrit», "schrieb", "escribió", «писал» are one concept). A claim's wording
 * and a story's sentence meet on a concept when they do not share a word: a paraphrase, or another
 * language. General language only; the storyline's own words come from the watchlist.
 *
 * An entry ending in `*` is a prefix of the folded word; other entries match the whole word.
 */
import { foldText } from './normalize.js';

const CONCEPTS_RAW: Record<string, string> = {
  write:
    'email* e-mail* emailed wrote write writes writing written message* messaging dm dms correspond* letter letters sent send sends sending ' +
    'ecrit ecrire ecrivait courriel* envoy* correspondance* lettre* ' +
    'schrieb schreib* geschrieben nachricht* mails geschickt schickte ' +
    'escribi* escrib* mensaje* correo* envi* carta cartas ' +
    'писал* написал* письм* сообщени* отправ* направ* переписк*',
  reply:
    'repl* respond* response* answer* ' +
    'repon* repond* ' +
    'antwort* beantwort* ' +
    'respondi* respuest* contest* ' +
    'ответ* ответил*',
  meet:
    'meet meets meeting* met ' +
    'reunion* rencontr* ' +
    'treffen* traf trafen getroffen ' +
    'reunio* reuni* encontr* ' +
    'встреч* встрет*',
  publish:
    'publish* published release* leak* posted posting disseminat* ' +
    'publie* publier publication* diffus* devoil* ' +
    'veroffentlich* ' +
    'publico publicaron public* difund* filtr* ' +
    'опубликова* публикац* обнародова* слил*',
  hack:
    'hack* breach* stole stolen steal* theft intrusion* ' +
    'pirat* vole voles volees derob* ' +
    'gehackt hackte hackten erbeut* gestohlen einged* ' +
    'hacke* robad* robo ' +
    'взлом* похищ* украд* украл*',
  kill:
    'kill* shot shooting murder* slain died death dead ' +
    'tue tuee assassin* abattu* mort meurtre* ' +
    'getotet totet ermordet erschossen* mord ' +
    'asesin* muerto muerte mato disparo* ' +
    'убит* убийств* застрел* погиб*',
  own:
    'own owns owned owner* belong* subsidiary property ' +
    'appartien* appartenan* proprietaire* propriete filiale ' +
    'gehort gehorte eigentum* besitz* tochterfirma* ' +
    'pertenec* propiedad propietari* filial ' +
    'принадлеж* владе* собственност*',
  indict:
    'indict* charged charges charging accus* prosecut* ' +
    'inculp* accus* poursuiv* ' +
    'angeklagt anklage* beschuldig* ' +
    'acusad* acusa* imputad* procesad* ' +
    'обвин*',
  give:
    'offer* overture* pitch* provid* gave give gives giving handed supplied ' +
    'offr* propos* fourni* donne* remis transmis* transmett* ' +
    'angebot* anbiet* angeboten gegeben ubergeben geliefert ' +
    'ofrec* ofreci* proporcion* entreg* dio ' +
    'предлаг* предлож* предостав* передал* передава*',
  promote:
    'promot* boost* advertis* ' +
    'promouv* promotion* ' +
    'bewerb* werbung* forder* ' +
    'promocion* promov* ' +
    'продвиг* продвижени* реклам* раскрут*',
  spend:
    'spent spend* paid pay pays paying bought buy buys purchas* financ* funded funding ' +
    'depens* paye* achet* financ* ' +
    'ausgegeben ausgeben gezahlt bezahlt gekauft finanz* ' +
    'gast* pago pagaron compro compraron comprado invirt* financ* ' +
    'потрат* заплат* оплат* купил* финансир* ' +
    // the payment itself: "the payments were channelled through…", « les versements », „Zahlungen“, "hizo pagos", «платежи»
    'payment payments paiement paiements versement versements zahlung zahlungen pagos платеж*',
  ad: 'ad ads advert* sponsor* ' + 'publicit* annonce* sponsoris* ' + 'anzeige* werbung* ' + 'anuncio* publicidad ' + 'реклам*',
  tweet: 'tweet* retweet* ' + 'tweete* retweete* ' + 'getwittert twitterte ' + 'tuit* retuit* ' + 'твит* ретвит*',
  share: 'shared share shares sharing quoted quote quotes relay* ' + 'partag* relai* relay* cite* ' + 'teilte geteilt zitiert* ' + 'compartio compartid* cito ' + 'подели* процитир*',
  reveal: 'reveal* disclos* expos* uncover* ' + 'revel* devoil* ' + 'enthull* aufgedeckt ' + 'revel* destap* ' + 'раскры* рассекрет*',
  interfere:
    'interfer* meddl* influenc* sway* ' +
    'ingeren* ingere* influen* ' +
    'einmisch* einfluss* beeinfluss* ' +
    'injeren* interfi* influ* ' +
    'вмешат* вмешива* вмешательств* влия*',
  attack:
    'attack* railed railing criticiz* criticis* slam* blast* lambast* denounc* ' +
    'attaqu* critiqu* pestait fustig* denonc* ' +
    'angriff* angegriffen kritisier* ' +
    'atac* critic* arremet* denunci* ' +
    'напад* критик* раскритик*',
  blame:
    'blam* attribu* ascrib* ' +
    'imput* ' +
    'zuruckgefuhrt zuruckfuhr* ' +
    'atribu* culp* achac* ' +
    'приписал* приписыва* винил* винят*',
  praise: 'prais* hail* laud* ' + 'salu* elog* felicit* ' + 'lobte lobt gelobt ' + 'elogi* alabar alabo alaba alaban alabaron alabado alabada alabanza* alabando ' + 'похвал* хвал*',
  discuss:
    'discuss* raised raise mention* ' +
    'discut* evoqu* mentionn* aborde* ' +
    'besproch* erwahn* diskutier* ' +
    'discuti* mencion* abord* ' +
    'обсужд* обсуди* упомина* упомян*',
  know: 'know knew known knowing knowingly aware ' + 'savai* savaient connai* ' + 'wusst* kannte ' + 'sabia* conoc* ' + 'знал* знали',
  ask: 'ask asked asking request* urg* ' + 'demand* sollicit* exhort* ' + 'bat baten gebeten forderte aufgefordert ' + 'pidi* solicit* insto instaron ' + 'просил* попрос* призва*',
  appoint: 'appoint* nominat* ' + 'nomm* ' + 'ernenn* ' + 'nombro nombrado nombrar nombraria designo designado designar ' + 'назнач*',
  create: 'create* creating launch* ' + 'cree* creer lance* ' + 'erstell* grund* gestartet ' + 'crear crearon creo creado creada lanz* ' + 'созда* запуст*',
  traffic: 'traffic visits visitors referral* ' + 'trafic visites ' + 'verkehr besuch* ' + 'trafico visitas ' + 'трафик* посещ*',
  // what news reports of institutions, companies and courts, whatever the storyline: a date or a paraphrase of
  // these is compared by its concept (a claim that someone resigned on 3 April, a story saying 12 June)
  resign: 'resign* quit quits quitting ' + 'demission* ' + 'rucktritt* zuruckgetreten zurucktreten ' + 'dimit* dimision* renunci* ' + 'отставк*',
  dismiss: 'fired sacked ousted dismiss* ' + 'limog* licenci* ' + 'entlassen entlassung* entliess gefeuert ' + 'despid* destitu* ' + 'уволен* уволил* отстран*',
  fine: 'fine fined fines fining penalt* ' + 'amende amendes ' + 'geldstraf* geldbu* bussgeld* ' + 'multa multas multad* multo ' + 'штраф* оштраф*',
  arrest: 'arrest* detain* detention* ' + 'interpell* ' + 'festgenommen festnahme* verhaftet verhaftung* ' + 'detenid* detencion* detuv* ' + 'арестова* задержа*',
  convict: 'convict* sentenc* jailed imprison* ' + 'condamn* ' + 'verurteil* ' + 'condena* condeno ' + 'осужд* осудил* приговор*',
  acquit: 'acquit* ' + 'acquitt* relaxe relaxee relaxes ' + 'freigesprochen freispruch* ' + 'absuelt* absolvi* absolucion ' + 'оправдан* оправдал*',
  sign: 'signed signing agreement* ' + 'signe signee signes signees signature* ' + 'unterzeichn* unterschrieb* unterschrieben vereinbar* abkommen ' + 'firmo firmaron firmado firmada acuerdo* ' + 'подписал* подписан* соглашени*',
  acquire: 'acquir* acquisition* takeover* sold sell sells selling ' + 'rachet* rachat* vendu* ' + 'ubernahm* ubernomm* verkauf* ' + 'adquiri* adquisicion* vendi* vendid* ' + 'приобрел* приобрет* продал* продаж*',
  approve: 'vote voted votes voting approv* adopt* ' + 'voter votent votee approuv* ' + 'abgestimmt abstimmung* genehmig* gebilligt ' + 'voto votaron votado votacion* aprob* ' + 'проголосова* одобр* утверд*',
  ban: 'ban banned bans banning prohibit* ' + 'interdi* ' + 'verbot* verbiet* verboten ' + 'prohib* ' + 'запрет*',
  contain:
    'contained containment ' +
    'maitrise maitrisee maitrises maitrisees circonscrit circonscrite circonscrits circonscrites ' +
    'eingedammt eindammung ' +
    'contenido contenida controlado controlada ' +
    'локализова* локализац*',
  // what news of accidents, disasters, health scares, inquiries and public works reports, whatever the storyline
  // (a word that is also a common other word is left out: « à cause de », « la ferme », "a building", „eingeleitet“)
  // (the act, not its agents: "investigators", « enquêteurs », "Ermittler" name people, not an event a date is of)
  investigate:
    'investigation investigations investigated investigating inquiry inquiries probe probes ' +
    'enquete enquetes investigation investigations ' +
    'ermittlung ermittlungen ermittelt ermittelte ermittelten untersuchung untersuchungen untersuchungsverfahren untersucht untersuchte ' +
    'investigacion investigaciones investigado investigada indagacion indagaciones pesquisa pesquisas ' +
    'расследование расследования расследованию расследовании расследует расследуют следствие следствия',
  // opening an inquiry, a case, a plant ("open" alone is an adjective: "an open letter")
  open: 'opened reopened ' + 'ouvert ouverte ouverts ouvertes ouverture rouvert ' + 'eroffnet eroffnete eingeleitet leitete ' + 'abrio abrieron abierto abierta apertura ' + 'открыл открыла открыли возбудил возбудила возбудили',
  spill: 'spill spills spilled spilt discharg* ' + 'deversement* deverse* ' + 'ausgelaufen ausgetreten ' + 'derram* vertido* vertid* ' + 'разлив* сброс*',
  evacuate: 'evacuat* ' + 'evacu* ' + 'evakuier* ' + 'evacu* desaloj* ' + 'эвакуир* эвакуац*',
  destroy: 'destroy* destruct* razed ' + 'detrui* destruct* ' + 'zerstor* ' + 'destru* arras* ' + 'уничтож* разруш*',
  burn: 'burn burned burnt burning ' + 'brule* ' + 'verbrannt abgebrannt brannte ' + 'quem* calcin* ' + 'сгорел* сгорело выгорел*',
  injure: 'injur* wounded ' + 'blesse blesses blessee blessees blessure* ' + 'verletzt* ' + 'herid* lesionad* ' + 'ранен* пострадал*',
  hospitalise: 'hospitalis* hospitaliz* ' + 'hospitalis* ' + 'eingeliefert ' + 'hospitaliz* ingresad* ' + 'госпитализ*',
  contaminate: 'contamin* pollut* ' + 'contamin* pollu* ' + 'verunreinig* kontamin* verschmutz* ' + 'contamin* ' + 'загрязн* заражен*',
  bribe: 'brib* kickback* ' + 'corrupt* ' + 'besteche* bestochen schmiergeld* korrupt* ' + 'soborn* coima* mordida* corrupc* ' + 'взятк* подкуп*',
  warn: 'warn* ' + 'avert* ' + 'warnte gewarnt warnung* ' + 'advirti* advertid* ' + 'предупреди* предупрежд*',
  estimate: 'estimat* ' + 'estim* ' + 'schatz* geschatzt ' + 'estim* ' + 'оцени* оценк*',
  inspect: 'inspection inspections inspected inspecting ' + 'inspection inspections inspecte inspectee ' + 'inspektion inspektionen inspiziert inspizierte ' + 'inspeccion inspecciones inspeccionado inspeccionada ' + 'инспекция инспекции инспектировал*',
  cause: 'caused causing ' + 'causee causees provoque* ' + 'verursach* ausgelost ' + 'causo causado causada provoco provocado ' + 'вызвал* причинил*',
  close: 'closed shut ' + 'fermee fermees fermeture* ' + 'geschlossen schliessung* ' + 'cerrad* cerro cierre ' + 'закрыт* закрыл*',
  build: 'built construct* ' + 'construi* construct* ' + 'gebaut errichtet ' + 'construi* constru* ' + 'построи* строительств*',
  contract: 'contract contracts tender* ' + 'contrat contrats ' + 'auftrag auftrage vertrag vertrage ausschreibung* ' + 'contrato contratos licitac* adjudic* ' + 'контракт* подряд* тендер*',
  supply: 'supply supplies ' + 'approvisionnement* ' + 'versorgung* ' + 'suministro* abastecimiento* ' + 'снабжени* водоснабжени*',
  // taking someone's side: "to boost his bid", « pour soutenir Trump », "in support of"
  favour:
    'boost boosted boosting favour favoured favor favored bolster* support supported supporting ' +
    'soutenir soutenu soutenait favoris* ' +
    'unterstutz* begunstig* ' +
    'apoyar apoyo apoyaba favorec* ' +
    'поддерж*',
  // having a part in it: "was not involved", « impliqué », "beteiligt", "implicado", «причастна»
  involve: 'involved involvement implicated ' + 'impliqu* ' + 'beteiligt beteiligung verwickelt ' + 'implicad* involucrad* ' + 'причаст* замешан*',
};

/**
 * Events that exclude each other for the same people: a story telling one of them denies a claim that
 * tells the other ("acquitted" / "was convicted").
 */
export const OPPOSITE_CONCEPTS: Readonly<Record<string, string>> = { convict: 'acquit', acquit: 'convict' };

export interface ConceptIndex {
  /** folded whole word → concept */
  exact: Map<string, string>;
  /** folded prefix → concept */
  prefixes: Map<string, string>;
  /** prefix lengths in use, longest first */
  lengths: number[];
}

function buildConceptIndex(): ConceptIndex {
  const exact = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const [concept, words] of Object.entries(CONCEPTS_RAW)) {
    for (const raw of words.split(/\s+/).filter(Boolean)) {
      const prefix = raw.endsWith('*');
      const word = foldText(prefix ? raw.slice(0, -1) : raw).trim();
      if (!word || word.includes(' ')) continue;
      (prefix ? prefixes : exact).set(word, concept);
    }
  }
  const lengths = [...new Set([...prefixes.keys()].map((p) => p.length))].sort((a, b) => b - a);
  return { exact, prefixes, lengths };
}

export const CONCEPTS = buildConceptIndex();

/** The concept a folded word belongs to, or null. */
export function conceptOf(word: string): string | null {
  const exact = CONCEPTS.exact.get(word);
  if (exact) return exact;
  for (const length of CONCEPTS.lengths) {
    if (length > word.length) continue;
    const hit = CONCEPTS.prefixes.get(word.slice(0, length));
    if (hit) return hit;
  }
  return null;
}

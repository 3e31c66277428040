/**
 * Organisation names in English, French, German, Spanish and Russian: international bodies and the
 * institutions news most often names (parliaments, governments' departments, central banks,
 * intelligence and police agencies, parties). Countries come from i18n-iso-countries (gazetteer.ts);
 * no package covers organisations in these five languages, so this short list is shipped as data.
 * A proposed entity one of whose names is here becomes an organisation with every listed name as an
 * alias, so stories in the other four languages find it. Written forms marked `~` are ambiguous
 * alone ("WHO" is a word, "Congress" is any congress) and count only in context (`needs_context`).
 */
import type { ProposedAlias, ProposedEntity } from './entities.js';
import { copyEntities, foldName as fold, mergeInto, withoutMerged, type Merges } from './merge.js';

type Names = Record<'en' | 'fr' | 'de' | 'es' | 'ru', string[]>;

const ORGANISATIONS: Names[] = [
  { en: ['United Nations', '~UN'], fr: ['Nations unies', 'ONU'], de: ['Vereinte Nationen', 'UNO'], es: ['Naciones Unidas', 'ONU'], ru: ['Организация Объединённых Наций', 'ООН'] },
  {
    en: ['NATO', 'North Atlantic Treaty Organization'],
    fr: ['OTAN', "Organisation du traité de l'Atlantique nord"],
    de: ['NATO'],
    es: ['OTAN', 'Organización del Tratado del Atlántico Norte'],
    ru: ['НАТО', 'Организация Североатлантического договора'],
  },
  { en: ['European Union', 'EU'], fr: ['Union européenne', 'UE'], de: ['Europäische Union', 'EU'], es: ['Unión Europea', 'UE'], ru: ['Европейский союз', 'Евросоюз', 'ЕС'] },
  { en: ['European Commission'], fr: ['Commission européenne'], de: ['Europäische Kommission', 'EU-Kommission'], es: ['Comisión Europea'], ru: ['Европейская комиссия', 'Еврокомиссия'] },
  { en: ['European Parliament'], fr: ['Parlement européen'], de: ['Europäisches Parlament', 'EU-Parlament'], es: ['Parlamento Europeo'], ru: ['Европейский парламент', 'Европарламент'] },
  { en: ['European Central Bank', 'ECB'], fr: ['Banque centrale européenne', 'BCE'], de: ['Europäische Zentralbank', 'EZB'], es: ['Banco Central Europeo', 'BCE'], ru: ['Европейский центральный банк', 'ЕЦБ'] },
  { en: ['International Monetary Fund', 'IMF'], fr: ['Fonds monétaire international', 'FMI'], de: ['Internationaler Währungsfonds', 'IWF'], es: ['Fondo Monetario Internacional', 'FMI'], ru: ['Международный валютный фонд', 'МВФ'] },
  { en: ['World Bank'], fr: ['Banque mondiale'], de: ['Weltbank'], es: ['Banco Mundial'], ru: ['Всемирный банк'] },
  { en: ['World Health Organization', '~WHO'], fr: ['Organisation mondiale de la santé', 'OMS'], de: ['Weltgesundheitsorganisation'], es: ['Organización Mundial de la Salud', 'OMS'], ru: ['Всемирная организация здравоохранения', 'ВОЗ'] },
  { en: ['World Trade Organization', 'WTO'], fr: ['Organisation mondiale du commerce', 'OMC'], de: ['Welthandelsorganisation'], es: ['Organización Mundial del Comercio', 'OMC'], ru: ['Всемирная торговая организация', 'ВТО'] },
  { en: ['International Criminal Court', 'ICC'], fr: ['Cour pénale internationale', 'CPI'], de: ['Internationaler Strafgerichtshof', 'IStGH'], es: ['Corte Penal Internacional', 'CPI'], ru: ['Международный уголовный суд', 'МУС'] },
  { en: ['OPEC'], fr: ['OPEP'], de: ['OPEC'], es: ['OPEP'], ru: ['ОПЕК'] },
  { en: ['Interpol'], fr: ['Interpol'], de: ['Interpol'], es: ['Interpol'], ru: ['Интерпол'] },
  { en: ['Red Cross'], fr: ['Croix-Rouge'], de: ['Rotes Kreuz'], es: ['Cruz Roja'], ru: ['Красный Крест'] },
  { en: ['Amnesty International'], fr: ['Amnesty International'], de: ['Amnesty International'], es: ['Amnistía Internacional'], ru: ['Amnesty International'] },
  { en: ['Reporters Without Borders'], fr: ['Reporters sans frontières', 'RSF'], de: ['Reporter ohne Grenzen'], es: ['Reporteros sin Fronteras'], ru: ['Репортёры без границ'] },
  {
    en: ['United States Congress', 'U.S. Congress', 'US Congress', '~Congress'],
    fr: ['Congrès américain', 'Congrès des États-Unis', '~Congrès'],
    de: ['US-Kongress', '~Kongress'],
    es: ['Congreso de los Estados Unidos', '~Congreso'],
    ru: ['Конгресс США', '~Конгресс'],
  },
  { en: ['United States Senate', 'U.S. Senate', 'US Senate'], fr: ['Sénat américain'], de: ['US-Senat'], es: ['Senado de los Estados Unidos'], ru: ['Сенат США'] },
  { en: ['House of Representatives'], fr: ['Chambre des représentants'], de: ['Repräsentantenhaus'], es: ['Cámara de Representantes'], ru: ['Палата представителей'] },
  { en: ['White House'], fr: ['Maison-Blanche', 'Maison Blanche'], de: ['Weißes Haus', 'Weiße Haus', 'Weißen Haus'], es: ['Casa Blanca'], ru: ['Белый дом'] },
  {
    en: ['Justice Department', 'Department of Justice', 'DOJ'],
    fr: ['département de la Justice', 'ministère américain de la Justice'],
    de: ['US-Justizministerium'],
    es: ['Departamento de Justicia'],
    ru: ['Министерство юстиции США', 'Минюст США'],
  },
  { en: ['State Department', 'Department of State'], fr: ["département d'État"], de: ['US-Außenministerium'], es: ['Departamento de Estado'], ru: ['Госдепартамент', 'Государственный департамент'] },
  { en: ['Pentagon'], fr: ['Pentagone'], de: ['Pentagon'], es: ['Pentágono'], ru: ['Пентагон'] },
  { en: ['FBI', 'Federal Bureau of Investigation'], fr: ['FBI'], de: ['FBI'], es: ['FBI'], ru: ['ФБР'] },
  { en: ['CIA', 'Central Intelligence Agency'], fr: ['CIA'], de: ['CIA'], es: ['CIA'], ru: ['ЦРУ'] },
  { en: ['NSA', 'National Security Agency'], fr: ['NSA'], de: ['NSA'], es: ['NSA'], ru: ['АНБ'] },
  { en: ['Federal Reserve', '~Fed'], fr: ['Réserve fédérale'], de: ['US-Notenbank'], es: ['Reserva Federal'], ru: ['Федеральная резервная система', 'ФРС'] },
  { en: ['Democratic Party'], fr: ['Parti démocrate'], de: ['Demokratische Partei'], es: ['Partido Demócrata'], ru: ['Демократическая партия'] },
  { en: ['Republican Party', 'GOP'], fr: ['Parti républicain'], de: ['Republikanische Partei'], es: ['Partido Republicano'], ru: ['Республиканская партия'] },
  {
    en: ['Democratic National Committee', 'DNC'],
    fr: ['Comité national démocrate'],
    de: ['Democratic National Committee'],
    es: ['Comité Nacional Demócrata'],
    ru: ['Национальный комитет Демократической партии'],
  },
  { en: ['Kremlin'], fr: ['Kremlin'], de: ['Kreml'], es: ['Kremlin'], ru: ['Кремль'] },
  { en: ['State Duma', '~Duma'], fr: ['Douma'], de: ['Staatsduma'], es: ['Duma Estatal'], ru: ['Государственная дума', 'Госдума'] },
  { en: ['FSB', 'Federal Security Service'], fr: ['FSB'], de: ['FSB'], es: ['FSB'], ru: ['ФСБ'] },
  { en: ['GRU'], fr: ['GRU'], de: ['GRU'], es: ['GRU'], ru: ['ГРУ'] },
  { en: ['SVR'], fr: ['SVR'], de: ['SVR'], es: ['SVR'], ru: ['СВР'] },
  { en: ['House of Commons'], fr: ['Chambre des communes'], de: ['Unterhaus'], es: ['Cámara de los Comunes'], ru: ['Палата общин'] },
  { en: ['Downing Street'], fr: ['Downing Street'], de: ['Downing Street'], es: ['Downing Street'], ru: ['Даунинг-стрит'] },
  { en: ['MI6'], fr: ['MI6'], de: ['MI6'], es: ['MI6'], ru: ['МИ-6'] },
  { en: ['MI5'], fr: ['MI5'], de: ['MI5'], es: ['MI5'], ru: ['МИ-5'] },
  { en: ['Élysée Palace', 'Élysée'], fr: ['Élysée', "palais de l'Élysée"], de: ['Élysée-Palast'], es: ['Palacio del Elíseo'], ru: ['Елисейский дворец'] },
  { en: ['Bundestag'], fr: ['Bundestag'], de: ['Bundestag'], es: ['Bundestag'], ru: ['Бундестаг'] },
];

const LANGS = ['en', 'fr', 'de', 'es', 'ru'] as const;
const isAcronym = (s: string) => /^[\p{Lu}\p{N}.-]{2,6}$/u.test(s);

let byName: Map<string, number> | null = null;

function index(): Map<string, number> {
  if (byName) return byName;
  byName = new Map();
  ORGANISATIONS.forEach((org, i) => {
    for (const lang of LANGS) {
      for (const raw of org[lang]) {
        const text = raw.replace(/^~/u, '');
        // acronyms by their exact letters ("GRU", not the word "gru"); names folded
        const key = isAcronym(text) ? `=${text}` : fold(text);
        if (!byName!.has(key)) byName!.set(key, i);
      }
    }
  });
  return byName;
}

/** The organisation a name stands for (its index), or null; acronyms must be written as such. */
export function organisationOf(name: string): number | null {
  const key = isAcronym(name) ? `=${name}` : fold(name);
  return index().get(key) ?? null;
}

/** The organisation's names as aliases: one per written form, with the languages that use it. */
export function organisationAliases(org: number): ProposedAlias[] {
  const out: ProposedAlias[] = [];
  for (const lang of LANGS) {
    for (const raw of ORGANISATIONS[org][lang]) {
      const text = raw.replace(/^~/u, '');
      const same = out.find((a) => a.text === text);
      if (same) {
        if (!same.lang.includes(lang)) same.lang.push(lang);
        continue;
      }
      out.push({ text, lang: [lang], ...(isAcronym(text) ? { kind: 'acronym' } : {}), ...(raw.startsWith('~') ? { needs_context: true } : {}) });
    }
  }
  return out;
}

/**
 * Organisations typed and given their five-language names; two entities that name the same
 * organisation ("ONU" and "Nations unies" found apart) merge. `idByKey` is updated in place.
 */
export function applyOrganisations(entities: readonly ProposedEntity[], idByKey: Map<string, string>): ProposedEntity[] {
  const out = copyEntities(entities);
  const merged: Merges = new Map();
  const byOrg = new Map<number, ProposedEntity>();
  for (const e of out) {
    if (e.type === 'person') continue;
    const org = e.aliases.map((a) => organisationOf(a.text)).find((o) => o !== null);
    if (org === undefined || org === null) continue;
    const same = byOrg.get(org);
    const target = same ?? e;
    if (same) {
      mergeInto(same, e, merged);
    } else {
      byOrg.set(org, e);
      e.type = 'org';
    }
    for (const a of organisationAliases(org)) {
      const known = target.aliases.find((x) => fold(x.text) === fold(a.text));
      // the seeds' own form keeps its place; an ambiguous form stays in context however the seeds wrote it
      if (known) {
        if (a.needs_context) known.needs_context = true;
      } else target.aliases.push(a);
    }
  }
  return withoutMerged(out, merged, idByKey);
}

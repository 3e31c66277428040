/**
 * The other names of an entity a watchlist names once. A person who writes a watchlist by hand may
 * give each entity one name, as the seeds write it; stories in the other languages, or that name a
 * person by surname only, would not find it. An entity with a single alias gets what
 * `veille seeds import` would have proposed for it: a country's or an international body's names in
 * the five languages (the import's gazetteer), a person's surname alone (in context only, as ambiguous
 * as any surname), a company's name without its legal form and trade words, an event's or a place's
 * name the seeds write head first in its English order (« incendie de l'Orvalène » → "Orvalène fire") and
 * alone in context (« estadio Los Almendros » → "Los Almendros"), a product's name without its strength
 * ("Meridian 80 mg" → "Meridian"), and every name's other script (Latin ↔ Cyrillic). A derived name two entities
 * would share is neither's. An entity given two names or more is taken as written.
 */
import type { Alias, Entity, Watchlist } from '../config/watchlist.js';
import type { ProposedAlias, ProposedEntity } from '../seeds/entities.js';
import { countryAliases, countryCode } from '../seeds/gazetteer.js';
import { COMPANY_SUFFIXES, GENERATIONAL_SUFFIXES } from '../seeds/lexicon.js';
import { organisationAliases, organisationOf } from '../seeds/organisations.js';
import { addTransliterations } from '../seeds/translit.js';
import { foldText } from './normalize.js';

/** A surname shorter than this ("Li", "Ng") finds too many other things, even in context. */
const MIN_SURNAME_CHARS = 3;

/** A name as names are compared: folded. */
const key = (text: string) => foldText(text).trim();

/** The watchlist with its once-named entities' other names. */
export function withStandardNames(watchlist: Watchlist): Watchlist {
  const derived = watchlist.entities.map((e) => (e.aliases.length === 1 ? standardNames(e, watchlist.language_of_seeds) : null));
  // how many entities go by each name, written or derived: a derived name two entities would share is neither's
  // ("Orvalène" of « incendie de l'Orvalène » and of a « forêt de l'Orvalène »; the surname of two brothers)
  const owners = new Map<string, number>();
  watchlist.entities.forEach((e, i) => {
    for (const name of new Set([...e.aliases, ...(derived[i] ?? [])].map((a) => key(a.text)))) owners.set(name, (owners.get(name) ?? 0) + 1);
  });
  let changed = false;
  const entities = watchlist.entities.map((e, i) => {
    const named = derived[i]?.filter((a, k) => k === 0 || owners.get(key(a.text)) === 1);
    if (!named || named.length === 1) return e;
    changed = true;
    return { ...e, aliases: named };
  });
  return changed ? { ...watchlist, entities } : watchlist;
}

/**
 * Words a company's name may start with that say nothing of it alone: "General" of "General Motors",
 * "American" of "American Airlines" (folded, five languages).
 */
const GENERIC_NAME_WORDS = new Set(
  (
    'general national international united american british european global royal federal central first new standard universal ' +
    'northern southern eastern western pacific atlantic continental union ' +
    'generale nationale internationale francaise europeenne royale centrale nouvelle ' +
    'allgemeine deutsche nationale internationale europaische neue erste ' +
    'nacional internacional espanola europea nueva primera ' +
    'общая национальная международная российская новая первая'
  ).split(' '),
);

/**
 * The English noun of an event's or a place's name the seeds write head first (« incendie de l'Orvalène »,
 * «estadio Los Almendros», „Stadion Los Almendros“), folded: English puts it after the name ("Orvalène fire").
 */
const ENGLISH_HEAD: Record<string, string> = Object.fromEntries(
  Object.entries({
    fire: 'incendie feu incendio brand waldbrand',
    stadium: 'stade estadio stadion',
    report: 'rapport informe bericht',
    case: 'affaire caso',
    trial: 'proces juicio prozess',
    investigation: 'enquete investigacion ermittlungen untersuchung',
    audit: 'audit auditoria prufung',
    recall: 'rappel retirada ruckruf',
    spill: 'deversement vertido',
    leak: 'fuite fuga leck',
    plant: 'usine planta fabrica werk',
    line: 'ligne linea leitung',
    hearing: 'audience audiencia anhorung',
    explosion: 'explosion',
    accident: 'accident accidente unfall',
    strike: 'greve huelga streik',
    summit: 'sommet cumbre gipfel',
    scandal: 'scandale escandalo skandal',
    dam: 'barrage presa staudamm',
    bridge: 'pont puente brucke',
    flood: 'inondation inundacion hochwasser',
  }).flatMap(([english, heads]) => heads.split(' ').map((head) => [head, english])),
);

/**
 * « incendie de l'Orvalène » → the name alone, "Orvalène", and in its English order, "Orvalène fire"; null when the name
 * does not open with a head of ENGLISH_HEAD and a name.
 */
function headFirstNames(name: string): { alone: string; english: string } | null {
  const words = name.trim().split(/\s+/u);
  const english = ENGLISH_HEAD[key(words[0])];
  if (!english || words.length < 2) return null;
  // (what stands between: « de l' », "del", "von der")
  const rest = words
    .slice(1)
    .join(' ')
    .replace(/^(?:(?:de|du|des|del|von|vom|im|in)\s+(?:(?:la|les|el|los|las|der|die|das|den)\s+|l['’])?|(?:de\s+)?[ld]['’])/iu, '')
    .trim();
  return /^\p{Lu}/u.test(rest) ? { alone: rest, english: `${rest} ${english}` } : null;
}

/** "Acme Pharma AG" → ["Acme Pharma", "Acme"]: the name without the legal form and trade words that end it (never a word alone that says nothing). */
function companyShortNames(name: string): string[] {
  const words = name.trim().split(/\s+/u);
  const out: string[] = [];
  for (let end = words.length - 1; end >= 1 && COMPANY_SUFFIXES.has(foldText(words[end]).replace(/\./gu, '').trim()); end--) {
    if (end === 1 && GENERIC_NAME_WORDS.has(key(words[0]))) break;
    out.push(words.slice(0, end).join(' '));
  }
  return out;
}

/** A product's name and its strength or size: "Meridian 80 mg", « Doliprane 1000 mg », „Velmorin 2,5 ml“, "Calvexin 0.5%". */
const STRENGTH_RE = /^(.*\p{L}.*?)\s+\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|µg|ug|ml|l|iu|ui|%)$/iu;

/** "Meridian 80 mg" → "Meridian"; null when the name gives no strength. */
function withoutStrength(name: string): string | null {
  return STRENGTH_RE.exec(name.trim())?.[1].trim() ?? null;
}

function standardNames(e: Entity, lang: string | undefined): Alias[] {
  const [written] = e.aliases;
  const aliases: ProposedAlias[] = [{ text: written.text, lang: [...written.lang], ...(written.kind ? { kind: written.kind } : {}), ...(written.needs_context ? { needs_context: true } : {}) }];
  const add = (more: readonly ProposedAlias[]) => {
    for (const a of more) if (!aliases.some((x) => key(x.text) === key(a.text))) aliases.push(a);
  };
  const country = e.type === 'person' ? null : countryCode(written.text, written.kind === 'acronym');
  const body = e.type === 'person' || country ? null : organisationOf(written.text);
  if (country) add(countryAliases(country));
  else if (body !== null) add(organisationAliases(body));
  // a company by its name alone, as the import merges them: "Acme Pharma AG" is "Acme Pharma" and "Acme"
  if (e.type === 'org' && !country && body === null) add(companyShortNames(written.text).map((text) => ({ text, lang: ['any'] })));
  // a medicine by its name alone: "Meridian 80 mg" is "Meridian"
  if (e.type === 'product') {
    const name = withoutStrength(written.text);
    if (name) add([{ text: name, lang: ['any'] }]);
  }
  // an event or a place named head first: in English order, and its name alone in context only (« estadio Los
  // Almendros » is "Los Almendros stadium" and "Los Almendros")
  const headFirst = e.type === 'person' ? null : headFirstNames(written.text);
  if (headFirst) add([{ text: headFirst.english, lang: ['en'] }, { text: headFirst.alone, lang: ['any'], needs_context: true }]);
  if (e.type === 'person') {
    const words = written.text.trim().split(/\s+/u);
    const generation = words.length >= 3 && GENERATIONAL_SUFFIXES.has(foldText(words.at(-1)!).replace(/\./gu, '').trim());
    const surname = words.at(generation ? -2 : -1)!;
    // "Robert Hale Jr." is "Hale Jr." (his father is "Hale" too)
    if (generation) add([{ text: `${surname} ${words.at(-1)}`, lang: ['any'] }]);
    else if (words.length >= 2 && surname.length >= MIN_SURNAME_CHARS) add([{ text: surname, lang: ['any'], needs_context: true }]);
  }
  const proposed: ProposedEntity = { id: e.id, type: (e.type as ProposedEntity['type']) ?? 'other', aliases, mentions: 1, documents: 1 };
  // (a country's gazetteer names are its Russian ones already: no spelling by sound)
  const spelled = country ? proposed : addTransliterations([proposed], lang)[0];
  // the watchlist's own alias as written (its note too), then the others
  return [
    written,
    ...spelled.aliases.slice(1).map((a) => ({
      text: a.text,
      lang: a.lang.length ? a.lang : ['any'],
      ...(a.kind ? { kind: a.kind } : {}),
      needs_context: a.needs_context ?? false,
    })),
  ];
}

/** For `veille check`: the ids of the entities named once that get other names. */
export function standardNamesAdded(watchlist: Watchlist): string[] {
  const named = withStandardNames(watchlist);
  return named.entities.filter((e, i) => e !== watchlist.entities[i]).map((e) => e.id);
}

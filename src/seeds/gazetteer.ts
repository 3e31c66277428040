/**
 * Country names from a gazetteer (the i18n-iso-countries package) in English, French, German,
 * Spanish and Russian. A proposed entity whose name is a country becomes a place with the
 * country's names in the five languages, and the seeds' inflections of it ("russe", "Russes"
 * beside "Russie") and its nationality written as a name (« les Américains » beside « États-Unis »)
 * merge into it.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { ProposedAlias, ProposedEntity } from './entities.js';
import { copyEntities, foldName as fold, mergeInto, withoutMerged, type Merges } from './merge.js';

export const GAZETTEER_LANGS = ['en', 'fr', 'de', 'es', 'ru'] as const;

const require = createRequire(import.meta.url);
let byName: Map<string, string> | null = null;

function index(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const lang of GAZETTEER_LANGS) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) if (!byName.has(fold(name))) byName.set(fold(name), code);
    }
  }
  return byName;
}

/**
 * The ISO code of a country name in any of the five languages ("États-Unis" → US), or null. Names
 * under three letters count only as written acronyms ("US", not "us").
 */
export function countryCode(name: string, acronym = false): string | null {
  const key = fold(name);
  if (key.length < 3 && !(acronym && /^\p{Lu}{2}$/u.test(name.replace(/\./gu, '')))) return null;
  const exact = index().get(key);
  if (exact) return exact;
  // "États-Unis" for "États-Unis d'Amérique": a leading run of at least two words
  if (!key.includes(' ')) return null;
  for (const [full, code] of index()) if (full.startsWith(`${key} `)) return code;
  return null;
}

/** The country's names, one alias per language. */
export function countryAliases(code: string): ProposedAlias[] {
  index();
  const out: ProposedAlias[] = [];
  for (const lang of GAZETTEER_LANGS) {
    for (const text of countries.getNames(lang, { select: 'all' })[code] ?? []) {
      const same = out.find((a) => a.text === text);
      if (same) same.lang.push(lang);
      // "US", "U.S.": short forms collide with words ("us") and count only in context
      else out.push({ text, lang: [lang], ...(fold(text).replace(/ /gu, '').length <= 3 ? { needs_context: true } : {}) });
    }
  }
  return out;
}

/** "russes" → "russ": the stem an adjective or demonym shares with its country's name. */
const stem = (word: string) => word.replace(/(?:es|en|e|s|n)$/u, '');

/** Inflections of a country's name: one-word names whose stem (≥ 4 letters) starts the country's name in that language. */
function inflectionOf(entity: ProposedEntity, countryNames: readonly string[]): boolean {
  if (entity.type === 'person' || entity.aliases.length !== 1) return false;
  const word = fold(entity.aliases[0].text);
  if (word.includes(' ')) return false;
  const s = stem(word);
  return s.length >= 4 && countryNames.some((n) => !n.includes(' ') && n.startsWith(s) && n !== word);
}

/**
 * Endings of nationality nouns and adjectives (fr/en/de/es), folded: « Américains » → "americ",
 * "Amerikaner" → "amerik", "mexicanos" → "mexic". Longest first.
 */
const DEMONYM_ENDING_RE = /(?:iennes?|iens?|aines?|ains?|aises?|ais|aner|ianos?|ianas?|anos?|anas?|enses?|ians?|ischen?|ische[rs]?|isch|ans?|ese)$/u;
/** A demonym's stem is at least this long: shorter ones start too many words ("ital", "ind"). */
const MIN_DEMONYM_STEM = 5;

/**
 * A nationality the seeds write as a name (« les Américains ») that belongs to a country whose name
 * is not its stem's (États-Unis, "United States of America"): its stem starts a word of one of the
 * country's names, and the seeds also write it in lower case, as an adjective (« américaines »),
 * which no proper name is. `lower`: the folded words the seeds write in lower case.
 */
function demonymOf(entity: ProposedEntity, countryNames: readonly string[], lower: ReadonlySet<string>): boolean {
  if (entity.type === 'person' || entity.aliases.length !== 1) return false;
  const word = fold(entity.aliases[0].text);
  const s = word.replace(DEMONYM_ENDING_RE, '');
  if (word.includes(' ') || s === word || s.length < MIN_DEMONYM_STEM) return false;
  if (!countryNames.some((n) => n.split(' ').some((w) => w.startsWith(s)))) return false;
  for (const w of lower) if (w.startsWith(s) && DEMONYM_ENDING_RE.test(w)) return true;
  return false;
}

/**
 * Countries typed and given their five-language names; inflections and nationality words merged
 * into them. `idByKey` is updated in place so claims refer to the merged entity; `lower` (the
 * folded words the seeds write in lower case) tells a nationality from a name.
 */
export function applyGazetteer(entities: readonly ProposedEntity[], idByKey: Map<string, string>, lower: ReadonlySet<string> = new Set()): ProposedEntity[] {
  const out = copyEntities(entities);
  const merged: Merges = new Map();
  const byCode = new Map<string, ProposedEntity>();
  for (const e of out) {
    const code = e.aliases.map((a) => countryCode(a.text, a.kind === 'acronym')).find((c) => c !== null);
    if (!code || merged.has(e.id)) continue;
    // "US" and "États-Unis" found apart: one country
    const same = byCode.get(code);
    if (same) {
      mergeInto(same, e, merged);
      continue;
    }
    byCode.set(code, e);
    e.type = 'place';
    for (const a of countryAliases(code)) if (!e.aliases.some((x) => fold(x.text) === fold(a.text))) e.aliases.push(a);
    const names = e.aliases.map((a) => fold(a.text));
    for (const other of out) {
      if (other === e || merged.has(other.id) || merged.has(e.id)) continue;
      const kind = inflectionOf(other, names) ? 'inflection' : demonymOf(other, names, lower) ? 'demonym' : null;
      if (!kind) continue;
      e.aliases.push({ ...other.aliases[0], kind });
      e.mentions += other.mentions;
      e.documents = Math.max(e.documents, other.documents);
      merged.set(other.id, e.id);
    }
  }
  return withoutMerged(out, merged, idByKey);
}

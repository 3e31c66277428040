/**
 * Character references as feeds write them: the five XML entities, HTML named entities used without
 * a DTD, decimal and hex references (C1 ones in their cp1252 meaning, as browsers read them), and
 * entities a document's own DOCTYPE declares.
 */

/** HTML 4 named entities plus the HTML5 ones seen in feeds, as `name:hex-code-points`. */
const NAMED_SOURCE = [
  'quot:22 amp:26 lt:3c gt:3e apos:27 OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 circ:2c6',
  'tilde:2dc ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e rlm:200f ndash:2013 mdash:2014',
  'lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e dagger:2020 Dagger:2021',
  'permil:2030 lsaquo:2039 rsaquo:203a euro:20ac fnof:192 Alpha:391 Beta:392 Gamma:393 Delta:394',
  'Epsilon:395 Zeta:396 Eta:397 Theta:398 Iota:399 Kappa:39a Lambda:39b Mu:39c Nu:39d Xi:39e',
  'Omicron:39f Pi:3a0 Rho:3a1 Sigma:3a3 Tau:3a4 Upsilon:3a5 Phi:3a6 Chi:3a7 Psi:3a8 Omega:3a9 alpha:3b1',
  'beta:3b2 gamma:3b3 delta:3b4 epsilon:3b5 zeta:3b6 eta:3b7 theta:3b8 iota:3b9 kappa:3ba lambda:3bb',
  'mu:3bc nu:3bd xi:3be omicron:3bf pi:3c0 rho:3c1 sigmaf:3c2 sigma:3c3 tau:3c4 upsilon:3c5 phi:3c6',
  'chi:3c7 psi:3c8 omega:3c9 thetasym:3d1 upsih:3d2 piv:3d6 bull:2022 hellip:2026 prime:2032 Prime:2033',
  'oline:203e frasl:2044 weierp:2118 image:2111 real:211c trade:2122 alefsym:2135 larr:2190 uarr:2191',
  'rarr:2192 darr:2193 harr:2194 crarr:21b5 lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4',
  'forall:2200 part:2202 exist:2203 empty:2205 nabla:2207 isin:2208 notin:2209 ni:220b prod:220f',
  'sum:2211 minus:2212 lowast:2217 radic:221a prop:221d infin:221e ang:2220 and:2227 or:2228 cap:2229',
  'cup:222a int:222b there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ge:2265',
  'sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 otimes:2297 perp:22a5 sdot:22c5',
  'lceil:2308 rceil:2309 lfloor:230a rfloor:230b lang:27e8 rang:27e9 loz:25ca spades:2660 clubs:2663',
  'hearts:2665 diams:2666 nbsp:a0 iexcl:a1 cent:a2 pound:a3 curren:a4 yen:a5 brvbar:a6 sect:a7 uml:a8',
  'copy:a9 ordf:aa laquo:ab not:ac shy:ad reg:ae macr:af deg:b0 plusmn:b1 sup2:b2 sup3:b3 acute:b4',
  'micro:b5 para:b6 middot:b7 cedil:b8 sup1:b9 ordm:ba raquo:bb frac14:bc frac12:bd frac34:be iquest:bf',
  'Agrave:c0 Aacute:c1 Acirc:c2 Atilde:c3 Auml:c4 Aring:c5 AElig:c6 Ccedil:c7 Egrave:c8 Eacute:c9',
  'Ecirc:ca Euml:cb Igrave:cc Iacute:cd Icirc:ce Iuml:cf ETH:d0 Ntilde:d1 Ograve:d2 Oacute:d3 Ocirc:d4',
  'Otilde:d5 Ouml:d6 times:d7 Oslash:d8 Ugrave:d9 Uacute:da Ucirc:db Uuml:dc Yacute:dd THORN:de',
  'szlig:df agrave:e0 aacute:e1 acirc:e2 atilde:e3 auml:e4 aring:e5 aelig:e6 ccedil:e7 egrave:e8',
  'eacute:e9 ecirc:ea euml:eb igrave:ec iacute:ed icirc:ee iuml:ef eth:f0 ntilde:f1 ograve:f2 oacute:f3',
  'ocirc:f4 otilde:f5 ouml:f6 divide:f7 oslash:f8 ugrave:f9 uacute:fa ucirc:fb uuml:fc yacute:fd',
  'thorn:fe yuml:ff hyphen:2010 dash:2010 horbar:2015 NewLine:a Tab:9 lsquor:201a rsquor:2019',
  'ldquor:201e rdquor:201d half:bd check:2713 cross:2717 star:2606 starf:2605 phone:260e female:2640',
  'male:2642 sharp:266f flat:266d natural:266e commat:40 excl:21 num:23 dollar:24 percnt:25 lpar:28',
  'rpar:29 ast:2a plus:2b comma:2c period:2e sol:2f colon:3a semi:3b equals:3d quest:3f lsqb:5b rsqb:5d',
  'lbrack:5b rbrack:5d bsol:5c lowbar:5f grave:60 lcub:7b rcub:7d lbrace:7b rbrace:7d verbar:7c vert:7c',
  'Hat:5e ZeroWidthSpace:200b',
].join(' ');

const NAMED = new Map<string, string>();
for (const pair of NAMED_SOURCE.split(' ')) {
  const [name, hex] = pair.split(':');
  NAMED.set(name, String.fromCodePoint(...hex.split('.').map((h) => parseInt(h, 16))));
}

/** Windows-1252 for 0x80-0x9F: what `&#146;` and a raw U+0092 mean in real feeds (HTML does the same). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function cp1252C1(code: number): string {
  return CP1252_C1[code - 0x80];
}

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return cp1252C1(code);
  // NUL, surrogates and out-of-range references are dropped, not turned into U+FFFD noise
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '';
  return String.fromCodePoint(code);
}

/** HTML's legacy names that also work without a `;` ("&nbsp 2" in hand-written feeds). */
const LEGACY_NO_SEMICOLON = ['nbsp', 'amp', 'lt', 'gt', 'quot', 'copy', 'reg'];
/** The longest reference worth looking at: `&` + 32 name characters + `;`. */
const MAX_REFERENCE = 34;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The text a reference body (between `&` and `;`) stands for, or undefined when it is none. */
function referenceValue(body: string, declared: DeclaredEntities | undefined): string | undefined {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88; // x X
    const digits = body.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[\da-fA-F]{1,7}$/ : /^\d{1,8}$/).test(digits)) return undefined;
    return fromCodePoint(parseInt(digits, hex ? 16 : 10));
  }
  if (body.length < 2 || !/^[A-Za-z][A-Za-z\d]*$/.test(body)) return undefined;
  const own = declared?.values.get(body);
  if (own !== undefined) return spend(declared!, own);
  return NAMED.get(body) ?? NAMED.get(body.toLowerCase());
}

/** A declared entity's text while the document's expansion budget lasts; past it the reference stays as written. */
function spend(declared: DeclaredEntities, value: string): string | undefined {
  if (value.length > declared.budget) return undefined;
  declared.budget -= value.length;
  return value;
}

/**
 * Decodes character references; an unknown name, or a bare `&`, stays as written. `declared` are
 * the entities of the document's internal DTD subset; `legacy` also reads `&nbsp` without `;`.
 */
export function decodeEntities(text: string, declared?: DeclaredEntities, legacy = false): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  const n = text.length;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    let next = amp + 1;
    let value: string | undefined;
    let k = amp + 1;
    const limit = Math.min(n, amp + MAX_REFERENCE);
    while (k < limit && (isAlnum(text.charCodeAt(k)) || (k === amp + 1 && text.charCodeAt(k) === 35))) k++;
    if (k < n && text.charCodeAt(k) === 59 /* ; */ && k > amp + 1) {
      value = referenceValue(text.slice(amp + 1, k), declared);
      if (value !== undefined) next = k + 1;
    }
    if (value === undefined && legacy) {
      for (const name of LEGACY_NO_SEMICOLON) {
        const after = amp + 1 + name.length;
        if (text.startsWith(name, amp + 1) && (after >= n || !(isAlnum(text.charCodeAt(after)) || text.charCodeAt(after) === 61 /* = */))) {
          value = NAMED.get(name)!;
          next = after;
          break;
        }
      }
    }
    if (value !== undefined) {
      out += text.slice(from, amp) + value;
      from = next;
    }
    amp = text.indexOf('&', next);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** An internal general entity, as one whole markup declaration. */
const ENTITY_DECL = /^<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>$/;

/**
 * The markup declarations of a DTD subset (`<!…>`, quotes respected, comments skipped), so that a
 * declaration quoted inside another one (a parameter entity's text) is never read as a declaration.
 */
function* markupDeclarations(subset: string): Generator<string> {
  const n = subset.length;
  let i = 0;
  for (;;) {
    const lt = subset.indexOf('<!', i);
    if (lt === -1) return;
    if (subset.startsWith('<!--', lt)) {
      const end = subset.indexOf('-->', lt + 4);
      if (end === -1) return;
      i = end + 3;
      continue;
    }
    if (/^<!doctype/i.test(subset.slice(lt, lt + 9))) {
      i = lt + 9; // a whole prolog: its internal subset follows
      continue;
    }
    let j = lt + 2;
    let quote = 0;
    for (; j < n; j++) {
      const c = subset.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
    }
    if (j >= n) return;
    yield subset.slice(lt, j + 1);
    i = j + 1;
  }
}

/**
 * The general entities of a document's internal DTD subsets, and what is left of its expansion
 * budget. Shared by every text of one document, so the whole document, not one reference, is bounded.
 */
export interface DeclaredEntities {
  readonly values: Map<string, string>;
  /** characters that references to declared entities may still produce in this document */
  budget: number;
}

/** Characters all references to declared entities may produce in one document: `&site;` a few thousand times. */
export const MAX_ENTITY_EXPANSION = 65_536;
/** A longer declared value is ignored (its references stay as written): feeds declare names, not documents. */
export const MAX_ENTITY_VALUE = 1_024;

export function emptyDeclaredEntities(): DeclaredEntities {
  return { values: new Map(), budget: MAX_ENTITY_EXPANSION };
}

/**
 * Adds the internal entities `subset` declares (`<!ENTITY site "Example">`) to `into`. Billion laughs,
 * quadratic blowup and XXE all end here:
 * - a value is decoded for character references and the predefined entities only, never for other
 *   declared entities, so `&lol9;` stands for ten literal `&lol8;`, not for 10^9 characters;
 * - a value longer than MAX_ENTITY_VALUE is ignored, and all references of a document produce at
 *   most MAX_ENTITY_EXPANSION characters (`spend`);
 * - external (`SYSTEM`/`PUBLIC`) and parameter (`%`) entities do not match the declaration pattern,
 *   and a declaration quoted inside another is not one: nothing is ever read from a file or the
 *   network, no parameter entity injects a declaration, and their references stay as written.
 */
export function declareEntities(subset: string, into: DeclaredEntities): DeclaredEntities {
  for (const declaration of markupDeclarations(subset)) {
    const m = ENTITY_DECL.exec(declaration);
    if (!m) continue;
    const [, name, double, single] = m;
    const raw = double ?? single ?? '';
    if (into.values.has(name) || raw.length > MAX_ENTITY_VALUE) continue; // the first declaration wins, as in XML
    into.values.set(name, decodeEntities(raw));
  }
  return into;
}

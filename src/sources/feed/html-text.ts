import { cp1252C1, decodeEntities } from './entities.js';

/**
 * Feed text fields to plain text in one scan, without building a DOM: a feed carries thousands of
 * short HTML fragments, and an HTML parser per fragment would cost more than the rest of parsing.
 */

/** Elements whose boundaries separate words ("<p>a</p><p>b</p>" is "a b", "<b>a</b>b" is "ab"). */
const BLOCK_TAGS = new Set(
  ('address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul caption center hgroup legend menu option').split(' '),
);
/**
 * Other HTML and SVG element names. A tag with one of these names (or attributes, a prefix, or a
 * hyphen) is markup; `<String>` in "List<String>" is not, and stays as text.
 */
const INLINE_TAGS = new Set(
  ('a abbr acronym audio b bdi bdo big blink body canvas cite code col colgroup data del dfn em embed font frame frameset ' +
    'head html i iframe img input ins kbd label link map mark meta meter nobr object output param picture progress q rp rt ruby ' +
    's samp small source span strike strong sub sup svg g path circle rect line polygon use time title track tt u var video wbr ' +
    'button select textarea optgroup area base basefont spacer marquee').split(' '),
);
/** Elements whose content is never visible text. */
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** JavaScript's \s, plus the zero-width space that pasted text carries. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whitespace collapsed and trimmed; C0 controls (which XML forbids, and which leak from pasted text)
 * dropped; raw C1 controls given their cp1252 meaning (text decoded as Latin-1 that was cp1252).
 * One scan, slicing runs that need no change: this runs on every title and summary.
 */
export function cleanText(text: string): string {
  const n = text.length;
  let out = '';
  let from = 0; // start of the run copied as is
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  from = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 0x7f) {
      i++;
      continue;
    }
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (j === n) {
        out += text.slice(from, i); // trailing whitespace
        return out;
      }
      if (c !== 32 || j > i + 1) {
        out += text.slice(from, i) + ' ';
        from = j;
      }
      i = j;
      continue;
    }
    if (c < 32 || (c >= 0x7f && c <= 0x9f)) {
      out += text.slice(from, i) + (c >= 0x80 ? cp1252C1(c) : '');
      from = i + 1;
    }
    i++;
  }
  return from === 0 && out === '' ? text : out + text.slice(from);
}

/** An HTML fragment's visible text: tags out (blocks as spaces), entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  if (html.indexOf('<') === -1) {
    const decoded = decodeEntities(html, undefined, true);
    // HTML escaped twice ("&amp;lt;p&amp;gt;" in the XML): what one decoding reveals is markup, not text
    if (decoded !== html && MARKUP.test(decoded)) return cleanText(stripTags(decoded));
    return cleanText(decoded);
  }
  return cleanText(decodeEntities(stripTags(html), undefined, true));
}

/**
 * Text that is declared plain (Atom type="text", JSON Feed) but was escaped twice by its producer:
 * "AT&amp;T" after XML decoding is almost always a double-escaped "AT&T". Tags stay as text.
 */
export function plainToText(text: string): string {
  return cleanText(decodeEntities(text));
}

/**
 * What says a string is HTML rather than text that mentions a tag ("Using the <b> tag"): an end tag,
 * or a line break, rule or image. Also how HTML escaped twice shows itself once decoded.
 */
const MARKUP = /<\/[A-Za-z][\w:-]*\s*>|<(?:br|hr|img)\b[^<>]*>/i;
const ENTITY = /&#?\w+;/;

/**
 * Text whose type nobody declared (RSS titles and descriptions): HTML when it looks like HTML (markup
 * as above, or an entity), else plain text whose `<` is kept, as feedparser decides.
 */
export function looseToText(text: string): string {
  if (text.indexOf('<') !== -1 && !MARKUP.test(text) && !ENTITY.test(text)) return cleanText(text);
  return htmlToText(text);
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 58; // - _ :
}

/** Where the tag starting at `lt` ends ('>' outside quotes), or -1. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62) return i;
    if (c === 60) return -1; // a '<' first: this was no tag
    if (c === 34 || c === 39) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return -1;
      i = close;
    }
  }
  return -1;
}

/** Comments, hidden elements and tags removed (block tags as a space); entities left as they are. */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += i === 0 ? html : html.slice(i);
      break;
    }
    if (lt > i) out += html.slice(i, lt);
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4);
        i = end === -1 ? n : end + 3;
        out += ' ';
      } else if (html.startsWith('<![CDATA[', lt)) {
        const end = html.indexOf(']]>', lt + 9);
        out += html.slice(lt + 9, end === -1 ? n : end);
        i = end === -1 ? n : end + 3;
      } else {
        const end = html.indexOf('>', lt);
        i = end === -1 ? n : end + 1;
      }
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      out += '<'; // "a < b", "<3"
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const end = html.charCodeAt(nameEnd) === 62 ? nameEnd : tagEnd(html, nameEnd);
    if (end === -1) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (BLOCK_TAGS.has(name)) out += ' ';
    else if (HIDDEN_TAGS.has(name) && !closing) {
      const close = html.toLowerCase().indexOf(`</${name}`, end);
      i = close === -1 ? end + 1 : html.indexOf('>', close) + 1 || n;
      out += ' ';
      continue;
    } else if (!INLINE_TAGS.has(name) && end === nameEnd && !name.includes(':') && !name.includes('-')) {
      out += html.slice(lt, end + 1); // "List<String>": not a tag anyone writes
    }
    i = end + 1;
  }
  return out;
}

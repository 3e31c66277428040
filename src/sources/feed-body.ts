import iconv from 'iconv-lite';
import { cp1252C1 } from './feed/entities.js';

/**
 * Bytes to text, and where the feed starts in it. Real feeds declare the wrong encoding often
 * enough that the declaration is a hint, checked against the bytes: UTF-8 is self-validating, so
 * valid multi-byte UTF-8 under a Latin-1 label is UTF-8, and invalid UTF-8 is Windows-1252.
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Single-byte encodings that a valid multi-byte UTF-8 body overrides (the label is a CMS default). */
const SINGLE_BYTE = /^(?:iso[-_ ]?8859[-_ ]?\d+|latin-?\d|l\d|(?:windows|cp|x-cp)[-_ ]?125\d|us-?ascii|ascii|koi8-?[ru]|mac(?:intosh|roman)?|x-mac-roman)$/i;
/** What browsers read for these labels (WHATWG Encoding): Latin-1 and ASCII are Windows-1252. */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252', iso8859_1: 'windows-1252', 'iso_8859-1': 'windows-1252', latin1: 'windows-1252',
  'latin-1': 'windows-1252', l1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252', 'iso-ir-100': 'windows-1252',
  gb2312: 'gbk', 'x-gbk': 'gbk', 'x-sjis': 'shift_jis', 'ks_c_5601-1987': 'euc-kr',
};

const PROLOG_ENCODING = /<\?xml[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/i;

/** The encoding named by the XML declaration in the first bytes, or null. */
function declaredEncoding(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString('latin1');
  return PROLOG_ENCODING.exec(head)?.[1].toLowerCase() ?? null;
}

/**
 * Bytes → text: BOM, then the declaration checked against the bytes, then UTF-8 with a cp1252
 * fallback; and, bytes or text, UTF-8 that went through a cp1252 decoder on its way is repaired.
 */
export function decodeFeedBody(body: Buffer | string): string {
  const text = typeof body === 'string' ? body : decodeBytes(body);
  return repairMojibake(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function decodeBytes(body: Buffer): string {
  const unicode = sniffUnicode(body);
  if (unicode) return iconv.decode(body.subarray(unicode.skip), unicode.encoding);
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return decodeUtf8(body.subarray(3));

  const declared = declaredEncoding(body);
  if (declared === null || /^utf-?8$|^utf-?16/.test(declared)) return decodeUtf8(body); // "UTF-16" in ASCII bytes is not UTF-16
  const label = LABEL_ALIASES[declared] ?? declared;
  if (!iconv.encodingExists(label)) return decodeUtf8(body);
  if (SINGLE_BYTE.test(declared) || SINGLE_BYTE.test(label)) {
    const utf8 = strictUtf8(body);
    if (utf8 !== null && hasNonAscii(body)) return utf8; // a UTF-8 feed under a CMS's default Latin-1 label
  }
  return iconv.decode(body, label);
}

/** UTF-16 and UTF-32 by their byte-order mark, or by how `<` is spelled in the first bytes (the XML spec's appendix F). */
function sniffUnicode(body: Buffer): { encoding: string; skip: number } | null {
  const [b0, b1, b2, b3] = body;
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? { encoding: 'utf-32le', skip: 4 } : { encoding: 'utf-16le', skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', skip: 0 };
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 === 0x3c) return { encoding: 'utf-32be', skip: 0 };
  if (b0 === 0x3c && b1 === 0 && b2 !== 0 && b3 === 0) return { encoding: 'utf-16le', skip: 0 };
  if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 !== 0) return { encoding: 'utf-16be', skip: 0 };
  return null;
}

/**
 * UTF-8 bytes that were decoded as Windows-1252 ("cafÃ©", "â€™"): what a fetcher makes of a UTF-8
 * feed under a Latin-1 label. Re-encoded to cp1252, such text is valid UTF-8, which genuine cp1252
 * text practically never is; anything that is not exactly that is left alone.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let byte = c <= 0xff ? c : CP1252_BYTES.get(c);
    // cp1252 has no 0x9D, so a decoder wrote U+FFFD for the last byte of "”" (E2 80 9D)
    if (c === 0xfffd && text.charCodeAt(i - 1) === 0x20ac && text.charCodeAt(i - 2) === 0xe2) byte = 0x9d;
    if (byte === undefined) return text; // not cp1252-decoded bytes
    bytes[i] = byte;
  }
  return strictUtf8(bytes) ?? text;
}

/** A UTF-8 lead byte read as cp1252, followed by a continuation byte read as cp1252. */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]/;
/** cp1252's characters above U+00FF, to the byte they come from. */
const CP1252_BYTES = new Map<number, number>();
for (let byte = 0x80; byte <= 0x9f; byte++) {
  const char = cp1252C1(byte);
  if (char.charCodeAt(0) > 0xff) CP1252_BYTES.set(char.charCodeAt(0), byte);
}

function hasNonAscii(body: Buffer): boolean {
  for (let i = 0; i < body.length; i++) if (body[i] >= 0x80) return true;
  return false;
}

function strictUtf8(body: Buffer): string | null {
  try {
    return UTF8.decode(body);
  } catch {
    return null;
  }
}

/**
 * UTF-8, and where a byte is not part of a valid sequence, that byte as Windows-1252: a feed in
 * cp1252 reads right, and so does a UTF-8 feed with one item pasted from a cp1252 source.
 */
export function decodeUtf8(body: Buffer): string {
  const strict = strictUtf8(body);
  if (strict !== null) return strict;
  let out = '';
  let run = 0; // start of the current run of valid bytes
  let i = 0;
  while (i < body.length) {
    const b = body[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(body, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += body.toString('utf8', run, i) + (b <= 0x9f ? cp1252C1(b) : String.fromCharCode(b));
    i++;
    run = i;
  }
  return out + body.toString('utf8', run, body.length);
}

/** Length of the valid UTF-8 sequence at `i`, or 0. */
function sequenceLength(body: Buffer, i: number): number {
  const b = body[i];
  const cont = (k: number) => i + k < body.length && (body[i + k] & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const b1 = body[i + 1];
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0; // overlong, surrogate
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const b1 = body[i + 1];
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return 4;
  }
  return 0;
}

export type FeedRoot = 'rss' | 'atom' | 'rdf' | 'json' | 'html' | 'unknown';

export interface FeedStart {
  kind: FeedRoot;
  /** offset of the root element (or of the JSON object) in the text */
  at: number;
}

/** The prolog, comments, processing instructions and a doctype, as they may precede the root. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)*/i;
const FIRST_ELEMENT = /<([A-Za-z_][\w.:-]*)/y;
/** Where a feed starts when something was printed before it (PHP warnings, a stray line). */
const LATE_ROOT = /<(?:[A-Za-z_][\w.-]*:)?(rss|feed|rdf|channel)[\s>/]/i;
const JUNK_WINDOW = 4096;
/** Markup of a page, not of a warning printed before a feed (those use <b> and <br />). */
const HTML_MARKUP = /<(?:html|head|body|div|p|table|script|meta|title)\b/i;

function rootKind(name: string): FeedRoot {
  const local = name.toLowerCase().replace(/^[\w.-]+:/, '');
  if (local === 'rss' || local === 'channel') return 'rss';
  if (local === 'feed') return 'atom';
  if (local === 'rdf') return 'rdf';
  if (local === 'html' || local === 'head' || local === 'body') return 'html';
  return 'unknown';
}

/** What the document is, from its root element (not from a tag found anywhere in it), and where that starts. */
export function findFeedStart(text: string): FeedStart {
  let at = 0;
  while (at < text.length && (text.charCodeAt(at) <= 32 || text.charCodeAt(at) === 0xfeff)) at++;
  if (text.charCodeAt(at) === 123 /* { */) return { kind: 'json', at };
  const prolog = PROLOG.exec(text.slice(at, at + JUNK_WINDOW * 4));
  const afterProlog = at + (prolog?.[0].length ?? 0);
  if (/^<!doctype\s+html/i.test(text.slice(afterProlog, afterProlog + 20))) return { kind: 'html', at: afterProlog };
  FIRST_ELEMENT.lastIndex = afterProlog;
  const first = FIRST_ELEMENT.exec(text);
  if (first) {
    const kind = rootKind(first[1]);
    if (kind !== 'unknown') return { kind, at: afterProlog };
  }
  // junk before the feed: look a little further for a root element
  const window = text.slice(at, at + JUNK_WINDOW);
  const late = LATE_ROOT.exec(window);
  // …but a web page that mentions <feed> in its body is still a web page
  if (late && !HTML_MARKUP.test(window.slice(0, late.index))) return { kind: rootKind(late[1]), at: at + late.index };
  return { kind: 'unknown', at: afterProlog };
}

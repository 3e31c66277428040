import { isUtf8 } from 'node:buffer';
import { detect } from 'chardet';
import iconv from 'iconv-lite';

export type BodyKind = 'feed' | 'html' | 'any';

export interface DecodedBody {
  text: string;
  /** canonical name of the encoding used, e.g. "utf-8", "windows-1252" */
  charset: string;
}

/** HTML's prescan looks at the first 1024 bytes; some CMSes put a long <head> first, so look a little further. */
const META_PRESCAN_BYTES = 4096;

const BOMS: { bytes: number[]; charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

function sniffBom(body: Buffer): string | null {
  const bom = BOMS.find(({ bytes }) => bytes.every((b, i) => body[i] === b));
  return bom?.charset ?? null;
}

/** charset parameter of a Content-Type header, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i);
  return match?.[1] ?? match?.[2] ?? null;
}

/** encoding="…" of an XML declaration at the very start of the document. */
function charsetFromXmlProlog(head: string): string | null {
  const match = head.match(/^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/);
  return match?.[1] ?? null;
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first bytes. */
function charsetFromMeta(head: string): string | null {
  const noComments = head.replace(/<!--[\s\S]*?-->/g, '');
  const match = noComments.match(/<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return match?.[1] ?? null;
}

/**
 * The canonical encoding name for a label, following the WHATWG Encoding Standard (so ISO-8859-1,
 * latin1 and US-ASCII become windows-1252, as in browsers); null when unknown.
 */
export function normalizeCharset(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return iconv.encodingExists(label) ? label.trim().toLowerCase() : null;
  }
}

/**
 * UTF-8 and UTF-16 through TextDecoder; legacy encodings through iconv-lite first, because Node 20's
 * ICU decodes windows-1252 as ISO-8859-1 (0x92 becomes U+0092 instead of ’).
 */
function decodeWith(body: Buffer, charset: string): string {
  if (charset === 'utf-8' || charset.startsWith('utf-16')) return new TextDecoder(charset).decode(body); // strips a BOM
  if (iconv.encodingExists(charset)) return iconv.decode(body, charset);
  return new TextDecoder(charset).decode(body);
}

/**
 * Decodes a fetched body to text. The charset is taken from, in order: a byte-order mark, the
 * Content-Type charset, the XML declaration (feeds), the HTML <meta> prescan (pages); else UTF-8
 * when the bytes are valid UTF-8, else the charset they look like (windows-1252 when unsure).
 * A declared charset nobody knows is skipped, not fatal.
 */
export function decodeBody(body: Buffer, contentType: string | null, accept: BodyKind = 'any'): DecodedBody {
  const bom = sniffBom(body);
  if (bom) return { text: decodeWith(body, bom), charset: bom };

  const head = body.subarray(0, META_PRESCAN_BYTES).toString('latin1');
  const candidates: { label: string | null; inBody: boolean }[] = [{ label: charsetFromContentType(contentType), inBody: false }];
  if (accept !== 'html') candidates.push({ label: charsetFromXmlProlog(head), inBody: true });
  if (accept !== 'feed') candidates.push({ label: charsetFromMeta(head), inBody: true });

  for (const { label, inBody } of candidates) {
    if (!label) continue;
    let charset = normalizeCharset(label);
    if (!charset) continue;
    // a document that declares UTF-16 in ASCII bytes is not UTF-16 (HTML spec: treat as UTF-8)
    if (inBody && charset.startsWith('utf-16')) charset = 'utf-8';
    // x-user-defined in a meta is windows-1252 (HTML spec)
    if (charset === 'x-user-defined') charset = 'windows-1252';
    return { text: decodeWith(body, charset), charset };
  }
  // nothing declares it: UTF-8 when the bytes are UTF-8, else what they look like (chardet's statistics:
  // an undeclared cp1252 or Shift_JIS page would otherwise read as U+FFFD)
  if (isUtf8(body)) return { text: decodeWith(body, 'utf-8'), charset: 'utf-8' };
  const guess = detect(body.subarray(0, DETECT_BYTES));
  const detected = guess ? normalizeCharset(guess) : null;
  const charset = detected && !detected.startsWith('utf-') && iconv.encodingExists(detected) ? detected : 'windows-1252';
  return { text: decodeWith(body, charset), charset };
}

/** Bytes read to guess an undeclared charset: enough text for its statistics, bounded on big pages. */
const DETECT_BYTES = 64 * 1024;

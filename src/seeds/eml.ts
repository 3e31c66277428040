/**
 * A small reader for saved e-mails (.eml, RFC 5322 + MIME): the subject and the first text/plain
 * or text/html part, with quoted-printable and base64 bodies and their charset decoded. Enough for
 * newsletters saved as seeds; attachments are ignored.
 */

export interface EmailText {
  subject: string;
  /** the text/plain body ('' when there is none) */
  text: string;
  /** the text/html body, preferred by the importer when present */
  html: string | null;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const normal = raw.replace(/\r\n/gu, '\n');
  const cut = normal.indexOf('\n\n');
  const head = cut < 0 ? normal : normal.slice(0, cut);
  const body = cut < 0 ? '' : normal.slice(cut + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/gu, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

const param = (value: string, name: string) => new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, 'iu').exec(value)?.[1]?.trim();

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function quotedPrintable(body: string): Uint8Array {
  const soft = body.replace(/=\n/gu, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? soft.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/u.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(...Buffer.from(soft[i], 'utf8'));
    }
  }
  return Uint8Array.from(out);
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = param(part.headers.get('content-type') ?? '', 'charset');
  if (encoding === 'base64') return decodeBytes(Buffer.from(part.body.replace(/\s+/gu, ''), 'base64'), charset);
  if (encoding === 'quoted-printable') return decodeBytes(quotedPrintable(part.body), charset);
  return part.body;
}

/** RFC 2047 encoded words in headers (=?utf-8?B?…?= and =?utf-8?Q?…?=). */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([bqBQ])\?([^?]*)\?=\s*/gu, (_, charset: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? decodeBytes(Buffer.from(text, 'base64'), charset)
      : decodeBytes(quotedPrintable(text.replace(/_/gu, ' ')), charset),
  );
}

function leaves(part: Part, depth = 0): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = param(type, 'boundary');
  if (!/^multipart\//iu.test(type) || !boundary || depth > 5) return [part];
  const chunks = part.body.split(`--${boundary}`).slice(1);
  return chunks.filter((c) => !c.startsWith('--')).flatMap((c) => leaves(splitPart(c.replace(/^\n/u, '')), depth + 1));
}

export function emailText(raw: string): EmailText {
  const top = splitPart(raw);
  const parts = leaves(top).filter((p) => !/attachment/iu.test(p.headers.get('content-disposition') ?? ''));
  const typeOf = (p: Part) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase();
  const plain = parts.find((p) => typeOf(p).startsWith('text/plain'));
  const html = parts.find((p) => typeOf(p).startsWith('text/html'));
  return {
    subject: decodeWords(top.headers.get('subject') ?? ''),
    text: plain ? decodeBody(plain) : '',
    html: html ? decodeBody(html) : null,
  };
}

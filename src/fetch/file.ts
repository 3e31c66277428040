import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PermanentError } from '../lib/errors.js';
import { decodeBody } from './charset.js';
import { readCapped } from './read-capped.js';
import type { FetchOptions, FetchResult } from './types.js';

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/json',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
};

/** Reads a file:// URL (only for sources written in config) with the same size cap as HTTP. */
export async function fetchFile(url: URL, options: FetchOptions): Promise<FetchResult> {
  if (!options.allowFile) throw new PermanentError(`file:// URLs are not allowed here: ${url.href}`);
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (err) {
    throw new PermanentError(`invalid file URL ${url.href}`, { cause: err });
  }
  let body: Buffer;
  try {
    body = await readCapped(createReadStream(path, { signal: options.signal }), options.maxBytes, url.href);
  } catch (err) {
    if (err instanceof PermanentError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new PermanentError(`cannot read ${url.href}: ${code}`, { cause: err });
    }
    throw err;
  }
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()] ?? null;
  const { text, charset } = decodeBody(body, contentType, options.accept ?? 'any');
  return {
    url: url.href,
    status: 200,
    notModified: false,
    headers: contentType ? { 'content-type': contentType } : {},
    body,
    contentType,
    etag: null,
    lastModified: null,
    text,
    charset,
  };
}

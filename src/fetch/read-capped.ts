import type { Readable } from 'node:stream';
import { PermanentError } from '../lib/errors.js';

/**
 * Reads a stream to a Buffer, failing as soon as more than `maxBytes` have come out of it; the
 * stream is destroyed then, so a decompression bomb stops without being buffered.
 */
export async function readCapped(stream: Readable, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += buf.length;
      if (total > maxBytes) throw new PermanentError(`${what} is larger than ${maxBytes} bytes`);
      chunks.push(buf);
    }
  } finally {
    if (!stream.destroyed && total > maxBytes) stream.destroy();
  }
  return Buffer.concat(chunks, total);
}

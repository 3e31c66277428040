import type { Readable } from 'node:stream';
import { PermanentError } from '../lib/errors.js';

/**
 * Reads a stream to a Buffer, failing as soon as more than `maxBytes` have come out of it (or, with
 * `truncate`, keeping the first `maxBytes`); the stream is destroyed then, so a decompression bomb
 * stops without being buffered.
 */
export async function readCapped(stream: Readable, maxBytes: number, what: string, { truncate = false } = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (total + buf.length > maxBytes) {
        if (!truncate) {
          total += buf.length;
          throw new PermanentError(`${what} is larger than ${maxBytes} bytes`);
        }
        chunks.push(buf.subarray(0, maxBytes - total));
        total = maxBytes;
        break; // leaves the loop, which destroys the stream
      }
      total += buf.length;
      chunks.push(buf);
    }
  } finally {
    if (!stream.destroyed && total >= maxBytes) stream.destroy();
  }
  return Buffer.concat(chunks, total);
}

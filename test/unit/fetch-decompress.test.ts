import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createDecoders } from '../../src/fetch/decompress.js';
import { readCapped } from '../../src/fetch/read-capped.js';
import { PermanentError } from '../../src/lib/errors.js';

const TEXT = Buffer.from('L’ingérence russe dans l’élection américaine. '.repeat(200));

async function decode(encoded: Buffer, contentEncoding: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  // feed the input in small pieces, as a socket would
  const pieces = Array.from({ length: Math.ceil(encoded.length / 7) }, (_, i) => encoded.subarray(i * 7, i * 7 + 7));
  await pipeline(Readable.from(pieces), ...createDecoders(contentEncoding), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  });
  return Buffer.concat(chunks);
}

describe('createDecoders', () => {
  it.each([
    ['gzip', zlib.gzipSync(TEXT)],
    ['x-gzip', zlib.gzipSync(TEXT)],
    ['br', zlib.brotliCompressSync(TEXT)],
    ['deflate', zlib.deflateSync(TEXT)],
    ['deflate', zlib.deflateRawSync(TEXT)], // raw deflate, as some servers send
    ['gzip, br', zlib.brotliCompressSync(zlib.gzipSync(TEXT))],
    ['identity', TEXT],
  ])('decodes %s', async (encoding, encoded) => {
    expect((await decode(encoded, encoding)).equals(TEXT)).toBe(true);
  });

  it('has nothing to do without a Content-Encoding', () => {
    expect(createDecoders(null)).toEqual([]);
  });

  it('refuses an encoding it did not ask for', () => {
    expect(() => createDecoders('compress')).toThrow(PermanentError);
  });
});

describe('readCapped', () => {
  it('reads a stream under the cap', async () => {
    expect((await readCapped(Readable.from([TEXT]), TEXT.length, 'body')).equals(TEXT)).toBe(true);
  });

  it('F7 stops a decompression bomb at the cap and destroys the stream', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const [gunzip] = createDecoders('gzip');
    Readable.from([bomb]).pipe(gunzip);
    await expect(readCapped(gunzip, 1024 * 1024, 'body of bomb')).rejects.toThrow(/body of bomb is larger than 1048576 bytes/);
    expect(gunzip.destroyed).toBe(true);
  });
});

import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { PermanentError } from '../lib/errors.js';

/** What we announce; we decode exactly these ourselves so the size cap counts decoded bytes. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send raw deflate: look at the
 * first two bytes (a zlib header is CM=8 and a multiple of 31) and pick the decoder then.
 */
class DeflateDecoder extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;
  private head = Buffer.alloc(0);

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.inner) return void this.write_(chunk, done);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < 2) return done();
    const zlibWrapped = (this.head[0] & 0x0f) === 8 && ((this.head[0] << 8) | this.head[1]) % 31 === 0;
    this.inner = zlibWrapped ? zlib.createInflate() : zlib.createInflateRaw();
    this.inner.on('data', (out: Buffer) => {
      if (!this.push(out)) this.inner?.pause(); // keep backpressure: a bomb must not inflate ahead of the reader
    });
    this.inner.on('error', (err) => this.destroy(err));
    const head = this.head;
    this.head = Buffer.alloc(0);
    this.write_(head, done);
  }

  override _read(size: number): void {
    this.inner?.resume();
    super._read(size);
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done(this.head.length ? new Error('truncated deflate stream') : null);
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _destroy(err: Error | null, done: (err: Error | null) => void): void {
    this.inner?.destroy();
    done(err);
  }

  private write_(chunk: Buffer, done: TransformCallback): void {
    if (this.inner!.write(chunk)) done();
    else this.inner!.once('drain', () => done());
  }
}

function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      // Z_SYNC_FLUSH: accept a truncated last block instead of failing the whole page, as browsers do
      return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'deflate':
      return new DeflateDecoder();
    case 'br':
      return zlib.createBrotliDecompress();
    case 'identity':
    case '':
      return null;
    default:
      throw new PermanentError(`unsupported content-encoding "${coding}"`);
  }
}

/**
 * The decoders for a Content-Encoding header, in the order to apply them (codings are listed in the
 * order they were applied, so they are undone last first).
 */
export function createDecoders(contentEncoding: string | null | undefined): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding.toLowerCase().split(',').map((c) => c.trim());
  return codings
    .reverse()
    .map(decoderFor)
    .filter((d): d is Transform => d !== null);
}

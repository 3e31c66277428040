import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export interface CapturedLog {
  log: Logger;
  lines: Record<string, unknown>[];
  /** lines whose msg contains the text */
  find(msg: string): Record<string, unknown>[];
}

/** A real pino logger writing JSON lines into memory, for asserting what ops would read. */
export function captureLog(level = 'info'): CapturedLog {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      cb();
    },
  });
  const log = pino({ level }, stream);
  return { log, lines, find: (msg) => lines.filter((l) => String(l.msg).includes(msg)) };
}

export async function waitFor<T>(what: string, probe: () => T | Promise<T>, deadlineMs = 30_000): Promise<NonNullable<T>> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

import { createHash } from 'node:crypto';

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A BullMQ-safe job id derived from content: never `:`, never all digits. */
export function jobId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${sha1(parts.join('\u0000'))}`;
}

import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import { AmbiguousDeliveryError, PermanentError, TransientError, errorMessage, isTransient } from '../../lib/errors.js';
import type { RenderedEmail } from './render-digest.js';

export interface SendDigestOptions {
  /** smtp(s)://user:pass@host:port; without it the message is written to `outboxDir` */
  smtpUrl?: string;
  outboxDir: string;
  /** stable id of this e-mail (letters, digits, `.`, `_`, `-`): the Message-ID and the outbox file name */
  messageId: string;
  from: string;
  to: string[];
  date?: Date;
  /** per SMTP step (connect, greeting, each command); @defaultValue 30000 */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface SendDigestResult {
  delivered: 'smtp' | 'outbox';
  /** the .eml file, in outbox mode */
  path?: string;
  /** the Message-ID header, `<id@veille>` */
  messageId: string;
  /** recipients the SMTP server refused while accepting others */
  rejected?: string[];
  /** SMTP: what became of each recipient of this attempt */
  recipients?: RecipientOutcome[];
}

/**
 * One recipient of one SMTP attempt: `sent` (accepted), `deferred` (4xx: retry this one), `failed`
 * (5xx: never retried) or `unknown` (the message went out in full and no answer came: it may have
 * been delivered, so it is not re-sent blindly).
 */
export interface RecipientOutcome {
  address: string;
  status: 'sent' | 'deferred' | 'failed' | 'unknown';
  reason?: string;
}

const MESSAGE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/; // safe as a file name and inside a Message-ID
const DEFAULT_TIMEOUT_MS = 30_000;
// nodemailer error codes that no retry will fix: credentials, addresses, TLS setup, our own options
const PERMANENT_SMTP_CODES = new Set(['EAUTH', 'ENOAUTH', 'EENVELOPE', 'ECONFIG', 'ETLS', 'EREQUIRETLS', 'EMAXRECIPIENTS']);

export function messageIdHeader(messageId: string): string {
  return `<${messageId}@veille>`;
}

function mailOptions(rendered: RenderedEmail, opts: SendDigestOptions): SendMailOptions {
  return {
    from: opts.from,
    to: opts.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: messageIdHeader(opts.messageId),
    date: opts.date ?? new Date(),
    // RFC 3834: vacation responders stay quiet; the renderer adds List-Unsubscribe (RFC 2369/8058)
    headers: { 'Auto-Submitted': 'auto-generated', ...rendered.headers },
  };
}

/** SMTP 4xx and network failures retry; 5xx and configuration problems do not. */
export function smtpError(err: unknown): Error {
  const responseCode = (err as { responseCode?: unknown })?.responseCode;
  const response = (err as { response?: unknown })?.response;
  const detail = typeof response === 'string' && response ? response : errorMessage(err);
  if (typeof responseCode === 'number') {
    if (responseCode >= 500) return new PermanentError(`SMTP server refused the digest (${responseCode}): ${detail}`, { cause: err });
    if (responseCode >= 400) return new TransientError(`SMTP server deferred the digest (${responseCode}): ${detail}`, undefined, { cause: err });
  }
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && PERMANENT_SMTP_CODES.has(code)) {
    return new PermanentError(`SMTP delivery failed (${code}): ${errorMessage(err)}`, { cause: err });
  }
  if (isTransient(err)) return new TransientError(`SMTP server unreachable: ${errorMessage(err)}`, undefined, { cause: err });
  return new PermanentError(`SMTP delivery failed: ${errorMessage(err)}`, { cause: err });
}

// file system errors that mean the outbox path itself is wrong
const OUTBOX_PERMANENT_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR']);

async function writeAtomic(file: string, data: Buffer | string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file); // a reader never sees half a message; a rerun overwrites the same file
}

/**
 * Send a rendered digest: over SMTP when `smtpUrl` is set, else as `<outboxDir>/<messageId>.eml`
 * (the real MIME message) plus `<messageId>.html` for a browser. The Message-ID is derived from
 * `messageId`, so a retry after an unclear failure is recognisable as the same message.
 */
export async function sendDigestEmail(rendered: RenderedEmail, opts: SendDigestOptions): Promise<SendDigestResult> {
  if (!MESSAGE_ID.test(opts.messageId)) {
    throw new PermanentError(`invalid e-mail message id ${JSON.stringify(opts.messageId)}: use letters, digits, ".", "_" and "-"`);
  }
  if (opts.to.length === 0) throw new PermanentError('digest e-mail has no recipients');
  const message = mailOptions(rendered, opts);

  if (opts.smtpUrl) return sendSmtp(message, opts);

  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail(message);
  const eml = info.message;
  if (!Buffer.isBuffer(eml)) throw new Error('nodemailer stream transport did not return a buffer');
  try {
    await mkdir(opts.outboxDir, { recursive: true });
    const file = path.join(opts.outboxDir, `${opts.messageId}.eml`);
    await writeAtomic(file, eml);
    await writeAtomic(path.join(opts.outboxDir, `${opts.messageId}.html`), rendered.html);
    return { delivered: 'outbox', path: file, messageId: message.messageId as string };
  } catch (err) {
    const message = `cannot write the digest to the outbox ${opts.outboxDir}: ${errorMessage(err)}`;
    const code = (err as { code?: unknown })?.code;
    if (typeof code === 'string' && OUTBOX_PERMANENT_CODES.has(code)) throw new PermanentError(message, { cause: err });
    throw new TransientError(message, undefined, { cause: err }); // a full disk may be freed before the retry
  }
}

/** The message as bytes, with its own Message-ID: every attempt and every recipient get the same message. */
async function compose(message: SendMailOptions): Promise<Buffer> {
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer stream transport did not return a buffer');
  return info.message;
}

function refusal(code: number | undefined, response: string): RecipientOutcome['status'] {
  return code !== undefined && code >= 500 ? 'failed' : 'deferred';
}

/**
 * One SMTP transaction to every recipient of `opts.to`, classified per recipient (A5/A6): refused
 * RCPTs are `failed` (5xx) or `deferred` (4xx); a failure once the message was written in full with
 * no answer (a server that stalls after DATA) makes the others `unknown`, never a blind re-send. An
 * error before the message went out (connection, greeting, MAIL FROM) is thrown as before:
 * transient for a retry, permanent otherwise.
 */
async function sendSmtp(message: SendMailOptions, opts: SendDigestOptions): Promise<SendDigestResult> {
  const eml = await compose(message);
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = nodemailer.createTransport({ url: opts.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  const raw = Readable.from([eml]);
  let written = false; // the server said 354 and read the whole message
  raw.on('end', () => void (written = true));
  const messageId = message.messageId as string;
  try {
    const info = await transport.sendMail({ envelope: { from: opts.from, to: opts.to }, raw, signal: opts.signal } as SendMailOptions);
    const refused = new Map<string, RecipientOutcome>();
    for (const e of (info as { rejectedErrors?: { recipient?: string; responseCode?: number; response?: string }[] }).rejectedErrors ?? []) {
      if (e.recipient) refused.set(e.recipient, { address: e.recipient, status: refusal(e.responseCode, e.response ?? ''), reason: e.response });
    }
    for (const address of info.rejected ?? []) {
      const a = String(address);
      if (!refused.has(a)) refused.set(a, { address: a, status: 'failed', reason: 'refused' });
    }
    const recipients = opts.to.map((address) => refused.get(address) ?? { address, status: 'sent' as const });
    const rejected = [...refused.keys()];
    return { delivered: 'smtp', messageId, recipients, ...(rejected.length > 0 ? { rejected } : {}) };
  } catch (err) {
    const e = err as { responseCode?: number; response?: string; rejectedErrors?: { recipient?: string; responseCode?: number; response?: string }[] };
    if (e.rejectedErrors?.length && typeof e.responseCode !== 'number') {
      // every recipient refused at RCPT: each by its own code
      const byAddress = new Map(e.rejectedErrors.map((r) => [r.recipient ?? '', r]));
      const recipients = opts.to.map((address): RecipientOutcome => {
        const r = byAddress.get(address);
        return { address, status: refusal(r?.responseCode, r?.response ?? ''), reason: r?.response ?? errorMessage(err) };
      });
      return { delivered: 'smtp', messageId, recipients, rejected: opts.to };
    }
    if (written && typeof e.responseCode !== 'number') {
      throw new AmbiguousDeliveryError(`SMTP server took the whole digest but never answered (${errorMessage(err)}): it may have been delivered`, { cause: err });
    }
    throw smtpError(err);
  } finally {
    transport.close();
  }
}

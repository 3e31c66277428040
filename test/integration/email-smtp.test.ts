import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderDigestEmail } from '../../src/alerts/email/render-digest.js';
import { sendDigestEmail } from '../../src/alerts/email/send-digest.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { DigestEntry } from '../../src/domain/types.js';
import { PermanentError, TransientError } from '../../src/lib/errors.js';

function entry(id: string, title: string, sourceId: string, stance?: 'contradicts' | 'supports'): DigestEntry {
  return {
    story: { id, sourceId, url: `https://${sourceId}.example.org/${id}`, title, publishedAt: '2018-11-14T08:00:00Z', lang: 'fr', siteName: null, summary: '' },
    score: {
      relevance: 0.8,
      relevant: true,
      claims: stance ? [{ claim: 'C14', stance, score: 0.85, evidence: 'RT a acheté 3 000 tweets sponsorisés.' }] : [],
      entities: [{ id: 'rt', alias: 'RT', count: 2 }],
      why: [],
    },
    alsoIn: [],
  };
}

const TITLES = {
  contradiction: 'RT a acheté 3 000 tweets sponsorisés, selon Twitter',
  relevant: 'Ingérence russe : le rapport du Sénat détaille le rôle de RT',
};

const digest = buildDigest({
  id: 'daily-2018-11-15',
  digestId: 'daily',
  periodStart: '2018-11-14T07:00:00Z',
  periodEnd: '2018-11-15T07:00:00Z',
  entries: [entry('rt-tweets', TITLES.contradiction, 'lemonde', 'contradicts'), entry('senate', TITLES.relevant, 'liberation')],
  claims: { C14: { statement: 'RT paid for about 1,823 promoted tweets.', quote: 'environ 1823 tweets promotionnels' } },
});
const rendered = renderDigestEmail(digest, {
  subject: 'Veille digest: {count} new stories ({date})',
  from: 'Veille <veille@example.org>',
  to: ['desk@example.org'],
  tz: 'Europe/Paris',
});

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

// ── a tiny MIME reader, enough for nodemailer's multipart/alternative ──────

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, at).replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(at).replace(/^\r?\n\r?\n/, '') };
}

function decode(body: string, encoding = '7bit'): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function parseMessage(raw: string) {
  const { headers, body } = splitHeaders(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
  const parts = (boundary ? body.split(`--${boundary}`).slice(1, -1) : [])
    .map((part) => splitHeaders(part.replace(/^\r?\n/, '')))
    .map((part) => ({
      type: (part.headers['content-type'] ?? '').split(';')[0],
      content: decode(part.body, part.headers['content-transfer-encoding']),
    }));
  return { headers, parts };
}

function partOf(message: ReturnType<typeof parseMessage>, type: string): string {
  const part = message.parts.find((p) => p.type === type);
  if (!part) throw new Error(`no ${type} part`);
  return part.content;
}

// ── a real local SMTP server ───────────────────────────────────────────────

let smtp: SMTPServer;
let smtpUrl: string;
let inbox: ReceivedMail[] = [];
let rcptReply: (address: string) => number | null = () => null; // an SMTP code to refuse RCPT TO with

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'], // plain SMTP on loopback: the built-in test certificate would not verify
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = rcptReply(address.address);
      if (code === null) return callback();
      const err = Object.assign(new Error(code >= 500 ? 'mailbox unavailable' : 'try again later'), { responseCode: code });
      return callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

let outboxDir: string;
beforeEach(async () => {
  inbox = [];
  rcptReply = () => null;
  outboxDir = await mkdtemp(path.join(tmpdir(), 'veille-outbox-'));
  return () => rm(outboxDir, { recursive: true, force: true });
});

const sendOptions = () => ({
  smtpUrl,
  outboxDir,
  messageId: 'digest-daily-2018-11-15',
  from: 'Veille <veille@example.org>',
  to: ['desk@example.org', 'factcheck@example.org'],
  date: new Date('2018-11-15T07:00:00Z'),
});

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the send to fail');
}

describe('digest e-mail over SMTP', () => {
  it('delivers one message with subject, Message-ID and both parts naming the stories', async () => {
    const result = await sendDigestEmail(rendered, sendOptions());
    expect(result).toEqual({
      delivered: 'smtp',
      messageId: '<digest-daily-2018-11-15@veille>',
      recipients: [
        { address: 'desk@example.org', status: 'sent' },
        { address: 'factcheck@example.org', status: 'sent' },
      ],
    });

    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail.from).toBe('veille@example.org');
    expect(mail.to).toEqual(['desk@example.org', 'factcheck@example.org']);

    const message = parseMessage(mail.raw);
    expect(message.headers.subject).toBe('Veille digest: 2 new stories (2018-11-15)');
    expect(message.headers['message-id']).toBe('<digest-daily-2018-11-15@veille>');
    expect(message.headers.to).toBe('desk@example.org, factcheck@example.org');
    expect(message.headers['content-type']).toMatch(/^multipart\/alternative/);
    for (const type of ['text/plain', 'text/html']) {
      expect(partOf(message, type)).toContain(TITLES.contradiction);
      expect(partOf(message, type)).toContain(TITLES.relevant);
    }
    expect(partOf(message, 'text/html')).toContain('href="https://lemonde.example.org/rt-tweets"');
  });

  it('turns a closed port into a TransientError', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const err = await failure(sendDigestEmail(rendered, { ...sendOptions(), smtpUrl: `smtp://127.0.0.1:${port}` }));
    expect(err).toBeInstanceOf(TransientError);
  });

  it('turns a 4xx refusal into a TransientError and a 5xx refusal into a PermanentError', async () => {
    rcptReply = () => 451;
    expect(await failure(sendDigestEmail(rendered, sendOptions()))).toBeInstanceOf(TransientError);
    rcptReply = () => 550;
    const err = await failure(sendDigestEmail(rendered, sendOptions()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toContain('550');
    expect(inbox).toHaveLength(0);
  });

  it('reports a recipient refused while the others got it', async () => {
    rcptReply = (address) => (address === 'factcheck@example.org' ? 550 : null);
    const result = await sendDigestEmail(rendered, sendOptions());
    expect(result.rejected).toEqual(['factcheck@example.org']);
    expect(inbox.map((m) => m.to)).toEqual([['desk@example.org']]);
  });
});

describe('digest e-mail without SMTP', () => {
  it('writes the MIME message and the HTML to the outbox', async () => {
    const result = await sendDigestEmail(rendered, { ...sendOptions(), smtpUrl: undefined });
    expect(result).toEqual({
      delivered: 'outbox',
      path: path.join(outboxDir, 'digest-daily-2018-11-15.eml'),
      messageId: '<digest-daily-2018-11-15@veille>',
    });
    expect((await readdir(outboxDir)).sort()).toEqual(['digest-daily-2018-11-15.eml', 'digest-daily-2018-11-15.html']);

    const message = parseMessage(await readFile(result.path!, 'latin1'));
    expect(message.headers['message-id']).toBe('<digest-daily-2018-11-15@veille>');
    expect(message.headers.subject).toBe('Veille digest: 2 new stories (2018-11-15)');
    expect(partOf(message, 'text/plain')).toContain(TITLES.relevant);
    expect(partOf(message, 'text/html')).toContain(TITLES.relevant);
    expect(await readFile(path.join(outboxDir, 'digest-daily-2018-11-15.html'), 'utf8')).toBe(rendered.html);
  });

  it('refuses a message id that is not a plain file name', async () => {
    const err = await failure(sendDigestEmail(rendered, { ...sendOptions(), smtpUrl: undefined, messageId: '../escape' }));
    expect(err).toBeInstanceOf(PermanentError);
    expect(await readdir(outboxDir)).toEqual([]);
  });
});

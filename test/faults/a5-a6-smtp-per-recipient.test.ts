import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendDigestJob } from '../../src/jobs/send-digest.js';
import { TransientError } from '../../src/lib/errors.js';
import { Veille } from '../../src/main.js';
import { freePort } from '../global-setup.js';
import { captureLog, type CapturedLog } from '../helpers/log-capture.js';
import { makeTestEnv, type TestEnv } from '../helpers/test-env.js';

const A = 'desk@example.org';
const B = 'factcheck@example.org';

interface Transaction {
  rcpt: string[];
  messageId: string | null;
}

/** A real smtp-server whose answers a test sets: per recipient at RCPT, and after DATA. */
async function faultySmtp(port = 0) {
  const transactions: Transaction[] = [];
  const behaviour = {
    rcpt: (_address: string): number | null => null, // an SMTP code to refuse with, or null
    afterData: 'accept' as 'accept' | 'stall',
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    socketTimeout: 60_000,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const code = behaviour.rcpt(address.address);
      if (code === null) return callback();
      const err = new Error(code >= 500 ? 'no such mailbox' : 'mailbox busy, try later') as Error & { responseCode: number };
      err.responseCode = code;
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        transactions.push({ rcpt: session.envelope.rcptTo.map((r) => r.address), messageId: /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim() ?? null });
        if (behaviour.afterData === 'accept') callback();
        // 'stall': the whole message was read; no answer ever comes
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    transactions,
    behaviour,
    copiesTo: (address: string) => transactions.filter((t) => t.rcpt.includes(address)).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Smtp = Awaited<ReturnType<typeof faultySmtp>>;

describe('A5/A6 digest delivery per recipient', () => {
  let env: TestEnv;
  let smtp: Smtp | null = null;
  let capture: CapturedLog;
  let veille: Veille | null = null;

  beforeAll(async () => {
    env = await makeTestEnv('embedded', {
      watchlist: './watchlist.yaml',
      sources: [],
      // send_empty: every send makes a message, no stories needed
      digests: [{ id: 'daily', to: [A, B], cron: '0 8 * * *', tz: 'UTC', send_empty: true }],
      smtp: { from: 'Veille <veille@example.org>', timeout: '1s' },
    });
  });

  afterEach(async () => {
    // each test starts with no run left pending by the one before
    await veille?.backends.store.pool.query(`UPDATE veille.digest_runs SET status = 'sent'`);
    await veille?.close();
    veille = null;
    await smtp?.close();
    smtp = null;
  });

  afterAll(async () => {
    await env?.cleanup();
  });

  async function open(smtpUrl: string) {
    capture = captureLog();
    veille = await Veille.open({ ...env.options(capture.log), smtpUrl });
    return veille;
  }
  const send = (v: Veille) => sendDigestJob({ id: 'digest-daily-test', data: { digestId: 'daily' } } as never, v.deps);
  /** the recipients of the latest digest run */
  const recipientsOf = async (v: Veille) =>
    (
      await v.backends.store.pool.query(
        `SELECT recipient, status, last_error FROM veille.digest_deliveries
          WHERE run_id = (SELECT id FROM veille.digest_runs ORDER BY created_at DESC LIMIT 1) ORDER BY recipient`,
      )
    ).rows;

  it('A5 SMTP refused (nothing listening): retried, then one copy per recipient', async () => {
    const port = await freePort();
    const v = await open(`smtp://127.0.0.1:${port}`);
    await expect(send(v)).rejects.toBeInstanceOf(Error);
    expect((await recipientsOf(v)).map((r) => r.status)).toEqual(['pending', 'pending']);
    smtp = await faultySmtp(port);
    await send(v);
    expect(smtp.copiesTo(A)).toBe(1);
    expect(smtp.copiesTo(B)).toBe(1);
    expect((await recipientsOf(v)).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('A5 451 for one of two recipients: the other is not re-sent, the deferred one is retried alone', async () => {
    smtp = await faultySmtp();
    const v = await open(smtp.url);
    smtp.behaviour.rcpt = (address) => (address === B ? 451 : null);
    const err = await send(v).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(B); // the deferred address is named
    expect(capture.find('digest delivery failed')[0]?.reason).toContain(B);
    expect(smtp.copiesTo(A)).toBe(1);
    expect(smtp.copiesTo(B)).toBe(0);

    smtp.behaviour.rcpt = () => null; // the mailbox is free again: the queue's retry
    await send(v);
    expect(smtp.copiesTo(A)).toBe(1);
    expect(smtp.copiesTo(B)).toBe(1);
    expect(smtp.transactions.at(-1)!.rcpt).toEqual([B]);
    // the same message both times
    expect(new Set(smtp.transactions.map((t) => t.messageId)).size).toBe(1);
  });

  it('A5 550 for one recipient: failed for good, logged by address, the other delivered once', async () => {
    smtp = await faultySmtp();
    const v = await open(smtp.url);
    smtp.behaviour.rcpt = (address) => (address === B ? 550 : null);
    await send(v);
    expect(smtp.copiesTo(A)).toBe(1);
    expect(smtp.copiesTo(B)).toBe(0);
    const rows = await recipientsOf(v);
    expect(rows.map((r) => [r.recipient, r.status])).toEqual([
      [A, 'sent'],
      [B, 'failed'],
    ]);
    expect(rows[1].last_error).toMatch(/550/);
    const refused = capture.find('digest recipient refused');
    expect(refused.map((l) => l.recipient)).toEqual([B]);
    expect(smtp.transactions).toHaveLength(1);
  });

  it('A5 421/451 for every recipient: a transient error, nothing marked, all retried', async () => {
    smtp = await faultySmtp();
    const v = await open(smtp.url);
    smtp.behaviour.rcpt = () => 451;
    await expect(send(v)).rejects.toBeInstanceOf(TransientError);
    expect((await recipientsOf(v)).map((r) => r.status)).toEqual(['pending', 'pending']);
    smtp.behaviour.rcpt = () => null;
    await send(v);
    expect([smtp.copiesTo(A), smtp.copiesTo(B)]).toEqual([1, 1]);
  });

  it('A6 SMTP stalls after DATA: at most one copy per recipient, unknown, resent by an operator with the same Message-ID', async () => {
    smtp = await faultySmtp();
    const v = await open(smtp.url);
    smtp.behaviour.afterData = 'stall';
    await send(v); // the job ends: nothing to retry blindly
    expect(smtp.transactions).toHaveLength(1);
    expect((await recipientsOf(v)).map((r) => r.status)).toEqual(['unknown', 'unknown']);
    expect(capture.find('digest delivery unknown for a recipient').map((l) => l.recipient).sort()).toEqual([A, B]);
    // another send of this digest does not send that message again
    const firstId = smtp.transactions[0].messageId;
    smtp.behaviour.afterData = 'accept';
    await send(v);
    expect(smtp.transactions.filter((t) => t.messageId === firstId)).toHaveLength(1);

    // the operator checked the mailboxes and resends: the same Message-ID, so a client can tell it is the same
    const reopened = await v.backends.store.resendDigest('daily');
    expect(reopened.map((r) => r.recipient).sort()).toEqual([A, B]);
    await send(v);
    const copies = smtp.transactions.filter((t) => t.messageId === firstId);
    expect(copies).toHaveLength(2);
    expect(copies[1].rcpt.sort()).toEqual([A, B]);
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDigestEmail } from '../../src/alerts/email/render-digest.js';
import { sendDigestEmail } from '../../src/alerts/email/send-digest.js';
import { worstCaseDigest } from '../fixtures/digest/digests.js';

/** Header lines of a MIME message, unfolded (RFC 5322 folding: CRLF/LF followed by white space). */
function headers(eml: string): string {
  return eml.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
}

describe('the digest as a mail client receives it (outbox .eml)', () => {
  it('carries List-Unsubscribe with mailto and the one-click URL, and List-Unsubscribe-Post', async ({ onTestFinished }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-digest-headers-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const rendered = renderDigestEmail(worstCaseDigest(3), {
      subject: 'Veille: {count} new stories',
      from: 'Veille <veille@example.org>',
      to: ['desk@example.org'],
      publicUrl: 'https://veille.example.org',
    });
    const sent = await sendDigestEmail(rendered, { outboxDir: dir, messageId: 'daily-1', from: 'Veille <veille@example.org>', to: ['desk@example.org'] });
    const head = headers(await readFile(sent.path!, 'utf8'));
    expect(head).toMatch(/^List-Unsubscribe: <mailto:veille@example\.org\?subject=unsubscribe%20daily>, <https:\/\/veille\.example\.org\/digests\/daily\/unsubscribe>$/m);
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(head).toMatch(/^List-Id: Veille digest daily <daily\.digest\.veille>$/im); // header names are case-insensitive
    expect(head).toMatch(/^Auto-Submitted: auto-generated$/m);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import type { Fetcher } from '../../src/fetch/types.js';
import { PermanentError } from '../../src/lib/errors.js';
import { startServer, send, type TestServer } from '../helpers/http-server.js';

/** A self-signed certificate for 127.0.0.1, made with the openssl command for this run only. */
function selfSigned(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'veille-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Plain</title></channel></rss>';

describe('F3b https → http redirect', () => {
  let plain: TestServer;
  let secure: https.Server;
  let secureUrl: string;
  let tls: { key: string; cert: string };
  const fetcher = (): Fetcher =>
    createFetcher({ timeoutMs: 5_000, maxBytes: 1_000_000, maxRedirects: 5, allowPrivateNetworks: false, trustedAddresses: ['127.0.0.1'], perHostConcurrency: 2, ca: tls.cert });

  beforeAll(async () => {
    tls = selfSigned();
    plain = await startServer({ '/feed.xml': send('application/rss+xml', FEED) });
    secure = https.createServer(tls, (req, res) => {
      if (req.url === '/downgrade') res.writeHead(302, { location: `${plain.url}/feed.xml` }).end();
      else if (req.url === '/same') res.writeHead(301, { location: '/feed.xml' }).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    });
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    secureUrl = `https://127.0.0.1:${(secure.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await plain?.close();
    secure?.closeAllConnections();
    await new Promise<void>((resolve) => secure?.close(() => resolve()));
  });

  it('F3b https → http redirect is refused before connecting, naming both URLs', async () => {
    const f = fetcher();
    try {
      const err = await f.fetch(`${secureUrl}/downgrade`, { accept: 'feed' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PermanentError);
      expect((err as Error).message).toContain('redirect from https to http refused');
      expect((err as Error).message).toContain(`${plain.url}/feed.xml`);
      expect(plain.requests).toHaveLength(0);
    } finally {
      await f.close();
    }
  });

  it('F3b https → https redirects are followed, and a source that opts in follows the downgrade', async () => {
    const f = fetcher();
    try {
      expect((await f.fetch(`${secureUrl}/same`, { accept: 'feed' })).text).toContain('<title>Plain</title>');
      const followed = await f.fetch(`${secureUrl}/downgrade`, { accept: 'feed', allowHttpsDowngrade: true });
      expect(followed.url).toBe(`${plain.url}/feed.xml`);
      expect(plain.requests).toHaveLength(1);
    } finally {
      await f.close();
    }
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import { importSeeds } from '../../src/seeds/import.js';
import { readSeedInputs } from '../../src/seeds/inputs.js';

const para = (n: number) =>
  `Jean Martin a déclaré le ${n} mai 2017 que la société Acmecorp lui avait versé ${n * 1000} euros pour ce travail. ` +
  `Acmecorp a confirmé le paiement de ${n * 1000} euros à Jean Martin dans un communiqué publié le ${n} juin 2017.`;

const page = (n: number) => `<!doctype html><html><head><title>Chronique ${n}</title></head><body>
<nav><a href="/">Accueil</a> <a href="/x">Menu du site</a></nav>
<article><h1>Chronique numéro ${n}</h1><p>${para(n)}</p><p>${para(n + 10)}</p></article>
<footer>Tous droits réservés. Abonnez-vous à notre lettre.</footer></body></html>`;

let server: Server;
let base: string;
let tmp: string;
const fetcher = createFetcher({ timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 3, allowPrivateNetworks: true, perHostConcurrency: 2 });

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'veille-seed-inputs-'));
  server = createServer((req, res) => {
    const m = /^\/article\/(\d+)$/u.exec(req.url ?? '');
    if (!m) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(m[1])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await fetcher.close();
  await new Promise((resolve) => server.close(resolve));
  await rm(tmp, { recursive: true, force: true });
});

describe('seed inputs', () => {
  it('reads a URL, a saved .html page, an .eml and a .txt, mixed, into one proposal', async () => {
    const html = path.join(tmp, 'saved.html');
    await writeFile(html, page(2));
    const eml = path.join(tmp, 'letter.eml');
    const body = Buffer.from(`<html><body><article><p>${para(3)}</p><p>${para(4)}</p></article></body></html>`, 'utf8').toString('base64');
    await writeFile(
      eml,
      [
        'From: lettre@example.org',
        'Subject: =?utf-8?Q?Lettre_num=C3=A9ro_3?=',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="XYZ"',
        '',
        '--XYZ',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'version texte',
        '--XYZ',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        body,
        '--XYZ--',
        '',
      ].join('\r\n'),
    );
    const txt = path.join(tmp, 'notes.txt');
    await writeFile(txt, para(5));

    const docs = await readSeedInputs([`${base}/article/1`, html, eml, txt], { fetcher });
    expect(docs.map((d) => d.key)).toEqual(['S0', 'S1', 'S2', 'S3']);
    expect(docs[0].text).toContain('1000 euros');
    expect(docs[0].text).not.toContain('Tous droits réservés');
    expect(docs[1].text).toContain('2000 euros');
    expect(docs[2].text).toContain('3000 euros');
    expect(docs[2].text).not.toContain('version texte');

    const out = path.join(tmp, 'proposal.yaml');
    const result = await importSeeds([`${base}/article/1`, html, eml, txt], out, { fetcher });
    expect(result.claims).toBeGreaterThan(0);
    const yaml = YAML.parse(await readFile(out, 'utf8'));
    const ids = yaml.entities.map((e: { id: string }) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['jean_martin', 'acmecorp']));
    expect(yaml.claims.some((c: { quote: string }) => c.quote.includes('5000 euros'))).toBe(true);
  });

  it('fails with the URL named when a page is missing, and writes nothing', async () => {
    const out = path.join(tmp, 'never.yaml');
    await expect(importSeeds([`${base}/article/1`, `${base}/missing`], out, { fetcher })).rejects.toThrow(/cannot fetch seed http:\/\/127\.0\.0\.1:\d+\/missing/);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a file type it cannot read', async () => {
    const pdf = path.join(tmp, 'paper.pdf');
    await writeFile(pdf, '%PDF-1.4');
    await expect(readSeedInputs([pdf])).rejects.toThrow(/paper\.pdf is not a \.txt, \.html, \.htm or \.eml file/);
  });

  it('refuses a loopback URL with the default fetcher (guarded against private addresses)', async () => {
    await expect(readSeedInputs([`${base}/article/1`])).rejects.toThrow(/cannot fetch seed/);
  });
});

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWatchlist } from '../../src/config/load.js';
import { PermanentError } from '../../src/lib/errors.js';
import { importSeeds } from '../../src/seeds/import.js';

const ROOT = path.join(import.meta.dirname, '../..');
const SMALL = path.join(ROOT, 'test/fixtures/seeds/small');
const SEEDS = path.join(ROOT, 'seeds');
const NOW = new Date('2024-05-01T10:00:00Z');
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'veille-seeds-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('importSeeds', () => {
  it('writes a new proposal file that loads as a watchlist', async () => {
    const out = path.join(tmp, 'new/proposal.yaml');
    const result = await importSeeds(SMALL, out, { now: NOW });
    expect(result).toEqual({ entities: 6, claims: expect.any(Number), outFile: out });
    const wl = await loadWatchlist(out);
    expect(wl.entities).toHaveLength(result.entities);
    expect(wl.claims).toHaveLength(result.claims);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/PROPOSED watchlist for review .* on 2024-05-01/);
    expect(text).toContain('S2 = 03-thread-without-header.txt');
  });

  it('gives the same file for the same seeds', async () => {
    const a = path.join(tmp, 'a.yaml');
    const b = path.join(tmp, 'b.yaml');
    await importSeeds(SMALL, a, { now: NOW });
    await importSeeds(SMALL, b, { now: NOW });
    expect(await readFile(b, 'utf8')).toBe(await readFile(a, 'utf8'));
  });

  it('refuses to overwrite an existing file', async () => {
    const out = path.join(tmp, 'existing.yaml');
    await writeFile(out, 'keep me');
    await expect(importSeeds(SMALL, out)).rejects.toThrow(PermanentError);
    await expect(importSeeds(SMALL, out)).rejects.toThrow(/refusing to overwrite .*existing\.yaml/);
    expect(await readFile(out, 'utf8')).toBe('keep me');
  });

  it('refuses any path that resolves to config/watchlist.yaml, even a new one', async () => {
    await mkdir(path.join(tmp, 'project/config'), { recursive: true });
    const sneaky = path.join(tmp, 'project/seeds/../config/watchlist.yaml');
    await expect(importSeeds(SMALL, sneaky)).rejects.toThrow(/live watchlist/);
    const live = path.join(ROOT, 'config/watchlist.yaml');
    const before = await readFile(live, 'utf8');
    await expect(importSeeds(SMALL, path.relative(process.cwd(), live))).rejects.toThrow(PermanentError);
    expect(await readFile(live, 'utf8')).toBe(before);
  });

  it('says when a directory has no seed', async () => {
    await mkdir(path.join(tmp, 'empty'));
    await expect(importSeeds(path.join(tmp, 'empty'), path.join(tmp, 'x.yaml'))).rejects.toThrow(/no \.txt, \.html or \.eml seed file/);
    await expect(importSeeds(path.join(tmp, 'missing'), path.join(tmp, 'y.yaml'))).rejects.toThrow(/cannot read seed .*missing.*ENOENT/);
  });
});

describe('importSeeds on the real seeds', () => {
  it('proposes the storyline entities and at least 20 claims', async () => {
    const out = path.join(tmp, 'seeds-proposal.yaml');
    const result = await importSeeds(SEEDS, out, { now: NOW });
    const wl = await loadWatchlist(out);
    const aliases = (id: string) => wl.entities.find((e) => e.id === id)?.aliases.map((a) => a.text) ?? [];
    const byAlias = (text: string) => wl.entities.find((e) => e.aliases.some((a) => a.text === text));
    expect(aliases('donald_trump_jr')).toEqual(expect.arrayContaining(['Donald Trump Jr.', 'Trump Jr', '@DonaldJTrumpJr']));
    expect(byAlias('WikiLeaks')).toBeDefined();
    expect(byAlias('VK') ?? byAlias('VKontakte') ?? byAlias('Vkontakte')).toBeDefined();
    expect(byAlias('RT') ?? byAlias('Russia Today')).toBeDefined();
    expect(byAlias('Twitter')?.type).toBe('platform');
    expect(byAlias('Facebook')).toBeDefined();
    expect(byAlias('Vkontakte')).toBe(byAlias('VK'));
    expect(result.claims).toBeGreaterThanOrEqual(20);
    // reader comments below S1 are not seeds
    const everything = JSON.stringify(wl);
    expect(everything).not.toMatch(/ASSELINEAU|Berruyer|Obama\/Clinton, ça/);
    const rt = wl.claims.find((c) => c.quote.includes('1823'));
    expect(rt).toMatchObject({ source: 'S3', quantities: [{ value: 1823, unit: 'tweets', approx: true }] });
    expect(rt!.entities).toEqual(expect.arrayContaining(['twitter', byAlias('Russia Today')!.id]));
    console.log(`real seeds: ${result.entities} entities, ${result.claims} claims`);
  });
});

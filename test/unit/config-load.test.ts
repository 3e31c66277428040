import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadWatchlist } from '../../src/config/load.js';

const FIXTURES = path.resolve('test/fixtures/config');

describe('the shipped configuration loads', () => {
  it('config/veille.yaml needs no environment (SMTP_URL has an empty default)', async () => {
    const loaded = await loadConfig('config/veille.yaml', {});
    expect(loaded.configPath).toBe(path.resolve('config/veille.yaml'));
    expect(loaded.watchlistPath).toBe(path.resolve('config/watchlist.yaml'));
    expect(loaded.config.sources.length).toBeGreaterThan(0);
    expect(loaded.config.smtp.url).toBe('');
    expect(loaded.config.digests.map((d) => d.id)).toContain('daily');
    expect(loaded.watchlist.entities).toHaveLength(44);
    expect(loaded.watchlist.claims).toHaveLength(40);
    expect(loaded.watchlist.threads.map((t) => t.id)).toEqual(['T1', 'T2', 'T3', 'T4']);
    expect(loaded.watchlist.claims.find((c) => c.id === 'C33')?.correction?.entities).toEqual(['gru']);
  });

  it('config/demo.yaml points at bundled files that exist', async () => {
    const loaded = await loadConfig('config/demo.yaml', {});
    expect(loaded.config.sources.length).toBeGreaterThan(0);
    for (const source of loaded.config.sources) {
      expect(source.url).toMatch(/^file:\/\/\//);
      expect(existsSync(fileURLToPath(source.url)), source.url).toBe(true);
    }
    expect(loaded.config.digests.map((d) => d.id)).toEqual(['demo']);
  });

  it('config/watchlist.yaml and the evaluation seed watchlist load', async () => {
    const shipped = await loadWatchlist('config/watchlist.yaml');
    expect(shipped.entities.length).toBeGreaterThan(0);
    const seed = await loadWatchlist(path.resolve('../shared/eval/matching-dev/seed-watchlist.yaml'));
    expect(seed.entities.length).toBeGreaterThan(0);
    expect(seed.claims.length).toBeGreaterThan(0);
  });
});

describe('relative paths resolve against the config directory', () => {
  it('file: source URLs and the watchlist, wherever the process runs from', async () => {
    const dir = path.join(FIXTURES, 'relative-file');
    const loaded = await loadConfig(path.join(dir, 'veille.yaml'), {});
    const urls = Object.fromEntries(loaded.config.sources.map((s) => [s.id, s.url]));
    expect(fileURLToPath(urls['local-wire'])).toBe(path.join(dir, 'feeds/wire.xml'));
    expect(fileURLToPath(urls['sibling-front'])).toBe(path.join(FIXTURES, 'pages/front.html'));
    expect(urls['absolute-feed']).toBe('file:///srv/feeds/absolute.xml');
    expect(loaded.watchlistPath).toBe(path.join(FIXTURES, 'small-watchlist.yaml'));
    expect(loaded.baseDir).toBe(dir);
  });
});

describe('file: sources in a directory whose name has URL characters', () => {
  it('resolves a relative file: URL to the real file', async () => {
    const { mkdtemp, copyFile, writeFile, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille #2 %x '));
    try {
      await copyFile(path.resolve('config/watchlist.yaml'), path.join(dir, 'watchlist.yaml'));
      await writeFile(path.join(dir, 'veille.yaml'), 'sources:\n  - {id: wire, type: rss, url: "file:./feeds/wire.xml"}\n');
      const loaded = await loadConfig(path.join(dir, 'veille.yaml'), {});
      expect(fileURLToPath(loaded.config.sources[0].url)).toBe(path.join(dir, 'feeds/wire.xml'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

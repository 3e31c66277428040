import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/config/load.js';
import { VeilleConfig } from '../../src/config/schema.js';
import { ConfigError } from '../../src/lib/errors.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function problems(text: string): string[] {
  try {
    parseYaml(VeilleConfig, text, 'veille.yaml', {});
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('C1-C3 unknown keys at any depth are errors naming file and path', () => {
  it.each([
    ['a source option (evry)', 'sources:\n  - { id: wire, type: rss, url: "https://news.example.org/rss", evry: 5m }\n', 'veille.yaml: sources[0].evry: unknown key'],
    ['a digest option (crn)', 'digests:\n  - { id: daily, to: [desk@example.org], crn: "0 8 * * *" }\n', 'veille.yaml: digests[0].crn: unknown key'],
    ['an rss option (fetch_article)', 'sources:\n  - { id: wire, type: rss, url: "https://news.example.org/rss", fetch_article: false }\n', 'veille.yaml: sources[0].fetch_article: unknown key'],
    ['a page source option', 'sources:\n  - { id: list, type: page, url: "https://news.example.org/", link: "h2 a" }\n', 'veille.yaml: sources[0].link: unknown key'],
    ['an alert option', 'alerts:\n  - { id: newsroom, type: slack, webhook_url: "https://hooks.slack.com/services/x", min_scor: 0.8 }\n', 'veille.yaml: alerts[0].min_scor: unknown key'],
    ['a nested section (fetch.timout)', 'fetch:\n  timout: 10s\n', 'veille.yaml: fetch.timout: unknown key'],
    ['matching, smtp, health, reload', 'matching: { relevance: 0.4 }\nsmtp: { host: x }\nhealth: { max_failures: 3 }\nreload: { drop: 1 }\n', 'veille.yaml: matching.relevance: unknown key'],
    ['the top level', 'sorces: []\n', 'veille.yaml: sorces: unknown key'],
  ])('C1-C3 unknown key in %s', (_what, yaml, expected) => {
    expect(problems(yaml)).toContain(expected);
  });

  it('C1-C3 every unknown key of a file is listed, each with its path', () => {
    const found = problems('matching: { relevance: 0.4 }\nsmtp: { host: x }\nhealth: { max_failures: 3 }\nreload: { drop: 1 }\n');
    expect(found).toEqual([
      'veille.yaml: matching.relevance: unknown key',
      'veille.yaml: smtp.host: unknown key',
      'veille.yaml: health.max_failures: unknown key',
      'veille.yaml: reload.drop: unknown key',
    ]);
  });

  it('C1-C3 the shipped configs have no unknown key', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of ['config/veille.yaml', 'config/demo.yaml']) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      expect(() => parseYaml(VeilleConfig, text, file, { SLACK_WEBHOOK_URL: 'https://hooks.slack.com/x', WEBHOOK_URL: 'https://example.org/x' })).not.toThrow();
    }
  });

  it('C1-C3 veille check refuses a typo inside a section with exit 2', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-c1-'));
    try {
      await copyFile(path.join(ROOT, 'config/watchlist.yaml'), path.join(dir, 'watchlist.yaml'));
      const file = path.join(dir, 'veille.yaml');
      await writeFile(file, 'sources:\n  - { id: wire, type: rss, url: "https://news.example.org/rss", evry: 5m }\n');
      const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
        const env = { ...process.env, VEILLE_DATA_DIR: dir, LOG_LEVEL: 'warn' };
        execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', '--config', file], { cwd: ROOT, env, timeout: 60_000 }, (err, _out, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr }),
        );
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('veille.yaml: sources[0].evry: unknown key');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

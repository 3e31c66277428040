import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/config');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A data dir of this test only, removed when it ends. */
async function freshDataDir({ onTestFinished }: TestContext): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-cli-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The real CLI, as a user runs it from a checkout, on the embedded default (no DATABASE_URL/REDIS_URL). */
function veille(dataDir: string, ...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, VEILLE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'VEILLE_CONFIG', 'VEILLE_QUEUE_PREFIX', 'SLACK_WEBHOOK_URL']) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function relevanceOf(stdout: string): number {
  const m = /^Relevance: (\d+(?:\.\d+)?)/m.exec(stdout);
  if (!m) throw new Error(`no relevance line in:\n${stdout}`);
  return Number(m[1]);
}

describe('veille check', () => {
  it('accepts the shipped config/veille.yaml and prints the counts', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    const run = await veille(dataDir, 'check');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`config ok: ${path.join(ROOT, 'config/veille.yaml')}`);
    expect(run.stdout).toMatch(/^ {2}\d+ sources, 0 alert channels, 1 digests$/m);
    expect(run.stdout).toContain(`watchlist ${path.join(ROOT, 'config/watchlist.yaml')}: 44 entities, 40 claims`);
  });

  it('refuses an invalid config with exit 2 and one line per problem on stderr', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    await copyFile(path.join(ROOT, 'config/watchlist.yaml'), path.join(dataDir, 'watchlist.yaml'));
    await writeFile(
      path.join(dataDir, 'veille.yaml'),
      [
        'sources:',
        '  - { id: wire, type: rss, url: "https://news.example.org/rss", every: 30s }',
        'digests:',
        '  - { id: daily, to: [desk@example.org], tz: Europe/Atlantis }',
        '',
      ].join('\n'),
    );
    const run = await veille(dataDir, 'check', '--config', path.join(dataDir, 'veille.yaml'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('invalid config:');
    expect(run.stderr).toContain('  veille.yaml: sources[0].every: poll interval must be at least 1m');
    expect(run.stderr).toContain('  veille.yaml: digests[0].tz: unknown time zone');
  });
});

describe('usage', () => {
  it('an unknown command exits 2 and points at --help', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    const run = await veille(dataDir, 'watch');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "watch"; see veille --help');
  });

  it('--help exits 0 and lists the commands', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    const run = await veille(dataDir, '--help');
    expect(run.code).toBe(0);
    for (const command of ['start', 'once', 'check', 'explain <url|file>', 'digest send <id>', 'digest preview <id>']) {
      expect(run.stdout).toContain(`  ${command}`);
    }
    expect(run.stdout).toContain('Exit codes: 0 ok, 1 runtime failure, 2 invalid config or usage.');
  });
});

describe('veille explain', () => {
  it('a saved page on the storyline: the entities hit and a high relevance', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    const run = await veille(dataDir, 'explain', path.join(FIXTURES, 'explain-trump-jr-wikileaks.html'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Story: Trump Jr. traded private messages with WikiLeaks during the campaign');
    expect(run.stdout).toMatch(/^ {2}Donald Trump Jr\. \(donald_trump_jr\) ×\d+ \[in title\]/m);
    expect(run.stdout).toMatch(/^ {2}WikiLeaks \(wikileaks\) ×\d+/m);
    expect(run.stdout).toMatch(/^ {2}Twitter \(twitter\) ×\d+/m);
    expect(run.stdout).toMatch(/^Relevance: [\d.]+ \(relevant\)$/m);
    expect(relevanceOf(run.stdout)).toBeGreaterThanOrEqual(0.5);
  });

  it('an unrelated page: no entity and a low relevance', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    const run = await veille(dataDir, 'explain', path.join(FIXTURES, 'explain-unrelated.html'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Entities: none of the watchlist');
    expect(run.stdout).toMatch(/^Relevance: [\d.]+ \(not relevant\)$/m);
    expect(relevanceOf(run.stdout)).toBeLessThan(0.2);
  });

  it('without a target exits 2', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    const run = await veille(dataDir, 'explain');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('explain needs a URL or a file');
  });
});

describe('veille digest', () => {
  it('preview on an empty data dir writes an HTML file with 0 stories', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    const run = await veille(dataDir, 'digest', 'preview', 'demo', '--config', 'config/demo.yaml');
    expect(run.code).toBe(0);
    const file = path.join(dataDir, 'preview', 'demo.html');
    expect(run.stdout.trim()).toBe(`preview of digest demo: 0 stories → ${file}`);
    expect((await stat(file)).size).toBeGreaterThan(0);
    const html = await readFile(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('0 new stories');
  });

  it('send of an unknown digest exits 2 and names the digests available', async (ctx) => {
    const dataDir = await freshDataDir(ctx);
    const run = await veille(dataDir, 'digest', 'send', 'nope');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no digest "nope"');
    expect(run.stderr).toContain('(have: daily)');
  });
});

describe('veille seeds import', () => {
  it('writes a proposed watchlist that loads, and refuses to overwrite it or the live watchlist', async (ctx) => {
    const dir = await freshDataDir(ctx);
    const out = path.join(dir, 'proposed.yaml');
    const first = await veille(dir, 'seeds', 'import', 'seeds', '-o', out);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/proposed \d+ entities and \d+ claims/);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/WikiLeaks/);
    const again = await veille(dir, 'seeds', 'import', 'seeds', '-o', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/refusing to overwrite/);
    const live = await veille(dir, 'seeds', 'import', 'seeds', '-o', 'config/watchlist.yaml');
    expect(live.code).toBe(1);
    expect(live.stderr).toMatch(/live watchlist/);
    expect((await stat(path.join(ROOT, 'config/watchlist.yaml'))).size).toBeGreaterThan(10_000);
  });
});

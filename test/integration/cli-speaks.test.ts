import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

async function tempDir({ onTestFinished }: TestContext): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-cli-speaks-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The real CLI, with none of the secrets a deployment would set. */
function veille(dataDir: string, ...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, VEILLE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'VEILLE_CONFIG', 'VEILLE_QUEUE_PREFIX', 'SLACK_WEBHOOK_URL', 'FACTCHECK_SECRET']) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/** A config with an alert channel whose secrets are unset, beside a copy of the shipped watchlist. */
async function configWithSecrets(dir: string, extra = ''): Promise<string> {
  await copyFile(path.join(ROOT, 'config/watchlist.yaml'), path.join(dir, 'watchlist.yaml'));
  const file = path.join(dir, 'veille.yaml');
  await writeFile(
    file,
    [
      'alerts:',
      '  - { id: newsroom, type: slack, webhook_url: "${SLACK_WEBHOOK_URL}" }',
      '  - { id: factcheck, type: webhook, url: "https://hooks.example.org/veille", secret: "${FACTCHECK_SECRET}" }',
      extra,
    ].join('\n'),
  );
  return file;
}

describe('veille --version and per-command help', () => {
  it('prints the version from package.json', async (ctx) => {
    const dir = await tempDir(ctx);
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const run = await veille(dir, flag);
      expect(run).toMatchObject({ code: 0, stdout: `veille ${version}\n` });
    }
  });

  it.for([
    ['once', '--timeout <duration>'],
    ['demo', 'npm run demo'],
    ['check', 'Every problem is listed in one run'],
    ['explain', 'alert channels\' secrets need not be set'],
    ['digest', 'veille digest preview daily -o /tmp/daily.html'],
    ['seeds', 'veille seeds import seeds/'],
    ['start', 'veille start -c /etc/veille/veille.yaml'],
  ] as const)('`veille %s --help` explains that command, with examples', async ([command, expected], ctx) => {
    const dir = await tempDir(ctx);
    const run = await veille(dir, command, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: veille ${command}`);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain(expected);
    expect(run.stdout).not.toContain('Commands:'); // not the global help
  });

  it('an unknown option is named, with the help to read, not Node\'s raw error', async (ctx) => {
    const dir = await tempDir(ctx);
    const run = await veille(dir, 'once', '--frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('unknown option --frobnicate; see veille once --help');
  });
});

describe('veille check', () => {
  it('reports every unset environment variable in one run', async (ctx) => {
    const dir = await tempDir(ctx);
    const config = await configWithSecrets(dir, 'smtp:\n  url: "${SMTP_RELAY_URL}"\n');
    const run = await veille(dir, 'check', '-c', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('veille.yaml: alerts[0].webhook_url: environment variable SLACK_WEBHOOK_URL is not set');
    expect(run.stderr).toContain('veille.yaml: alerts[1].secret: environment variable FACTCHECK_SECRET is not set');
    expect(run.stderr).toContain('veille.yaml: smtp.url: environment variable SMTP_RELAY_URL is not set');
  });

  it('gives one error with line and column for one YAML mistake', async (ctx) => {
    const dir = await tempDir(ctx);
    const demo = await readFile(path.join(ROOT, 'config/demo.yaml'), 'utf8');
    const file = path.join(dir, 'veille.yaml');
    await writeFile(file, demo.replace('    every: 15m', '\tevery: 15m'));
    const run = await veille(dir, 'check', '-c', file);
    expect(run.code).toBe(2);
    const problems = run.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ {2}veille\.yaml: Tabs are not allowed as indentation \(line \d+, column 1\)$/);
  });
});

describe('veille explain', () => {
  it('runs without the alert channels\' secrets: it sends nothing', async (ctx) => {
    const dir = await tempDir(ctx);
    const config = await configWithSecrets(dir);
    const run = await veille(dir, 'explain', path.join(FIXTURES, 'explain-trump-jr-wikileaks.html'), '-c', config);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Story: Trump Jr. traded private messages with WikiLeaks during the campaign');
  });

  it('on a private address, says how to trust it', async (ctx) => {
    const dir = await tempDir(ctx);
    const config = await configWithSecrets(dir);
    const server = http.createServer((_req, res) => res.end('<html><title>x</title><p>hello</p></html>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ctx.onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;
    const run = await veille(dir, 'explain', `http://127.0.0.1:${port}/story`, '-c', config);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refused private address 127.0.0.1');
    expect(run.stderr).toContain(`hint: 127.0.0.1 is a private address. If this server is yours, list it under fetch.trusted_addresses in ${config}`);
  });
});

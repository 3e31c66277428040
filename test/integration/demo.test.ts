import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
let dataDir = '';

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it('the offline demo polls the bundled feeds and writes the digest to the outbox', async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'veille-demo-'));
  const { DATABASE_URL, REDIS_URL, SMTP_URL, ...env } = process.env;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'once', '--config', 'config/demo.yaml'], {
    env: { ...env, VEILLE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', CI: '1' },
    timeout: 120_000,
  });
  // every bundled source is read, from files, without network
  for (const source of ['demo-capitol-wire', 'demo-bytewise', 'demo-la-vigie', 'demo-capitol-russia-front']) {
    expect(stdout).toMatch(new RegExp(`${source}\\s+ok`));
  }
  expect(stdout).toMatch(/stories stored: 13/);
  const outbox = path.join(dataDir, 'outbox');
  const files = await readdir(outbox);
  const eml = files.find((f) => f.endsWith('.eml'));
  const html = files.find((f) => f.endsWith('.html'));
  expect(eml && html).toBeTruthy();
  expect(stdout).toContain(path.join(outbox, eml!));
  const page = await readFile(path.join(outbox, html!), 'utf8');
  // on-storyline stories are in, the keyword traps are not
  expect(page).toMatch(/WikiLeaks/);
  expect(page).toMatch(/Sidorkov|VK/);
  expect(page).not.toMatch(/Goldman Sachs/);
  expect(page).not.toMatch(/VK Cloud/);
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/config/load.js';
import { VeilleConfig } from '../../src/config/schema.js';
import { ConfigError } from '../../src/lib/errors.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO = readFileSync(path.join(ROOT, 'config/demo.yaml'), 'utf8');

function problems(text: string, env: NodeJS.ProcessEnv = {}, ignore?: string[]): string[] {
  try {
    parseYaml(VeilleConfig, text, 'veille.yaml', env, { ignore });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

const SECRETS = [
  'alerts:',
  '  - { id: newsroom, type: slack, webhook_url: "${SLACK_WEBHOOK_URL}" }',
  '  - { id: factcheck, type: webhook, url: "${FACTCHECK_URL}", secret: "${FACTCHECK_SECRET}" }',
  'smtp:',
  '  url: "${SMTP_RELAY}"',
  '',
].join('\n');

describe('config problems, all in one run', () => {
  it('reports every unset environment variable, not just the first', () => {
    expect(problems(SECRETS)).toEqual([
      'veille.yaml: alerts[0].webhook_url: environment variable SLACK_WEBHOOK_URL is not set',
      'veille.yaml: alerts[1].url: environment variable FACTCHECK_URL is not set',
      'veille.yaml: alerts[1].secret: environment variable FACTCHECK_SECRET is not set',
      'veille.yaml: smtp.url: environment variable SMTP_RELAY is not set',
    ]);
  });

  it('reports an unset variable and an unrelated mistake together', () => {
    const found = problems(`${SECRETS}digests:\n  - { id: daily, to: [desk@example.org], tz: Europe/Atlantis }\n`);
    expect(found).toHaveLength(5);
    expect(found.at(-1)).toBe('veille.yaml: digests[0].tz: unknown time zone (use an IANA name like Europe/Paris)');
  });

  it('leaves out the sections a command does not use (explain needs no alert secrets)', () => {
    expect(problems(SECRETS, {}, ['alerts', 'smtp', 'digests'])).toEqual([]);
  });

  it('gives one error, with line and column, for one tab in the demo config', () => {
    const withTab = DEMO.replace('    every: 15m', '\tevery: 15m');
    const line = withTab.split('\n').findIndex((l) => l.startsWith('\t')) + 1;
    expect(problems(withTab)).toEqual([`veille.yaml: Tabs are not allowed as indentation (line ${line}, column 1)`]);
  });

  it('gives one error per mistake when two sections each have one', () => {
    const twice = DEMO.replace('url: "file:../examples/feeds/wire.xml"', 'url: "file:../examples/feeds/wire.xml').replace('to: [desk@example.org]', 'to: [desk@example.org');
    const found = problems(twice);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^veille\.yaml: Missing closing "quote \(line \d+, column \d+\)$/);
    expect(found[1]).toMatch(/^veille\.yaml: Flow sequence .* \(line \d+, column \d+\)$/);
    for (const p of found) expect(p).not.toMatch(/:$/);
  });
});

describe('check reads the watchlist even when the config is wrong', () => {
  it('lists the config problems and the watchlist problems together', async ({ onTestFinished }) => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const { loadConfig } = await import('../../src/config/load.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-check-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'veille.yaml'), 'alerts:\n  - { id: newsroom, type: slack, webhook_url: "${SLACK_WEBHOOK_URL}" }\n');
    await writeFile(path.join(dir, 'watchlist.yaml'), 'entities:\n  - { id: rt, type: org, aliases: RT }\n');
    const err = await loadConfig(path.join(dir, 'veille.yaml'), {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const found = (err as ConfigError).problems;
    expect(found[0]).toBe('veille.yaml: alerts[0].webhook_url: environment variable SLACK_WEBHOOK_URL is not set');
    expect(found.some((p) => p.startsWith('watchlist.yaml: entities[0].aliases'))).toBe(true);
  });
});

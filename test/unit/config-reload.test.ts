import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, type LoadedConfig } from '../../src/config/load.js';
import { reloadConfig } from '../../src/config/watch.js';
import { captureLog } from '../helpers/log-capture.js';

const SMALL_WATCHLIST = path.resolve('test/fixtures/config/small-watchlist.yaml');

const GOOD = `
sources:
  - { id: wire, type: rss, url: "https://wire.example.org/rss", every: 15m }
  - { id: courier, type: rss, url: "https://courier.example.org/rss", every: 15m }
  - { id: gazette, type: rss, url: "https://gazette.example.org/rss", every: 30m }
  - { id: herald, type: rss, url: "https://herald.example.org/rss", every: 30m }
digests:
  - { id: daily, to: [desk@example.org, editor@example.org] }
`;

let dir: string;
let configPath: string;
let current: LoadedConfig;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'veille-reload-'));
  configPath = path.join(dir, 'veille.yaml');
  await copyFile(SMALL_WATCHLIST, path.join(dir, 'watchlist.yaml'));
  await writeFile(configPath, GOOD);
  current = await loadConfig(configPath, {});
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function reloadAfter(edit: string, apply = vi.fn(async (_next: LoadedConfig) => {})) {
  await writeFile(configPath, edit);
  const capture = captureLog();
  const outcome = await reloadConfig({ current: () => current, apply, log: capture.log, env: {} });
  return { outcome, apply, capture };
}

describe('reloadConfig', () => {
  it('rejects an invalid edit with its problems and keeps the last good config', async () => {
    const { outcome, apply, capture } = await reloadAfter(GOOD.replace('every: 15m }', 'every: 30s }'));
    expect(outcome).toEqual({ status: 'rejected', problems: ['veille.yaml: sources[0].every: poll interval must be at least 1m'] });
    expect(apply).not.toHaveBeenCalled();
    expect(capture.find('config change rejected: invalid; keeping the last good config')).toHaveLength(1);
  });

  it('rejects an emptied file', async () => {
    const { outcome, apply } = await reloadAfter('');
    expect(outcome).toEqual({ status: 'rejected', problems: ['veille.yaml: the file is empty'] });
    expect(apply).not.toHaveBeenCalled();
  });

  it('rejects a valid but suspicious edit (most sources gone)', async () => {
    const oneSource = GOOD.split('\n').filter((line) => !/courier|gazette|herald/.test(line)).join('\n');
    const { outcome, apply, capture } = await reloadAfter(oneSource);
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.problems[0]).toContain('sources: 3 of 4 sources removed at once');
    expect(apply).not.toHaveBeenCalled();
    expect(capture.find('config change rejected: suspicious')).toHaveLength(1);
  });

  it('applies a good edit', async () => {
    const withFifth = `${GOOD.trimEnd()}\n`.replace(
      'digests:',
      '  - { id: tribune, type: rss, url: "https://tribune.example.org/rss", every: 1h }\ndigests:',
    );
    const { outcome, apply } = await reloadAfter(withFifth);
    expect(outcome).toEqual({ status: 'applied' });
    expect(apply).toHaveBeenCalledTimes(1);
    const next = apply.mock.calls[0][0];
    expect(next.config.sources.map((s) => s.id)).toEqual(['wire', 'courier', 'gazette', 'herald', 'tribune']);
    expect(next.config.sources[4].every).toBe(3_600_000);
  });

  it('reports an apply that throws as failed', async () => {
    const { outcome } = await reloadAfter(GOOD.replace('every: 30m }', 'every: 45m }'), vi.fn(async () => {
      throw new Error('scheduler unavailable');
    }));
    expect(outcome).toEqual({ status: 'failed', problems: ['scheduler unavailable'] });
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suspiciousChange } from '../../src/config/guard.js';
import { parseYaml, type LoadedConfig } from '../../src/config/load.js';
import { VeilleConfig } from '../../src/config/schema.js';
import { Watchlist } from '../../src/config/watchlist.js';

const CONFIG_PATH = '/etc/veille/veille.yaml';
const WATCHLIST_PATH = '/etc/veille/watchlist.yaml';
const SMALL_WATCHLIST = parseYaml(Watchlist, readFileSync(path.resolve('test/fixtures/config/small-watchlist.yaml'), 'utf8'), 'watchlist.yaml', {});

function sourcesYaml(ids: string[]): string {
  if (!ids.length) return 'sources: []\n';
  return `sources:\n${ids.map((id) => `  - { id: ${id}, type: rss, url: "https://${id}.example.org/rss" }`).join('\n')}\n`;
}

function loaded(yaml: string, watchlist: Watchlist = SMALL_WATCHLIST): LoadedConfig {
  return {
    config: parseYaml(VeilleConfig, yaml, 'veille.yaml', {}),
    watchlist,
    configPath: CONFIG_PATH,
    watchlistPath: WATCHLIST_PATH,
    baseDir: path.dirname(CONFIG_PATH),
  };
}

const SIX = ['a', 'b', 'c', 'd', 'e', 'f'];
const DESK_DIGEST_AND_WEBHOOK = `
digests:
  - { id: daily, to: [desk@example.org, editor@example.org] }
alerts:
  - { id: factcheck, type: webhook, url: "https://hooks.example.org/veille" }
`;

describe('suspiciousChange', () => {
  it('refuses an edit that removes more than half the sources at once', () => {
    const problems = suspiciousChange(loaded(sourcesYaml(SIX)), loaded(sourcesYaml(['a', 'b'])));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${CONFIG_PATH}: sources: 4 of 6 sources removed at once`);
    expect(problems[0]).toContain('reload.max_source_drop 0.5');
  });

  it('refuses an edit that leaves no source at all', () => {
    expect(suspiciousChange(loaded(sourcesYaml(SIX)), loaded(sourcesYaml([])))).toEqual([
      `${CONFIG_PATH}: sources: the new file has no sources (had 6)`,
    ]);
  });

  it('refuses an edit that removes every digest recipient and alert channel', () => {
    const before = loaded(sourcesYaml(SIX) + DESK_DIGEST_AND_WEBHOOK);
    const problems = suspiciousChange(before, loaded(sourcesYaml(SIX)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${CONFIG_PATH}: recipients: 3 of 3`);
  });

  it('refuses a watchlist that lost most of its entities', () => {
    const halved = { ...SMALL_WATCHLIST, entities: SMALL_WATCHLIST.entities.slice(0, 1) };
    const problems = suspiciousChange(loaded(sourcesYaml(SIX)), loaded(sourcesYaml(SIX), halved));
    expect(problems).toEqual([`${WATCHLIST_PATH}: entities: 3 of 4 watched entities removed at once`]);
  });

  it('accepts a small change: one source removed, one recipient added', () => {
    const before = loaded(sourcesYaml(SIX) + DESK_DIGEST_AND_WEBHOOK);
    const after = loaded(
      sourcesYaml(['a', 'b', 'c', 'd', 'e']) +
        DESK_DIGEST_AND_WEBHOOK.replace('editor@example.org', 'editor@example.org, night@example.org'),
    );
    expect(suspiciousChange(before, after)).toEqual([]);
  });

  it('accepts removing exactly the allowed share, and honours a looser reload.max_source_drop', () => {
    expect(suspiciousChange(loaded(sourcesYaml(SIX)), loaded(sourcesYaml(['a', 'b', 'c'])))).toEqual([]);
    const loose = loaded(`${sourcesYaml(SIX)}reload: { max_source_drop: 0.9 }\n`);
    expect(suspiciousChange(loose, loaded(sourcesYaml(['a'])))).toEqual([]);
  });

  it('accepts a first config that adds sources to an empty one', () => {
    expect(suspiciousChange(loaded(sourcesYaml([])), loaded(sourcesYaml(SIX)))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Watchlist } from '../../src/config/watchlist.js';
import { createScorer } from '../../src/matchers/index.js';
import { withStatedFacts } from '../../src/matchers/stated-facts.js';

// A storyline written for these tests (no real events): a flood at Vantor, told in statements only, as a user
// who writes no figures or dates in the watchlist would give it.
const entities = [
  { id: 'vantor', type: 'place', aliases: [{ text: 'Vantor' }] },
  { id: 'vantor_flood', type: 'event', aliases: [{ text: 'Vantor flood' }, { text: 'flood in Vantor', lang: ['en'] }] },
  { id: 'castrelo', type: 'org', aliases: [{ text: 'Castrelo Water' }] },
];
const claims = [
  { id: 'K1', statement: 'The Vantor flood destroyed 212 houses.', entities: ['vantor_flood', 'vantor'] },
  { id: 'K2', statement: 'On 9 March 2025 Castrelo Water opened the Vantor dam gates.', entities: ['castrelo', 'vantor'] },
  { id: 'K3', statement: 'Castrelo Water paid €4.5 million in compensation to Vantor residents.', entities: ['castrelo', 'vantor'] },
  { id: 'K4', statement: 'The 2025 flood season was the worst Castrelo Water had known.', entities: ['castrelo'] },
  { id: 'K5', statement: 'Castrelo Water moved 1,950 Vantor residents to shelters.', entities: ['castrelo', 'vantor'] },
];

describe('a watchlist of statements alone', () => {
  const bare = Watchlist.parse({ version: 1, language_of_seeds: 'en', entities, claims });

  it('reads each claim\'s figures and dates from its statement (a year before a noun is no count)', () => {
    const read = withStatedFacts(bare).claims;
    expect(read[0].quantities).toMatchObject([{ value: 212 }]);
    expect(read[1].dates.map((d) => d.value)).toEqual(['2025-03-09']);
    expect(read[2].quantities).toMatchObject([{ value: 4_500_000 }]);
    expect(read[3].quantities).toEqual([]);
    expect(read[4].quantities).toMatchObject([{ value: 1950 }]);
  });

  it('a story with another figure or another day contradicts the claim, and the claim\'s figure supports it', () => {
    const scorer = createScorer(bare);
    const stance = (text: string, claim: string) => scorer.score({ title: '', text, lang: 'en' }).claims.find((c) => c.claim === claim);
    expect(stance('The Vantor flood destroyed 121 houses, the town hall said.', 'K1')).toMatchObject({ stance: 'contradicts' });
    expect(stance('The Vantor flood destroyed 212 houses, the town hall said.', 'K1')).toMatchObject({ stance: 'supports' });
    expect(stance('Castrelo Water opened the Vantor dam gates on 2 March 2025, documents show.', 'K2')).toMatchObject({ stance: 'contradicts' });
  });

  it('takes a watchlist that gives figures or dates for any claim as written: a claim left without is meant so', () => {
    const written = Watchlist.parse({
      version: 1,
      language_of_seeds: 'en',
      entities,
      claims: claims.map((c) => (c.id === 'K2' ? { ...c, dates: [{ value: '2025-03-09' }] } : c)),
    });
    expect(withStatedFacts(written)).toBe(written);
    const scorer = createScorer(written);
    const k1 = scorer.score({ title: '', text: 'The Vantor flood destroyed 121 houses, the town hall said.', lang: 'en' }).claims.find((c) => c.claim === 'K1');
    expect(k1?.stance).not.toBe('contradicts');
  });
});

describe('veille check on a watchlist of statements and single names', () => {
  it('says which claims get figures or dates from their statements and which entities get other names', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const YAML = await import('yaml');
    const ROOT = path.resolve(import.meta.dirname, '../..');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-stated-'));
    try {
      const people = [...entities, { id: 'helena_marsh', type: 'person', aliases: [{ text: 'Helena Marsh' }] }];
      await writeFile(path.join(dir, 'watchlist.yaml'), YAML.stringify({ version: 1, language_of_seeds: 'en', entities: people, claims }));
      await writeFile(path.join(dir, 'veille.yaml'), 'sources:\n  - { id: wire, type: rss, url: "https://news.example.org/rss" }\n');
      const stdout = await new Promise<string>((resolve, reject) => {
        const env = { ...process.env, VEILLE_DATA_DIR: dir, LOG_LEVEL: 'warn' };
        execFile(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', '--config', path.join(dir, 'veille.yaml')], { cwd: ROOT, env, timeout: 60_000 }, (err, out, stderr) =>
          err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(out),
        );
      });
      expect(stdout).toContain('no claim gives quantities or dates: 4 claims get theirs from their statements');
      expect(stdout).toContain('entities named once get their other names');
      expect(stdout).toMatch(/: .*helena_marsh/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

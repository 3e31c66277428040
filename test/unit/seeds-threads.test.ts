import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewWatchlist } from '../../src/seeds/review.js';
import { proposeThreads } from '../../src/seeds/threads.js';

const entities = ['main', 'alpha', 'beta', 'gamma'].map((id) => ({ id, aliases: [{ text: id.toUpperCase() }] }));

describe('threads', () => {
  it('groups claims around the entity they share, not around the one in every claim', () => {
    const claims = [
      { id: 'C1', entities: ['main', 'alpha'] },
      { id: 'C2', entities: ['main', 'alpha', 'gamma'] },
      { id: 'C3', entities: ['main', 'beta'] },
      { id: 'C4', entities: ['main', 'beta'] },
      { id: 'C5', entities: ['main', 'alpha', 'gamma'] },
    ];
    const threads = proposeThreads(claims, entities);
    expect(threads).toEqual([
      { id: 'T1', description: 'ALPHA · GAMMA', claims: ['C1', 'C2', 'C5'], entities: ['alpha', 'gamma'] },
      { id: 'T2', description: 'BETA', claims: ['C3', 'C4'], entities: ['beta'] },
    ]);
  });
});

describe('seeds review', () => {
  it('lists entities, claims with what makes them checkable, and threads', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'veille-review-'));
    try {
      const file = path.join(dir, 'w.yaml');
      await writeFile(
        file,
        `version: 1
entities:
  - { id: acme, type: org, aliases: [{ text: Acme }, { text: AC, needs_context: true }] }
claims:
  - { id: C01, statement: "Acme paid 3000 euros on 5 May 2017.", entities: [acme], quantities: [{ value: 3000, unit: EUR }], dates: [{ value: 2017-05-05 }] }
  - { id: C02, statement: "Acme works with partners.", entities: [acme] }
  - { id: C03, statement: "Acme hacked the servers of its partners.", entities: [acme] }
threads:
  - { id: T1, description: Payments, claims: [C01], entities: [acme] }
`,
      );
      const text = await reviewWatchlist(file);
      expect(text).toContain('acme (org): Acme, AC*');
      expect(text).toMatch(/C01 DNAE +7 +Acme paid 3000 euros/u);
      expect(text).toMatch(/C02 ---E +1 +Acme works with partners/u);
      // a named actor's deed is checkable without a date or a number
      expect(text).toMatch(/C03 --AE +3 +Acme hacked the servers/u);
      expect(text).toContain('T1 Payments: C01');
      // a proposal from the import says how often the seeds name each entity: the review shows it
      await writeFile(
        file,
        `version: 1
entities:
  # 7 mentions in 3 documents
  - { id: acme, type: org, aliases: [{ text: Acme }] }
  # 2 mentions in 1 document
  - { id: lena_ortiz, type: person, aliases: [{ text: Lena Ortiz }] }
claims:
  - { id: C01, statement: "Acme paid 3000 euros on 5 May 2017.", entities: [acme, lena_ortiz] }
`,
      );
      const proposal = await reviewWatchlist(file);
      expect(proposal).toContain('acme (org, 7× in 3 docs): Acme');
      expect(proposal).toContain('lena_ortiz (person, 2× in 1 doc): Lena Ortiz');
      await writeFile(file, 'version: 1\nentities: []\n');
      await expect(reviewWatchlist(file)).rejects.toThrow(/not a valid watchlist: entities/);
      await expect(reviewWatchlist(path.join(dir, 'none.yaml'))).rejects.toThrow(/cannot read .*none\.yaml \(ENOENT\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

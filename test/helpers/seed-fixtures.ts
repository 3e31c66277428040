import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The invented seed articles of test/fixtures/seeds/<name>, in file order, as `proposeFromSeeds` takes them. */
export function seedFixture(name: string): { key: string; file: string; text: string }[] {
  const dir = path.join(import.meta.dirname, '../fixtures/seeds', name);
  return readdirSync(dir)
    .sort()
    .map((file, i) => ({ key: `S${i}`, file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/sources/registry.js';

describe('source registry', () => {
  it('lists exactly the plugin folders under src/sources/', () => {
    const dir = fileURLToPath(new URL('../../src/sources/', import.meta.url));
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/index.ts`))
      .map((entry) => entry.name)
      .sort();
    expect(Object.keys(sources).sort()).toEqual(folders);
  });

  it('registers each plugin under its own id', () => {
    for (const [key, source] of Object.entries(sources)) {
      expect(source.id).toBe(key);
      expect(source.description).not.toBe('');
    }
  });
});

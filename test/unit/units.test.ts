import { describe, expect, it } from 'vitest';
import { parseDuration, parseSize } from '../../src/lib/units.js';

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['2d', 172_800_000],
    ['500ms', 500],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['1m30s', 90_000],
    ['1.5h', 5_400_000],
    [' 15M ', 900_000],
    ['0s', 0],
    [5_000, 5_000],
    [0, 0],
  ] as const)('%j → %i ms', (input, ms) => {
    expect(parseDuration(input)).toBe(ms);
  });

  it.each([
    [''],
    ['   '],
    ['soon'],
    ['15'],
    ['15 minutes'],
    ['15m and change'],
    ['-5m'],
    ['m'],
    ['1w'],
    [-1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ] as const)('%j is not a duration', (input) => {
    expect(parseDuration(input)).toBeNull();
  });
});

describe('parseSize', () => {
  it.each([
    ['5MB', 5 * 1024 ** 2],
    ['512kb', 512 * 1024],
    ['512KB', 512 * 1024],
    ['64K', 64 * 1024],
    ['2M', 2 * 1024 ** 2],
    ['1GB', 1024 ** 3],
    ['1.5KB', 1536],
    ['10 MB', 10 * 1024 ** 2],
    ['100B', 100],
    ['1048576', 1_048_576],
    [4096, 4096],
  ] as const)('%j → %i bytes', (input, bytes) => {
    expect(parseSize(input)).toBe(bytes);
  });

  it.each([[''], ['big'], ['5TB'], ['MB'], ['-1MB'], ['5 mega'], [-1], [Number.NaN]] as const)('%j is not a size', (input) => {
    expect(parseSize(input)).toBeNull();
  });
});

/**
 * MinHash over word shingles: a compact signature whose agreement estimates the Jaccard similarity
 * of two texts' shingle sets. Wire copies and light rewrites of one story share most shingles.
 */

/** signature length: 64 hashes give a Jaccard estimate within ±0.06 (one standard deviation) */
export const SIGNATURE_SIZE = 64;
/** LSH: 16 bands of 4 rows; two texts with Jaccard 0.5 share a band with probability ~0.64, at 0.7 ~0.98 */
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** three-word shingles: long enough to be specific, short enough to survive light edits */
const SHINGLE_WORDS = 3;

/** FNV-1a 32-bit. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seeds of the SIGNATURE_SIZE hash functions, fixed so signatures are comparable across processes. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fnv1a(`veille-minhash-${i}`));

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Lower-case letter/digit words, accents folded. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  if (!out.size && w.length) out.add(fnv1a(w.join(' ')));
  return out;
}

/** The MinHash signature of a text; null when it has no words. */
export function minhash(text: string): number[] | null {
  const set = shingles(text);
  if (!set.size) return null;
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(s, SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function estimateJaccard(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** LSH band keys: texts sharing any key are candidates. */
export function bandKeys(sig: number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    keys.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).map((v) => v.toString(36)).join('.')}`);
  }
  return keys;
}

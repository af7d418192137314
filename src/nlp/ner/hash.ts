/**
 * Never 0 (0 marks an empty slot in the model's feature table).
 * 32-bit FNV-1a over UTF-16 code units, chained: `hashStr(hashStr(seed, a), b)` hashes a pair.
 * Features are stored by hash, never as strings, so tagging builds no feature strings.
 */
export const FNV_SEED = 0x811c9dc5;

export function hashStr(seed: number, s: string): number {
  return more(seed ^ 0x9e3779b9, s, 0, s.length) | 0 || 1;
}

function more(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** `hashStr(seed, s.slice(from, to))` without building the slice. */
export function hashSlice(seed: number, s: string, from: number, to: number): number {
  return more(seed ^ 0x9e3779b9, s, Math.max(0, from), Math.min(s.length, to)) | 0 || 1;
}

const BAR = '|'.charCodeAt(0);

/** `hashStr(seed, prefix + a + '|' + b)` without building the string (pair features). */
export function hashPair(seed: number, prefix: string, a: string, b: string): number {
  const h = more(more(seed ^ 0x9e3779b9, prefix, 0, prefix.length), a, 0, a.length);
  return more(Math.imul(h ^ BAR, 0x01000193), b, 0, b.length) | 0 || 1;
}

/** `hashStr(seed, prefix + a)` without building the string. */
export function hashCat(seed: number, prefix: string, a: string): number {
  return more(more(seed ^ 0x9e3779b9, prefix, 0, prefix.length), a, 0, a.length) | 0 || 1;
}

export function hashInt(seed: number, n: number): number {
  let h = Math.imul(seed ^ n, 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) | 0 || 1;
}

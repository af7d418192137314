/**
 * Never 0 (0 marks an empty slot in the model's feature table).
 * 32-bit FNV-1a over UTF-16 code units, chained: `hashStr(hashStr(seed, a), b)` hashes a pair.
 * Features are stored by hash, never as strings, so tagging builds no feature strings.
 */
export const FNV_SEED = 0x811c9dc5;

export function hashStr(seed: number, s: string): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0 || 1;
}

export function hashInt(seed: number, n: number): number {
  let h = Math.imul(seed ^ n, 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) | 0 || 1;
}

import { BAND_ROWS, MINHASH_PERMUTATIONS, SHINGLE_WORDS } from './rules.js';

/** FNV-1a over a string, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: MINHASH_PERMUTATIONS }, (_, i) => fmix(i + 0x9e3779b9));

/**
 * MinHash signature of the word shingles of `words`: two signatures agree in a share of places
 * that estimates the Jaccard similarity of the two shingle sets.
 */
export function minhash(words: readonly string[]): Uint32Array {
  const sig = new Uint32Array(MINHASH_PERMUTATIONS).fill(0xffffffff);
  const wordHashes = words.map(fnv1a);
  const n = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n; i++) {
    let base = 0;
    for (let j = i; j < i + SHINGLE_WORDS && j < wordHashes.length; j++) base = fmix(Math.imul(base, 31) + (wordHashes[j] ?? 0));
    for (let p = 0; p < MINHASH_PERMUTATIONS; p++) {
      const h = fmix(base ^ (SEEDS[p] ?? 0));
      if (h < (sig[p] ?? 0)) sig[p] = h;
    }
  }
  return sig;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Band keys for locality-sensitive hashing: signatures sharing one band are candidate copies. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b * BAND_ROWS < sig.length; b++) {
    let h = b;
    for (let r = 0; r < BAND_ROWS; r++) h = fmix(h ^ (sig[b * BAND_ROWS + r] ?? 0));
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

import type { Sparse } from './tokens.js';

/** A term weight: how much a key says, from its document frequency. */
export type Weigh = (key: string) => number;

/** Squared norm of `v` with each key weighted by `w(key)`. */
export function weightedNorm2(v: Sparse, w: Weigh): number {
  let s = 0;
  for (const [k, x] of v) {
    const y = x * w(k);
    s += y * y;
  }
  return s;
}

/** Cosine of `a` and `b` with each key weighted by `w(key)`; iterates the smaller vector. */
export function weightedCosine(a: Sparse, b: Sparse, w: Weigh, normA?: number, normB?: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y === undefined) continue;
    const wk = w(k);
    dot += x * y * wk * wk;
  }
  if (dot === 0) return 0;
  const na = normA ?? weightedNorm2(a, w);
  const nb = normB ?? weightedNorm2(b, w);
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Adds `v` scaled by `by` into `into`. */
export function addInto(into: Sparse, v: Sparse, by = 1): void {
  for (const [k, x] of v) into.set(k, (into.get(k) ?? 0) + x * by);
}

/** Keeps the `n` heaviest keys of `v` (in place) once it holds more than twice that many. */
export function prune(v: Sparse, n: number): void {
  if (v.size <= 2 * n) return;
  const kept = [...v].sort((a, b) => b[1] - a[1]).slice(0, n);
  v.clear();
  for (const [k, x] of kept) v.set(k, x);
}

/** `v` scaled to unit length (unweighted). */
export function unit(v: Sparse): Sparse {
  let s = 0;
  for (const x of v.values()) s += x * x;
  const n = Math.sqrt(s) || 1;
  return new Map([...v].map(([k, x]) => [k, x / n]));
}

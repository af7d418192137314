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

/** IDF drifts slowly: a cached norm is reused until the stream has grown by this share. */
const CACHE_DRIFT = 0.05;

interface CacheEntry {
  at: number;
  norm2?: number;
  top?: (readonly [string, number])[];
}

/**
 * Norms and heaviest keys of long-lived vectors (event centroids, member vectors), reused while the
 * vector is unchanged and the IDF has drifted little. Call `forget` when a vector changes.
 */
export class VectorCache {
  private readonly entries = new WeakMap<Sparse, CacheEntry>();

  constructor(
    private readonly w: Weigh,
    private readonly documents: () => number,
  ) {}

  private entry(v: Sparse): CacheEntry {
    const now = this.documents();
    let e = this.entries.get(v);
    if (!e || now > e.at * (1 + CACHE_DRIFT)) {
      e = { at: now };
      this.entries.set(v, e);
    }
    return e;
  }

  norm2(v: Sparse): number {
    const e = this.entry(v);
    return (e.norm2 ??= weightedNorm2(v, this.w));
  }

  /** The `n` keys of `v` with the highest weight x IDF, with that product. */
  top(v: Sparse, n: number): (readonly [string, number])[] {
    const e = this.entry(v);
    if (!e.top || e.top.length < Math.min(n, v.size)) {
      e.top = [...v].map(([k, x]) => [k, x * this.w(k)] as const).sort((a, b) => b[1] - a[1]).slice(0, n);
    }
    return e.top.slice(0, n);
  }

  forget(v: Sparse): void {
    this.entries.delete(v);
  }
}

/** An article's vector with each key's IDF looked up once: the side every candidate is scored from. */
export interface Weighted {
  entries: (readonly [key: string, x: number, w: number])[];
  norm2: number;
}

export function weighted(v: Sparse, w: Weigh): Weighted {
  const entries = [...v].map(([k, x]) => [k, x, w(k)] as const);
  let norm2 = 0;
  for (const [, x, wk] of entries) norm2 += x * x * wk * wk;
  return { entries, norm2 };
}

/** Cosine of a pre-weighted article vector with `b` (whose weighted squared norm is `normB`). */
export function cosineTo(a: Weighted, b: Sparse, normB: number): number {
  let dot = 0;
  for (const [k, x, wk] of a.entries) {
    const y = b.get(k);
    if (y !== undefined) dot += x * y * wk * wk;
  }
  return dot && a.norm2 && normB ? dot / Math.sqrt(a.norm2 * normB) : 0;
}

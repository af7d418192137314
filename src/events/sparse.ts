/** Sparse vectors over interned key ids: mutable maps while they grow, packed typed arrays to score. */

/** Sparse vector: key id -> weight. */
export type Sparse = Map<number, number>;

/** A key id's weight: its IDF. */
export type Weigh = (id: number) => number;

/** An immutable sparse vector as parallel typed arrays. */
export interface Packed {
  readonly ids: Int32Array;
  readonly xs: Float64Array;
}

/** `v` packed; scaled to unit length (unweighted) when `normalise`. */
export function pack(v: Sparse, normalise = false): Packed {
  const ids = new Int32Array(v.size);
  const xs = new Float64Array(v.size);
  let i = 0;
  let s = 0;
  for (const [k, x] of v) {
    ids[i] = k;
    xs[i++] = x;
    s += x * x;
  }
  if (normalise && s > 0) {
    const n = Math.sqrt(s);
    for (let j = 0; j < xs.length; j++) xs[j] = (xs[j] ?? 0) / n;
  }
  return { ids, xs };
}

/** Squared norm of `p` with each key weighted by its IDF. */
export function weightedNorm2(p: Packed, w: Weigh): number {
  let s = 0;
  for (let i = 0; i < p.ids.length; i++) {
    const y = (p.xs[i] ?? 0) * w(p.ids[i] ?? 0);
    s += y * y;
  }
  return s;
}

/** IDF drifts slowly: a cached norm is reused until the stream has grown by this share. */
const CACHE_DRIFT = 0.05;

/** A weighted squared norm remembered against the document clock it was computed at. */
export class NormCache {
  private at = -1;
  private value = 0;

  get(p: Packed, w: Weigh, clock: number): number {
    if (this.at < 0 || clock > this.at * (1 + CACHE_DRIFT) + 1) {
      this.value = weightedNorm2(p, w);
      this.at = clock;
    }
    return this.value;
  }

  reset(): void {
    this.at = -1;
  }
}

/**
 * A growing sum of vectors (an event's or storyline's centroid), pruned to its heaviest keys.
 * Its packed form, weighted norm and heaviest keys are cached until it changes.
 */
export class Centroid {
  readonly map: Sparse = new Map();
  private packedView: Packed | null = null;
  private readonly norm = new NormCache();
  private topCache: { at: number; top: [number, number][] } | null = null;

  /** Adds `v` (scaled by `by`), then keeps the `keep` heaviest keys once it holds twice that many. */
  add(v: Packed, keep: number, by = 1): void {
    for (let i = 0; i < v.ids.length; i++) {
      const k = v.ids[i] ?? 0;
      this.map.set(k, (this.map.get(k) ?? 0) + (v.xs[i] ?? 0) * by);
    }
    if (this.map.size > 2 * keep) {
      const kept = [...this.map].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, keep);
      this.map.clear();
      for (const [k, x] of kept) this.map.set(k, x);
    }
    this.packedView = null;
    this.norm.reset();
    this.topCache = null;
  }

  addCentroid(c: Centroid, keep: number): void {
    this.add(c.packed(), keep);
  }

  packed(): Packed {
    return (this.packedView ??= pack(this.map));
  }

  norm2(w: Weigh, clock: number): number {
    return this.norm.get(this.packed(), w, clock);
  }

  /** The `n` keys with the highest weight x IDF, with that product (cached like the norm). */
  top(n: number, w: Weigh, clock: number): readonly [number, number][] {
    const c = this.topCache;
    if (c && c.top.length >= Math.min(n, this.map.size) && clock <= c.at * (1 + CACHE_DRIFT) + 1) return c.top.length > n ? c.top.slice(0, n) : c.top;
    const top = heaviest(this.map, w, n);
    this.topCache = { at: clock, top };
    return top;
  }
}

/** The `n` keys of `v` with the highest weight x IDF, with that product; ties by id. */
export function heaviest(v: Sparse, w: Weigh, n: number): [number, number][] {
  const ids = new Int32Array(v.size);
  const ys = new Float64Array(v.size);
  let i = 0;
  for (const [k, x] of v) {
    ids[i] = k;
    ys[i++] = x * w(k);
  }
  // The n-th largest product bounds the selection; only the few kept are sorted with tuples.
  let floor = -Infinity;
  if (v.size > n) floor = ys.slice().sort()[v.size - n] ?? -Infinity;
  const out: [number, number][] = [];
  for (let j = 0; j < ids.length; j++) if ((ys[j] ?? 0) >= floor) out.push([ids[j] ?? 0, ys[j] ?? 0]);
  out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (out.length > n) out.length = n;
  return out;
}

/**
 * A dense scratch row over the vocabulary holding one article's IDF-weighted vector, so that its
 * dot product with any packed vector is one pass over that vector. `clear` before the next article.
 */
export class Scratch {
  private row = new Float64Array(1 << 12);
  private loaded: Int32Array = new Int32Array(0);
  norm2 = 0;

  /** Loads `v` weighted by IDF squared (the dot product then needs no further lookups). */
  load(v: Sparse, w: Weigh): void {
    this.clear();
    const ids = new Int32Array(v.size);
    let i = 0;
    let s = 0;
    for (const [k, x] of v) {
      if (k >= this.row.length) this.grow(k);
      const wk = w(k);
      this.row[k] = x * wk * wk;
      s += x * x * wk * wk;
      ids[i++] = k;
    }
    this.loaded = ids;
    this.norm2 = s;
  }

  private grow(k: number): void {
    let size = this.row.length;
    while (size <= k) size *= 2;
    const row = new Float64Array(size);
    row.set(this.row);
    this.row = row;
  }

  /** Dot product of the loaded vector with `p` (raw weights on `p`'s side). */
  dot(p: Packed): number {
    const row = this.row;
    const len = row.length;
    let d = 0;
    for (let i = 0; i < p.ids.length; i++) {
      const k = p.ids[i] ?? 0;
      if (k < len) d += (row[k] ?? 0) * (p.xs[i] ?? 0);
    }
    return d;
  }

  /** Cosine of the loaded vector with `p`, whose weighted squared norm is `norm2`. */
  cosine(p: Packed, norm2: number): number {
    const d = this.dot(p);
    return d && this.norm2 && norm2 ? d / Math.sqrt(this.norm2 * norm2) : 0;
  }

  clear(): void {
    for (const k of this.loaded) this.row[k] = 0;
    this.loaded = new Int32Array(0);
    this.norm2 = 0;
  }
}

/** Cosine of two maps with each key weighted by IDF; iterates the smaller one. For rare calls. */
export function weightedCosine(a: Sparse, b: Sparse, w: Weigh): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y === undefined) continue;
    const wk = w(k);
    dot += x * y * wk * wk;
  }
  if (dot === 0) return 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) na += (x * w(k)) ** 2;
  for (const [k, x] of b) nb += (x * w(k)) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

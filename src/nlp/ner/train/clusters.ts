/**
 * Word clusters from unlabelled sentences: each frequent word gets a vector of its left and right
 * neighbours (counts over the most frequent context words, log-scaled, randomly projected to a few
 * dozen dimensions), then k-means (cosine) groups the vectors at three granularities. Also counts
 * how often each word is capitalised away from the sentence start.
 */
import type { WordInfo } from '../lexicon.js';

export interface ClusterOptions {
  /** Words seen fewer times get no cluster (their vectors are noise). */
  minCount: number;
  /** Context vocabulary: the most frequent words. */
  contextWords: number;
  /** Dimensions after random projection. */
  dims: number;
  /** Cluster counts, coarse to fine. */
  k: [number, number, number];
  iterations: number;
  seed: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = { minCount: 3, contextWords: 2000, dims: 64, k: [64, 256, 1024], iterations: 8, seed: 7 };

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function computeWordInfo(sentences: readonly (readonly string[])[], options: Partial<ClusterOptions> = {}, log: (s: string) => void = () => {}): Map<string, WordInfo> {
  const o = { ...CLUSTER_DEFAULTS, ...options };
  const counts = new Map<string, number>();
  const capMid = new Map<string, number>();
  const mid = new Map<string, number>();
  for (const s of sentences)
    for (const [i, w] of s.entries()) {
      const lw = w.toLowerCase();
      counts.set(lw, (counts.get(lw) ?? 0) + 1);
      if (i > 0 && /\p{L}/u.test(w[0] ?? '')) {
        mid.set(lw, (mid.get(lw) ?? 0) + 1);
        if (/^\p{Lu}/u.test(w)) capMid.set(lw, (capMid.get(lw) ?? 0) + 1);
      }
    }
  const vocab = [...counts].filter(([, c]) => c >= o.minCount).sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const ctxIndex = new Map(vocab.slice(0, o.contextWords).map((w, i) => [w, i]));
  const rand = rng(o.seed);
  const projection = new Float32Array(2 * (o.contextWords + 2) * o.dims).map(() => (rand() < 0.5 ? -1 : 1));
  const ctxCounts = vocab.map(() => new Map<number, number>());
  for (const s of sentences) {
    const lw = s.map((w) => w.toLowerCase());
    for (let i = 0; i < lw.length; i++) {
      const wi = index.get(lw[i]!);
      if (wi === undefined) continue;
      const left = i > 0 ? (ctxIndex.get(lw[i - 1]!) ?? o.contextWords) : o.contextWords + 1;
      const right = i + 1 < lw.length ? (ctxIndex.get(lw[i + 1]!) ?? o.contextWords) : o.contextWords + 1;
      const m = ctxCounts[wi]!;
      m.set(left, (m.get(left) ?? 0) + 1);
      const r = o.contextWords + 2 + right;
      m.set(r, (m.get(r) ?? 0) + 1);
    }
  }
  const vectors = new Float32Array(vocab.length * o.dims);
  for (const [wi, m] of ctxCounts.entries()) {
    const v = vectors.subarray(wi * o.dims, (wi + 1) * o.dims);
    for (const [c, n] of m) {
      const weight = Math.log1p(n);
      for (let d = 0; d < o.dims; d++) v[d]! += weight * projection[c * o.dims + d]!;
    }
    normalise(v);
  }
  log(`clusters: ${vocab.length} words, ${o.dims} dims`);
  const ids = o.k.map((k) => kmeans(vectors, vocab.length, o.dims, k, o.iterations, rand, log));
  const out = new Map<string, WordInfo>();
  for (const [wi, w] of vocab.entries()) {
    const m = mid.get(w) ?? 0;
    const share = m ? (capMid.get(w) ?? 0) / m : 0.5;
    out.set(w, { clusters: [ids[0]![wi]!, ids[1]![wi]!, ids[2]![wi]!], capBucket: Math.min(4, Math.floor(share * 5)) });
  }
  return out;
}

function normalise(v: Float32Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < v.length; d++) v[d]! /= n;
}

function kmeans(x: Float32Array, n: number, dims: number, k: number, iterations: number, rand: () => number, log: (s: string) => void): Uint16Array {
  const centres = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const pick = Math.floor(rand() * n);
    centres.set(x.subarray(pick * dims, (pick + 1) * dims), c * dims);
  }
  const assign = new Uint16Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      const o = i * dims;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * dims;
        for (let d = 0; d < dims; d++) dot += x[o + d]! * centres[co + d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) centres[assign[i]! * dims + d]! += x[i * dims + d]!;
    for (let c = 0; c < k; c++) normalise(centres.subarray(c * dims, (c + 1) * dims));
  }
  log(`clusters: k=${k} done`);
  return assign;
}

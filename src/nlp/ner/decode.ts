import { N_TAGS, allowed } from './tags.js';

/** Row of the transition matrix holding start-of-sentence scores. */
export const START = N_TAGS;

/** A transition matrix (`(N_TAGS + 1) x N_TAGS`, last row = start) with forbidden BIO moves at -Infinity. */
export function constrainedTransitions(weights: ArrayLike<number>): Float64Array {
  const t = new Float64Array((N_TAGS + 1) * N_TAGS);
  for (let p = 0; p <= N_TAGS; p++)
    for (let n = 0; n < N_TAGS; n++) t[p * N_TAGS + n] = allowed(p === START ? -1 : p, n) ? (weights[p * N_TAGS + n] ?? 0) : -Infinity;
  return t;
}

/**
 * Best tag sequence under per-token scores (`emissions[i * N_TAGS + tag]`) and transition scores.
 * `mask`, when given, limits token i to tags whose bit is set in `mask[i]` (used in training to find
 * the best path consistent with partial gold labels).
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array, mask?: Uint16Array): Uint8Array {
  const path = new Uint8Array(n);
  if (n === 0) return path;
  const score = new Float64Array(n * N_TAGS);
  const back = new Uint8Array(n * N_TAGS);
  for (let t = 0; t < N_TAGS; t++) {
    const ok = !mask || mask[0]! & (1 << t);
    score[t] = ok ? emissions[t]! + transitions[START * N_TAGS + t]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const m = mask ? mask[i]! : 0xffff;
    for (let t = 0; t < N_TAGS; t++) {
      const k = i * N_TAGS + t;
      if (!(m & (1 << t))) {
        score[k] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < N_TAGS; p++) {
        const s = score[(i - 1) * N_TAGS + p]! + transitions[p * N_TAGS + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[k] = best + emissions[k]!;
      back[k] = arg;
    }
  }
  let best = -Infinity;
  for (let t = 0; t < N_TAGS; t++) {
    const s = score[(n - 1) * N_TAGS + t]!;
    if (s > best) {
      best = s;
      path[n - 1] = t;
    }
  }
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * N_TAGS + path[i]!]!;
  return path;
}

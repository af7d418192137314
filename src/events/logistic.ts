/** L2-regularised logistic regression by Newton's method: small, exact, deterministic. */

export interface Sample {
  x: readonly number[];
  y: 0 | 1;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const pr = m[c] ?? [];
    const pv = pr[c] ?? 1;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] ?? [];
      const factor = (row[c] ?? 0) / pv;
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - factor * (pr[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/**
 * Fits weights (one per feature, then the bias) to the samples. `positiveWeight` scales the
 * loss of positive samples (to balance classes); `l2` penalises weights but not the bias.
 */
export function fitLogistic(samples: readonly Sample[], l2 = 1, positiveWeight = 1, iterations = 25): number[] {
  const d = (samples[0]?.x.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const s of samples) {
      const x = [...s.x, 1];
      let z = 0;
      for (let i = 0; i < d; i++) z += (w[i] ?? 0) * (x[i] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const c = s.y ? positiveWeight : 1;
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] ?? 0) + c * (p - s.y) * (x[i] ?? 0);
        const hi = hess[i] ?? [];
        for (let j = 0; j < d; j++) hi[j] = (hi[j] ?? 0) + c * p * (1 - p) * (x[i] ?? 0) * (x[j] ?? 0);
      }
    }
    for (let i = 0; i < d - 1; i++) {
      grad[i] = (grad[i] ?? 0) + l2 * (w[i] ?? 0);
      const hi = hess[i] ?? [];
      hi[i] = (hi[i] ?? 0) + l2;
    }
    const step = solve(hess, grad);
    w = w.map((v, i) => v - (step[i] ?? 0));
  }
  return w;
}

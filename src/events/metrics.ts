/** Clustering quality against gold labels: B-cubed and pairwise precision, recall and F1. */

export interface ClusterScores {
  bcubedP: number;
  bcubedR: number;
  bcubedF1: number;
  pairP: number;
  pairR: number;
  pairF1: number;
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function groups(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const [id, label] of labels) g.set(label, [...(g.get(label) ?? []), id]);
  return g;
}

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

/**
 * B-cubed (per item: precision = share of its predicted cluster sharing its gold label, recall =
 * share of its gold cluster inside its predicted cluster; averaged over items) and pairwise scores
 * over same-cluster pairs. Items missing from `predicted` count as singletons.
 */
export function clusterScores(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusterScores {
  const pred = new Map<string, string>();
  for (const id of gold.keys()) pred.set(id, predicted.get(id) ?? `single:${id}`);
  const overlap = new Map<string, number>();
  for (const [id, g] of gold) {
    const k = `${pred.get(id)}\u0000${g}`;
    overlap.set(k, (overlap.get(k) ?? 0) + 1);
  }
  const predSize = new Map([...groups(pred)].map(([k, v]) => [k, v.length]));
  const goldSize = new Map([...groups(gold)].map(([k, v]) => [k, v.length]));
  let p = 0;
  let r = 0;
  for (const [id, g] of gold) {
    const both = overlap.get(`${pred.get(id)}\u0000${g}`) ?? 0;
    p += both / (predSize.get(pred.get(id) ?? '') ?? 1);
    r += both / (goldSize.get(g) ?? 1);
  }
  const n = gold.size || 1;
  let tp = 0;
  for (const c of overlap.values()) tp += pairs(c);
  let predPairs = 0;
  for (const c of predSize.values()) predPairs += pairs(c);
  let goldPairs = 0;
  for (const c of goldSize.values()) goldPairs += pairs(c);
  const pairP = predPairs ? tp / predPairs : 1;
  const pairR = goldPairs ? tp / goldPairs : 1;
  return { bcubedP: p / n, bcubedR: r / n, bcubedF1: f1(p / n, r / n), pairP, pairR, pairF1: f1(pairP, pairR) };
}

import { differ } from './conflicts.js';
import type { Quantity } from './quantities.js';
import type { ClaimOptions } from './rules.js';
import type { FactSentence } from './sentences.js';

/** A sparse unit vector: term ids and their weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/** A group of sentences stating one fact, as indices into the sentence list. */
export interface SentenceGroup {
  members: number[];
  /** The member closest to the group's centroid. */
  central: number;
}

/** TF-IDF over the event's sentences (each sentence a document), sub-linear term frequency, unit length. */
function tfidf(sentences: readonly FactSentence[]): Vector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const s of sentences) {
    for (const t of s.terms.keys()) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = df.length));
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = sentences.length;
  return sentences.map((s) => {
    const terms = new Int32Array(s.terms.size);
    const weights = new Float64Array(s.terms.size);
    let norm = 0;
    let k = 0;
    for (const [t, tf] of s.terms) {
      const id = ids.get(t)!;
      const w = (1 + Math.log(tf)) * (Math.log((n + 1) / (df[id]! + 1)) + 1);
      terms[k] = id;
      weights[k++] = w;
      norm += w * w;
    }
    const len = Math.sqrt(norm) || 1;
    for (let j = 0; j < k; j++) weights[j]! /= len;
    return { terms, weights };
  });
}

interface Group {
  members: number[];
  centroid: Map<number, number>;
  norm2: number;
  /** The members' figures: per unit, per value, the context words seen with it (enough to test a clash). */
  figures: Map<string, Map<number, Set<string>>>;
}

const unitKey = (q: Quantity) => `${q.duration ? 'd' : 'n'}:${q.unit}`;

/** Would this figure contradict one the group already states (same unit, other value, shared context)? */
function contradicts(group: Group, quantities: readonly Quantity[], options: ClaimOptions): boolean {
  for (const q of quantities) {
    for (const [value, context] of group.figures.get(unitKey(q)) ?? []) {
      if (differ(q.value, value, options) && q.context.some((w) => context.has(w))) return true;
    }
  }
  return false;
}

function addFigures(group: Group, quantities: readonly Quantity[]): void {
  for (const q of quantities) {
    const key = unitKey(q);
    const byValue = group.figures.get(key) ?? new Map<number, Set<string>>();
    group.figures.set(key, byValue);
    const context = byValue.get(q.value) ?? new Set<string>();
    byValue.set(q.value, context);
    for (const w of q.context) context.add(w);
  }
}

function dot(v: Vector, centroid: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (let j = 0; j < v.terms.length; j++) sum += v.weights[j]! * (centroid.get(v.terms[j]!) ?? 0);
  return sum;
}

/**
 * Greedy single-pass clustering: each sentence (in article order) joins the most similar group
 * (cosine with the group's centroid, at least `options.similarity`, or `options.phraseSimilarity`
 * when they share a phrase) whose figures it does not contradict, else starts a group. Candidates
 * come from an inverted index, so the cost grows with shared terms, not with the number of groups.
 */
export function groupSentences(sentences: readonly FactSentence[], options: ClaimOptions): SentenceGroup[] {
  const vectors = tfidf(sentences);
  const groups: Group[] = [];
  const index = new Map<number, number[]>();
  const phraseIndex = new Map<string, Set<number>>();
  vectors.forEach((v, i) => {
    const sentence = sentences[i]!;
    const dots = new Map<number, number>();
    for (let j = 0; j < v.terms.length; j++) {
      const t = v.terms[j]!;
      const w = v.weights[j]!;
      for (const g of index.get(t) ?? []) dots.set(g, (dots.get(g) ?? 0) + w * groups[g]!.centroid.get(t)!);
    }
    const phrased = new Set<number>();
    for (const p of sentence.phrases) for (const g of phraseIndex.get(p) ?? []) phrased.add(g);
    const ranked: [number, number][] = [];
    for (const [g, d] of dots) {
      const cos = d / Math.sqrt(groups[g]!.norm2);
      if (cos >= options.similarity || (cos >= options.phraseSimilarity && phrased.has(g))) ranked.push([g, cos]);
    }
    ranked.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    let g = ranked.find(([c]) => !contradicts(groups[c]!, sentence.quantities, options))?.[0];
    if (g === undefined) {
      g = groups.length;
      groups.push({ members: [], centroid: new Map(), norm2: 0, figures: new Map() });
    }
    const group = groups[g]!;
    group.members.push(i);
    addFigures(group, sentence.quantities);
    for (const p of sentence.phrases) {
      const set = phraseIndex.get(p);
      if (set) set.add(g);
      else phraseIndex.set(p, new Set([g]));
    }
    for (let j = 0; j < v.terms.length; j++) {
      const t = v.terms[j]!;
      const old = group.centroid.get(t);
      if (old === undefined) {
        const list = index.get(t);
        if (list) list.push(g);
        else index.set(t, [g]);
      }
      const now = (old ?? 0) + v.weights[j]!;
      group.centroid.set(t, now);
      group.norm2 += now * now - (old ?? 0) * (old ?? 0);
    }
  });
  return groups.map((group) => {
    let central = group.members[0]!;
    let best = -Infinity;
    for (const m of group.members) {
      const d = dot(vectors[m]!, group.centroid);
      if (d > best + 1e-9) {
        best = d;
        central = m;
      }
    }
    return { members: group.members, central };
  });
}

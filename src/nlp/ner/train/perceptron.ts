/**
 * Averaged structured perceptron over hashed features with BIO-constrained Viterbi (Collins 2002).
 * Sentences from sets without a MISC layer train on partial labels: their gold path is the best
 * path that agrees with every labelled entity and lets an O token be MISC.
 */
import { constrainedTransitions, viterbi } from '../decode.js';
import type { ModelWeights } from '../model.js';
import { N_TAGS, tagIndex } from '../tags.js';

export interface TrainSentence {
  /** Feature rows per token: `rows.subarray(offsets[i], offsets[i + 1])`. */
  rows: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
  /** Allowed tags per token (bit per tag), for partial labels; absent when every tag is gold. */
  mask?: Uint16Array;
  /** Update size: down-weights silver or off-domain sets. */
  weight: number;
}

const MISC_BITS = (1 << tagIndex('B-MISC')) | (1 << tagIndex('I-MISC'));

/** Allowed tags for a sentence whose O tokens may hide a MISC entity. */
export function miscMask(gold: Uint8Array): Uint16Array {
  return Uint16Array.from(gold, (t) => (1 << t) | (t === 0 ? MISC_BITS : 0));
}

function emissions(s: TrainSentence, w: Float64Array): Float64Array {
  const n = s.gold.length;
  const em = new Float64Array(n * N_TAGS);
  for (let i = 0; i < n; i++)
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const o = s.rows[k]! * N_TAGS;
      for (let t = 0; t < N_TAGS; t++) em[i * N_TAGS + t]! += w[o + t]!;
    }
  return em;
}

export class Perceptron {
  private readonly w: Float64Array;
  private readonly u: Float64Array;
  private readonly tw = new Float64Array((N_TAGS + 1) * N_TAGS);
  private readonly tu = new Float64Array((N_TAGS + 1) * N_TAGS);
  private c = 1;

  constructor(readonly rows: number) {
    this.w = new Float64Array(rows * N_TAGS);
    this.u = new Float64Array(rows * N_TAGS);
  }

  /** One online step; returns whether the prediction was wrong. */
  update(s: TrainSentence): boolean {
    const n = s.gold.length;
    const trans = constrainedTransitions(this.tw);
    const em = emissions(s, this.w);
    const pred = viterbi(em, n, trans);
    const gold = s.mask ? viterbi(em, n, trans, s.mask) : s.gold;
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      const gp = i ? gold[i - 1]! : N_TAGS;
      const pp = i ? pred[i - 1]! : N_TAGS;
      if (g !== p) {
        wrong = true;
        for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
          const o = s.rows[k]! * N_TAGS;
          this.bump(this.w, this.u, o + g, s.weight);
          this.bump(this.w, this.u, o + p, -s.weight);
        }
      }
      if (g !== p || gp !== pp) {
        this.bump(this.tw, this.tu, gp * N_TAGS + g, s.weight);
        this.bump(this.tw, this.tu, pp * N_TAGS + p, -s.weight);
      }
    }
    this.c++;
    return wrong;
  }

  private bump(w: Float64Array, u: Float64Array, k: number, d: number): void {
    w[k]! += d;
    u[k]! += this.c * d;
  }

  /** Averaged weights (w - u/c). */
  averaged(): { w: Float64Array; transitions: Float64Array } {
    const avg = (w: Float64Array, u: Float64Array): Float64Array => w.map((x, k) => x - u[k]! / this.c);
    return { w: avg(this.w, this.u), transitions: avg(this.tw, this.tu) };
  }

  /** Tags under the averaged weights (for dev scores during training). */
  static predict(s: TrainSentence, w: Float64Array, transitions: Float64Array): Uint8Array {
    const trans = constrainedTransitions(transitions);
    return viterbi(emissions(s, w), s.gold.length, trans);
  }
}

/**
 * Compact weights: drop features whose largest weight is under `minWeight` (share of the largest
 * weight anywhere), then store each row as int8 with its own scale.
 */
export function quantise(keys: Int32Array, w: Float64Array, transitions: Float64Array, minWeight: number): ModelWeights {
  let top = 0;
  for (const x of w) top = Math.max(top, Math.abs(x));
  const keep: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let m = 0;
    for (let t = 0; t < N_TAGS; t++) m = Math.max(m, Math.abs(w[r * N_TAGS + t]!));
    if (m >= minWeight * top) keep.push(r);
  }
  const outKeys = new Int32Array(keep.length);
  const scales = new Float32Array(keep.length);
  const q = new Int8Array(keep.length * N_TAGS);
  for (const [i, r] of keep.entries()) {
    outKeys[i] = keys[r]!;
    let m = 0;
    for (let t = 0; t < N_TAGS; t++) m = Math.max(m, Math.abs(w[r * N_TAGS + t]!));
    const s = m / 127;
    scales[i] = s;
    for (let t = 0; t < N_TAGS; t++) q[i * N_TAGS + t] = Math.round(w[r * N_TAGS + t]! / s);
  }
  return { keys: outKeys, scales, quantised: q, transitions: [...transitions] };
}

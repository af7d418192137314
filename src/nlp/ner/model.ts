import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { constrainedTransitions, viterbi } from './decode.js';
import { sentenceFeatures } from './features.js';
import { type Lexicon, type LexiconData, lexiconFromData } from './lexicon.js';
import { N_TAGS, TAGS, type Tag } from './tags.js';

const MAGIC = 'CORROBORATE-NER-1\n';

/** What the model file says about itself, beside the weights. */
export interface ModelMeta {
  trainedAt: string;
  /** Training sentences by source, scores reached, settings: written by the training script. */
  [key: string]: unknown;
}

/** The feature weights of a trained tagger, quantised: one int8 row of N_TAGS per feature, with a row scale. */
export interface ModelWeights {
  keys: Int32Array;
  scales: Float32Array;
  quantised: Int8Array;
  transitions: number[];
}

interface Header {
  tags: string[];
  meta: ModelMeta;
  transitions: number[];
  rows: number;
  lexicon: LexiconData;
}

/**
 * A trained named-entity tagger: hashed features -> per-tag weights, BIO-constrained Viterbi.
 *
 * @example
 *   const model = NerModel.load('models/ner/ner-en.bin.gz');
 *   model.tag(['Angela', 'Merkel', 'visited', 'Paris', '.']); // ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']
 */
export class NerModel {
  private readonly table: Int32Array;
  private readonly rowOf: Int32Array;
  private readonly mask: number;
  private readonly weights: Float32Array;
  private readonly transitions: Float64Array;

  constructor(
    readonly lexicon: Lexicon,
    w: ModelWeights,
    readonly meta: ModelMeta,
  ) {
    const rows = w.keys.length;
    let size = 1024;
    while (size < rows * 2) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size);
    this.rowOf = new Int32Array(size);
    this.weights = new Float32Array(rows * N_TAGS);
    for (let r = 0; r < rows; r++) {
      const key = w.keys[r]!;
      let slot = key & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = key;
      this.rowOf[slot] = r;
      const s = w.scales[r]!;
      for (let t = 0; t < N_TAGS; t++) this.weights[r * N_TAGS + t] = w.quantised[r * N_TAGS + t]! * s;
    }
    this.transitions = constrainedTransitions(w.transitions);
  }

  /** Row of a feature hash, or -1 when the model never kept it. */
  private row(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.table[slot]!;
      if (k === key) return this.rowOf[slot]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** BIO tags for one sentence's tokens. */
  tag(words: readonly string[]): Tag[] {
    const n = words.length;
    if (n === 0) return [];
    const f = sentenceFeatures(words, this.lexicon);
    const em = new Float64Array(n * N_TAGS);
    for (let i = 0; i < n; i++) {
      const base = i * N_TAGS;
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        const r = this.row(f.hashes[k]!);
        if (r < 0) continue;
        const o = r * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) em[base + t]! += this.weights[o + t]!;
      }
    }
    return [...viterbi(em, n, this.transitions)].map((t) => TAGS[t]!);
  }

  /** Reads a model file written by `saveModel`. */
  static load(path: string): NerModel {
    return decodeModel(gunzipSync(readFileSync(path)));
  }
}

function decodeModel(buf: Buffer): NerModel {
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a Corroborate NER model file');
  let at = MAGIC.length;
  const headerLength = buf.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as Header;
  at += headerLength;
  if (header.tags.join() !== TAGS.join()) throw new Error('model tag set differs from this code');
  const rows = header.rows;
  const copy = (bytes: number): ArrayBuffer => {
    const out = new ArrayBuffer(bytes);
    new Uint8Array(out).set(buf.subarray(at, at + bytes));
    at += bytes;
    return out;
  };
  const keys = new Int32Array(copy(rows * 4));
  const scales = new Float32Array(copy(rows * 4));
  const quantised = new Int8Array(copy(rows * N_TAGS));
  return new NerModel(lexiconFromData(header.lexicon), { keys, scales, quantised, transitions: header.transitions }, header.meta);
}

/** The bytes of a model file (gzipped): header JSON (meta, lexicon), then keys, row scales, int8 weights. */
export function encodeModel(lexicon: LexiconData, w: ModelWeights, meta: ModelMeta): Buffer {
  const header: Header = { tags: [...TAGS], meta, transitions: w.transitions, rows: w.keys.length, lexicon };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const raw = Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    len,
    json,
    Buffer.from(w.keys.buffer, w.keys.byteOffset, w.keys.byteLength),
    Buffer.from(w.scales.buffer, w.scales.byteOffset, w.scales.byteLength),
    Buffer.from(w.quantised.buffer, w.quantised.byteOffset, w.quantised.byteLength),
  ]);
  return gzipSync(raw, { level: 9 });
}

/**
 * `npm run train:ner`: trains the named-entity tagger on the sets in `shared/train/ner` (plus the
 * training part of WikiGold), prints held-out scores and writes `models/ner/ner-en.bin.gz`.
 *
 *   node dist/nlp/ner/train/main.js [--epochs 10] [--gmb] [--gmb-sentences 12000] [--weight source=1.5]
 *                                   [--headline-share 0.08] [--prune 0.01] [--clusters bbc,reuters]
 *                                   [--no-align] [--self-train model.bin.gz,10000,gmb|all] [--out path]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSharedEval, REPO_ROOT } from '../../../eval/data.js';
import { evaluateModel, taggingSpeed } from '../evaluate.js';
import { sentenceFeatures } from '../features.js';
import { Lexicon, lexiconToData } from '../lexicon.js';
import { Gazetteer } from '../gazetteer.js';
import { tagDocument } from '../document.js';
import { NerModel, encodeModel } from '../model.js';
import type { NerScore } from '../score.js';
import { tagIndex } from '../tags.js';
import { headlineCopies } from './augment.js';
import { computeWordInfo } from './clusters.js';
import type { LabelledSentence } from './corpora.js';
import { readGazetteers } from './gazetteers.js';
import { Perceptron, type TrainSentence, miscMask, quantise } from './perceptron.js';
import { loadSplit } from './split.js';
import { UNLABELLED_CORPORA, type UnlabelledCorpus, readUnlabelled } from './unlabelled.js';

export interface TrainOptions {
  epochs: number;
  /** Train on GMB too (silver; its annotation licence needs a decision first, see models/ner/README.md). */
  gmb: boolean;
  /** GMB sentences sampled into the training set. */
  gmbSentences: number;
  /** Update size per source: silver and social-media sets count less than gold text. */
  weights: Record<string, number>;
  /** Share of short sentences copied as Title Case and as ALL CAPS headlines. */
  headlineShare: number;
  /** Features seen fewer times in training are dropped before training. */
  minFeatureCount: number;
  /** Rows whose largest weight is under this share of the largest weight are pruned from the file. */
  pruneShare: number;
  /** Unlabelled news corpora (beside GMB's text) the word clusters are computed from. */
  clusterCorpora: UnlabelledCorpus[];
  /** Align tag conventions across sets (demonyms as MISC, see `conventions.ts`). */
  alignConventions: boolean;
  /**
   * Self-training: a model file whose tags on this many unlabelled sentences train too: GMB's text
   * (never its labels) only, or all the unlabelled news text (GMB, BBC, Reuters).
   */
  selfTrain: { model: string; sentences: number; text: 'gmb' | 'all' } | null;
  out: string;
  seed: number;
}

export const TRAIN_DEFAULTS: TrainOptions = {
  epochs: 10,
  gmb: false,
  gmbSentences: 12000,
  weights: { wikigold: 1, uner: 1, crossner: 1, 'btc-news': 1, btc: 0.5, wnut: 0.5, gmb: 0.5, self: 0.3 },
  headlineShare: 0.08,
  minFeatureCount: 2,
  pruneShare: 0.01,
  // Shipped weights come only from sets that allow it: the research-use BBC and Reuters corpora stay out by default.
  clusterCorpora: [],
  alignConventions: true,
  selfTrain: null,
  out: join(REPO_ROOT, 'models', 'ner', 'ner-en.bin.gz'),
  seed: 13,
};

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const fmt = (s: NerScore): string =>
  `F1 ${s.overall.f1.toFixed(3)} (P ${s.overall.precision.toFixed(3)} R ${s.overall.recall.toFixed(3)}) ` +
  Object.entries(s.byType)
    .map(([t, p]) => `${t} ${p.f1.toFixed(3)}`)
    .join(' ');

export function train(shared: string, o: TrainOptions, log: (s: string) => void): void {
  const t0 = performance.now();
  const rand = rng(o.seed);
  const split = loadSplit(shared, { gmb: o.gmb, alignDemonyms: o.alignConventions });
  const gmbAll = split.train.filter((s) => s.source === 'gmb');
  const gold = split.train.filter((s) => s.source !== 'gmb');
  const gmbSample = shuffle([...gmbAll], rand).slice(0, o.gmbSentences);
  const unlabelled = readUnlabelled(shared, o.clusterCorpora);
  log(`unlabelled: ${split.clusterText.length} GMB + ${unlabelled.length} other sentences`);
  const base = [...gold, ...gmbSample, ...selfTagged(o.selfTrain?.text === 'gmb' ? split.clusterText : [...split.clusterText, ...unlabelled], o, rand)];
  const train = [...base, ...headlineCopies(base, o.headlineShare, rand)];
  log(`data: ${train.length} training sentences (${gmbSample.length} GMB), held out ${split.heldWikigold.length} WikiGold + ${split.heldGmb.length} GMB, ${split.gum.length} GUM`);

  // Clusters and capitalisation from every training sentence's text plus unlabelled news text.
  const wordInfo = computeWordInfo([...gold.map((s) => s.words), ...split.clusterText, ...unlabelled], {}, log);
  const gaz = readGazetteers(shared);
  const gazetteer = new Gazetteer(gaz.lists, gaz.entries.flatMap((list, i) => list.map((e): [number, string[]] => [i, e.split(' ')])));
  const lexicon = new Lexicon(wordInfo, gazetteer);
  log(`lexicon: ${wordInfo.size} words, ${gaz.entries.reduce((a, l) => a + l.length, 0)} gazetteer entries (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  const feats = train.map((s) => sentenceFeatures(s.words, lexicon));
  const counts = new Map<number, number>();
  for (const f of feats) for (const h of f.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  for (const [h, c] of counts) if (c >= o.minFeatureCount) rowOf.set(h, rowOf.size);
  counts.clear();
  const items: TrainSentence[] = train.map((s, i) => toItem(s, feats[i]!.hashes, feats[i]!.offsets, rowOf, o.weights));
  log(`features: ${rowOf.size} kept (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  const p = new Perceptron(rowOf.size);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    let wrong = 0;
    for (const item of shuffle(items, rand)) if (p.update(item)) wrong++;
    log(`epoch ${epoch}: ${((100 * wrong) / items.length).toFixed(1)}% sentences wrong (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const avg = p.averaged();
  const keys = new Int32Array(rowOf.size);
  for (const [h, r] of rowOf) keys[r] = h;
  const weights = quantise(keys, avg.w, avg.transitions, o.pruneShare);
  const model = new NerModel(lexicon, weights, { trainedAt: new Date().toISOString() });
  const tuneWg = evaluateModel(model, split.tuneWikigold);
  const tuneGmb = evaluateModel(model, split.tuneGmb);
  const tune = evaluateModel(model, [...split.tuneWikigold, ...split.tuneGmb]);
  const wg = evaluateModel(model, split.heldWikigold);
  const gm = evaluateModel(model, split.heldGmb);
  const both = evaluateModel(model, [...split.heldWikigold, ...split.heldGmb]);
  const gum = evaluateModel(model, split.gum, ['PER', 'ORG', 'LOC']);
  const speed = taggingSpeed(model, split.heldGmb);
  log(`tune WikiGold:     ${fmt(tuneWg)}`);
  log(`tune GMB:          ${fmt(tuneGmb)}`);
  log(`tune both:         ${fmt(tune)}`);
  log(`held-out WikiGold: ${fmt(wg)}`);
  log(`held-out GMB:      ${fmt(gm)}`);
  log(`held-out both:     ${fmt(both)}`);
  log(`GUM Wikinews (PER/ORG/LOC): ${fmt(gum)}`);
  log(`speed: ${speed.toFixed(0)} sentences/s; ${weights.keys.length} feature rows kept of ${rowOf.size}`);
  const sources: Record<string, number> = {};
  for (const s of train) sources[s.source] = (sources[s.source] ?? 0) + 1;
  const meta = {
    trainedAt: new Date().toISOString(),
    options: { ...o, out: undefined },
    sources,
    scores: { tuneWikigold: tuneWg, tuneGmb, tune, heldWikigold: wg, heldGmb: gm, heldOut: both, gum },
  };
  const bytes = encodeModel(lexiconToData(wordInfo, gaz.lists, gaz.entries), weights, meta);
  writeFileSync(o.out, bytes);
  log(`wrote ${o.out}: ${(bytes.length / 1e6).toFixed(2)} MB (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

/** Consecutive sentences tagged together (document-level consistency) when self-training. */
const SELF_BLOCK = 20;

/**
 * Unlabelled sentences tagged by an earlier model (source `self`), for self-training: blocks of
 * consecutive sentences, tagged with document-level consistency, until `sentences` are taken.
 */
function selfTagged(text: readonly string[][], o: TrainOptions, rand: () => number): LabelledSentence[] {
  if (!o.selfTrain) return [];
  const model = NerModel.load(o.selfTrain.model);
  const blocks: number[] = [];
  for (let b = 0; b * SELF_BLOCK < text.length; b++) blocks.push(b);
  const out: LabelledSentence[] = [];
  for (const b of shuffle(blocks, rand)) {
    if (out.length >= o.selfTrain.sentences) break;
    const block = text.slice(b * SELF_BLOCK, (b + 1) * SELF_BLOCK).filter((w) => w.length > 0);
    const tags = tagDocument(model, block);
    block.forEach((words, i) => out.push({ words, tags: tags[i]!, source: 'self', doc: `self#${b}` }));
  }
  return out;
}

function toItem(s: LabelledSentence, hashes: Int32Array, offsets: Int32Array, rowOf: Map<number, number>, weights: Record<string, number>): TrainSentence {
  const rows: number[] = [];
  const outOffsets = new Int32Array(offsets.length);
  for (let i = 0; i + 1 < offsets.length; i++) {
    outOffsets[i] = rows.length;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const r = rowOf.get(hashes[k]!);
      if (r !== undefined) rows.push(r);
    }
  }
  outOffsets[offsets.length - 1] = rows.length;
  const gold = Uint8Array.from(s.tags, tagIndex);
  const source = s.source.split('+')[0]!;
  return { rows: Int32Array.from(rows), offsets: outOffsets, gold, mask: s.noMisc ? miscMask(gold) : undefined, weight: weights[source] ?? 1 };
}

function parseArgs(argv: string[]): TrainOptions {
  const o: TrainOptions = { ...TRAIN_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => argv[++i] ?? '';
    if (a === '--epochs') o.epochs = Number(next());
    else if (a === '--gmb') o.gmb = true;
    else if (a === '--gmb-sentences') o.gmbSentences = Number(next());
    else if (a === '--headline-share') o.headlineShare = Number(next());
    else if (a === '--prune') o.pruneShare = Number(next());
    else if (a === '--out') o.out = next();
    else if (a === '--no-align') o.alignConventions = false;
    else if (a === '--self-train') {
      const [model = '', n = '10000', text = 'gmb'] = next().split(',');
      o.selfTrain = { model, sentences: Number(n), text: text === 'all' ? 'all' : 'gmb' };
    }
    else if (a === '--clusters') o.clusterCorpora = next().split(',').filter((c): c is UnlabelledCorpus => (UNLABELLED_CORPORA as readonly string[]).includes(c));
    else if (a === '--weight') {
      const [name, value] = next().split('=');
      o.weights = { ...o.weights, [name ?? '']: Number(value) };
    }
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const isMain = process.argv[1]?.endsWith('/ner/train/main.js');
if (isMain) {
  const shared = findSharedEval();
  if (!shared) {
    process.stdout.write('skipped: ../shared not found (set CORROBORATE_SHARED)\n');
  } else {
    train(join(shared, '..'), parseArgs(process.argv.slice(2)), (s) => void process.stderr.write(s + '\n'));
  }
}

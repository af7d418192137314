/**
 * Which sentences train the tagger, which tune it and which are held out. The split is fixed (no
 * randomness) so the training script and `src/eval/ner.ts` agree:
 *
 * - held out: every fourth WikiGold document and the last GMB sentences (news, silver); never looked at
 *   while choosing settings;
 * - tune: every eighth WikiGold document (offset 2) and the GMB sentences just before the held-out ones;
 *   settings are chosen on these;
 * - GUM Wikinews is never trained on.
 *
 * GMB labels never train the shipped model, so its tune part costs no training data.
 */
import { type LabelledSentence, readBtc, readCrossner, readGmb, readUner, readWikigold, readWnut } from './corpora.js';
import { demonymsAsMisc, readDemonyms } from './conventions.js';
import { readGum } from './gum.js';

/** Every HOLDOUT_EVERY-th WikiGold document is held out (25 %). */
export const HOLDOUT_EVERY = 4;
/** WikiGold documents numbered TUNE_OFFSET modulo TUNE_EVERY tune the settings (12.5 %). */
export const TUNE_EVERY = 8;
export const TUNE_OFFSET = 2;
/** GMB sentences at the end of the file kept for evaluation (about 45k tokens of news). */
export const GMB_HOLDOUT = 2000;
/** GMB sentences before the held-out ones, for tuning. */
export const GMB_TUNE = 2000;

export interface NerSplit {
  train: LabelledSentence[];
  /** WikiGold documents held out from training. */
  heldWikigold: LabelledSentence[];
  /** GMB news sentences held out (silver labels). */
  heldGmb: LabelledSentence[];
  /** WikiGold documents kept out of training to tune settings on. */
  tuneWikigold: LabelledSentence[];
  /** GMB news sentences to tune settings on (silver labels). */
  tuneGmb: LabelledSentence[];
  gum: LabelledSentence[];
  /** Unlabelled text for word clusters: GMB's training part (public-domain news text; labels unused). */
  clusterText: string[][];
}

function docNumber(doc: string): number {
  return Number(doc.split('#')[1] ?? 0);
}

/** Options of `loadSplit`. */
export interface SplitOptions {
  /** Also train on GMB's (silver) labels. */
  gmb: boolean;
  /** Tag stand-alone demonyms MISC in the sets that do not (see `conventions.ts`). */
  alignDemonyms?: boolean;
}

/** Sets whose demonyms are not MISC by their own guidelines. */
const DEMONYM_SOURCES = new Set(['btc', 'btc-news', 'wnut', 'crossner', 'uner']);

export function loadSplit(shared: string, options: SplitOptions): NerSplit {
  const wikigold = readWikigold(shared);
  const isHeld = (s: LabelledSentence): boolean => docNumber(s.doc) % HOLDOUT_EVERY === 0;
  const isTune = (s: LabelledSentence): boolean => docNumber(s.doc) % TUNE_EVERY === TUNE_OFFSET;
  const gmb = readGmb(shared);
  const gmbTrain = gmb.slice(0, -(GMB_HOLDOUT + GMB_TUNE));
  const demonyms = options.alignDemonyms === false ? null : readDemonyms(shared);
  const align = (s: LabelledSentence): LabelledSentence => (demonyms && DEMONYM_SOURCES.has(s.source) ? demonymsAsMisc(s, demonyms) : s);
  const train = [
    ...wikigold.filter((s) => !isHeld(s) && !isTune(s)),
    ...readUner(shared),
    ...readBtc(shared),
    ...readWnut(shared),
    ...readCrossner(shared),
    ...(options.gmb ? gmbTrain : []),
  ].map(align);
  return {
    train,
    heldWikigold: wikigold.filter(isHeld),
    heldGmb: gmb.slice(-GMB_HOLDOUT),
    tuneWikigold: wikigold.filter(isTune),
    tuneGmb: gmb.slice(-(GMB_HOLDOUT + GMB_TUNE), -GMB_HOLDOUT),
    gum: readGum(shared),
    clusterText: gmbTrain.map((s) => s.words),
  };
}

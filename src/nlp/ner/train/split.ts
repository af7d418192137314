/**
 * Which sentences train the tagger and which are held out. The split is fixed (no randomness) so
 * the training script and `src/eval/ner.ts` agree: held out are every fourth WikiGold document
 * and the last GMB sentences (news, silver); GUM Wikinews is never trained on.
 */
import { type LabelledSentence, readBtc, readCrossner, readGmb, readUner, readWikigold, readWnut } from './corpora.js';
import { readGum } from './gum.js';

/** Every HOLDOUT_EVERY-th WikiGold document is held out (25 %). */
export const HOLDOUT_EVERY = 4;
/** GMB sentences at the end of the file kept for evaluation (about 45k tokens of news). */
export const GMB_HOLDOUT = 2000;

export interface NerSplit {
  train: LabelledSentence[];
  /** WikiGold documents held out from training. */
  heldWikigold: LabelledSentence[];
  /** GMB news sentences held out (silver labels). */
  heldGmb: LabelledSentence[];
  gum: LabelledSentence[];
  /** Unlabelled text for word clusters: GMB's training part (public-domain news text; labels unused). */
  clusterText: string[][];
}

function docNumber(doc: string): number {
  return Number(doc.split('#')[1] ?? 0);
}

export function loadSplit(shared: string, options: { gmb: boolean }): NerSplit {
  const wikigold = readWikigold(shared);
  const heldWikigold = wikigold.filter((s) => docNumber(s.doc) % HOLDOUT_EVERY === 0);
  const gmb = readGmb(shared);
  const heldGmb = gmb.slice(-GMB_HOLDOUT);
  const train = [
    ...wikigold.filter((s) => docNumber(s.doc) % HOLDOUT_EVERY !== 0),
    ...readUner(shared),
    ...readBtc(shared),
    ...readWnut(shared),
    ...readCrossner(shared),
    ...(options.gmb ? gmb.slice(0, -GMB_HOLDOUT) : []),
  ];
  return { train, heldWikigold, heldGmb, gum: readGum(shared), clusterText: gmb.slice(0, -GMB_HOLDOUT).map((s) => s.words) };
}

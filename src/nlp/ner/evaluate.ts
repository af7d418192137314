import { type ConsistencyOptions, tagDocument } from './document.js';
import type { NerModel } from './model.js';
import { type NerScore, scoreNer } from './score.js';
import type { EntityType, Tag } from './tags.js';

/** A gold-tokenised sentence; `doc` groups sentences into documents for document-level consistency. */
export interface GoldSentence {
  words: string[];
  tags: string[];
  doc?: string;
}

/**
 * Tags of every sentence, tagged document by document (consecutive sentences with the same `doc`),
 * or sentence by sentence when `consistency` is false.
 */
export function tagAll(model: NerModel, sentences: readonly GoldSentence[], consistency: Partial<ConsistencyOptions> | false = {}): Tag[][] {
  if (consistency === false) return sentences.map((s) => model.tag(s.words));
  const out: Tag[][] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = i + 1;
    while (j < sentences.length && sentences[j]!.doc === sentences[i]!.doc) j++;
    out.push(...tagDocument(model, sentences.slice(i, j).map((s) => s.words), consistency));
    i = j;
  }
  return out;
}

/** Strict entity scores of `model` on gold-tokenised sentences (optionally over some types only). */
export function evaluateModel(
  model: NerModel,
  sentences: readonly GoldSentence[],
  types?: readonly EntityType[],
  consistency: Partial<ConsistencyOptions> | false = {},
): NerScore {
  return scoreNer(
    sentences.map((s) => s.tags),
    tagAll(model, sentences, consistency),
    types,
  );
}

/** Sentences tagged per second on this thread, over at least `minMs` of work. */
export function taggingSpeed(model: NerModel, sentences: readonly { words: string[] }[], minMs = 1000): number {
  let done = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) for (const s of sentences) {
    model.tag(s.words);
    done++;
  }
  return done / ((performance.now() - t0) / 1000);
}

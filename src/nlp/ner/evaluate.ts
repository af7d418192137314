import type { NerModel } from './model.js';
import { type NerScore, scoreNer } from './score.js';
import type { EntityType } from './tags.js';

/** Strict entity scores of `model` on gold-tokenised sentences (optionally over some types only). */
export function evaluateModel(model: NerModel, sentences: readonly { words: string[]; tags: string[] }[], types?: readonly EntityType[]): NerScore {
  const predicted = sentences.map((s) => model.tag(s.words));
  return scoreNer(
    sentences.map((s) => s.tags),
    predicted,
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

import type { ArticleDoc } from './document.js';

/** Shared, read-only facts a stage may consult. */
export interface StageContext {
  signal?: AbortSignal;
}

/**
 * A per-article stage: a named function over one document. Stages are built from
 * their options by a factory, `(options) => Stage`, and listed in order in `pipeline.ts`.
 */
export interface Stage {
  readonly name: string;
  run(doc: ArticleDoc, ctx: StageContext): void | Promise<void>;
}

export type StageFactory<O = Record<string, never>> = (options?: Partial<O>) => Stage;

/**
 * A corpus stage: runs on the whole stored set after every article has passed the per-article
 * stages (a barrier), e.g. cross-article boilerplate, dedupe, events. Returns how many articles it changed.
 */
export interface CorpusStage<S = unknown> {
  readonly name: string;
  /** What the number `run` returns counts, for reports ("articles changed", "events"). */
  readonly counts: string;
  run(store: S, ctx: StageContext): Promise<number>;
}

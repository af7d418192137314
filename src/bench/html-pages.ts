import type { TextSample } from './corpora.js';

/** STUB until the eval data module lands: trafilatura-set pages as byte samples. */
export function htmlPages(_shared: string): TextSample[] {
  return [];
}

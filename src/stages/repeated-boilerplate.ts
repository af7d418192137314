import type { CorpusStage } from '../core/stage.js';
import { findRepeatedLines, withoutParagraphs } from '../corpus/repeated-lines.js';
import { collectArticles } from '../store/collect.js';
import type { Store } from '../store/store.js';
import { textHash } from './identity.js';

/** Removes paragraphs that recur across an outlet's articles (see corpus/repeated-lines.ts). */
export const repeatedBoilerplate = (): CorpusStage<Store> => ({
  name: 'repeated-boilerplate',
  counts: 'articles changed',
  async run(store) {
    const all = await collectArticles(store);
    const found = findRepeatedLines(all);
    const changed = all
      .filter((a) => found.has(a.id))
      .map((a) => {
        const cleaned = withoutParagraphs(a, found.get(a.id)!);
        return { ...cleaned, textHash: textHash(cleaned.text) };
      });
    if (changed.length) await store.putBatch(changed, []);
    return changed.length;
  },
});

import type { Stage } from '../core/stage.js';
import { type SegmentOptions, segment } from '../nlp/sentences.js';

/** Splits the clean text into tokens and sentences (offsets into `text`). */
export const sentencesStage = (options: Partial<SegmentOptions> = {}): Stage => ({
  name: 'sentences',
  run(doc) {
    const d = doc.data;
    const s = segment(d.text ?? '', options);
    d.tokens = s.tokens;
    d.sentences = s.sentences;
  },
});

import type { Stage } from '../core/stage.js';
import { DEFAULT_MODEL_PATH, findMentions, loadNerModel } from '../nlp/ner/tagger.js';
import { segment } from '../nlp/sentences.js';

export interface EntitiesOptions {
  /** The tagger's model file (default: the shipped English model). */
  modelPath: string;
  /** Languages the model tags; other known languages are skipped with an info message. */
  languages: string[];
}

/**
 * Tags named entities (PER, ORG, LOC, MISC) in the clean text, sentence by sentence, into
 * `mentions` (offsets into `text`). The model loads on first use. Articles whose language is known
 * and not supported get no mentions and an info message; unknown language is tagged as English.
 */
export const entitiesStage = (options: Partial<EntitiesOptions> = {}): Stage => {
  const modelPath = options.modelPath ?? DEFAULT_MODEL_PATH;
  const languages = options.languages ?? ['en'];
  return {
    name: 'entities',
    run(doc) {
      const d = doc.data;
      d.mentions = [];
      const text = d.text ?? '';
      if (!text) return;
      if (d.language && !languages.includes(d.language)) {
        doc.info('entities', `language "${d.language}" not supported by the entity tagger; no entities tagged`);
        return;
      }
      if (!d.tokens || !d.sentences) {
        const s = segment(text);
        d.tokens = s.tokens;
        d.sentences = s.sentences;
      }
      d.mentions = findMentions(text, d.tokens, d.sentences, loadNerModel(modelPath));
    },
  };
};

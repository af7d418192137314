import type { Stage } from '../core/stage.js';
import { detectLanguage } from '../text/language.js';

/** Characters of text the identifier reads: plenty for a confident call, cheap on long articles. */
const SAMPLE_CHARS = 4000;

/** Identifies the article's language when the input did not declare one. */
export const languageStage = (): Stage => ({
  name: 'language',
  run(doc) {
    const d = doc.data;
    if (d.language) {
      d.language = d.language.toLowerCase().split(/[-_]/)[0] ?? null;
      return;
    }
    d.language = detectLanguage(`${d.title ?? ''}\n${(d.text ?? '').slice(0, SAMPLE_CHARS)}`);
  },
});

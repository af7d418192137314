/** Headline copies of training sentences: Title Case and ALL CAPS, labels unchanged. */
import type { LabelledSentence } from './corpora.js';

/** Words a Title Case headline leaves in lower case (house styles differ; this is the common core). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as']);

export function titleCase(words: readonly string[]): string[] {
  return words.map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)));
}

export function upperCase(words: readonly string[]): string[] {
  return words.map((w) => w.toUpperCase());
}

/** Short sentences look most like headlines; longer ones are copied too, less often. */
const HEADLINE_LIKE_TOKENS = 25;

export function headlineCopies(sentences: readonly LabelledSentence[], share: number, rand: () => number): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const s of sentences) {
    const p = s.words.length <= HEADLINE_LIKE_TOKENS ? share : share / 3;
    if (rand() < p) out.push({ ...s, words: titleCase(s.words), source: `${s.source}+title` });
    if (rand() < p) out.push({ ...s, words: upperCase(s.words), source: `${s.source}+upper` });
  }
  return out;
}

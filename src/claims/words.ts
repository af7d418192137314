import { STOPWORDS } from '../events/stopwords.js';
import { stem } from '../events/tokens.js';

/** A word of a sentence with its offsets in the sentence. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /\p{N}[\p{N},.]*\p{N}%?|\p{N}%?|\p{L}[\p{L}'’]*/gu;

/** The words (letters or digits) of `text`; hyphens and punctuation separate words. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The comparable form of a content word, or null for function words, numbers and single letters. */
export function contentKey(lower: string): string | null {
  if (lower.length < 2 || STOPWORDS.has(lower) || /^\p{N}/u.test(lower)) return null;
  return stem(lower.replace(/['’]s?$/, ''));
}

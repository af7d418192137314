import type { Span } from './span.js';
import { tokenize } from './tokenize.js';
import { CLOSERS, DATELINE, OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TERMINALS, TITLE_ABBREVIATIONS } from './rules.js';

export interface Segmented {
  tokens: Span[];
  sentences: Span[];
  /** For each sentence, the index of its first token and one past its last (`tokens.slice(from, to)`). */
  sentenceTokens: { from: number; to: number }[];
}

export interface SegmentOptions {
  /** A single line break ends a sentence too (clean text keeps line breaks only where lines are separate: lists, headings). */
  newlineEndsSentence: boolean;
  /** Split a dateline ("KYIV (Reuters) -") at the start of the text into a sentence of its own. */
  datelines: boolean;
}

const DEFAULTS: SegmentOptions = { newlineEndsSentence: true, datelines: true };

/**
 * Tokens and sentences of `text` as offsets. Paragraph breaks (a blank line) always end a sentence.
 *
 * @example
 *   segment('Mr. Smith went to Washington. He said "Hi."').sentences
 *   // [{start: 0, end: 29}, {start: 30, end: 43}]
 */
export function segment(text: string, options: Partial<SegmentOptions> = {}): Segmented {
  const o = { ...DEFAULTS, ...options };
  const out: Segmented = { tokens: [], sentences: [], sentenceTokens: [] };
  const breaks = o.newlineEndsSentence ? /\n/g : /\n[ \t\r]*\n/g;
  let blockStart = 0;
  let first = true;
  const flush = (end: number): void => {
    if (/\S/.test(text.slice(blockStart, end))) {
      splitBlock(text, blockStart, end, first && o.datelines, out);
      first = false;
    }
  };
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    flush(m.index);
    blockStart = m.index + m[0].length;
  }
  flush(text.length);
  return out;
}

function splitBlock(text: string, from: number, to: number, datelines: boolean, out: Segmented): void {
  const tokens = tokenize(text, from, to);
  const base = out.tokens.length;
  for (const t of tokens) out.tokens.push(t);
  let sentenceStart = 0;
  const close = (end: number): void => {
    if (end <= sentenceStart) return;
    out.sentences.push({ start: tokens[sentenceStart]!.start, end: tokens[end - 1]!.end });
    out.sentenceTokens.push({ from: base + sentenceStart, to: base + end });
    sentenceStart = end;
  };
  if (datelines) {
    const lead = /^\s*/.exec(text.slice(from, to))![0].length;
    const d = DATELINE.exec(text.slice(from + lead, to));
    if (d) {
      const end = from + lead + d[0].length;
      const n = tokens.findIndex((t) => t.start >= end);
      if (n > 0) close(n);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const word = text.slice(tokens[i]!.start, tokens[i]!.end);
    const kind = endKind(word);
    if (!kind) continue;
    let j = i + 1;
    while (j < tokens.length && isCloser(text, tokens[j]!, tokens[j - 1]!)) j++;
    const next = tokens[j];
    if (!next) break;
    if (endsHere(kind, text.slice(next.start, next.end), j > i + 1)) close(j);
    i = j - 1;
  }
  close(tokens.length);
}

/** A closing quote or bracket; a straight quote closes only when it touches the word before it. */
function isCloser(text: string, token: Span, before: Span): boolean {
  const t = text.slice(token.start, token.end);
  if (!CLOSERS.has(t)) return false;
  return (t !== '"' && t !== "'") || token.start === before.end;
}

type EndKind = 'mark' | 'title' | 'initial' | 'abbreviation';

/** What a token means for a sentence end: a terminal mark, or a dotted word of some kind. */
function endKind(word: string): EndKind | null {
  if (TERMINALS.has(word) || /^[.!?…]+$/.test(word)) return 'mark';
  if (word.length < 2 || !word.endsWith('.')) return null;
  const core = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(core)) return 'initial';
  const lower = core.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return 'title';
  if (OTHER_ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(core)) return 'abbreviation';
  return null;
}

/** Whether a sentence ends before `next`, given the kind of dotted token or mark before it. */
function endsHere(kind: EndKind, next: string, quoted: boolean): boolean {
  const c = next[0] ?? '';
  // Lower case, or a comma or other continuing punctuation, carries the sentence on: `..." he said`.
  if (/[\p{Ll},;:%)\]}]/u.test(c)) return false;
  if (kind === 'mark') return true;
  if (kind === 'title') return false;
  const opener = /^\p{Lu}/u.test(next) && SENTENCE_OPENERS.has(next.toLowerCase());
  if (kind === 'initial') return opener;
  return opener || (quoted && /^[\p{Lu}"“‘'«]/u.test(next));
}

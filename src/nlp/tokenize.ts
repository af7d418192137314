import type { Span } from './span.js';
import { CLITIC, EDGE_PUNCT, NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './rules.js';

/** Whole-chunk tokens never split: URLs, e-mail addresses, @handles and #hashtags. */
const ATOMIC = /^(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|[@#][\w_]+)/i;
/** "U.S.", "e.g.", "a.m.": letters joined by dots keep their final dot. */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
/** "J." in "J. R. R. Tolkien": a lone capital is an initial. */
const INITIAL = /^\p{Lu}$/u;
/** Currency signs split from a following amount ("$5" -> "$", "5"). */
const CURRENCY = /^[$£€¥₹]/;
const DIGIT_NEXT = /^\s*[#\d]/;

/**
 * Splits text into word tokens with character offsets, Penn-Treebank style: punctuation, clitics
 * ("'s", "n't") and currency signs are tokens of their own; abbreviations ("Mr.", "U.S."), initials,
 * numbers ("3.5", "1,000"), hyphenated words, URLs and ellipses ("...") stay whole.
 *
 * @example
 *   tokenize('Mr. Smith paid $3.5m.').map((t) => 'Mr. Smith paid $3.5m.'.slice(t.start, t.end))
 *   // ['Mr.', 'Smith', 'paid', '$', '3.5m', '.']
 */
export function tokenize(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const chunk = /\S+/g;
  chunk.lastIndex = from;
  for (let m = chunk.exec(text); m && m.index < to; m = chunk.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    splitChunk(text, m.index, end, out);
  }
  return out;
}

function splitChunk(text: string, start: number, end: number, out: Span[]): void {
  const tail: Span[] = [];
  let s = start;
  let e = end;
  while (s < e) {
    const word = text.slice(s, e);
    const atomic = ATOMIC.exec(word);
    if (atomic) {
      const a = trimAtomic(atomic[0]);
      if (a.length === word.length) break;
      out.push({ start: s, end: s + a.length });
      s += a.length;
      continue;
    }
    const lead = leadingPiece(word);
    if (lead) {
      out.push({ start: s, end: s + lead });
      s += lead;
      continue;
    }
    const trail = trailingPiece(word, text, e);
    if (trail) {
      tail.push({ start: e - trail, end: e });
      e -= trail;
      continue;
    }
    const inner = innerSplit(word);
    if (inner) {
      out.push({ start: s, end: s + inner });
      s += inner;
      continue;
    }
    break;
  }
  if (s < e) out.push({ start: s, end: e });
  for (let i = tail.length - 1; i >= 0; i--) out.push(tail[i]!);
}

function trimAtomic(a: string): string {
  return a.replace(/[.,;:!?)"'”’\]]+$/, '');
}

/** Length of a piece to split from the start of `word`, or 0. */
function leadingPiece(word: string): number {
  if (word.length < 2) return 0;
  if (word.startsWith('...')) return 3;
  if (/^-{2,}/.test(word)) return /^-+/.exec(word)![0].length;
  const c = word[0]!;
  if (EDGE_PUNCT.test(c)) {
    // "'90s" and "'em": an apostrophe before a word is elision, not a quote.
    if ((c === "'" || c === '’') && /^['’](?:\d0s|em|n|til|cause)\b/i.test(word)) return 0;
    return 1;
  }
  if (CURRENCY.test(word) && /\d/.test(word[1]!)) return 1;
  return 0;
}

/** Length of a piece to split from the end of `word` (it ends at `end` in `text`), or 0. */
function trailingPiece(word: string, text: string, end: number): number {
  if (word.length < 2) return 0;
  if (word.endsWith('...')) return word.length === 3 ? 0 : 3;
  if (/[^-]-{2,}$/.test(word)) return /-+$/.exec(word)![0].length;
  const c = word[word.length - 1]!;
  if (c === '.') return keepsDot(word.slice(0, -1), text, end) ? 0 : 1;
  if (c === '!' || c === '?') return Math.min(/[!?]+$/.exec(word)![0].length, word.length - 1) || 1;
  if (EDGE_PUNCT.test(c)) {
    // "dogs'" keeps its possessive apostrophe.
    if ((c === "'" || c === '’') && /s['’]$/i.test(word) && !/^['’]/.test(word)) return 0;
    return 1;
  }
  if (c === '%' && word.length > 1) return 1;
  const clitic = CLITIC.exec(word);
  if (clitic && clitic.index > 0) return clitic[0].length;
  return 0;
}

/** Whether `core` + "." is one token: an abbreviation, initial or dotted acronym. */
function keepsDot(core: string, text: string, end: number): boolean {
  if (!/\p{L}$/u.test(core)) return false;
  if (DOTTED.test(core) || INITIAL.test(core)) return true;
  const lower = core.toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(lower)) return DIGIT_NEXT.test(text.slice(end, end + 4));
  return TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower);
}

/** Length of a first piece to split inside `word` (em dashes, ellipses between words), or 0. */
function innerSplit(word: string): number {
  const m = /[—–]|\.\.\.|…|(?<=\p{L})\/(?=\p{L}{3})/u.exec(word);
  if (!m || m.index === 0) return m && word.length > m[0].length ? m[0].length : 0;
  return m.index;
}

import { FNV_SEED, hashCat, hashInt, hashPair, hashSlice, hashStr } from './hash.js';
import type { Lexicon } from './lexicon.js';

/** Feature templates; each hashes its values under its own seed. Changing them needs retraining. */
const T = [
  'bias', 'word', 'lower', 'shape', 'pre2', 'pre3', 'pre4', 'suf1', 'suf2', 'suf3', 'suf4', 'l-1', 'l+1', 'l-2',
  'l+2', 'sh-1|sh', 'sh|sh+1', 'l-1|l', 'l|l+1', 'c0', 'c1', 'c2', 'c1-1', 'c1+1', 'c2-1', 'c2+1', 'cap', 'gaz',
  'gaz|cap', 'gaz-1', 'gaz+1', 'pos', 'mode|cap', 'nocluster', 'len', 'l-1|sh', 'sh|l+1', 'quoted',
] as const;
type Template = (typeof T)[number];
const SEED = Object.fromEntries(T.map((t) => [t, hashStr(FNV_SEED, t)])) as Record<Template, number>;

/** How a sentence is cased: running text, a Title Case headline, or ALL CAPS. */
export type CaseMode = 'normal' | 'title' | 'upper';

/** Share of cased words in capitals for an ALL CAPS headline. */
const UPPER_SHARE = 0.8;
/** Share of cased words capitalised for a Title Case headline (running text full of names stays under it). */
const TITLE_SHARE = 0.9;
/** Fewer cased words than this never make a headline (a short sentence of names is not one). */
const HEADLINE_MIN_WORDS = 3;
/** Words Title Case leaves in lower case; they count for neither side. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'from', 'vs']);

export function caseMode(words: readonly string[]): CaseMode {
  let cased = 0;
  let upper = 0;
  let title = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w) || w.length < 2 || SMALL_WORDS.has(w)) continue;
    cased++;
    if (w === w.toUpperCase()) upper++;
    else if (/^\p{Lu}/u.test(w)) title++;
  }
  if (cased < HEADLINE_MIN_WORDS) return 'normal';
  if (upper >= UPPER_SHARE * cased) return 'upper';
  if (upper + title >= TITLE_SHARE * cased && title >= 2) return 'title';
  return 'normal';
}

/** "Obama" -> "Xx", "U.S." -> "X.X.", "3.5" -> "d.d", "McDonald" -> "XxXx": runs collapsed. */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
}

/** Features of every token of a sentence: `hashes.subarray(offsets[i], offsets[i + 1])` are token i's. */
export interface SentenceFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
}

const CAPITAL = /^\p{Lu}/u;
const OPEN_QUOTE = new Set(['"', '“', '``', '«', "'", '‘']);
const CLOSE_QUOTE = new Set(['"', '”', "''", '»', "'", '’']);
/** Quoted stretches longer than this are speech, not a title ("From Yesterday"). */
const MAX_QUOTED_TITLE = 8;

/** Per token: 0 outside quotes, 1 first token inside a short quoted stretch, 2 later tokens. */
function insideQuotes(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    if (!OPEN_QUOTE.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= MAX_QUOTED_TITLE + 1 && !CLOSE_QUOTE.has(words[j]!)) j++;
    if (j < words.length && j - i <= MAX_QUOTED_TITLE + 1 && CLOSE_QUOTE.has(words[j]!) && j > i + 1) {
      for (let k = i + 1; k < j; k++) out[k] = k === i + 1 ? 1 : 2;
      i = j;
    }
  }
  return out;
}

/**
 * Hashed features of a sentence's tokens: the word and its neighbours (±2), shape, affixes, word
 * clusters, how often the word is capitalised elsewhere, name-list matches, position, headline mode.
 */
export function sentenceFeatures(words: readonly string[], lex: Lexicon): SentenceFeatures {
  const n = words.length;
  const mode = caseMode(words);
  const lower = words.map((w) => w.toLowerCase());
  const shape = words.map(shapeOf);
  const info = lower.map((w) => lex.words.get(w));
  const gaz = lex.gazetteer.marks(lower);
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  const l = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]!);
  const sh = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : shape[i]!);
  const cl = (i: number, k: 0 | 1 | 2): number => (i < 0 ? -1 : i >= n ? -2 : (info[i]?.clusters[k] ?? -3));
  const add = (t: Template, v: string): void => void out.push(hashStr(SEED[t], v));
  const addN = (t: Template, v: number): void => void out.push(hashInt(SEED[t], v));
  const modeTag = mode === 'normal' ? '' : mode;
  const quoted = insideQuotes(words);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const w = words[i]!;
    const lw = lower[i]!;
    const cap = mode === 'normal' && CAPITAL.test(w) ? 1 : 0;
    addN('bias', 0);
    if (mode === 'normal') add('word', w);
    add('lower', lw);
    out.push(hashCat(SEED.shape, modeTag, shape[i]!));
    const len = lw.length;
    if (len > 2) {
      out.push(hashSlice(SEED.pre2, lw, 0, 2), hashSlice(SEED.pre3, lw, 0, 3), hashSlice(SEED.suf2, lw, len - 2, len), hashSlice(SEED.suf3, lw, len - 3, len));
    }
    if (len > 4) out.push(hashSlice(SEED.pre4, lw, 0, 4), hashSlice(SEED.suf4, lw, len - 4, len));
    out.push(hashSlice(SEED.suf1, lw, len - 1, len));
    add('l-1', l(i - 1));
    add('l+1', l(i + 1));
    add('l-2', l(i - 2));
    add('l+2', l(i + 2));
    out.push(
      hashPair(SEED['sh-1|sh'], modeTag, sh(i - 1), sh(i)),
      hashPair(SEED['sh|sh+1'], modeTag, sh(i), sh(i + 1)),
      hashPair(SEED['l-1|sh'], modeTag, l(i - 1), sh(i)),
      hashPair(SEED['sh|l+1'], modeTag, sh(i), l(i + 1)),
      hashPair(SEED['l-1|l'], '', l(i - 1), lw),
      hashPair(SEED['l|l+1'], '', lw, l(i + 1)),
    );
    const x = info[i];
    if (x) {
      addN('c0', x.clusters[0]);
      addN('c1', x.clusters[1]);
      addN('c2', x.clusters[2]);
      addN('cap', x.capBucket * 8 + cap * 2 + (i === 0 ? 1 : 0) + (mode === 'normal' ? 0 : 64));
    } else addN('nocluster', cap * 2 + (i === 0 ? 1 : 0));
    addN('c1-1', cl(i - 1, 1));
    addN('c1+1', cl(i + 1, 1));
    addN('c2-1', cl(i - 1, 2));
    addN('c2+1', cl(i + 1, 2));
    const g = gaz[i]!;
    for (let b = 0; b < 32; b++) {
      if (!(g & (1 << b))) continue;
      addN('gaz', b);
      addN('gaz|cap', b * 4 + cap * 2 + (mode === 'normal' ? 0 : 1));
    }
    const gp = i > 0 ? gaz[i - 1]! : 0;
    const gn = i + 1 < n ? gaz[i + 1]! : 0;
    for (let b = 0; b < 32; b++) {
      if (gp & (1 << b)) addN('gaz-1', b);
      if (gn & (1 << b)) addN('gaz+1', b);
    }
    addN('pos', i === 0 ? 0 : i === n - 1 ? 1 : 2);
    addN('mode|cap', (mode === 'normal' ? 0 : mode === 'title' ? 1 : 2) * 2 + cap);
    addN('len', Math.min(lw.length, 12));
    if (quoted[i]) addN('quoted', quoted[i]! * 2 + cap);
  }
  offsets[n] = out.length;
  return { hashes: Int32Array.from(out), offsets };
}

import type { Range } from './layout.js';
import { BETWEEN_WORDS, CUE_WORDS, DETERMINERS, GROUP_NOUNS, PRONOUNS, SENTENCE_ADVERBS, SPEAKER_STOP, TITLE_WORDS } from './rules.js';

interface Token {
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*|[^\s\p{L}\p{N}]/gu;

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    // a trailing full stop belongs to the sentence unless the word is an initial or abbreviation
    if (word.length > 2 && word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word) && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|St|Lt|Col|Prof)\.$/.test(word)) word = word.slice(0, -1);
    out.push({ word, start: from + m.index, end: from + m.index + word.length });
  }
  return out;
}

/** "-ly" words between speaker and cue ("Peskov reportedly said"); a few nouns end in -ly too. */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'daily', 'monthly', 'weekly']);
const isAdverb = (w: string): boolean => /^\p{Ll}{3,}ly$/u.test(w) && !LY_NOUNS.has(w);
/** Words that never end a speaker phrase next to its cue. */
const EDGE_WORDS = new Set(['of', 'for', 'the', 'to', 'and', 'or']);
const isCap = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
const isWord = (w: string): boolean => /^[\p{L}\p{N}]/u.test(w);
/** Possessive names stand for their owner's people ("Putin's spokesman"), so they may open a speaker. */
const isPossessive = (w: string): boolean => /['’]s?$/.test(w) && isCap(w);

/**
 * The speaker phrase ending just before `end` ("Kremlin spokesman Dmitry Peskov" in "… Kremlin
 * spokesman Dmitry Peskov said"), looking no further back than `from`. Skips words between speaker and
 * cue ("also", "has") and a comma-enclosed apposition ("Witkoff, who has led talks, said").
 */
export function speakerBefore(text: string, from: number, end: number, maxWords: number): Range | null {
  let toks = tokens(text, from, end);
  // "Rep. Trey Gowdy (R-S.C.) said": a party-and-state note after the name
  if (toks.at(-1)?.word === ')') {
    const open = toks.map((t) => t.word).lastIndexOf('(');
    if (open > 0 && toks.length - open <= 6) toks = toks.slice(0, open);
  }
  while (toks.length && (BETWEEN_WORDS.has(toks.at(-1)!.word.toLowerCase()) || isAdverb(toks.at(-1)!.word) || /^[?*]$/.test(toks.at(-1)!.word))) toks.pop();
  if (toks.at(-1)?.word === ',') {
    // drop a ", who …," or ", the X of Y," apposition
    let i = toks.length - 2;
    while (i >= 0 && toks[i]!.word !== ',' && toks.length - i <= maxWords + 4) i--;
    if (i < 1 || toks[i]!.word !== ',') return null;
    const inner = toks.slice(i + 1, -1);
    // "Ukraine's foreign minister, Andrii Sybiha, said": the apposition is the name
    if (inner.length && inner.length <= 4 && inner.every((t) => /^\p{Lu}/u.test(t.word) && !SENTENCE_ADVERBS.has(t.word))) return { start: inner[0]!.start, end: inner.at(-1)!.end };
    toks = toks.slice(0, i);
  }
  const last = toks.at(-1);
  // "Yet another said": a lone "another" stands for the speaker the text has been listing
  if (last && /^another$/i.test(last.word) && toks.slice(0, -1).every((t) => /^(?:yet|and|but)$/i.test(t.word))) return { start: last.start, end: last.end };
  if (!last || DETERMINERS.has(last.word) || EDGE_WORDS.has(last.word)) return null;
  if (PRONOUNS[last.word.toLowerCase()] && !['her', 'him', 'them'].includes(last.word.toLowerCase())) return { start: last.start, end: last.end };
  let first = toks.length;
  for (let i = toks.length - 1; i >= 0 && toks.length - i <= maxWords; i--) {
    const w = toks[i]!.word;
    const lower = w.toLowerCase();
    if (!isWord(w)) break;
    if (isCap(w)) {
      if (SENTENCE_ADVERBS.has(w) && first < toks.length) break;
      first = i;
      continue;
    }
    if (SPEAKER_STOP.has(lower) || CUE_WORDS.has(lower)) break;
    first = i;
    if (DETERMINERS.has(lower)) break;
  }
  while (first < toks.length && (SENTENCE_ADVERBS.has(toks[first]!.word) || ['of', 'for'].includes(toks[first]!.word))) first++;
  if (first >= toks.length) return null;
  const phrase = toks.slice(first);
  // a speaker is a name, a pronoun, or a description with a noun (not a lone determiner or adverb)
  if (phrase.length === 1 && DETERMINERS.has(phrase[0]!.word.toLowerCase())) return null;
  if (!phrase.some((t) => isCap(t.word) || isPossessive(t.word)) && !DETERMINERS.has(phrase[0]!.word.toLowerCase()) && !/s$/.test(phrase.at(-1)!.word)) return null;
  return { start: phrase[0]!.start, end: phrase.at(-1)!.end };
}

/**
 * The speaker phrase starting just after a cue ("said Dmitry Peskov, the Kremlin spokesman"): a
 * capitalised name, or a determiner phrase up to punctuation, a function word or a verb.
 * `objects` admits "him"/"her" ("according to him").
 */
export function speakerAfter(text: string, start: number, to: number, maxWords: number, objects = false): Range | null {
  const toks = tokens(text, start, to);
  const head = toks[0];
  if (!head) return null;
  const lower = head.word.toLowerCase();
  const kind = PRONOUNS[lower];
  if (kind && kind !== 'n' && (objects || !['her', 'him', 'them'].includes(lower))) return { start: head.start, end: head.end };
  const named = isCap(head.word) && !DETERMINERS.has(lower);
  if (!named && !DETERMINERS.has(lower) && objects && !SPEAKER_STOP.has(lower) && !CUE_WORDS.has(lower)) {
    // "according to polls", "according to recent polling data": a bare plural or mass noun phrase
    let end = 0;
    while (end + 1 < toks.length && end + 1 < 4 && /^\p{Ll}+$/u.test(toks[end + 1]!.word) && !SPEAKER_STOP.has(toks[end + 1]!.word) && !CUE_WORDS.has(toks[end + 1]!.word)) end++;
    if (/(?:s|data|polling|research)$/.test(toks[end]!.word)) return { start: head.start, end: toks[end]!.end };
  }
  if (!named && !DETERMINERS.has(lower)) {
    // "said pollster Frank Luntz": a lowercase title before a name
    const nameAt = toks.slice(1, 3).findIndex((t) => /^\p{Lu}/u.test(t.word));
    if (nameAt < 0 || toks.slice(0, nameAt + 1).some((t) => !/^\p{Ll}/u.test(t.word) || SPEAKER_STOP.has(t.word) || CUE_WORDS.has(t.word))) return null;
    const name = speakerAfter(text, toks[nameAt + 1]!.start, to, maxWords);
    return name ? { start: head.start, end: name.end } : null;
  }
  if (SENTENCE_ADVERBS.has(head.word) && head.word !== 'The') return null;
  let last = 0;
  for (let i = 1; i < toks.length && i < maxWords; i++) {
    const w = toks[i]!.word;
    const l = w.toLowerCase();
    if (!isWord(w) || SPEAKER_STOP.has(l) || CUE_WORDS.has(l) || BETWEEN_WORDS.has(l)) break;
    const joins = ['of', 'for', 'de', 'van', 'von', 'al', 'bin'].includes(w) || TITLE_WORDS.has(l);
    if (named && GROUP_NOUNS.has(w)) {
      last = i;
      break;
    }
    if (named && !isCap(w) && !(joins && isCap(toks[i + 1]?.word ?? ''))) break;
    if (!named && /^\p{Ll}+ed$/u.test(w)) break;
    last = i;
  }
  if (!named && last === 0) return null;
  return { start: head.start, end: toks[last]!.end };
}

/** The first noun phrase of a sentence (its likely subject), skipping an opening adverbial up to a comma. */
export function sentenceSubject(text: string, sentence: Range, maxWords: number): Range | null {
  let toks = tokens(text, sentence.start, sentence.end);
  const comma = toks.findIndex((t) => t.word === ',');
  const opener = toks[0];
  if (opener && comma > 0 && comma < 8 && (SENTENCE_ADVERBS.has(opener.word) || !isCap(opener.word))) toks = toks.slice(comma + 1);
  const head = toks[0];
  if (!head) return null;
  return speakerAfter(text, head.start, sentence.end, maxWords);
}

import { Gazetteer } from './gazetteer.js';

/**
 * What the tagger knows about words beyond the training sentences: word clusters computed from
 * unlabelled text (three granularities), how often a word is capitalised mid-sentence, and name lists.
 */
export interface WordInfo {
  /** Cluster ids, coarse to fine. */
  clusters: [number, number, number];
  /** 0..4: share of mid-sentence occurrences written with a capital, in fifths (4 = almost always). */
  capBucket: number;
}

export class Lexicon {
  constructor(
    readonly words: ReadonlyMap<string, WordInfo>,
    readonly gazetteer: Gazetteer,
  ) {}
}

/** The serialised lexicon: plain arrays, one entry per word. */
export interface LexiconData {
  words: string[];
  /** Per word: coarse, middle, fine cluster and cap bucket, flattened (4 numbers a word). */
  info: number[];
  gazetteerLists: string[];
  /** Per list, its entries (as `gazetteerKey` gives them) joined by newlines. */
  gazetteer: string[];
}

export function lexiconFromData(d: LexiconData): Lexicon {
  const words = new Map<string, WordInfo>();
  for (const [i, w] of d.words.entries()) {
    const k = i * 4;
    words.set(w, { clusters: [d.info[k]!, d.info[k + 1]!, d.info[k + 2]!], capBucket: d.info[k + 3]! });
  }
  const entries = function* (): Generator<[number, string[]]> {
    for (const [list, joined] of d.gazetteer.entries()) for (const e of joined.split('\n')) if (e) yield [list, e.split(' ')];
  };
  return new Lexicon(words, new Gazetteer(d.gazetteerLists, entries()));
}

export function lexiconToData(words: ReadonlyMap<string, WordInfo>, gazetteerLists: string[], gazetteer: string[][]): LexiconData {
  const list = [...words.keys()];
  const info: number[] = [];
  for (const w of list) {
    const x = words.get(w)!;
    info.push(...x.clusters, x.capBucket);
  }
  return { words: list, info, gazetteerLists, gazetteer: gazetteer.map((g) => g.join('\n')) };
}

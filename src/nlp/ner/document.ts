/**
 * Document-level consistency: a name the tagger found in one sentence is the same name where it
 * recurs in the document ("A Beautiful Lie" tagged once, missed twice; "30 Seconds to Mars" found
 * whole once, cut to "Mars" elsewhere). Each sentence is tagged alone, then every name's exact
 * token sequence takes its document-majority type wherever it recurs, longest names first.
 */
import type { NerModel } from './model.js';
import { type EntityType, type Tag, entitiesOf } from './tags.js';

export interface ConsistencyOptions {
  /** A name's majority type must hold more than this share of its votes to spread. */
  minShare: number;
  /**
   * One-word names spread only when the word is capitalised mid-sentence at least this often (cap
   * bucket 0..4 from the lexicon): keeps "May" the month from following "May" the person.
   */
  minCapBucketOneWord: number;
}

export const CONSISTENCY_DEFAULTS: ConsistencyOptions = { minShare: 0.5, minCapBucketOneWord: 3 };

const NAME_EDGE = /^[\p{Lu}\p{N}]/u;

interface Name {
  words: string[];
  votes: Map<EntityType, number>;
}

/**
 * Tags of a document's sentences (tokens as the tagger takes them), each tagged by `model`, then
 * made consistent across the document.
 *
 * @example
 *   tagDocument(model, [['A', 'Beautiful', 'Lie', 'sold', 'well', '.'], ['A', 'Beautiful', 'Lie', 'charted', '.']]);
 *   // both sentences: B-MISC I-MISC I-MISC ... (when the first was found)
 */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[], options: Partial<ConsistencyOptions> = {}): Tag[][] {
  const tags = sentences.map((s) => model.tag(s));
  return harmonise(sentences, tags, (w) => model.lexicon.words.get(w.toLowerCase())?.capBucket, options);
}

/**
 * Spreads each name's majority type to its other exact occurrences in the document (`tags` is
 * changed in place and returned). `capBucket` says how often a word is capitalised mid-sentence.
 */
export function harmonise(
  sentences: readonly (readonly string[])[],
  tags: Tag[][],
  capBucket: (word: string) => number | undefined,
  options: Partial<ConsistencyOptions> = {},
): Tag[][] {
  const o = { ...CONSISTENCY_DEFAULTS, ...options };
  const names = new Map<string, Name>();
  for (const [s, words] of sentences.entries())
    for (const e of entitiesOf(tags[s]!)) {
      const w = words.slice(e.from, e.to);
      if (!NAME_EDGE.test(w[0]!) || !NAME_EDGE.test(w.at(-1)!)) continue;
      if (w.length === 1 && (capBucket(w[0]!) ?? 4) < o.minCapBucketOneWord) continue;
      const key = w.join(' ');
      const n = names.get(key) ?? { words: w, votes: new Map<EntityType, number>() };
      n.votes.set(e.type, (n.votes.get(e.type) ?? 0) + 1);
      names.set(key, n);
    }
  if (!names.size) return tags;
  const positions = new Map<string, [number, number][]>();
  for (const [s, words] of sentences.entries())
    for (const [i, w] of words.entries()) {
      const p = positions.get(w);
      if (p) p.push([s, i]);
      else positions.set(w, [[s, i]]);
    }
  const claimed = sentences.map((s) => new Uint8Array(s.length));
  const byLength = [...names.values()].sort((a, b) => b.words.length - a.words.length);
  for (const name of byLength) {
    const type = majority(name.votes, o.minShare);
    if (!type) continue;
    const len = name.words.length;
    for (const [s, i] of positions.get(name.words[0]!) ?? []) {
      const words = sentences[s]!;
      if (i + len > words.length || !name.words.every((w, k) => words[i + k] === w)) continue;
      const t = tags[s]!;
      const c = claimed[s]!;
      if (c.subarray(i, i + len).some((x) => x) || crossesEdge(t, i, i + len)) continue;
      for (let k = i; k < i + len; k++) {
        t[k] = `${k === i ? 'B' : 'I'}-${type}` as Tag;
        c[k] = 1;
      }
    }
  }
  return tags;
}

function majority(votes: Map<EntityType, number>, minShare: number): EntityType | null {
  let total = 0;
  let best: EntityType | null = null;
  let top = 0;
  for (const [t, n] of votes) {
    total += n;
    if (n > top) [best, top] = [t, n];
  }
  return top > minShare * total ? best : null;
}

/** Whether an entity in `tags` overlaps `[from, to)` and reaches outside it. */
function crossesEdge(tags: readonly Tag[], from: number, to: number): boolean {
  if (from > 0 && tags[from]!.startsWith('I-')) return true;
  return to < tags.length && tags[to]!.startsWith('I-');
}

import { tokenize } from '../tokenize.js';

/** An entry as the gazetteer stores it: lower-cased tokens (our tokenizer) joined by spaces. */
export function gazetteerKey(entry: string): string {
  return tokenize(entry)
    .map((t) => entry.slice(t.start, t.end).toLowerCase())
    .join(' ');
}

/**
 * Name lists (places, countries, people, parties, companies) matched on lower-cased tokens. A match
 * marks its first token "begin" and the rest "inside" for its list; features read those marks.
 */
export class Gazetteer {
  readonly lists: readonly string[];
  private readonly byFirst = new Map<string, { words: string[]; list: number }[]>();

  /** `entries`: list index and the entry's lower-cased tokens. */
  constructor(lists: readonly string[], entries: Iterable<[list: number, words: string[]]>) {
    this.lists = lists;
    for (const [list, words] of entries) {
      const first = words[0];
      if (!first) continue;
      let bucket = this.byFirst.get(first);
      if (!bucket) this.byFirst.set(first, (bucket = []));
      bucket.push({ words, list });
    }
    for (const bucket of this.byFirst.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * For each token, a bit mask: bit `2*list` = a match of `list` begins here, bit `2*list+1` = the
   * token is inside one. Only the longest match per list starting at a token counts.
   */
  marks(lower: readonly string[]): Uint32Array {
    const out = new Uint32Array(lower.length);
    for (let i = 0; i < lower.length; i++) {
      const bucket = this.byFirst.get(lower[i]!);
      if (!bucket) continue;
      let seen = 0;
      for (const { words, list } of bucket) {
        if (seen & (1 << list) || i + words.length > lower.length) continue;
        let k = 1;
        while (k < words.length && words[k] === lower[i + k]) k++;
        if (k < words.length) continue;
        seen |= 1 << list;
        out[i]! |= 1 << (2 * list);
        for (let j = i + 1; j < i + words.length; j++) out[j]! |= 1 << (2 * list + 1);
      }
    }
    return out;
  }
}

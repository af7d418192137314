import type { Background } from './background.js';

/**
 * The clusterer's vocabulary: every feature key (stem, `#number`, `@name`) interned to a small
 * integer, with its document frequency as learned from the stream.
 *
 * A young stream cannot tell a distinguishing name from a topic word (in five articles on one
 * dispute every word is equally common), so a background table (`background.ts`) lends each key
 * `prior` pseudo-documents' worth of general-news frequency. The prior fades as the stream grows:
 * after a few thousand articles the stream's own counts decide.
 *
 * @example
 *   const v = new Vocabulary(loadBackground(), 200);
 *   const id = v.id('zakharova');
 *   v.add([id]);
 *   v.idf(id); // high: rare in the background and in the stream
 */
export class Vocabulary {
  private readonly index = new Map<string, number>();
  private readonly keyList: string[] = [];
  /** Stream document frequency plus the background's pseudo-count, per id. */
  private df = new Float64Array(1 << 12);
  private n = 0;
  private logN: number;

  constructor(
    private readonly background: Background | null = null,
    private readonly prior = 0,
  ) {
    this.logN = Math.log(this.prior + 1);
  }

  /** The id of `key`, interning it on first sight. */
  id(key: string): number {
    let id = this.index.get(key);
    if (id !== undefined) return id;
    id = this.keyList.length;
    this.index.set(key, id);
    this.keyList.push(key);
    if (id >= this.df.length) {
      const grown = new Float64Array(this.df.length * 2);
      grown.set(this.df);
      this.df = grown;
    }
    if (this.background && this.prior) this.df[id] = (this.prior * (this.background.df.get(key) ?? 0)) / this.background.documents;
    return id;
  }

  key(id: number): string {
    return this.keyList[id] ?? '';
  }

  get size(): number {
    return this.keyList.length;
  }

  /** Articles counted so far (a clock: cached norms compare it). */
  get documents(): number {
    return this.n;
  }

  /** Counts one document holding the distinct ids `ids`. */
  add(ids: Iterable<number>): void {
    this.n++;
    this.logN = Math.log(this.n + this.prior + 1);
    for (const id of ids) this.df[id] = (this.df[id] ?? 0) + 1;
  }

  /** Smoothed IDF, >= 1: ln((N + prior + 1) / (df + 1)) + 1. */
  idf(id: number): number {
    return this.logN - Math.log((this.df[id] ?? 0) + 1) + 1;
  }
}

/** ln(df + 1) for the small document frequencies most keys have: idf is looked up millions of times. */
const LOG_TABLE = Float64Array.from({ length: 4096 }, (_, df) => Math.log(df + 1));

/**
 * Document frequencies learned from the stream itself: every article adds its distinct keys.
 * Inverse document frequency is smoothed so the first articles of a stream still weigh keys sensibly.
 */
export class DocFrequency {
  private readonly df = new Map<string, number>();
  private n = 0;
  private logN = 0;

  get documents(): number {
    return this.n;
  }

  add(keys: Iterable<string>): void {
    this.n++;
    this.logN = Math.log(this.n + 1);
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  count(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Smoothed IDF, >= 1: ln((N + 1) / (df + 1)) + 1. */
  idf(key: string): number {
    const df = this.df.get(key) ?? 0;
    return this.logN - (df < LOG_TABLE.length ? (LOG_TABLE[df] ?? 0) : Math.log(df + 1)) + 1;
  }
}

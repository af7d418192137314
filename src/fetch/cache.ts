/** What a server said identifies the version we have: sent back as `If-None-Match` / `If-Modified-Since`. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/**
 * Remembers validators per URL so a later request can be conditional (a `304 Not Modified` means
 * nothing new). Either method may return a promise, so a store-backed cache fits too.
 *
 * @example
 *   const cache = new MemoryConditionalCache();
 *   for await (const e of fetchInputs([feedUrl], { cache })) ...   // 200: items, validators remembered
 *   for await (const e of fetchInputs([feedUrl], { cache })) ...   // 304: one `skipped` event
 */
export interface ConditionalCache {
  get(url: string): Validators | undefined | Promise<Validators | undefined>;
  set(url: string, validators: Validators): void | Promise<void>;
}

/** A ConditionalCache in a Map: lives as long as the process (enough for `watch`). */
export class MemoryConditionalCache implements ConditionalCache {
  private readonly entries = new Map<string, Validators>();

  get(url: string): Validators | undefined {
    return this.entries.get(url);
  }

  set(url: string, validators: Validators): void {
    this.entries.set(url, { ...validators });
  }

  get size(): number {
    return this.entries.size;
  }
}

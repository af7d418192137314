import { setTimeout as sleep } from 'node:timers/promises';
import { sha256 } from '../ingest/bytes.js';
import type { Entry, ReadEvent } from '../ingest/read.js';
import { MemoryConditionalCache } from './cache.js';
import { Fetcher } from './client.js';
import { toFetchError } from './http.js';
import type { FetchInputsOptions } from './inputs.js';
import { feedEvent, inspect, type PageContext } from './pages.js';
import { DEFAULT_CONCURRENCY, MAX_SEEN_PER_FEED } from './rules.js';

export interface WatchOptions extends Omit<FetchInputsOptions, 'signal' | 'maxUrls'> {
  /** Seconds between the start of one round of polls and the next. */
  intervalSeconds: number;
  /** Stops the watch; `watchFeeds` resolves once the round in progress is cut short. */
  signal: AbortSignal;
  /** Called with each feed's new items (one `file` event per feed per round) and with failures; awaited. */
  onEvent: (event: ReadEvent) => void | Promise<void>;
}

/** What identifies an item across polls: its guid, else its link, else its content. */
function itemKey(entry: Entry): string | null {
  if (!entry.ok) return null;
  const record = entry.input.record ?? {};
  for (const field of ['id', 'url']) if (typeof record[field] === 'string' && record[field]) return `${field}:${record[field]}`;
  return `html:${sha256(String(record['html'] ?? ''))}`;
}

/** Keys seen for one feed, oldest forgotten first beyond MAX_SEEN_PER_FEED. */
class SeenItems {
  private readonly keys = new Set<string>();
  polled = false;

  /** True (and remembered) if the key is new. */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > MAX_SEEN_PER_FEED) this.keys.delete(this.keys.values().next().value as string);
    return true;
  }
}

/**
 * Polls feeds every `intervalSeconds` with conditional requests (a 304 costs the site almost
 * nothing) and passes on only items not seen before in this watch (by guid, else link). Items a feed
 * can't turn into articles are reported on the first poll only. Resolves when `signal` aborts.
 *
 * @example
 *   const stop = new AbortController();
 *   await watchFeeds(['https://news.test/feed.xml'], {
 *     intervalSeconds: 300, signal: stop.signal, onEvent: (e) => store(e),
 *   });
 */
export async function watchFeeds(urls: readonly string[], options: WatchOptions): Promise<void> {
  const { signal, onEvent } = options;
  if (!(options.intervalSeconds > 0)) throw new RangeError(`intervalSeconds must be a positive number, got ${options.intervalSeconds}`);
  const fetcher = new Fetcher({ ...options, cache: options.cache ?? new MemoryConditionalCache() });
  const ctx: PageContext = { fetcher, followItems: options.followItems ?? false, width: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) };
  const seen = new Map(urls.map((url) => [url, new SeenItems()]));
  const intervalMs = options.intervalSeconds * 1000;
  while (!signal.aborted) {
    const started = Date.now();
    await Promise.all(
      [...seen].map(async ([url, items]) => {
        const event = await pollOnce(ctx, url, items);
        if (event && !signal.aborted) await onEvent(event);
      }),
    );
    try {
      await sleep(Math.max(0, started + intervalMs - Date.now()), undefined, { signal });
    } catch {
      return;
    }
  }
}

async function pollOnce(ctx: PageContext, source: string, items: SeenItems): Promise<ReadEvent | null> {
  try {
    const fetched = await ctx.fetcher.get(source, { conditional: true });
    if (fetched.kind === 'not-modified') return null;
    const what = inspect(fetched, ctx.fetcher.maxBytes);
    if ('reason' in what) return { kind: 'error', source, reason: what.reason };
    if (what.kind !== 'feed') return { kind: 'error', source, reason: `watch polls feeds; this is a ${what.kind}` };
    const first = !items.polled;
    items.polled = true;
    return await feedEvent(ctx, source, fetched, what.body, (entry) => {
      const key = itemKey(entry);
      return key === null ? first : items.add(key);
    });
  } catch (error) {
    return { kind: 'error', source, reason: toFetchError(error).message };
  }
}

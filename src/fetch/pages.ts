import { InputError, gunzip, isGzip, sha256 } from '../ingest/bytes.js';
import { feedEntries } from '../ingest/feed.js';
import type { Entry, ReadEvent } from '../ingest/read.js';
import type { Fetched, Fetcher } from './client.js';
import { canonicalUrl, classify, decodeBody, wordCount, type ContentKind } from './content.js';
import { toFetchError } from './http.js';
import { SHORT_ITEM_WORDS } from './rules.js';
import { ordered } from './schedule.js';
import { idFromUrl, stripTracking } from './url.js';

/** What turning fetched pages into events needs: the client, and how far to go. */
export interface PageContext {
  fetcher: Fetcher;
  /** Fetch the linked page of short feed items. */
  followItems: boolean;
  /** Fetches started at once by one list (feed items, sitemap entries). */
  width: number;
}

export type OkFetch = Extract<Fetched, { kind: 'ok' }>;

/** A fetched body (gunzipped if it is a `.gz` file) and what it holds, or why it can't be read. */
export function inspect(fetched: OkFetch, maxBytes: number): { body: Uint8Array; kind: ContentKind } | { reason: string } {
  let body: Uint8Array = fetched.body;
  if (isGzip(body)) {
    try {
      body = gunzip(body, maxBytes);
    } catch (error) {
      return { reason: (error as Error).message };
    }
  }
  const what = classify(body, fetched.headers);
  return 'reason' in what ? what : { body, kind: what.kind };
}

interface Page {
  url: URL;
  html: string;
}

function readPage(fetched: OkFetch, body: Uint8Array): Page {
  const html = decodeBody(body, fetched.headers, 'html');
  return { url: canonicalUrl(html, fetched.url) ?? fetched.url, html };
}

/** One HTML page as a one-article input: `{url: canonical URL, html, fetched}`; the source is the URL asked for. */
export function pageEvent(source: string, fetched: OkFetch, body: Uint8Array): ReadEvent {
  const page = readPage(fetched, body);
  const record = { url: page.url.href, html: page.html, fetched: new Date().toISOString() };
  const entry: Entry = { ok: true, input: { source, format: 'record', record, fallbackId: idFromUrl(page.url) } };
  return { kind: 'file', file: { source, hash: sha256(body), entries: [entry] } };
}

/** A feed's item links resolved against the feed's URL (they may be relative), tracking parameters stripped. */
function absoluteLinks(entries: Entry[], base: URL): Entry[] {
  for (const entry of entries) {
    const record = entry.ok ? entry.input.record : undefined;
    if (!record || typeof record['url'] !== 'string') continue;
    try {
      const url = new URL(record['url'].trim(), base);
      if (url.protocol === 'http:' || url.protocol === 'https:') record['url'] = stripTracking(url).href;
    } catch {
      // a link that is not a URL stays as written
    }
  }
  return entries;
}

/** The items of a feed, each one article; `keep` picks which (the watcher passes only new ones). */
export async function feedEvent(
  ctx: PageContext,
  source: string,
  fetched: OkFetch,
  body: Uint8Array,
  keep: (entry: Entry) => boolean = () => true,
): Promise<ReadEvent | null> {
  let entries: Entry[];
  try {
    entries = absoluteLinks(feedEntries(decodeBody(body, fetched.headers, 'xml'), source, idFromUrl(fetched.url)), fetched.url);
  } catch (error) {
    return { kind: 'error', source, reason: error instanceof InputError ? error.message : `unreadable feed (${(error as Error).message})` };
  }
  entries = entries.filter(keep);
  if (entries.length === 0) return null;
  if (ctx.followItems) {
    const followed: Entry[] = [];
    for await (const entry of ordered(entries, ctx.width, (e) => follow(ctx, e))) followed.push(entry);
    entries = followed;
  }
  const hash = sha256(ctx.followItems ? Buffer.concat([body, Buffer.from('\0follow')]) : body);
  return { kind: 'file', file: { source, hash, entries } };
}

/**
 * A short item (a teaser) with a link becomes its linked page: the page's HTML and canonical URL,
 * the item's other fields kept, the teaser kept as `summary`. If the page can't be had, the item
 * stays as it was with `followError` saying why.
 */
async function follow(ctx: PageContext, entry: Entry): Promise<Entry> {
  const record = entry.ok ? entry.input.record : undefined;
  if (!entry.ok || !record) return entry;
  const teaser = typeof record['html'] === 'string' ? record['html'] : '';
  const link = record['url'];
  if (typeof link !== 'string' || wordCount(teaser) >= SHORT_ITEM_WORDS) return entry;
  const keep = (why: string): Entry => ({ ...entry, input: { ...entry.input, record: { ...record, followError: why } } });
  try {
    const fetched = await ctx.fetcher.get(link);
    if (fetched.kind !== 'ok') return keep('not modified');
    const what = inspect(fetched, ctx.fetcher.maxBytes);
    if ('reason' in what) return keep(what.reason);
    if (what.kind !== 'html') return keep(`linked ${what.kind} is not an article page`);
    const page = readPage(fetched, what.body);
    return { ...entry, input: { ...entry.input, record: { ...record, url: page.url.href, html: page.html, summary: teaser, fetched: new Date().toISOString() } } };
  } catch (error) {
    return keep(toFetchError(error).message);
  }
}

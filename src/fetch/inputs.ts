import type { ReadEvent } from '../ingest/read.js';
import { Fetcher, type Fetched, type FetchOptions } from './client.js';
import { decodeBody, sitemapLocations } from './content.js';
import { toFetchError } from './http.js';
import { feedEvent, inspect, pageEvent, type OkFetch, type PageContext } from './pages.js';
import { DEFAULT_CONCURRENCY, DEFAULT_MAX_URLS, MAX_SITEMAP_DEPTH } from './rules.js';
import { ordered } from './schedule.js';
import { httpUrl } from './url.js';

export interface FetchInputsOptions extends FetchOptions {
  /** For feed items under ~80 words with a link, fetch the linked page as the article (default false). */
  followItems?: boolean;
  /** Article URLs taken from one sitemap input, child sitemaps included (default 1000). */
  maxUrls?: number;
}

/** One URL's fetch: the response, or why there is none. Never thrown. */
type Outcome = { source: string; fetched: Fetched } | { source: string; event: ReadEvent };

interface RunContext extends PageContext {
  maxUrls: number;
  /** URLs (tracking stripped) already asked for in this run. */
  asked: Set<string>;
}

async function fetchOne(ctx: RunContext, source: string, conditional: boolean): Promise<Outcome> {
  try {
    const key = httpUrl(source).href;
    if (ctx.asked.has(key)) return { source, event: { kind: 'skipped', source, reason: 'already fetched in this run' } };
    ctx.asked.add(key);
    return { source, fetched: await ctx.fetcher.get(source, { conditional }) };
  } catch (error) {
    return { source, event: { kind: 'error', source, reason: toFetchError(error).message } };
  }
}

/** The events one fetched URL gives: a page, a feed's items, or (for a sitemap given as input) its articles. */
async function* eventsOf(ctx: RunContext, outcome: Outcome, depth: number): AsyncGenerator<ReadEvent> {
  if ('event' in outcome) {
    yield outcome.event;
    return;
  }
  const { source, fetched } = outcome;
  if (fetched.kind === 'not-modified') {
    yield { kind: 'skipped', source, reason: 'not modified since the last fetch (HTTP 304)' };
    return;
  }
  const what = inspect(fetched, ctx.fetcher.maxBytes);
  if ('reason' in what) yield { kind: 'error', source, reason: what.reason };
  else if (what.kind === 'html') yield pageEvent(source, fetched, what.body);
  else if (depth > 0) yield { kind: 'error', source, reason: `sitemap entry is a ${what.kind}, not an article page` };
  else if (what.kind === 'feed') {
    const event = await feedEvent(ctx, source, fetched, what.body);
    if (event) yield event;
  } else {
    const listed = await sitemapUrls(ctx, source, fetched, what.body, what.kind === 'sitemap-index');
    yield* listed.events;
    if (listed.more) yield { kind: 'skipped', source, reason: `sitemap lists more than ${ctx.maxUrls} article URLs; fetched the first ${ctx.maxUrls} (raise maxUrls)` };
    for await (const child of ordered(listed.urls, ctx.width, (url) => fetchOne(ctx, url, false))) yield* eventsOf(ctx, child, depth + 1);
  }
}

/** Article URLs of a sitemap, walking a sitemap index down MAX_SITEMAP_DEPTH levels; failures of child sitemaps as events. */
async function sitemapUrls(
  ctx: RunContext,
  source: string,
  fetched: OkFetch,
  body: Uint8Array,
  index: boolean,
): Promise<{ urls: string[]; events: ReadEvent[]; more: boolean }> {
  const urls: string[] = [];
  const events: ReadEvent[] = [];
  let more = false;
  const walk = async (xml: string, isIndex: boolean, level: number): Promise<void> => {
    for (const loc of sitemapLocations(xml)) {
      if (urls.length >= ctx.maxUrls) {
        more = true;
        return;
      }
      if (!isIndex) {
        urls.push(loc);
        continue;
      }
      if (level >= MAX_SITEMAP_DEPTH) {
        events.push({ kind: 'skipped', source: loc, reason: `sitemap nested more than ${MAX_SITEMAP_DEPTH} levels deep` });
        continue;
      }
      const child = await fetchOne(ctx, loc, false);
      if ('event' in child) {
        events.push(child.event);
        continue;
      }
      if (child.fetched.kind !== 'ok') continue;
      const what = inspect(child.fetched, ctx.fetcher.maxBytes);
      if ('reason' in what || (what.kind !== 'sitemap' && what.kind !== 'sitemap-index')) {
        events.push({ kind: 'error', source: loc, reason: 'reason' in what ? what.reason : `listed as a sitemap but is a ${what.kind}` });
        continue;
      }
      await walk(decodeBody(what.body, child.fetched.headers, 'xml'), what.kind === 'sitemap-index', level + 1);
    }
  };
  await walk(decodeBody(body, fetched.headers, 'xml'), index, 0);
  if (urls.length === 0 && events.length === 0) events.push({ kind: 'error', source, reason: 'sitemap lists no URLs' });
  return { urls, events, more };
}

/**
 * Fetches URLs as inputs, in the order given: an HTML page is one article (`{url, html}`, url the
 * canonical one), a feed gives its items, a sitemap the article pages it lists. A failure is an
 * `error` event with the URL and reason, and the run goes on. Polite (robots.txt, spacing per host,
 * concurrency cap) and guarded (no private addresses, size and time limits): see FetchOptions.
 *
 * @example
 *   for await (const event of fetchInputs(['https://news.test/feed.xml'], { followItems: true })) {
 *     if (event.kind === 'file') for await (const entry of event.file.entries) ...
 *   }
 */
export async function* fetchInputs(urls: readonly string[], options: FetchInputsOptions = {}): AsyncGenerator<ReadEvent> {
  const ctx: RunContext = {
    fetcher: new Fetcher(options),
    followItems: options.followItems ?? false,
    width: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
    maxUrls: options.maxUrls ?? DEFAULT_MAX_URLS,
    asked: new Set(),
  };
  const conditional = options.cache !== undefined;
  for await (const outcome of ordered(urls, ctx.width, (url) => fetchOne(ctx, url, conditional))) {
    if (options.signal?.aborted) return;
    yield* eventsOf(ctx, outcome, 0);
  }
}

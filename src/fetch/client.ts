import type { IncomingHttpHeaders } from 'node:http';
import type { LookupFunction } from 'node:net';
import type { ConditionalCache, Validators } from './cache.js';
import { BlockedAddressError, FetchError } from './errors.js';
import { exchange, toFetchError, type ExchangeOptions, type RawResponse } from './http.js';
import { RobotsRules, parseRobots } from './robots.js';
import {
  ACCEPT, ACCEPT_ENCODING, DEFAULT_CONCURRENCY, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS,
  DEFAULT_MIN_INTERVAL_MS, DEFAULT_TIMEOUT_MS, MAX_CRAWL_DELAY_MS, MAX_ROBOTS_BYTES, ROBOTS_TOKEN, ROBOTS_TTL_MS, USER_AGENT,
} from './rules.js';
import { HostSchedule, Semaphore } from './schedule.js';
import { hostKey, httpUrl, stripTracking } from './url.js';

export interface FetchOptions {
  /** Connect to private, loopback, link-local, CGNAT, multicast and unspecified addresses too (default false). */
  allowPrivate?: boolean;
  /** Gap between two requests to one host, in ms (default 1000); a larger robots.txt `Crawl-delay` wins. */
  minIntervalMs?: number;
  /** Requests in flight across all hosts (default 4). */
  concurrency?: number;
  /** Connection set-up limit and whole-exchange limit, in ms (default 15 000 each). */
  connectTimeoutMs?: number;
  timeoutMs?: number;
  /** Largest body accepted, as sent and once decoded (default 10 MB). */
  maxBytes?: number;
  /** Redirect hops followed (default 5). */
  maxRedirects?: number;
  /** Validators for conditional requests of the URLs given (feeds polled by `watch`). */
  cache?: ConditionalCache;
  /** Name resolution under the address check (default `dns.lookup`). */
  lookup?: LookupFunction;
  signal?: AbortSignal;
}

export type Fetched =
  | { kind: 'ok'; requested: URL; url: URL; headers: IncomingHttpHeaders; body: Buffer }
  | { kind: 'not-modified'; requested: URL; url: URL };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A polite, guarded HTTP client for one run: robots.txt per origin (cached), request spacing per
 * host, a global concurrency cap, redirects followed by hand with every hop re-checked.
 * Failures are thrown as FetchError with a reason a person can act on.
 *
 * @example
 *   const fetcher = new Fetcher({ minIntervalMs: 2000 });
 *   const page = await fetcher.get('https://news.test/story?utm_source=x');
 */
export class Fetcher {
  private readonly schedule: HostSchedule;
  private readonly robots = new Map<string, { at: number; rules: Promise<RobotsRules> }>();
  private readonly exchangeOptions: ExchangeOptions;
  private readonly minIntervalMs: number;
  private readonly maxRedirects: number;

  constructor(private readonly options: FetchOptions = {}) {
    this.schedule = new HostSchedule(new Semaphore(Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY)), options.signal);
    this.minIntervalMs = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    this.exchangeOptions = {
      headers: { 'User-Agent': USER_AGENT, Accept: ACCEPT, 'Accept-Encoding': ACCEPT_ENCODING },
      allowPrivate: options.allowPrivate ?? false,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      lookup: options.lookup,
      signal: options.signal,
    };
  }

  get maxBytes(): number {
    return this.exchangeOptions.maxBytes;
  }

  /**
   * GETs a URL (tracking parameters stripped), following redirects. With `conditional` and a
   * cache, sends the validators remembered for it: a 304 comes back as `not-modified`.
   */
  async get(input: string | URL, { conditional = false } = {}): Promise<Fetched> {
    const requested = typeof input === 'string' ? httpUrl(input) : stripTracking(input);
    const cache = conditional ? this.options.cache : undefined;
    const validators = await cache?.get(requested.href);
    let url = requested;
    try {
      const visited = new Set<string>();
      for (let hop = 0; ; hop++) {
        visited.add(url.href);
        const res = await this.politeExchange(url, validators);
        if (REDIRECTS.has(res.status)) {
          url = this.redirectTarget(res, hop, visited);
          continue;
        }
        if (res.status === 304 && validators) return { kind: 'not-modified', requested, url };
        if (res.status < 200 || res.status >= 300) throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
        const fresh = validatorsOf(res.headers);
        if (cache && fresh) await cache.set(requested.href, fresh);
        return { kind: 'ok', requested, url, headers: res.headers, body: res.body };
      }
    } catch (error) {
      const failure = toFetchError(error);
      if (url.href === requested.href) throw failure;
      throw new FetchError(`after redirect to ${url.href}: ${failure.message}`, { cause: failure });
    }
  }

  private redirectTarget(res: RawResponse, hop: number, visited: Set<string>): URL {
    const location = res.headers.location;
    if (!location) throw new FetchError(`HTTP ${res.status} redirect without a Location header`);
    let next: URL;
    try {
      next = httpUrl(location, res.url);
    } catch (error) {
      throw new FetchError(`redirect to ${location} refused: ${(error as Error).message}`);
    }
    if (visited.has(next.href)) throw new FetchError(`redirect loop (back to ${next.href})`);
    if (hop >= this.maxRedirects) throw new FetchError(`too many redirects (more than ${this.maxRedirects})`);
    return next;
  }

  private async politeExchange(url: URL, validators?: Validators): Promise<RawResponse> {
    const rules = await this.robotsFor(url);
    const verdict = rules.check(url);
    if (!verdict.allowed) throw new FetchError(rules.unreachable ? `not fetched: ${verdict.rule}` : `disallowed by robots.txt (${verdict.rule})`);
    const headers = { ...this.exchangeOptions.headers };
    if (validators?.etag) headers['If-None-Match'] = validators.etag;
    if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    return this.schedule.run(hostKey(url), this.intervalFor(rules), () => exchange(url, { ...this.exchangeOptions, headers }));
  }

  private intervalFor(rules: RobotsRules): number {
    const delay = Math.min((rules.crawlDelaySeconds ?? 0) * 1000, MAX_CRAWL_DELAY_MS);
    return Math.max(this.minIntervalMs, delay);
  }

  /** The robots.txt rules for a URL's origin, fetched once per ROBOTS_TTL_MS. */
  robotsFor(url: URL): Promise<RobotsRules> {
    const cached = this.robots.get(url.origin);
    if (cached && Date.now() - cached.at < ROBOTS_TTL_MS) return cached.rules;
    const rules = this.fetchRobots(new URL('/robots.txt', url.origin));
    this.robots.set(url.origin, { at: Date.now(), rules });
    return rules;
  }

  /** RFC 9309 2.3.1: 2xx parsed, 4xx (but 429) = no rules, 5xx/429/unreachable = everything disallowed. */
  private async fetchRobots(first: URL): Promise<RobotsRules> {
    let url = first;
    const visited = new Set<string>();
    try {
      for (let hop = 0; ; hop++) {
        visited.add(url.href);
        const res = await this.schedule.run(hostKey(url), this.minIntervalMs, () => exchange(url, this.exchangeOptions));
        if (REDIRECTS.has(res.status)) {
          url = this.redirectTarget(res, hop, visited);
          continue;
        }
        if (res.status >= 200 && res.status < 300) return parseRobots(res.body.subarray(0, MAX_ROBOTS_BYTES).toString('utf8'), ROBOTS_TOKEN);
        if (res.status >= 400 && res.status < 500 && res.status !== 429) return RobotsRules.allowAll();
        return RobotsRules.disallowAll(`robots.txt answered HTTP ${res.status}, which means "crawl nothing" for now`);
      }
    } catch (error) {
      if (error instanceof BlockedAddressError) throw error;
      return RobotsRules.disallowAll(`robots.txt unreachable (${toFetchError(error).message}), which means "crawl nothing" for now`);
    }
  }
}

function validatorsOf(headers: IncomingHttpHeaders): Validators | null {
  const etag = headers.etag;
  const lastModified = headers['last-modified'];
  if (!etag && !lastModified) return null;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

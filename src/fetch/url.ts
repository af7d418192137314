import { FetchError } from './errors.js';
import { TRACKING_PARAMS, TRACKING_PREFIXES } from './rules.js';

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * The URL without tracking parameters (`utm_*`, `fbclid`, `gclid`, ...) and without its fragment;
 * the other parameters keep their order and spelling.
 *
 * @example
 *   stripTracking(new URL('https://x.test/a?id=3&utm_source=tw#top')).href  // 'https://x.test/a?id=3'
 */
export function stripTracking(url: URL): URL {
  const out = new URL(url.href);
  out.hash = '';
  if (out.search) {
    const kept = out.search.slice(1).split('&').filter((pair) => pair !== '' && !isTracking(paramName(pair)));
    out.search = kept.length ? `?${kept.join('&')}` : '';
  }
  return out;
}

/** Parses an http(s) URL (relative to `base` if given) and strips tracking; throws a FetchError saying why not. */
export function httpUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    throw new FetchError(`not a valid URL: "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`unsupported URL scheme "${url.protocol.replace(/:$/, '')}" (only http and https)`);
  if (url.username || url.password) throw new FetchError('URLs with credentials are not fetched');
  return stripTracking(url);
}

/** Host and port: the unit of politeness (robots.txt, request spacing). */
export const hostKey = (url: URL): string => url.host;

/** A readable fallback article id: `news.test/2026/01/ferry.html` -> `news.test-2026-01-ferry`. */
export function idFromUrl(url: URL): string {
  const path = url.pathname.replace(/\.(s?html?|php|aspx?)$/i, '');
  const slug = `${url.hostname}${path}${url.search}`.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 120);
}

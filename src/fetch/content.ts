import type { IncomingHttpHeaders } from 'node:http';
import { decodeBytes, decodeWindows1252, resolveLabel } from '../text/encoding.js';
import { stripTracking } from './url.js';

export type ContentKind = 'html' | 'feed' | 'sitemap' | 'sitemap-index';

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);
/** Bytes looked at to find the root element: past an XML declaration, comments and a stylesheet PI. */
const SNIFF_BYTES = 4096;
/** Content types that are never articles, feeds or sitemaps (checked before sniffing). */
const BINARY_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|octet-stream|msword|vnd\.)/;

/** The first element's name in an XML document (`rss`, `feed`, `rdf:rdf`, `urlset`, ...), lower-cased, or null. */
export function rootElement(head: string): string | null {
  const rest = head.replace(/^\uFEFF?\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*/i, '');
  const match = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
  return match ? match[1]!.toLowerCase() : null;
}

const mediaType = (headers: IncomingHttpHeaders): string => (headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();

/**
 * What a response holds, by its root element first (servers often label feeds `text/html` or
 * `text/plain`), then its media type; or a reason it is none of the kinds we read.
 */
export function classify(body: Uint8Array, headers: IncomingHttpHeaders): { kind: ContentKind } | { reason: string } {
  const type = mediaType(headers);
  if (body.length === 0) return { reason: 'empty response' };
  if (BINARY_TYPE.test(type)) return { reason: `unsupported content type ${type}` };
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, SNIFF_BYTES)).toString('latin1');
  const root = rootElement(head);
  if (root && FEED_ROOTS.has(root)) return { kind: 'feed' };
  if (root === 'urlset') return { kind: 'sitemap' };
  if (root === 'sitemapindex') return { kind: 'sitemap-index' };
  if (/html/.test(type) || root === 'html' || /^\s*<!doctype html/i.test(head)) return { kind: 'html' };
  if (/xml/.test(type) || root) return { reason: `an XML document that is neither a feed nor a sitemap (root <${root ?? '?'}>)` };
  return { reason: `unsupported content type ${type || '(none given)'}` };
}

/** The `charset` parameter of a Content-Type header, if any. */
function headerCharset(headers: IncomingHttpHeaders): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headers['content-type'] ?? '');
  return match ? match[1]! : null;
}

/**
 * Body text with its encoding detected as for files (`decodeBytes`), except that a charset in
 * the Content-Type header is used where the file rules would only have guessed.
 */
export function decodeBody(body: Uint8Array, headers: IncomingHttpHeaders, kind: 'html' | 'xml'): string {
  const decoded = decodeBytes(body, kind);
  if (!decoded.evidence.startsWith('fallback')) return decoded.text;
  const label = headerCharset(headers);
  const encoding = label ? resolveLabel(label) : null;
  if (!encoding || encoding === 'utf-8' || encoding === 'replacement' || encoding.startsWith('utf-16')) return decoded.text;
  return encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding).decode(body);
}

const LINK_TAG = /<link\b[^>]*>/gi;
const attr = (tag: string, name: string): string | null => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** XML/HTML character references in an attribute or text value (`&amp;` `&#38;` `&#x26;`). */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ENTITIES[lower] ?? whole;
  });
}

/** The page's `<link rel="canonical">` (resolved, http(s) only, tracking stripped), or null. */
export function canonicalUrl(html: string, base: URL): URL | null {
  const bodyAt = html.search(/<body\b/i);
  const head = bodyAt > 0 ? html.slice(0, bodyAt) : html;
  for (const [tag] of head.matchAll(LINK_TAG)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!rel || !href || !rel.toLowerCase().split(/\s+/).includes('canonical')) continue;
    try {
      const url = new URL(unescapeXml(href.trim()), base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return stripTracking(url);
    } catch {
      // an unparsable canonical is ignored; the fetched URL stands
    }
  }
  return null;
}

/** `<loc>` values of a sitemap or sitemap index, in document order. */
export function sitemapLocations(xml: string): string[] {
  const out: string[] = [];
  for (const match of xml.matchAll(/<loc\b[^>]*>([\s\S]*?)<\/loc\s*>/gi)) {
    const value = match[1]!.replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1').trim();
    if (value) out.push(unescapeXml(value));
  }
  return out;
}

/** Words in an HTML fragment's text (tags and character references removed). */
export function wordCount(html: string): number {
  const text = unescapeXml(html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ')).replace(/&\w+;/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

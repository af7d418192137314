/**
 * The `<head>` read by regex on the prepared markup, so it need not be parsed: meta tags, `<title>`
 * and the canonical link. Start tags are already rewritten by prepare.ts (`key="value"` only).
 * Returns null (the head stays in the markup and the DOM reads it) when the head holds body
 * content or named character references we do not decode.
 */
const HEAD_RE = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i;
const BODY_CONTENT_RE = /<(?:body|div|p|h[1-6]|article|section|main|table|ul|ol|span|a)\b/i;
const META_RE = /<meta\b([^>]*)>/gi;
const LINK_RE = /<link\b([^>]*)>/gi;
const TITLE_RE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;
const ATTR_RE = /([^\s=/>"']+)(?:\s*=\s*"([^"]*)")?/g;
/** Named references other than these make the head go through the DOM (exact decoding). */
const UNKNOWN_NAMED_REF_RE = /&(?!(?:amp|quot|apos|lt|gt|nbsp);)[a-z][a-z0-9]*;/i;
const REF_RE = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

export interface HeadTags {
  /** meta name/property/itemprop/http-equiv (lower-cased) -> content values, in document order. */
  meta: Map<string, string[]>;
  title: string | null;
  canonicalHref: string | null;
}

function decodeRefs(s: string): string {
  return s.replace(REF_RE, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? m;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

function attrsOf(s: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(s); m; m = ATTR_RE.exec(s)) {
    const key = (m[1] ?? '').toLowerCase();
    if (!out.has(key)) out.set(key, decodeRefs(m[2] ?? ''));
  }
  return out;
}

/** Add one meta tag's values to `map` (shared with the DOM reader in metadata.ts). */
export function addMeta(map: Map<string, string[]>, get: (name: string) => string | null): void {
  const content = get('content') ?? get('value') ?? get('datetime');
  if (content === null) return;
  for (const key of ['name', 'property', 'itemprop', 'http-equiv']) {
    const k = get(key);
    if (!k) continue;
    // Some pages put several properties in one attribute: "og:title twitter:title".
    for (const name of k.toLowerCase().split(/\s+/)) {
      if (!name) continue;
      const list = map.get(name);
      if (list) list.push(content);
      else map.set(name, [content]);
    }
  }
}

/** Read and cut the head: `html` without its head's content, and what the head said. */
export function splitHead(html: string): { html: string; head: HeadTags | null } {
  const m = HEAD_RE.exec(html);
  const inner = m?.[1];
  if (!m || inner === undefined || BODY_CONTENT_RE.test(inner) || UNKNOWN_NAMED_REF_RE.test(inner)) return { html, head: null };
  const meta = new Map<string, string[]>();
  META_RE.lastIndex = 0;
  for (let t = META_RE.exec(inner); t; t = META_RE.exec(inner)) {
    const a = attrsOf(t[1] ?? '');
    addMeta(meta, (n) => a.get(n) ?? null);
  }
  let canonicalHref: string | null = null;
  LINK_RE.lastIndex = 0;
  for (let t = LINK_RE.exec(inner); t && canonicalHref === null; t = LINK_RE.exec(inner)) {
    const a = attrsOf(t[1] ?? '');
    if (/(?:^|\s)canonical(?:\s|$)/i.test(a.get('rel') ?? '')) canonicalHref = a.get('href') ?? null;
  }
  const title = TITLE_RE.exec(inner)?.[1];
  const head: HeadTags = { meta, title: title === undefined ? null : decodeRefs(title).replace(/\s+/g, ' ').trim(), canonicalHref };
  return { html: html.slice(0, m.index) + '<head></head>' + html.slice(m.index + m[0].length), head };
}

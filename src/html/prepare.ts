/**
 * Raw-markup work done before parsing: read JSON-LD, strip scripts/styles/comments, collapse
 * whitespace, cap the size. Cheap regex passes that make the DOM (and everything after) smaller.
 */
import { type HeadTags, splitHead } from './head.js';
import { HIDDEN_STYLE_RE, KEPT_ATTRIBUTES, MAX_HTML_CHARS, RAW_COMMENT_RE, RAW_STRIP_RE, RAW_WHITESPACE_RE } from './rules.js';

const JSON_LD_RE = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const PRE_RE = /(<pre\b[\s\S]*?<\/pre\s*>)/i;

export interface Prepared {
  html: string;
  /** Parsed JSON-LD objects (top-level values, arrays flattened, `@graph` flattened). */
  jsonLd: Record<string, unknown>[];
  /** True when the markup was cut to MAX_HTML_CHARS. */
  truncated: boolean;
  /** The head, read by regex and cut from `html`; null when it stayed in the markup. */
  head: HeadTags | null;
}

/** Parse the JSON-LD blocks of a page; broken blocks are skipped. */
export function readJsonLd(html: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  JSON_LD_RE.lastIndex = 0;
  for (let m = JSON_LD_RE.exec(html); m; m = JSON_LD_RE.exec(html)) {
    const body = (m[1] ?? '')
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .trim();
    if (!body) continue;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      try {
        // Common breakage: raw newlines/tabs inside strings, trailing commas.
        value = JSON.parse(body.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
      } catch {
        continue;
      }
    }
    flattenLd(value, out, 0);
  }
  return out;
}

function flattenLd(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flattenLd(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  out.push(obj);
  if (obj['@graph'] !== undefined) flattenLd(obj['@graph'], out, depth + 1);
  // Pages often nest the article under mainEntity / mainEntityOfPage.
  for (const key of ['mainEntity', 'mainEntityOfPage']) {
    const v = obj[key];
    if (v && typeof v === 'object') flattenLd(v, out, depth + 1);
  }
}

const START_TAG_RE = /<([a-zA-Z][\w:-]*)(\s(?:[^>"']|"[^"]*"|'[^']*')*)?>/g;
const ATTR_RE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/** Keep only the attributes something reads; an inline `display:none` becomes `hidden`. */
function rewriteStartTag(whole: string, name: string, attrs: string | undefined): string {
  if (!attrs) return whole;
  let out = `<${name}`;
  let hidden = false;
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(attrs); m; m = ATTR_RE.exec(attrs)) {
    const key = (m[1] ?? '').toLowerCase();
    if (!KEPT_ATTRIBUTES.has(key)) continue;
    const value = m[2] ?? m[3] ?? m[4];
    if (key === 'style') {
      if (value && HIDDEN_STYLE_RE.test(value)) hidden = true;
      continue;
    }
    if (value === undefined) out += ` ${key}`;
    else out += ` ${key}="${value.replace(/"/g, '&quot;')}"`;
  }
  if (hidden) out += ' hidden';
  return out + (attrs.trimEnd().endsWith('/') ? ' />' : '>');
}

/** Whitespace beside a block tag never shows in the text (the block breaks the line anyway) but costs a DOM node. */
const BLOCK_TAG_SOURCE = '<\\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|section|article|header|footer|nav|aside|main|table|tbody|thead|tfoot|tr|td|th|form|figure|blockquote|br|hr|html|head|body|meta|link|title)\\b[^>]*>';
const SPACE_AFTER_BLOCK_RE = new RegExp(`(${BLOCK_TAG_SOURCE})[ \\n]+`, 'gi');
const SPACE_BEFORE_BLOCK_RE = new RegExp(`[ \\n]+(?=${BLOCK_TAG_SOURCE})`, 'gi');

function collapse(s: string): string {
  return s
    .replace(RAW_WHITESPACE_RE, (m) => (m.includes('\n') ? '\n' : ' '))
    .replace(SPACE_AFTER_BLOCK_RE, '$1')
    .replace(SPACE_BEFORE_BLOCK_RE, '');
}

/** Strip what never holds text, collapse whitespace (except inside `<pre>`), read and cut the head, cap size. */
export function prepareHtml(raw: string): Prepared {
  const jsonLd = readJsonLd(raw);
  let html = raw.replace(RAW_COMMENT_RE, '').replace(RAW_STRIP_RE, '');
  // A script without a closing tag would swallow the rest; drop just the opening tag then.
  html = html.replace(/<script\b[^>]*>/gi, '');
  html = html.replace(START_TAG_RE, rewriteStartTag);
  // linkedom takes the first element as the root and drops what follows </html>: start at <html>
  // (text before it is server noise such as PHP warnings), drop closing body/html tags, and wrap
  // markup that has no <html> at all. parse.ts then moves stray nodes into <body>.
  html = html.replace(/<\/(?:body|html)\s*>/gi, '');
  const at = html.search(/<html[\s>]/i);
  if (at > 0) html = html.slice(at);
  else if (at < 0) html = `<html>${html.replace(/<!doctype[^>]*>/i, '')}</html>`;
  if (PRE_RE.test(html)) {
    html = html
      .split(PRE_RE)
      .map((part, i) => (i % 2 === 1 ? part : collapse(part)))
      .join('');
  } else {
    html = collapse(html);
  }
  const split = splitHead(html);
  html = split.html;
  let truncated = false;
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS);
    truncated = true;
  }
  return { html, jsonLd, truncated, head: split.head };
}

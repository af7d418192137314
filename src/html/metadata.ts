/**
 * Page metadata: title, authors, site name, language, canonical URL, publication date. Read from
 * the unpruned DOM plus the page's JSON-LD, before any content choice removes elements.
 */
import { cleanAuthors } from './authors.js';
import { dateFromUrl, findDates, parseDateValue, type DateParseOptions } from './dates.js';
import { type DDocument, type DElement, attr, elementsOf, tagOf } from './dom.js';
import { flatText, paragraphsOf } from './dom-text.js';
import { type HeadTags, addMeta } from './head.js';
import {
  DATE_ELEMENT_TOKEN_RE,
  DATE_MODIFIED_CUE_RE,
  DATE_PUBLISHED_CUE_RE,
  DATE_TEXT_SCAN_CHARS,
  META_OVERRIDES_JSON_LD,
  MODIFIED_META_NAMES,
  PUBLISHED_META_NAMES,
} from './rules.js';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  published: string | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

type Ld = Record<string, unknown>;

/**
 * meta name/property/itemprop (lower-cased) -> content values, in document order: the head's (read
 * by regex in prepare.ts) then the DOM's (microdata meta in the body, or a head left unparsed).
 */
export function readMeta(doc: DDocument, head: HeadTags | null = null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (head) for (const [k, v] of head.meta) map.set(k, [...v]);
  for (const m of elementsOf(doc.getElementsByTagName('meta'))) addMeta(map, (n) => m.getAttribute(n));
  return map;
}

function first(meta: Map<string, string[]>, ...names: string[]): string | null {
  for (const n of names) {
    const v = meta.get(n)?.find((x) => x.trim());
    if (v) return v.trim();
  }
  return null;
}

function ldString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Ld;
    return ldString(o['name'] ?? o['@value']);
  }
  return null;
}

function ldTypes(o: Ld): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

const ARTICLE_TYPE_RE = /article|posting|blog|report|newsarticle|webpage|creativework|review|recipe|video|event|story|liveblog/i;

function ldArticles(jsonLd: readonly Ld[]): Ld[] {
  const arts = jsonLd.filter((o) => ldTypes(o).some((t) => ARTICLE_TYPE_RE.test(t) && !/^(?:website|organization|person|breadcrumblist|imageobject)$/i.test(t)));
  // Most specific first: *Article / BlogPosting ahead of WebPage.
  return arts.sort((a, b) => rank(a) - rank(b));
  function rank(o: Ld): number {
    const ts = ldTypes(o).join(' ');
    if (/article|posting|report|liveblog/i.test(ts)) return 0;
    if (/webpage/i.test(ts)) return 2;
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------

function cleanTitle(raw: string, siteName: string | null): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  if (siteName) {
    const esc = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`\\s*[|\\-–—:·•»]\\s*${esc}\\s*$`, 'i'), '').replace(new RegExp(`^${esc}\\s*[|\\-–—:·•»]\\s*`, 'i'), '');
  }
  return t;
}

function extractTitle(doc: DDocument, head: HeadTags | null, meta: Map<string, string[]>, arts: Ld[], siteName: string | null): string | null {
  const candidates = [
    first(meta, 'og:title', 'twitter:title', 'dc.title', 'headline', 'title'),
    ...arts.map((a) => ldString(a['headline'])),
  ].filter((x): x is string => !!x);
  if (candidates[0]) return cleanTitle(candidates[0], siteName);
  const h1s = elementsOf(doc.querySelectorAll('h1')).map((h) => flatText(h)).filter((t) => t.length > 3);
  const docTitle = (head?.title ?? doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  // An h1 that appears inside the <title> is the article title without the site suffix.
  const h1InTitle = h1s.find((h) => docTitle.toLowerCase().includes(h.toLowerCase()));
  if (h1InTitle) return h1InTitle;
  if (docTitle) {
    const cleaned = cleanTitle(docTitle, siteName);
    // Without a known site name, cut a trailing " | Site" when what stays is long enough.
    const parts = cleaned.split(/\s+[|–—»·•]\s+|\s+-\s+/);
    if (parts.length > 1 && (parts[0] ?? '').split(' ').length >= 3) return parts[0] ?? cleaned;
    return cleaned;
  }
  return h1s.length === 1 ? (h1s[0] ?? null) : null;
}

// ---------------------------------------------------------------------------------------------

function ldAuthorNames(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(ldAuthorNames);
  if (typeof v === 'object') {
    const o = v as Ld;
    if (ldTypes(o).some((t) => /organization/i.test(t))) return [];
    const n = ldString(o['name']);
    return n ? [n] : [];
  }
  return [];
}

function extractAuthors(doc: DDocument, meta: Map<string, string[]>, arts: Ld[]): string[] {
  for (const a of arts) {
    const names = cleanAuthors(ldAuthorNames(a['author'] ?? a['creator']));
    if (names.length) return names;
  }
  const metaVals = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name', 'citation_author']
    .flatMap((n) => meta.get(n) ?? []);
  const fromMeta = cleanAuthors(metaVals);
  if (fromMeta.length) return fromMeta;
  const els = elementsOf(doc.querySelectorAll('[rel="author"], [itemprop="author"], .byline, .author, .author-name, .byline-author, [class*="author-name"], [class*="byline"]'));
  const vals: string[] = [];
  for (const el of els.slice(0, 6)) {
    const nameEl = el.querySelector('[itemprop="name"]');
    const t = flatText(nameEl ?? el);
    if (t && t.length < 120) vals.push(t);
  }
  return cleanAuthors(vals).slice(0, 5);
}

// ---------------------------------------------------------------------------------------------

const ISO_LANG_RE = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;

function normLang(v: string | null | undefined): string | null {
  if (!v) return null;
  const m = ISO_LANG_RE.exec(v.trim().split(/[,;\s]/)[0] ?? '');
  if (!m) return null;
  const code = (m[1] ?? '').toLowerCase();
  return code.length === 2 ? code : null;
}

function extractLanguage(doc: DDocument, meta: Map<string, string[]>, arts: Ld[]): string | null {
  return (
    normLang(doc.documentElement?.getAttribute('lang')) ??
    normLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normLang(first(meta, 'og:locale')) ??
    normLang(first(meta, 'content-language', 'language', 'dc.language', 'dcterms.language')) ??
    normLang(arts.map((a) => ldString(a['inLanguage'])).find(Boolean))
  );
}

// ---------------------------------------------------------------------------------------------

function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

function extractCanonical(doc: DDocument, head: HeadTags | null, meta: Map<string, string[]>, url: string | null | undefined): string | null {
  const link = head ? null : elementsOf(doc.getElementsByTagName('link')).find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(attr(l, 'rel')));
  return resolveUrl(head?.canonicalHref ?? link?.getAttribute('href'), url) ?? resolveUrl(first(meta, 'og:url'), url);
}

function extractSiteName(meta: Map<string, string[]>, jsonLd: readonly Ld[], arts: Ld[]): string | null {
  const m = first(meta, 'og:site_name', 'application-name', 'al:ios:app_name', 'twitter:site:name');
  if (m) return m;
  for (const a of arts) {
    const p = ldString(a['publisher']);
    if (p) return p;
  }
  const site = jsonLd.find((o) => ldTypes(o).some((t) => /^website$/i.test(t)));
  return site ? ldString(site['name']) : null;
}

// ---------------------------------------------------------------------------------------------
// Publication date

function metaDate(meta: Map<string, string[]>, names: readonly string[], opts: DateParseOptions): string | null {
  for (const n of names) {
    for (const v of meta.get(n) ?? []) {
      const d = parseDateValue(v, opts);
      if (d) return d;
    }
  }
  return null;
}

function ldDate(arts: Ld[], keys: readonly string[], opts: DateParseOptions): string | null {
  for (const key of keys) {
    for (const a of arts) {
      const v = a[key];
      const s = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;
      if (s) {
        const d = parseDateValue(s, opts);
        if (d) return d;
      }
    }
  }
  return null;
}

/**
 * JSON-LD `datePublished`, unless a publication meta tag names another day: templates fill JSON-LD
 * from the first draft or the section's creation more often than they fill the meta tags that way.
 */
function structuredDate(arts: Ld[], meta: Map<string, string[]>, opts: DateParseOptions): string | null {
  const pub = ldDate(arts, ['datePublished', 'dateCreated', 'uploadDate'], opts);
  if (!pub) return null;
  const fromMeta = metaDate(meta, META_OVERRIDES_JSON_LD, opts);
  return fromMeta && fromMeta.slice(0, 10) !== pub.slice(0, 10) ? fromMeta : pub;
}

function elementDate(el: DElement, opts: DateParseOptions): string | null {
  for (const a of ['datetime', 'content', 'data-datetime', 'data-date', 'title', 'value']) {
    const v = el.getAttribute(a);
    if (v) {
      const d = parseDateValue(v, opts);
      if (d) return d;
    }
  }
  const t = flatText(el);
  return t.length <= 200 ? (findDates(t, opts, 1)[0]?.value ?? null) : null;
}

/** `<time>` / itemprop=datePublished / pubdate elements that say they are the publication date. */
function markedElementDate(doc: DDocument, opts: DateParseOptions): string | null {
  const sel = '[itemprop="datePublished"], [itemprop="datepublished"], [itemprop="dateCreated"], time[pubdate], [class*="published"], [class*="entry-date"], [class*="post-date"], abbr.published, [property="datePublished"]';
  for (const el of elementsOf(doc.querySelectorAll(sel)).slice(0, 10)) {
    const cls = `${attr(el, 'class')} ${attr(el, 'itemprop')}`;
    if (/updated|modified/i.test(cls) && !/published/i.test(cls)) continue;
    const d = elementDate(el, opts);
    if (d) return d;
  }
  return null;
}

function firstTimeElementDate(doc: DDocument, opts: DateParseOptions): string | null {
  for (const el of elementsOf(doc.getElementsByTagName('time')).slice(0, 10)) {
    const cls = `${attr(el, 'class')} ${attr(el, 'itemprop')} ${attr(el.parentElement as DElement, 'class')}`;
    if (/updated|modified/i.test(cls)) continue;
    // Skip <time> inside comments or related-article lists.
    if (el.parentElement && /comment|related|sidebar|widget/i.test(ancestorClasses(el, 5))) continue;
    const d = elementDate(el, opts);
    if (d) return d;
  }
  return null;
}

function ancestorClasses(el: DElement, depth: number): string {
  let out = '';
  let e: DElement | null = el.parentElement;
  for (let i = 0; e && i < depth; i++, e = e.parentElement) out += ` ${attr(e, 'class')} ${attr(e, 'id')}`;
  return out;
}

/** Elements whose class/id suggests a date line near the title or byline. */
function classDateElement(doc: DDocument, opts: DateParseOptions): string | null {
  const els = elementsOf(doc.querySelectorAll('[class], [id]'));
  let count = 0;
  for (const el of els) {
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html' || tag === 'meta' || tag === 'link') continue;
    const key = `${attr(el, 'class')} ${attr(el, 'id')}`;
    if (!DATE_ELEMENT_TOKEN_RE.test(key)) continue;
    if (/updated|modified|comment/i.test(key)) continue;
    const t = flatText(el);
    if (!t || t.length > 160) continue;
    if (++count > 30) break;
    const d = scoredTextDate(t, opts);
    if (d) return d;
  }
  return null;
}

/** Choose among the dates of a short text: skip those cued as "updated". */
function scoredTextDate(text: string, opts: DateParseOptions): string | null {
  const dates = findDates(text, opts, 5);
  if (!dates.length) return null;
  const pub = dates.find((d) => !DATE_MODIFIED_CUE_RE.test(text.slice(Math.max(0, d.index - 30), d.index)));
  return (pub ?? dates[0])?.value ?? null;
}

/** Visible date lines: the first published-cued date, else the first date, in the page's top text. */
function visibleTextDate(doc: DDocument, opts: DateParseOptions): string | null {
  const body = doc.body;
  if (!body) return null;
  // Paragraphs, not textContent: prepare.ts drops the whitespace between blocks, which would glue
  // "Datum:" to the next line's digits.
  let text = '';
  for (const p of paragraphsOf(body)) {
    text += `${p.text} `;
    if (text.length >= DATE_TEXT_SCAN_CHARS) break;
  }
  text = text.slice(0, DATE_TEXT_SCAN_CHARS);
  const dates = findDates(text, opts, 30);
  if (!dates.length) return null;
  const cued = dates.find((d) => DATE_PUBLISHED_CUE_RE.test(text.slice(Math.max(0, d.index - 25), d.index)) && !DATE_MODIFIED_CUE_RE.test(text.slice(Math.max(0, d.index - 25), d.index)));
  if (cued) return cued.value;
  const notMod = dates.find((d) => !DATE_MODIFIED_CUE_RE.test(text.slice(Math.max(0, d.index - 25), d.index)));
  return (notMod ?? dates[0])?.value ?? null;
}

export interface DateOptions {
  url?: string | null;
  now?: Date;
  monthFirst?: boolean;
}

/** The publication date, by source priority. Also reports which source decided (for debugging). */
export function extractPublished(doc: DDocument, meta: Map<string, string[]>, jsonLd: readonly Ld[], o: DateOptions = {}): { value: string | null; source: string } {
  const opts: DateParseOptions = { now: o.now, monthFirst: o.monthFirst };
  const arts = ldArticles(jsonLd);
  const steps: [string, () => string | null][] = [
    // A full date in the URL path is what the publisher filed the story under (htmldate checks it first).
    ['url', () => dateFromUrl(o.url, o.now)],
    ['json-ld', () => structuredDate(arts.length ? arts : [...jsonLd], meta, opts)],
    ['meta', () => metaDate(meta, PUBLISHED_META_NAMES, opts)],
    ['marked-element', () => markedElementDate(doc, opts)],
    ['time-element', () => firstTimeElementDate(doc, opts)],
    ['date-class', () => classDateElement(doc, opts)],
    ['visible-text', () => visibleTextDate(doc, opts)],
    ['modified', () => ldDate(arts, ['dateModified'], opts) ?? metaDate(meta, MODIFIED_META_NAMES, opts)],
  ];
  for (const [source, fn] of steps) {
    const v = fn();
    if (!v) continue;
    // A UTC time stamp near midnight names the day in UTC, not the publisher's; when the page shows
    // a date one day off, the shown date is the publisher's day.
    if ((source === 'json-ld' || source === 'meta') && UTC_STAMP_RE.test(v)) {
      const shown = markedElementDate(doc, opts) ?? classDateElement(doc, opts) ?? firstTimeElementDate(doc, opts);
      const shownDay = shown && !UTC_STAMP_RE.test(shown) ? shown.slice(0, 10) : null;
      if (shownDay && oneDayApart(shownDay, v.slice(0, 10))) return { value: shownDay, source: `${source}+shown` };
    }
    return { value: v, source };
  }
  return { value: null, source: 'none' };
}

const UTC_STAMP_RE = /T\d{2}:\d{2}(?::\d{2})?(?:Z|\+00:00)$/;

function oneDayApart(a: string, b: string): boolean {
  const d = Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
  return d === 86_400_000;
}

/** All metadata of a page. */
export function extractMetadata(doc: DDocument, jsonLd: readonly Ld[], url: string | null | undefined, now?: Date, head: HeadTags | null = null): PageMetadata {
  const meta = readMeta(doc, head);
  const arts = ldArticles(jsonLd);
  const siteName = extractSiteName(meta, jsonLd, arts);
  const language = extractLanguage(doc, meta, arts);
  const locale = (doc.documentElement?.getAttribute('lang') ?? first(meta, 'og:locale') ?? '').toLowerCase();
  const published = extractPublished(doc, meta, jsonLd, { url, now, monthFirst: /^en[-_]us/.test(locale) || (language === 'en' && !/^en[-_](?:gb|au|nz|ie|in|za)/.test(locale)) }).value;
  return {
    title: extractTitle(doc, head, meta, arts, siteName),
    authors: extractAuthors(doc, meta, arts),
    published,
    siteName,
    language,
    canonicalUrl: extractCanonical(doc, head, meta, url),
  };
}

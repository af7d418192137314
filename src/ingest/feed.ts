import { DOMParser } from 'linkedom';
import { InputError } from './bytes.js';
import type { Entry } from './records.js';

type El = {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<El>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
};

const childrenOf = (el: El): El[] => Array.from(el.children);
const local = (tag: string) => tag.toLowerCase();

function first(el: El, ...tags: string[]): El | undefined {
  const kids = childrenOf(el);
  for (const t of tags) {
    const hit = kids.find((k) => local(k.tagName) === t);
    if (hit) return hit;
  }
  return undefined;
}

function text(el: El | undefined): string | null {
  const t = el?.textContent?.trim();
  return t ? t : null;
}

/** Atom links: the `alternate` (or first) `href`; RSS links: the element's text. */
function link(item: El): string | null {
  const atom = childrenOf(item).filter((k) => local(k.tagName) === 'link' && k.getAttribute('href'));
  if (atom.length) return (atom.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? atom[0])!.getAttribute('href');
  return text(first(item, 'link')) ?? (first(item, 'guid')?.getAttribute('ispermalink') !== 'false' ? text(first(item, 'guid')) : null);
}

/** "David Smith in Washington" -> "David Smith"; "jane@x.org (Jane Roe)" -> "Jane Roe". */
function authorName(raw: string): string {
  const paren = /\(([^)]+)\)\s*$/.exec(raw);
  const name = paren ? paren[1]! : raw.replace(/\S+@\S+/, '');
  return name.replace(/\s+in\s+\p{Lu}[\p{L} ]+$/u, '').trim();
}

function authors(item: El): string[] {
  const out: string[] = [];
  for (const k of childrenOf(item)) {
    const tag = local(k.tagName);
    if (tag === 'author') out.push(text(first(k, 'name')) ?? text(k) ?? '');
    else if (tag === 'dc:creator') out.push(text(k) ?? '');
  }
  return out.map(authorName).filter(Boolean);
}

/** RSS 2.0, RSS 1.0 (RDF) and Atom items as article records; the feed's title is the outlet. */
export function feedEntries(xml: string, source: string, baseId: string): Entry[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
  const root = doc.documentElement;
  const rootTag = root ? local(root.tagName) : '';
  if (!root || !['rss', 'feed', 'rdf:rdf'].includes(rootTag)) throw new InputError(`not an RSS or Atom feed (root <${rootTag || '?'}>)`);
  const channel = rootTag === 'rss' ? first(root, 'channel') ?? root : root;
  const outlet = text(first(channel, 'title'));
  const items = Array.from(root.querySelectorAll(rootTag === 'feed' ? 'entry' : 'item'));
  if (items.length === 0) throw new InputError('feed has no items');
  return items.map((item, i): Entry => {
    const where = `${source}#${i + 1}`;
    const html = text(first(item, 'content:encoded', 'content')) ?? text(first(item, 'description', 'summary'));
    const title = text(first(item, 'title'));
    const url = link(item);
    // A headline-and-link item is still a pointer to an article: keep it as a stub (its page can be fetched).
    if (!html && !(title && url)) return { ok: false, source: where, reason: 'feed item has no content, description or link' };
    const record: Record<string, unknown> = {
      id: text(first(item, 'guid', 'id')) ?? undefined,
      url,
      title,
      ...(html ? { html } : { text: title, headlineOnly: true }),
      published: text(first(item, 'dc:date', 'published', 'pubdate', 'issued', 'updated')),
      authors: authors(item),
      outlet,
      categories: childrenOf(item).filter((k) => ['category', 'dc:subject'].includes(local(k.tagName)))
        .map((k) => k.getAttribute('term') ?? text(k)).filter(Boolean),
    };
    return { ok: true, input: { source: where, format: 'record', record, fallbackId: `${baseId}-${i + 1}` } };
  });
}

import { getJson, type Article, type Quote } from '../api.js';
import { articleHref, dateNode, eventHref, eventTitle, externalLink, h, joined, personHref } from '../dom.js';
import type { PageContext } from '../main.js';

const TYPE_NAMES: Record<string, string> = { PER: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };

/** Closing quotation marks and punctuation right after a quote. */
const CLOSING = /^[,.;:!?…"'”’»)\]]*/;

export const quoteAnchor = (q: Quote) => `q-${q.id.slice(q.id.lastIndexOf('#') + 1)}`;

function speakerNode(q: Quote): Node {
  const name = q.speaker ?? 'unknown speaker';
  return q.speakerEntity ? h('a', { href: personHref(q.speakerEntity), class: 'speaker' }, name) : h('span', { class: 'speaker unknown' }, name);
}

/** The body as paragraphs, with each quote marked and its speaker named after it. */
function body(text: string, quotes: Quote[]): HTMLElement {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const section = h('div', { class: 'body' });
  const paragraphs = /\n\s*\n/g;
  let start = 0;
  const spans: [number, number][] = [];
  for (const m of text.matchAll(paragraphs)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  // Overlapping quotes cannot both be marked: the first one wins.
  const kept: Quote[] = [];
  let lastEnd = -1;
  for (const q of sorted) {
    if (q.start < lastEnd || q.end <= q.start) continue;
    kept.push(q);
    lastEnd = q.end;
  }
  for (const [ps, pe] of spans) {
    const p = h('p');
    let cursor = ps;
    for (const q of kept) {
      const s = Math.max(q.start, ps);
      const e = Math.min(q.end, pe);
      if (e <= s) continue;
      if (s > cursor) p.append(text.slice(cursor, s));
      const mark = h('mark', { class: 'quote' }, text.slice(s, e));
      if (s === q.start) {
        mark.id = quoteAnchor(q);
        mark.tabIndex = -1;
      }
      p.append(mark);
      cursor = e;
      if (e === q.end) {
        // The speaker goes after the closing quotation mark and punctuation, not inside them.
        const close = CLOSING.exec(text.slice(e, pe))?.[0].length ?? 0;
        if (close) p.append(text.slice(e, e + close));
        cursor = e + close;
        p.append(' ', h('span', { class: 'said' }, h('span', { class: 'visually-hidden' }, '(said by '), speakerNode(q), h('span', { class: 'visually-hidden' }, ')')));
      }
    }
    if (cursor < pe) p.append(text.slice(cursor, pe));
    if (p.textContent?.trim()) section.append(p);
  }
  return section;
}

function entities(list: Article['entities']): HTMLElement {
  const groups = new Map<string, Article['entities']>();
  for (const e of list) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
  return h('section', { 'aria-labelledby': 'h-entities' },
    h('h2', { id: 'h-entities' }, 'Named'),
    list.length === 0 ? h('p', { class: 'empty' }, 'No names found.') : null,
    [...groups].map(([type, items]) => h('div', { class: 'entity-group' },
      h('h3', {}, TYPE_NAMES[type] ?? type),
      h('ul', { class: 'chips' }, items.map((e) => h('li', {},
        e.type === 'PER' ? h('a', { href: personHref(e.id) }, e.name) : e.name,
        e.mentions > 1 ? h('span', { class: 'count' }, ` ×${e.mentions}`) : null))))));
}

function quoteList(quotes: Quote[]): HTMLElement {
  return h('section', { 'aria-labelledby': 'h-quotes' },
    h('h2', { id: 'h-quotes' }, `Quotes (${quotes.length})`),
    quotes.length === 0 ? h('p', { class: 'empty' }, 'No quotes found.') : h('ol', { class: 'quote-list' }, quotes.map((q) => h('li', {},
      speakerNode(q), q.cue ? h('span', { class: 'cue' }, ` ${q.cue}`) : null, ': ',
      h('a', { href: `#${quoteAnchor(q)}`, class: 'quote-link' }, q.direct ? `“${q.text}”` : q.text)))));
}

function dates(a: Article): HTMLElement {
  return h('section', { 'aria-labelledby': 'h-dates' },
    h('h2', { id: 'h-dates' }, 'Dates'),
    h('p', {}, 'Event date: ', a.eventDate ? h('time', { datetime: a.eventDate }, a.eventDate) : 'not found'),
    a.times.length ? h('ul', { class: 'times' }, a.times.map((t) => h('li', {}, `“${t.text}” `, h('span', { class: 'meta' }, `→ ${t.value} (${t.type.toLowerCase()})`)))) : null);
}

function removed(a: Article): HTMLElement {
  return h('details', { class: 'removed' },
    h('summary', {}, `Removed from the page (${a.removed.length})`),
    a.removed.length === 0 ? h('p', { class: 'empty' }, 'Nothing was removed.') : h('ol', {}, a.removed.map((r) => h('li', {},
      h('span', { class: 'badge' }, r.reason), ' ', h('span', { class: 'removed-text' }, r.text)))));
}

/** One article: clean text with quotes marked, speakers, names, dates and what was removed. */
export async function articlePage({ params, signal }: PageContext): Promise<Node> {
  const id = params[0] ?? '';
  const a = await getJson<Article>(`/api/articles/${encodeURIComponent(id)}`, {}, signal);
  return h('article', { class: 'article' },
    h('p', { class: 'crumbs' }, h('a', { href: '/' }, '← All articles')),
    h('h1', {}, a.title ?? a.id),
    h('p', { class: 'meta' }, joined([
      a.outlet, a.authors.length ? `by ${a.authors.join(', ')}` : null, a.published ? h('span', {}, 'published ', dateNode(a.published)) : 'undated',
      a.language?.toUpperCase(), externalLink(a.url, 'original'),
    ])),
    a.event ? h('p', { class: 'event-link' }, 'Part of the event ', h('a', { href: eventHref(a.event.id) }, eventTitle(a.event)),
      a.event.copyOf ? [' as a ', h('strong', {}, 'copy'), ' of ', h('a', { href: articleHref(a.event.copyOf.id) }, a.event.copyOf.title ?? a.event.copyOf.id),
        a.event.copyOf.outlet ? ` (${a.event.copyOf.outlet})` : null, ': not an independent source'] : null, '.') : null,
    a.notArticle ? h('p', { class: 'notice' }, `Not an article: ${a.notArticle}`) : null,
    a.warnings.length ? h('ul', { class: 'notice', 'aria-label': 'Warnings' }, a.warnings.map((w) => h('li', {}, w))) : null,
    h('div', { class: 'columns' },
      h('section', { class: 'text', 'aria-label': 'Article text' }, body(a.text, a.quotes)),
      h('aside', { 'aria-label': 'About this article' }, quoteList(a.quotes), entities(a.entities), dates(a))),
    removed(a));
}

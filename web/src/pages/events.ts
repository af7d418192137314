import { getJson, type EventArticle, type EventDetail, type EventSummary, type LedgerEntry, type Page } from '../api.js';
import { articleHref, dateNode, eventHref, eventTitle, h, joined, personHref, plural } from '../dom.js';
import type { PageContext } from '../main.js';
import { quoteAnchor } from './article.js';
import { timeline } from './timeline.js';

const FILTERS = ['q', 'from', 'to', 'storyline', 'person'] as const;
/** Events per page; a page is grouped by storyline. */
const PAGE_SIZE = 100;
const NONE = 'No events yet: events appear here once the event stage groups articles into them.';

export function eventItem(e: EventSummary): HTMLElement {
  return h('li', { class: 'card' },
    h('h3', {}, h('a', { href: eventHref(e.id) }, eventTitle(e))),
    h('p', { class: 'meta' }, joined([
      dateNode(e.date),
      plural(e.articles, 'article'),
      e.independent < e.articles ? `${e.independent} independent` : null,
      e.outlets.length ? e.outlets.join(', ') : null,
      e.quotes ? plural(e.quotes, 'quote') : null,
    ])));
}

function field(name: string, label: string, type: string, value: string | null): HTMLElement {
  const id = `f-${name}`;
  return h('div', { class: `field field-${name}` }, h('label', { for: id }, label), h('input', { id, name, type, value: value ?? '', maxlength: '200' }));
}

/** Events grouped by storyline: storylines in the order of their newest event, events newest first. */
export async function eventsPage({ query, signal }: PageContext): Promise<Node> {
  const params = Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? undefined]));
  const page = await getJson<Page<EventSummary>>('/api/events', { ...params, limit: PAGE_SIZE }, signal);
  const groups = new Map<string, EventSummary[]>();
  for (const e of page.items) groups.set(e.storyline.id, [...(groups.get(e.storyline.id) ?? []), e]);
  const filtered = FILTERS.some((f) => query.get(f));
  // Filters the form does not show (storyline, person) are kept when it is sent again.
  const hidden = (['storyline', 'person'] as const).map((f) => (query.get(f) ? h('input', { type: 'hidden', name: f, value: query.get(f) ?? '' }) : null));
  const form = h('form', { method: 'get', action: '/events', role: 'search', class: 'filters events-filters', 'aria-label': 'Search events' },
    field('q', 'Title words', 'search', query.get('q')), field('from', 'From', 'date', query.get('from')), field('to', 'To', 'date', query.get('to')), hidden,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search'), filtered ? h('a', { href: '/events' }, 'Clear') : null));
  const shown = page.total > page.items.length ? ` (the first ${page.items.length} shown)` : '';
  return h('div', {},
    h('h1', {}, 'Events'),
    form,
    h('p', { class: 'count', role: 'status' }, `${plural(page.total, 'event')}${filtered ? ' found' : ''} in ${plural(groups.size, 'storyline')}${shown}`),
    page.items.length === 0 ? h('p', { class: 'empty' }, filtered ? 'No event matches these filters.' : NONE) : [...groups].map(([id, events], i) => h('section', { class: 'storyline', 'aria-labelledby': `h-sl-${i}` },
      h('h2', { id: `h-sl-${i}` }, events[0]?.storyline.title ?? 'Untitled storyline', ' ',
        h('a', { href: `/events?storyline=${encodeURIComponent(id)}`, class: 'meta', 'aria-label': `Only this storyline (${plural(events.length, 'event')})` }, `(${plural(events.length, 'event')})`)),
      h('ol', { class: 'events' }, events.map(eventItem)))));
}

function articleItem(a: EventArticle): HTMLElement {
  return h('li', { class: a.copyOf ? 'copy' : undefined },
    h('a', { href: articleHref(a.id) }, a.title ?? a.id), ' ',
    h('span', { class: 'meta' }, joined([a.outlet, dateNode(a.published)])),
    a.copyOf ? h('p', { class: 'copy-note' }, h('span', { class: 'badge' }, 'copy'), ' of ',
      h('a', { href: articleHref(a.copyOf.id) }, a.copyOf.title ?? a.copyOf.id), a.copyOf.outlet ? ` (${a.copyOf.outlet})` : null,
      ': not an independent source') : null);
}

function ledgerEntry(entry: LedgerEntry, i: number, copies: Set<string>): HTMLElement {
  return h('section', { class: 'ledger-entry', 'aria-labelledby': `h-sp-${i}` },
    h('h3', { id: `h-sp-${i}` }, entry.entity ? h('a', { href: personHref(entry.entity) }, entry.speaker) : entry.speaker,
      h('span', { class: 'meta' }, ` · ${plural(entry.quotes, 'quote')} in ${plural(entry.outlets.length, 'source')}`)),
    h('div', { class: 'ledger-columns' }, entry.outlets.map((column) => {
      const first = column.quotes[0]?.article;
      return h('div', { class: 'ledger-column' },
        h('h4', {}, column.outlet ?? first?.title ?? first?.id ?? 'unknown source',
          first && copies.has(first.id) ? [' ', h('span', { class: 'badge' }, 'copy')] : null),
        h('ul', {}, column.quotes.map((q) => h('li', {},
          h('blockquote', {}, q.direct ? `“${q.text}”` : q.text),
          h('p', { class: 'meta' }, 'in ', h('a', { href: `${articleHref(q.article.id)}#${quoteAnchor(q)}` }, column.outlet ? (q.article.title ?? q.article.id) : 'the article'))))));
    })));
}

/** One event: where it sits in its storyline, who reported it (copies marked), and who said what where. */
export async function eventPage({ params, signal }: PageContext): Promise<Node> {
  const d = await getJson<EventDetail>(`/api/events/${encodeURIComponent(params[0] ?? '')}`, {}, signal);
  const { event } = d;
  const copies = new Set(d.articles.filter((a) => a.copyOf).map((a) => a.id));
  return h('div', { class: 'event' },
    h('p', { class: 'crumbs' }, h('a', { href: '/events' }, '← All events')),
    h('h1', {}, eventTitle(event)),
    h('p', { class: 'meta' }, joined([
      dateNode(event.date),
      h('span', {}, 'storyline ', h('a', { href: `/events?storyline=${encodeURIComponent(event.storyline.id)}` }, event.storyline.title ?? event.storyline.id)),
      `${plural(event.articles, 'article')}, ${event.independent} independent`,
    ])),
    event.summary ? h('p', { class: 'summary' }, event.summary) : null,
    h('section', { 'aria-labelledby': 'h-timeline' }, h('h2', { id: 'h-timeline' }, 'Timeline of the storyline'), timeline(d.timeline, event.id)),
    h('section', { 'aria-labelledby': 'h-articles' }, h('h2', { id: 'h-articles' }, `Articles (${d.articles.length})`),
      h('ul', { class: 'event-articles' }, d.articles.map(articleItem))),
    h('section', { 'aria-labelledby': 'h-ledger' }, h('h2', { id: 'h-ledger' }, 'Who said what, by source'),
      d.ledger.length === 0 ? h('p', { class: 'empty' }, 'No attributed quotes in this event.') : d.ledger.map((e, i) => ledgerEntry(e, i, copies)),
      d.unattributed.length ? h('details', { class: 'removed' }, h('summary', {}, `Quotes without a speaker (${d.unattributed.length})`),
        h('ul', {}, d.unattributed.map((q) => h('li', {}, q.direct ? `“${q.text}”` : q.text, ' ', h('a', { href: `${articleHref(q.article.id)}#${quoteAnchor(q)}` }, q.article.outlet ?? q.article.title ?? q.article.id))))) : null));
}

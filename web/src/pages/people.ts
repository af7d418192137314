import { getJson, type Entity, type EntityDetail, type Page, type Quote } from '../api.js';
import { articleHref, dateNode, h, joined, personHref } from '../dom.js';
import type { PageContext } from '../main.js';
import { quoteAnchor } from './article.js';
import { eventItem } from './events.js';

/** People named in the corpus, most quoted first. */
export async function peoplePage({ query, signal }: PageContext): Promise<Node> {
  const q = query.get('q') ?? '';
  const page = await getJson<Page<Entity>>('/api/entities', { type: 'PER', q, limit: 100 }, signal);
  return h('div', {},
    h('h1', {}, 'People'),
    h('form', { method: 'get', action: '/people', role: 'search', class: 'filters', 'aria-label': 'Find a person' },
      h('div', { class: 'field field-q' }, h('label', { for: 'f-person' }, 'Name'), h('input', { id: 'f-person', name: 'q', type: 'search', value: q, maxlength: '200' })),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Find'))),
    h('p', { class: 'count', role: 'status' }, `${page.total} ${page.total === 1 ? 'person' : 'people'}`),
    page.items.length === 0 ? h('p', { class: 'empty' }, 'No people found.') : h('ul', { class: 'people' }, page.items.map((e) => h('li', { class: 'card' },
      h('h2', {}, h('a', { href: personHref(e.id) }, e.name)),
      h('p', { class: 'meta' }, joined([e.roles.slice(0, 2).join(', '), `${e.quotes} quote${e.quotes === 1 ? '' : 's'}`, `${e.articles} article${e.articles === 1 ? '' : 's'}`]))))));
}

function byDay(quotes: Quote[]): Map<string, Quote[]> {
  const days = new Map<string, Quote[]>();
  for (const q of quotes) {
    const day = q.date?.slice(0, 10) ?? '';
    days.set(day, [...(days.get(day) ?? []), q]);
  }
  return days;
}

/** A person: everything they said across articles, newest first, grouped by day. */
export async function personPage({ params, signal }: PageContext): Promise<Node> {
  const { entity, articles, quotes, events } = await getJson<EntityDetail>(`/api/entities/${encodeURIComponent(params[0] ?? '')}`, {}, signal);
  return h('div', { class: 'person' },
    h('p', { class: 'crumbs' }, h('a', { href: '/people' }, '← All people')),
    h('h1', {}, entity.name),
    h('p', { class: 'meta' }, joined([
      entity.roles.length ? entity.roles.join(', ') : null,
      entity.aliases.length ? `also written ${entity.aliases.join(', ')}` : null,
    ])),
    h('p', {}, `${quotes.length} quote${quotes.length === 1 ? '' : 's'} in ${new Set(quotes.map((q) => q.article.id)).size} of the ${articles.length} article${articles.length === 1 ? '' : 's'} that name ${entity.type === 'PER' ? 'them' : 'it'}.`),
    h('section', { 'aria-labelledby': 'h-events' },
      h('h2', { id: 'h-events' }, `Events (${events.length})`),
      events.length === 0 ? h('p', { class: 'empty' }, 'In no event yet.') : h('ol', { class: 'events' }, events.map(eventItem))),
    h('section', { 'aria-labelledby': 'h-said' },
      h('h2', { id: 'h-said' }, 'What they said'),
      quotes.length === 0 ? h('p', { class: 'empty' }, 'No quotes attributed.') : [...byDay(quotes)].map(([day, list]) => h('section', { class: 'day' },
        h('h3', {}, day ? h('time', { datetime: day }, day) : 'Undated'),
        h('ol', { class: 'said-list' }, list.map((q) => h('li', {},
          h('blockquote', {}, q.direct ? `“${q.text}”` : q.text),
          h('p', { class: 'meta' }, joined([
            q.cue ? `${q.speakerAsWritten ?? entity.name} ${q.cue}` : null,
            h('a', { href: `${articleHref(q.article.id)}#${quoteAnchor(q)}` }, q.article.title ?? q.article.id),
            q.article.outlet,
          ])))))))),
    h('section', { 'aria-labelledby': 'h-named' },
      h('h2', { id: 'h-named' }, 'Articles naming them'),
      h('ul', {}, articles.map((a) => h('li', {}, h('a', { href: articleHref(a.id) }, a.title ?? a.id), ' ', h('span', { class: 'meta' }, joined([a.outlet, dateNode(a.published)])))))));
}

import { getJson, type Page } from '../api.js';
import { h } from '../dom.js';
import type { PageContext } from '../main.js';

const NONE = 'No events yet: events appear here once the event stage groups articles into them.';

/** Event clusters; empty until the event stage stores them. */
export async function eventsPage({ signal }: PageContext): Promise<Node> {
  const page = await getJson<Page<{ id: string; title?: string }>>('/api/events', {}, signal);
  return h('div', {},
    h('h1', {}, 'Events'),
    page.items.length === 0 ? h('p', { class: 'empty' }, NONE) : h('ul', {}, page.items.map((e) => h('li', {}, h('a', { href: `/events/${encodeURIComponent(e.id)}` }, e.title ?? e.id)))));
}

/** One event: its timeline and which sources report what. Placeholders until events exist. */
export async function eventPage({ params }: PageContext): Promise<Node> {
  return h('div', {},
    h('p', { class: 'crumbs' }, h('a', { href: '/events' }, '← All events')),
    h('h1', {}, `Event ${params[0] ?? ''}`),
    h('section', { 'aria-labelledby': 'h-timeline' }, h('h2', { id: 'h-timeline' }, 'Timeline'), h('p', { class: 'empty' }, NONE)),
    h('section', { 'aria-labelledby': 'h-matrix' }, h('h2', { id: 'h-matrix' }, 'Sources'), h('p', { class: 'empty' }, NONE)));
}

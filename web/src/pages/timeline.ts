import type { EventSummary } from '../api.js';
import { eventHref, eventTitle, h, plural } from '../dom.js';

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/**
 * A storyline's events on a date axis, `current` highlighted. The axis is a picture (hidden from
 * screen readers); the numbered list under it says the same in words and holds the links.
 * Undated events cannot be placed on the axis and are listed apart.
 */
export function timeline(events: EventSummary[], current: string): HTMLElement {
  const dated = events.filter((e) => e.date !== null && !Number.isNaN(dayNumber(e.date)));
  const undated = events.filter((e) => !dated.includes(e));
  const days = dated.map((e) => dayNumber(e.date!));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const axis = h('div', { class: 'axis', 'aria-hidden': 'true' });
  const stacked = new Map<number, number>();
  dated.forEach((e, i) => {
    const day = days[i]!;
    const level = stacked.get(day) ?? 0;
    stacked.set(day, level + 1);
    const dot = h('span', { class: e.id === current ? 'dot current' : 'dot' }, String(i + 1));
    // Placed through the CSSOM: the page's CSP allows no inline style attributes.
    dot.style.setProperty('--x', String(span === 0 ? 0.5 : (day - first) / span));
    dot.style.setProperty('--level', String(level));
    axis.append(dot);
  });
  if (dated.length) {
    const firstDay = dated[0]!.date!.slice(0, 10);
    const lastDay = dated.at(-1)!.date!.slice(0, 10);
    axis.append(h('span', { class: 'tick start' }, firstDay));
    if (firstDay !== lastDay) axis.append(h('span', { class: 'tick end' }, lastDay));
    axis.style.setProperty('--levels', String(Math.max(...stacked.values())));
  }
  const entry = (e: EventSummary, n: number | null) => h('li', { class: e.id === current ? 'current' : undefined },
    n === null ? null : h('span', { class: 'num', 'aria-hidden': 'true' }, `${n}`),
    e.date ? h('time', { datetime: e.date }, e.date.slice(0, 10)) : null,
    ' ',
    e.id === current ? h('strong', { 'aria-current': 'page' }, eventTitle(e)) : h('a', { href: eventHref(e.id) }, eventTitle(e)),
    h('span', { class: 'meta' }, ` · ${plural(e.articles, 'article')}`));
  return h('div', { class: 'timeline' },
    dated.length ? [axis, h('ol', { class: 'timeline-list' }, dated.map((e, i) => entry(e, i + 1)))] : h('p', { class: 'empty' }, 'No event in this storyline is dated.'),
    undated.length ? [h('h3', {}, 'Not dated'), h('ul', { class: 'timeline-list undated' }, undated.map((e) => entry(e, null)))] : null);
}

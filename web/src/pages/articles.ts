import { getJson, type ArticleSummary, type Page, type Stats } from '../api.js';
import { articleHref, dateNode, h, joined } from '../dom.js';
import type { PageContext } from '../main.js';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'outlet', 'language', 'from', 'to'] as const;

function select(name: string, label: string, values: Stats['outlets'], chosen: string | null): HTMLElement {
  const id = `f-${name}`;
  const options = [h('option', { value: '' }, `Any ${label.toLowerCase()}`)];
  for (const v of values) options.push(h('option', { value: v.value, selected: v.value === chosen }, `${v.value} (${v.count})`));
  if (chosen && !values.some((v) => v.value === chosen)) options.push(h('option', { value: chosen, selected: true }, chosen));
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('select', { id, name }, options));
}

function input(name: string, label: string, type: string, value: string | null, extra: Record<string, string> = {}): HTMLElement {
  const id = `f-${name}`;
  return h('div', { class: `field field-${name}` }, h('label', { for: id }, label), h('input', { id, name, type, value: value ?? '', ...extra }));
}

function item(a: ArticleSummary): HTMLElement {
  return h('li', { class: 'card' },
    h('h2', {}, h('a', { href: articleHref(a.id) }, a.title ?? a.id)),
    h('p', { class: 'meta' }, joined([
      a.outlet, dateNode(a.published), a.language?.toUpperCase(),
      a.quotes ? `${a.quotes} quote${a.quotes === 1 ? '' : 's'}` : null,
      a.notArticle ? h('span', { class: 'badge warn' }, `not an article: ${a.notArticle}`) : null,
    ])),
    h('p', { class: 'snippet' }, a.snippet));
}

function pager(query: URLSearchParams, total: number, offset: number): HTMLElement | null {
  if (total <= PAGE_SIZE) return null;
  const link = (to: number, label: string, rel: string) => {
    const q = new URLSearchParams(query);
    if (to > 0) q.set('offset', String(to));
    else q.delete('offset');
    const qs = q.toString();
    return h('a', { href: `/${qs ? `?${qs}` : ''}`, rel }, label);
  };
  const pageNo = Math.floor(offset / PAGE_SIZE) + 1;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? link(Math.max(0, offset - PAGE_SIZE), '← Newer', 'prev') : h('span'),
    h('span', {}, `Page ${pageNo} of ${Math.ceil(total / PAGE_SIZE)}`),
    offset + PAGE_SIZE < total ? link(offset + PAGE_SIZE, 'Older →', 'next') : h('span'));
}

/** The article list: search, filters, newest first. */
export async function articlesPage({ query, signal }: PageContext): Promise<Node> {
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const params = Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? undefined]));
  const [stats, page] = await Promise.all([
    getJson<Stats>('/api/stats', {}, signal),
    getJson<Page<ArticleSummary>>('/api/articles', { ...params, limit: PAGE_SIZE, offset }, signal),
  ]);
  const filtered = FILTERS.some((f) => query.get(f));
  const form = h('form', { method: 'get', action: '/', role: 'search', class: 'filters', 'aria-label': 'Search articles' },
    input('q', 'Search', 'search', query.get('q'), { maxlength: '200', placeholder: 'Words in title or text' }),
    select('outlet', 'Outlet', stats.outlets, query.get('outlet')),
    select('language', 'Language', stats.languages, query.get('language')),
    input('from', 'From', 'date', query.get('from')),
    input('to', 'To', 'date', query.get('to')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Search'), filtered ? h('a', { href: '/' }, 'Clear') : null));
  const count = `${page.total} article${page.total === 1 ? '' : 's'}${filtered ? ' found' : ''}`;
  return h('div', {},
    h('h1', {}, 'Articles'),
    form,
    h('p', { class: 'count', role: 'status' }, count),
    page.items.length ? h('ol', { class: 'articles' }, page.items.map(item)) : h('p', { class: 'empty' }, filtered ? 'No article matches these filters.' : 'No articles stored yet.'),
    pager(query, page.total, offset));
}

import './style.css';
import { ApiFailure } from './api.js';
import { h } from './dom.js';
import { articlePage } from './pages/article.js';
import { articlesPage } from './pages/articles.js';
import { eventPage, eventsPage } from './pages/events.js';
import { peoplePage, personPage } from './pages/people.js';

/** What a page gets: the address's parameters and a signal that aborts when the reader navigates on. */
export interface PageContext {
  params: string[];
  query: URLSearchParams;
  signal: AbortSignal;
}

/** A page renders into a fragment; its first <h1> names it (document title, focus after navigation). */
export type Page = (ctx: PageContext) => Promise<Node>;

const ROUTES: [RegExp, Page, string][] = [
  [/^\/$/, articlesPage, 'articles'],
  [/^\/articles\/([^/]+)$/, articlePage, 'articles'],
  [/^\/people$/, peoplePage, 'people'],
  [/^\/people\/([^/]+)$/, personPage, 'people'],
  [/^\/events$/, eventsPage, 'events'],
  [/^\/events\/([^/]+)$/, eventPage, 'events'],
];

const main = document.getElementById('main')!;
let current: AbortController | null = null;

async function render(focus: boolean): Promise<void> {
  current?.abort();
  const ac = new AbortController();
  current = ac;
  const { pathname, search, hash } = window.location;
  const match = ROUTES.map(([re, page, section]) => ({ m: re.exec(pathname), page, section })).find((r) => r.m);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-section]')) {
    if (a.dataset['section'] === match?.section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  let content: Node;
  try {
    if (!match?.m) throw new ApiFailure(404, 'There is no page at this address.');
    content = await match.page({ params: match.m.slice(1).map((p) => decodeURIComponent(p ?? '')), query: new URLSearchParams(search), signal: ac.signal });
  } catch (error) {
    if (ac.signal.aborted) return;
    const status = error instanceof ApiFailure ? error.status : 0;
    content = h('section', { class: 'error' },
      h('h1', { tabindex: '-1' }, status === 404 ? 'Not found' : 'Something went wrong'),
      h('p', {}, error instanceof Error ? error.message : String(error)),
      h('p', {}, h('a', { href: '/' }, 'Back to the articles')));
  }
  if (ac.signal.aborted) return;
  main.replaceChildren(content);
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Corroborate` : 'Corroborate';
  const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  } else if (focus) {
    window.scrollTo(0, 0);
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }
}

/** Same-origin links and form GETs navigate inside the page. */
function navigate(url: URL): void {
  window.history.pushState(null, '', url.pathname + url.search + url.hash);
  void render(true);
}

document.addEventListener('click', (event) => {
  const a = (event.target as Element | null)?.closest?.('a');
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  navigate(url);
});

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (form.method !== 'get') return;
  event.preventDefault();
  const url = new URL(form.action, window.location.href);
  const data = new FormData(form);
  url.search = new URLSearchParams([...data].filter(([, v]) => typeof v === 'string' && v !== '') as [string, string][]).toString();
  navigate(url);
});

window.addEventListener('popstate', () => void render(false));
void render(false);

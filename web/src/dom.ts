/** A child: text (always inserted as text, never parsed as markup), a node, or nothing. */
export type Child = string | Node | null | undefined | false;

/**
 * Builds an element. Strings become text nodes, so article text can never become markup.
 *
 * @example
 *   h('a', { href: '/articles/x', class: 'title' }, article.title)
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** An external link only for http(s) URLs (a stored URL could say `javascript:`); else plain text. */
export function externalLink(url: string | null, label: string): Node | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return h('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label);
  } catch {
    // not a URL: shown as text below
  }
  return document.createTextNode(url);
}

/** A date as the publisher wrote it, in a <time> element (no time-zone shift). */
export function dateNode(value: string | null): Node {
  if (!value) return document.createTextNode('undated');
  return h('time', { datetime: value }, value.slice(0, 10));
}

/** Joins nodes with a separator, skipping empty ones. */
export function joined(parts: (Node | string | null | undefined)[], separator = ' · '): Node[] {
  const kept = parts.filter((p): p is Node | string => p !== null && p !== undefined && p !== '');
  return kept.flatMap((p, i) => (i === 0 ? [p] : [separator, p])).map((p) => (typeof p === 'string' ? document.createTextNode(p) : p));
}

export const personHref = (id: string) => `/people/${encodeURIComponent(id)}`;
export const articleHref = (id: string) => `/articles/${encodeURIComponent(id)}`;
export const eventHref = (id: string) => `/events/${encodeURIComponent(id)}`;

/** An event's title, or a stand-in naming it by date when the clusterer gave none. */
export const eventTitle = (e: { title: string | null; date: string | null }) => e.title ?? `Untitled event${e.date ? ` of ${e.date.slice(0, 10)}` : ''}`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

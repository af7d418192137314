import type { StoredArticle, StoredAssignment } from '../store/store.js';

/**
 * Who is an independent source: articles joined by a copy (`copyOf`) or by a shared outlet are one
 * source; an article with no outlet and no copy link is a source of its own.
 * Returns a source key per article id.
 */
export function sourceKeys(articles: readonly StoredArticle[], assignments: readonly StoredAssignment[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (x: string, y: string) => {
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
  };
  for (const a of articles) {
    find(a.id);
    if (a.outlet) union(a.id, `outlet:${a.outlet.trim().toLowerCase()}`);
  }
  const ids = new Set(articles.map((a) => a.id));
  for (const x of assignments) if (x.copyOf && ids.has(x.article)) union(x.article, x.copyOf);
  return new Map(articles.map((a) => [a.id, find(a.id)]));
}

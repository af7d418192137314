/**
 * DOM pruning before the content choice: page chrome (nav, footer, forms), hidden elements, and
 * elements whose class/id says they are comments, sharing, related links, ads, newsletter boxes...
 */
import { type DElement, attr, elementsOf, tagOf } from './dom.js';
import {
  BOILERPLATE_ROLES,
  BOILERPLATE_TOKEN_RE,
  CONTENT_TOKEN_RE,
  HIDDEN_STYLE_RE,
  PRUNE_MAX_TEXT_SHARE,
  PRUNE_TAGS,
} from './rules.js';

/** Tags pruned only when they do not hold most of the page (ASP.NET pages wrap everything in a form). */
const GUARDED_TAGS = new Set(['form', 'address', 'aside']);
const PRUNE_SELECTOR = PRUNE_TAGS.join(',');
const TOKEN_SPLIT_RE = /\s+/;
/** Tokens that only count as furniture when they are the whole token (`hidden-xs` is responsive CSS). */
const WHOLE_TOKEN_ONLY = /^(?:hidden|print|date|published|updated|credit|banner|overlay|modal|text|menu|tags|caption)$/i;

function textLen(el: DElement): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

/** Does a class/id string mark page furniture? Returns the matching token or null. */
export function boilerplateToken(classAndId: string): string | null {
  let hit: string | null = null;
  for (const tok of classAndId.split(TOKEN_SPLIT_RE)) {
    if (!tok) continue;
    if (CONTENT_TOKEN_RE.test(tok)) return null;
    if (hit) continue;
    if (BOILERPLATE_TOKEN_RE.test(tok)) {
      // For the weak words, require the whole token; for the rest, any `-`/`_` segment at the end.
      const last = tok.split(/[-_]/).pop() ?? tok;
      if (WHOLE_TOKEN_ONLY.test(last) && last.length !== tok.length && !/^(?:post|entry|article|site|page|wp)[-_]/i.test(tok)) continue;
      hit = tok;
    }
  }
  return hit;
}

export interface PruneResult {
  removed: { el: DElement; reason: string }[];
}

/** Remove boilerplate in place under `root` (never `root` itself). */
export function pruneBoilerplate(root: DElement): PruneResult {
  const removed: { el: DElement; reason: string }[] = [];
  let rootLen = -1;
  const share = (el: DElement): number => {
    if (rootLen < 0) rootLen = Math.max(1, textLen(root));
    return textLen(el) / rootLen;
  };
  const protectedEl = (el: DElement): boolean =>
    share(el) >= PRUNE_MAX_TEXT_SHARE && (el.querySelector('h1, article, main, [itemprop="articleBody"]') !== null || tagOf(el) === 'form');

  for (const el of elementsOf(root.querySelectorAll(PRUNE_SELECTOR))) {
    const tag = tagOf(el);
    if (GUARDED_TAGS.has(tag) && protectedEl(el)) continue;
    removed.push({ el, reason: `tag:${tag}` });
  }
  for (const r of removed) r.el.remove();

  const second: { el: DElement; reason: string }[] = [];
  for (const el of elementsOf(root.querySelectorAll('[class], [id], [role], [hidden], [style], [aria-hidden]'))) {
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') continue;
    if (el.hasAttribute('hidden') || HIDDEN_STYLE_RE.test(attr(el, 'style'))) {
      second.push({ el, reason: 'hidden' });
      continue;
    }
    const role = attr(el, 'role').toLowerCase();
    if (role && BOILERPLATE_ROLES.has(role)) {
      if (!protectedEl(el)) second.push({ el, reason: `role:${role}` });
      continue;
    }
    if (attr(el, 'itemprop').toLowerCase() === 'articlebody') continue;
    const tok = boilerplateToken(`${attr(el, 'class')} ${attr(el, 'id')}`);
    if (tok && !protectedEl(el)) second.push({ el, reason: `class:${tok}` });
  }
  for (const r of second) r.el.remove();
  return { removed: removed.concat(second) };
}

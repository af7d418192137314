/**
 * DOM pruning before the content choice: page chrome (nav, footer, forms), hidden elements, and
 * elements whose class/id says they are comments, sharing, related links, ads, newsletter boxes...
 */
import { type DElement, allElements, attr, classTokens, tagOf } from './dom.js';
import {
  BOILERPLATE_ROLES,
  BOILERPLATE_WORD_RE,
  CONTENT_TOKEN_RE,
  WEAK_WORD_PREFIX_RE,
  WHOLE_TOKEN_WORDS,
  HIDDEN_STYLE_RE,
  CONTENT_ANCHOR_CLASSES,
  PRUNE_ANCHOR_MIN_CHARS,
  PRUNE_MAX_TEXT_SHARE,
  PRUNE_TAGS,
} from './rules.js';

/** Tags pruned only when they do not hold most of the page (ASP.NET pages wrap everything in a form). */
const GUARDED_TAGS = new Set(['form', 'address', 'aside']);
const PRUNE_TAG_SET = new Set(PRUNE_TAGS);
const TOKEN_SPLIT_RE = /\s+/;

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
    if (tokenIsFurniture(tok)) hit = tok;
    continue;
  }
  return hit;
}

/** Any run of the token's `-`/`_` segments is a furniture word (weak words: see WHOLE_TOKEN_WORDS). */
function tokenIsFurniture(tok: string): boolean {
  const segs = tok.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_]+/).filter(Boolean);
  const n = segs.length;
  if (n === 0 || n > 8) return false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j <= Math.min(n, i + 4); j++) {
      const word = segs.slice(i, j).join('-');
      if (!BOILERPLATE_WORD_RE.test(word)) continue;
      if (WHOLE_TOKEN_WORDS.test(word)) {
        const whole = i === 0 && j === n;
        const prefixed = i === 1 && j === n && WEAK_WORD_PREFIX_RE.test(segs[0] ?? '');
        if (!whole && !prefixed) continue;
      }
      return true;
    }
  }
  return false;
}

export interface PruneResult {
  removed: { el: DElement; reason: string }[];
}

export interface PruneOptions {
  /**
   * Prune by class/id words (default true). The retry pass turns it off: a wrapper called
   * `elementor-widget-wrap` or `with-sidebar-right` may hold the whole article.
   */
  byClass?: boolean;
}

/** Remove boilerplate in place under `root` (never `root` itself). One walk over the elements. */
export function pruneBoilerplate(root: DElement, options: PruneOptions = {}): PruneResult {
  const byClass = options.byClass ?? true;
  let rootLen = -1;
  const share = (el: DElement): number => {
    if (rootLen < 0) rootLen = Math.max(1, textLen(root));
    return textLen(el) / rootLen;
  };
  // Ancestors of an explicit article-body container are never pruned (Blogger wraps posts in
  // `widget` divs; themes put `has-sidebar` on the main wrapper).
  const anchors = new Set<DElement>();
  for (const el of allElements(root)) {
    const isAnchor = attr(el, 'itemprop').toLowerCase() === 'articlebody' || classTokens(el).some((t) => CONTENT_ANCHOR_CLASSES.has(t));
    if (!isAnchor || textLen(el) < PRUNE_ANCHOR_MIN_CHARS) continue;
    for (let e: DElement | null = el; e && e !== root; e = e.parentElement) anchors.add(e);
  }
  const protectedEl = (el: DElement): boolean =>
    anchors.has(el) || (share(el) >= PRUNE_MAX_TEXT_SHARE && (hasDescendant(el, PROTECTING_TAGS) || tagOf(el) === 'form'));

  const removed: { el: DElement; reason: string }[] = [];
  const visit = (parent: DElement): void => {
    for (let c = parent.firstElementChild; c; ) {
      const next = c.nextElementSibling;
      const reason = pruneReason(c, protectedEl, byClass);
      if (reason) removed.push({ el: c, reason });
      else visit(c);
      c = next;
    }
  };
  visit(root);
  for (const r of removed) r.el.remove();
  return { removed };
}

const PROTECTING_TAGS = new Set(['h1', 'article', 'main']);

function hasDescendant(el: DElement, tags: Set<string>): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (tags.has(tagOf(c)) || hasDescendant(c, tags)) return true;
  }
  return false;
}

function pruneReason(el: DElement, protectedEl: (el: DElement) => boolean, byClass: boolean): string | null {
  const tag = tagOf(el);
  if (PRUNE_TAG_SET.has(tag)) {
    if (GUARDED_TAGS.has(tag) && protectedEl(el)) return null;
    return `tag:${tag}`;
  }
  if (tag === 'main' || tag === 'article') return null;
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true' && !(el.textContent ?? '').trim() || HIDDEN_STYLE_RE.test(attr(el, 'style'))) return 'hidden';
  const role = attr(el, 'role').toLowerCase();
  if (role && BOILERPLATE_ROLES.has(role)) return protectedEl(el) ? null : `role:${role}`;
  if (!byClass) return null;
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  if (!cls && !id) return null;
  if (attr(el, 'itemprop').toLowerCase() === 'articlebody') return null;
  const tok = boilerplateToken(`${cls} ${id}`);
  if (tok && !protectedEl(el)) return `class:${tok}`;
  return null;
}

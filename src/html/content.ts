/**
 * Main-content choice: our own density scorer, Readability, and how the two are reconciled; then the
 * paragraph-level filters that drop furniture left inside the chosen container.
 */
import { Readability } from '@mozilla/readability';
import type { RemovedPiece } from '../core/document.js';
import { type DDocument, type DElement, attr, elementsOf, tagOf } from './dom.js';
import { type Para, paragraphsOf } from './dom-text.js';
import {
  ARTICLE_BODY_SELECTORS,
  BODY_TOKEN_RE,
  JUNK_PARAGRAPH_RE,
  PARAGRAPH_RULES,
  READABILITY_CHAR_THRESHOLD,
  SCORE_MIN_PARAGRAPH_CHARS,
  SECTION_END_HEADING_RE,
  SIBLINGS,
  TAIL_RULES,
  SUM_WEIGHTS,
} from './rules.js';

const COMMA_RE = /[,，、،;]/g;
const HAS_COMMA_RE = /[,，、،;]/;
const SENTENCE_END_RE = /[.!?。！？…:"”»)]\s*$/;

function linkDensity(p: { text: string; linkChars: number }): number {
  return p.text.length ? p.linkChars / p.text.length : 0;
}

function isBodyClass(el: DElement): boolean {
  const tokens = `${attr(el, 'class')} ${attr(el, 'id')}`.split(/\s+/);
  return tokens.some((t) => t && BODY_TOKEN_RE.test(t));
}

/** Score bonus multiplier for elements that say they are the article body. */
function containerBonus(el: DElement): number {
  const tag = tagOf(el);
  const itemprop = attr(el, 'itemprop').toLowerCase();
  if (itemprop === 'articlebody' || itemprop === 'text') return 1.6;
  if (tag === 'article') return 1.3;
  if (isBodyClass(el)) return 1.25;
  if (tag === 'main' || attr(el, 'role') === 'main') return 1.15;
  return 1;
}

export interface Candidate {
  root: DElement;
  paras: Para[];
}

/**
 * Readability-style scoring in one pass over the paragraphs: each prose paragraph gives points to
 * its container (full), the container's parent (half) and grandparent (a third). The best-scored
 * container, weighted by its class/tag and its link density, wins.
 */
export function ownCandidate(body: DElement, allParas?: Para[]): Candidate {
  const paras = allParas ?? paragraphsOf(body);
  const scores = new Map<DElement, number>();
  for (const p of paras) {
    if (p.text.length < SCORE_MIN_PARAGRAPH_CHARS || linkDensity(p) > PARAGRAPH_RULES.maxLinkDensity) continue;
    if (!p.block) continue;
    const commas = (p.text.match(COMMA_RE) ?? []).length;
    const s = 1 + commas + Math.min(Math.floor(p.text.length / 100), 3);
    // The paragraph's container is the block itself unless it is a p-like leaf.
    let el: DElement | null = /^(?:p|h[1-6]|li|pre|blockquote|td|dd|tr)$/.test(p.tag) ? p.block.parentElement : p.block;
    const weights = [1, 0.5, 1 / 3, 1 / 6];
    for (let i = 0; el && i < weights.length; i++, el = el.parentElement) {
      scores.set(el, (scores.get(el) ?? 0) + s * (weights[i] ?? 0));
      if (el === body) break;
    }
  }
  // Explicit article-body markup wins outright when it holds real text.
  for (const sel of ARTICLE_BODY_SELECTORS) {
    const el = body.querySelector(sel);
    if (el && (scores.get(el) ?? 0) > 0) scores.set(el, (scores.get(el) ?? 0) * 1.6 + 10);
  }
  let best: DElement = body;
  let bestScore = -1;
  const ranked = [...scores.entries()].map(([el, sc]) => [el, sc * containerBonus(el)] as const).sort((x, y) => y[1] - x[1]);
  for (const [el, sc] of ranked.slice(0, 5)) {
    const ps = parasUnder(paras, el);
    const total = ps.reduce((acc, p) => acc + p.text.length, 0);
    const links = ps.reduce((acc, p) => acc + p.linkChars, 0);
    const adjusted = sc * (1 - (total ? links / total : 0));
    if (adjusted > bestScore) {
      bestScore = adjusted;
      best = el;
    }
  }
  // Siblings that carry prose too belong to the article (Readability's sibling pass): the lead in
  // its own box, a second text block after an embedded image.
  const parent = best.parentElement;
  const roots: DElement[] = [best];
  if (parent && best !== body) {
    const threshold = Math.max(SIBLINGS.minScore, (scores.get(best) ?? 0) * SIBLINGS.scoreShare);
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === best) continue;
      const sc = scores.get(sib) ?? 0;
      if (sc >= threshold) {
        roots.push(sib);
        continue;
      }
      if (/^(?:p|h[1-6]|blockquote|ul|ol|pre|table)$/.test(tagOf(sib))) {
        const ps = parasUnder(paras, sib);
        const len = textLength(ps);
        const links = ps.reduce((acc, p) => acc + p.linkChars, 0);
        if (len >= SIBLINGS.minProseChars && links / Math.max(1, len) < SIBLINGS.maxLinkDensity) roots.push(sib);
      }
    }
  }
  const chosen = roots.length === 1 ? parasUnder(paras, best) : paras.filter((p) => roots.some((r) => isInside(p.block, r)));
  return { root: best, paras: chosen };
}

/**
 * Max-sum container: every paragraph under an element adds its length when it is prose and
 * subtracts it (weighted) when it is link-dense or a short label; the element with the highest sum
 * is the text block with the most prose and the least furniture around it.
 */
export function sumCandidate(body: DElement, allParas?: Para[]): Candidate {
  const paras = allParas ?? paragraphsOf(body);
  const sums = new Map<DElement, number>();
  for (const p of paras) {
    if (!p.block) continue;
    const len = p.text.length;
    const ld = linkDensity(p);
    let w: number;
    if (ld > PARAGRAPH_RULES.maxLinkDensity) w = -len * SUM_WEIGHTS.linkPenalty;
    else if (len < SCORE_MIN_PARAGRAPH_CHARS) w = /^h[1-6]$/.test(p.tag) ? 0 : -len * SUM_WEIGHTS.shortPenalty;
    else w = len * (1 - ld) + (HAS_COMMA_RE.test(p.text) ? SUM_WEIGHTS.commaBonus : 0);
    for (let el: DElement | null = p.block; el; el = el.parentElement) {
      sums.set(el, (sums.get(el) ?? 0) + w);
      if (el === body) break;
    }
  }
  let best: DElement = body;
  let bestScore = -Infinity;
  for (const [el, sc] of sums) {
    const adjusted = sc * containerBonus(el);
    if (adjusted > bestScore) {
      bestScore = adjusted;
      best = el;
    }
  }
  return { root: best, paras: parasUnder(paras, best) };
}

function isInside(el: DElement | null, root: DElement): boolean {
  for (let e: DElement | null = el; e; e = e.parentElement) if (e === root) return true;
  return false;
}

function parasUnder(paras: Para[], root: DElement): Para[] {
  return paras.filter((p) => isInside(p.block, root));
}

/** Run Readability on the (pruned) document; returns its content element, or null. */
export function readabilityCandidate(doc: DDocument): Candidate | null {
  try {
    const reader = new Readability<DElement>(doc as never, {
      charThreshold: READABILITY_CHAR_THRESHOLD,
      serializer: (el: unknown) => el as DElement,
      disableJSONLD: true,
    });
    const res = reader.parse();
    const root = res?.content;
    if (!root) return null;
    return { root, paras: paragraphsOf(root) };
  } catch {
    return null;
  }
}

/** Drop furniture paragraphs (link lists, share prompts, credits) from a container's text. */
export function filterParagraphs(paras: Para[], root: DElement | null = null): { kept: Para[]; removed: RemovedPiece[] } {
  const kept: Para[] = [];
  const removed: RemovedPiece[] = [];
  // Lists that are mostly link-only items are navigation.
  const listStats = new Map<DElement, { items: number; linky: number }>();
  for (const p of paras) {
    if (p.tag !== 'li' || !p.block?.parentElement) continue;
    const list = p.block.parentElement;
    const st = listStats.get(list) ?? { items: 0, linky: 0 };
    st.items++;
    if (linkDensity(p) > 0.8) st.linky++;
    listStats.set(list, st);
  }
  // Section-end headings: drop them and the rest of their section.
  let skipUnder: DElement | null = null;
  let skipLevel = 0;
  for (const p of paras) {
    if (skipUnder) {
      if (isInside(p.block, skipUnder) && !(skipLevel && /^h[1-6]$/.test(p.tag) && Number(p.tag[1]) <= skipLevel)) {
        removed.push({ text: p.text.slice(0, 300), reason: 'end-of-article section' });
        continue;
      }
      skipUnder = null;
    }
    if (p.text.length <= 80 && SECTION_END_HEADING_RE.test(p.text) && (/^h[1-6]$/.test(p.tag) || p.text.length <= 40)) {
      removed.push({ text: p.text, reason: 'end-of-article heading' });
      const section = p.block && p.block.parentElement;
      // In a flat container the section runs to the next heading of the same level.
      if (section && section !== root) {
        skipUnder = section;
        skipLevel = 0;
      } else if (root) {
        skipUnder = root;
        skipLevel = /^h[1-6]$/.test(p.tag) ? Number(p.tag[1]) : 6;
      }
      continue;
    }
    const ld = linkDensity(p);
    const prose = p.text.length >= PARAGRAPH_RULES.longProseChars && SENTENCE_END_RE.test(p.text);
    let reason: string | null = null;
    if (p.text.length < 200 && JUNK_PARAGRAPH_RE.test(p.text)) reason = 'furniture line';
    else if (ld > PARAGRAPH_RULES.maxLinkDensity && !prose) reason = 'link-dense';
    else if (p.tag === 'li' && p.block?.parentElement) {
      const st = listStats.get(p.block.parentElement);
      if (st && st.items >= 3 && st.linky / st.items >= PARAGRAPH_RULES.linkListShare && ld > 0.8) reason = 'link list';
    }
    if (reason) removed.push({ text: p.text.slice(0, 300), reason });
    else kept.push(p);
  }
  return trimTail(kept, removed);
}

function isProse(p: Para): boolean {
  return p.text.length >= TAIL_RULES.proseChars && linkDensity(p) < TAIL_RULES.proseMaxLinkDensity && /[.!?。！？…"”»)]/.test(p.text);
}

/**
 * After the last prose paragraph an article ends: trailing headings, short lines and link lists are
 * page furniture (contact boxes, "share:", tag lists, "Kommende Events").
 */
function trimTail(kept: Para[], removed: RemovedPiece[]): { kept: Para[]; removed: RemovedPiece[] } {
  let last = kept.length - 1;
  while (last >= 0 && !isProse(kept[last]!)) last--;
  if (last < 0) return { kept, removed };
  // The tail starts at the first heading after the last prose paragraph: a section without prose.
  let cut = last + 1;
  while (cut < kept.length && !/^h[1-6]$/.test(kept[cut]!.tag)) cut++;
  const tail = kept.slice(cut);
  const tailChars = textLength(tail);
  if (!tail.length || tailChars > TAIL_RULES.maxTailChars) return { kept, removed };
  for (const p of tail) removed.push({ text: p.text.slice(0, 300), reason: 'after the article' });
  return { kept: kept.slice(0, cut), removed };
}

export function textLength(paras: readonly Para[]): number {
  let n = 0;
  for (const p of paras) n += p.text.length;
  return n;
}

export function elementCount(root: DElement): number {
  return elementsOf(root.getElementsByTagName('*')).length;
}

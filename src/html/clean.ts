/**
 * Conditional cleaning inside the chosen container (after Readability's `_cleanConditionally`, on
 * our paragraph list rather than the DOM): a box (div, section, list, table) with few commas is
 * furniture when links dominate it, when its text reads as a promotion, or when it is a short label
 * without a sentence. Thresholds live in `rules.ts` (CONDITIONAL_CLEAN).
 */
import type { RemovedPiece } from '../core/document.js';
import { type DElement, tagOf } from './dom.js';
import type { Para } from './dom-text.js';
import { CONDITIONAL_CLEAN as C, PROMO_BOX_RE } from './rules.js';

interface BoxStats {
  chars: number;
  linkChars: number;
  commas: number;
  promo: boolean;
  /** Some paragraph ends like a sentence or is code: the box is not a bare label. */
  sentence: boolean;
}

const COMMA_RE = /[,，、،]/g;
const SENTENCE_END_RE = /[.!?。！？]$/;
const KEPT_LABEL_TAGS = new Set(['pre']);

function statsOf(paras: readonly Para[], root: DElement): Map<DElement, BoxStats> {
  const stats = new Map<DElement, BoxStats>();
  for (const p of paras) {
    const commas = (p.text.match(COMMA_RE) ?? []).length;
    const promo = p.text.length <= C.promoLineMaxChars && PROMO_BOX_RE.test(p.text);
    for (let el = p.block; el && el !== root; el = el.parentElement) {
      let st = stats.get(el);
      if (!st) {
        st = { chars: 0, linkChars: 0, commas: 0, promo: false, sentence: false };
        stats.set(el, st);
      }
      st.chars += p.text.length;
      st.linkChars += p.linkChars;
      st.commas += commas;
      if (promo) st.promo = true;
      if (SENTENCE_END_RE.test(p.text) || KEPT_LABEL_TAGS.has(p.tag)) st.sentence = true;
    }
  }
  return stats;
}

function boxReason(el: DElement, st: BoxStats): string | null {
  if (!C.boxTags.has(tagOf(el)) || st.commas >= C.keepCommas) return null;
  const ld = st.chars ? st.linkChars / st.chars : 0;
  if (ld > C.maxLinkDensity) return 'link-dense box';
  if (st.promo && st.chars <= C.promoBoxMaxChars) return 'promotion box';
  if (st.chars < C.labelBoxMaxChars && !st.sentence && C.labelTags.has(tagOf(el))) return 'label box';
  return null;
}

/** Drop the paragraphs of furniture boxes inside `root`. */
export function cleanConditionally(paras: Para[], root: DElement): { kept: Para[]; removed: RemovedPiece[] } {
  const stats = statsOf(paras, root);
  const verdict = new Map<DElement, string | null>();
  const reasonFor = (el: DElement): string | null => {
    let r = verdict.get(el);
    if (r === undefined) {
      const st = stats.get(el);
      r = st ? boxReason(el, st) : null;
      verdict.set(el, r);
    }
    return r;
  };
  const kept: Para[] = [];
  const removed: RemovedPiece[] = [];
  for (const p of paras) {
    let reason: string | null = null;
    for (let el = p.block; el && el !== root && !reason; el = el.parentElement) reason = reasonFor(el);
    if (reason) removed.push({ text: p.text.slice(0, 300), reason });
    else kept.push(p);
  }
  return { kept, removed };
}

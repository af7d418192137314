/**
 * HTML -> main text + metadata. Pipeline: raw strip and head read by regex (prepare) -> linkedom
 * parse of the rest -> metadata (head tags + full DOM) -> boilerplate pruning -> our density scorer,
 * conditional cleaning of its boxes, and Readability -> reconcile -> paragraph filters ->
 * not-an-article check. Thresholds live in `rules.ts`.
 */
import type { RemovedPiece } from '../core/document.js';
import { pruneBoilerplate } from './boilerplate.js';
import { cleanConditionally } from './clean.js';
import { filterParagraphs, readabilityCandidate, sumCandidate, textLength } from './content.js';
import { type DDocument, type DElement } from './dom.js';
import { type Para, joinParagraphs, paragraphsOf } from './dom-text.js';
import { extractMetadata, type PageMetadata } from './metadata.js';
import { parseDocument } from './parse.js';
import { prepareHtml } from './prepare.js';
import { MAX_ELEMENTS_FOR_READABILITY, NOT_ARTICLE, READABILITY_WHEN, RECONCILE, RETRY, TIME_BUDGET_MS } from './rules.js';

export interface HtmlExtraction extends PageMetadata {
  /** Main text, paragraphs separated by a blank line. */
  text: string;
  removed: RemovedPiece[];
  /** Set when the page is not an article (index, login wall, empty shell), with the reason. */
  notArticle: string | null;
}

export interface ExtractOptions {
  url?: string | null;
  /** "Now" for date plausibility (tests pin it). */
  now?: Date;
  /**
   * When to run Readability beside our scorer: `auto` (default) only when ours is unsure, `always`
   * (slower, slightly better), `never`.
   */
  readability?: 'auto' | 'always' | 'never';
}

function useReadability(mode: ExtractOptions['readability'], ownKept: Para[], elapsedMs: number, body: DElement): boolean {
  if (mode === 'never') return false;
  if (elapsedMs > TIME_BUDGET_MS.skipReadabilityAfter) return false;
  if (body.getElementsByTagName('*').length > MAX_ELEMENTS_FOR_READABILITY) return false;
  if (mode === 'always') return true;
  return textLength(ownKept) < READABILITY_WHEN.ownTextBelow;
}

const EMPTY: HtmlExtraction = {
  title: null,
  authors: [],
  published: null,
  siteName: null,
  language: null,
  canonicalUrl: null,
  text: '',
  removed: [],
  notArticle: null,
};

/** Cheapest possible text when the DOM route fails: tags out, block ends become paragraph breaks. */
function regexText(html: string): string {
  return html
    .replace(/<(?:\/(?:p|div|h[1-6]|li|tr|blockquote|pre|section|article)|br\s*\/?)\s*>/gi, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Reconcile our max-sum container with Readability: Readability's cleaning is more precise, ours
 * recovers text Readability drops; take ours when it is clearly longer.
 */
function choose(own: { paras: Para[] }, read: { paras: Para[] } | null): { paras: Para[]; source: string } {
  if (!read) return { paras: own.paras, source: 'own' };
  const ownLen = textLength(own.paras);
  const readLen = textLength(read.paras);
  if (readLen === 0 || ownLen >= readLen * RECONCILE.ownLongerRatio) return { paras: own.paras, source: 'own' };
  return { paras: read.paras, source: 'readability' };
}

function notArticleReason(text: string, bodyParas: Para[]): string | null {
  const bodyLen = textLength(bodyParas);
  const bodyLinks = bodyParas.reduce((a, p) => a + p.linkChars, 0);
  if (!text) return 'no main text found';
  if (text.length < NOT_ARTICLE.loginWallMaxChars && NOT_ARTICLE.loginWallRe.test(text)) return 'login wall: little text asking to sign in';
  if (bodyLen > 0 && bodyLinks / bodyLen > NOT_ARTICLE.indexLinkDensity && text.length < 1000) return 'index page: mostly links';
  if (text.length < NOT_ARTICLE.minTextChars) return `too little text (${text.length} characters)`;
  return null;
}

interface MainText {
  kept: Para[];
  removed: RemovedPiece[];
  pruned: { el: DElement; reason: string }[];
  allParas: Para[];
}

/** Prune, score, reconcile and filter: the main text of a parsed page. */
function mainText(doc: DDocument, body: DElement, options: ExtractOptions, started: number, byClass: boolean): MainText {
  const pruned = pruneBoilerplate(body, { byClass }).removed;
  const allParas = paragraphsOf(body);
  const own = sumCandidate(body, allParas);
  const cleaned = cleanConditionally(own.paras, own.root);
  const ownFiltered = filterParagraphs(cleaned.kept, own.root);
  ownFiltered.removed.unshift(...cleaned.removed);

  let readFiltered: { kept: Para[]; removed: RemovedPiece[] } | null = null;
  if (useReadability(options.readability, ownFiltered.kept, performance.now() - started, body)) {
    const read = readabilityCandidate(doc);
    if (read) readFiltered = filterParagraphs(read.paras, read.root);
  }
  const chosen = choose({ paras: ownFiltered.kept }, readFiltered ? { paras: readFiltered.kept } : null);
  const removed = chosen.source === 'own' ? ownFiltered.removed : (readFiltered?.removed ?? []);
  return { kept: chosen.paras, removed, pruned, allParas };
}

/**
 * Too little text after class/id pruning usually means a wrapper with a furniture word in its class
 * held the article: parse again, prune by tag and role only, and keep the longer result.
 */
function retryWithoutClassPruning(html: string, first: MainText, options: ExtractOptions, started: number): MainText {
  const firstLen = textLength(first.kept);
  if (firstLen >= RETRY.ownTextBelow || performance.now() - started > TIME_BUDGET_MS.skipRetryAfter) return first;
  const prunedChars = first.pruned.reduce((n, r) => (r.reason.startsWith('class:') ? n + (r.el.textContent ?? '').length : n), 0);
  if (prunedChars < RETRY.minPrunedChars) return first;
  let doc: DDocument;
  try {
    doc = parseDocument(html);
  } catch {
    return first;
  }
  const body = doc.body ?? doc.documentElement;
  if (!body) return first;
  const second = mainText(doc, body, options, started, false);
  return textLength(second.kept) >= Math.max(firstLen * RETRY.longerRatio, NOT_ARTICLE.minTextChars) ? second : first;
}

/** Extract main text and metadata from an HTML page. */
export function extractHtml(html: string, options: ExtractOptions = {}): HtmlExtraction {
  const started = performance.now();
  const url = options.url ?? null;
  const prep = prepareHtml(html);
  let doc: DDocument;
  try {
    doc = parseDocument(prep.html);
  } catch {
    const text = regexText(prep.html);
    return { ...EMPTY, text, notArticle: text ? null : 'unparseable markup' };
  }
  const meta = extractMetadata(doc, prep.jsonLd, url, options.now, prep.head);
  const body: DElement | null = doc.body ?? doc.documentElement;
  if (!body) return { ...EMPTY, ...meta, notArticle: 'empty document' };

  const main = retryWithoutClassPruning(prep.html, mainText(doc, body, options, started, true), options, started);
  const text = joinParagraphs(main.kept);
  const removedPieces: RemovedPiece[] = [
    ...main.pruned.slice(0, 20).map((r) => ({ text: (r.el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200), reason: r.reason })).filter((r) => r.text),
    ...main.removed.slice(0, 30),
  ];
  if (prep.truncated) removedPieces.push({ text: '', reason: 'page truncated: too large' });
  return {
    ...meta,
    text,
    removed: removedPieces,
    notArticle: notArticleReason(text, main.allParas),
  };
}

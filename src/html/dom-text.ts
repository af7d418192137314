/**
 * DOM -> paragraphs. Block elements (p, h1-h6, li, blockquote, pre, tr, div with text...) start
 * new paragraphs; inline whitespace is collapsed; table cells are joined within their row.
 */
import { type DElement, type DNode, TEXT_NODE, isElement, tagOf } from './dom.js';
import { BLOCK_TAGS, CELL_TAGS, HEADING_TAGS, SKIP_TAGS } from './rules.js';

export interface Para {
  text: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** Tag of the block element the paragraph came from (`p`, `li`, `h2`, `div`...). */
  tag: string;
  /** The block element itself. */
  block: DElement | null;
}

interface Builder {
  paras: Para[];
  buf: string[];
  linkChars: number;
  tag: string;
  block: DElement | null;
}

const WS_RE = /\s+/g;

function flush(b: Builder): void {
  if (b.buf.length === 0) return;
  const text = b.buf.join('').replace(WS_RE, ' ').trim();
  if (text) b.paras.push({ text, linkChars: Math.min(b.linkChars, text.length), tag: b.tag, block: b.block });
  b.buf = [];
  b.linkChars = 0;
}

function walk(node: DNode, b: Builder, inLink: boolean): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      const t = c.textContent ?? '';
      if (!t) continue;
      b.buf.push(t);
      if (inLink) b.linkChars += t.replace(WS_RE, ' ').length;
      continue;
    }
    if (!isElement(c)) continue;
    const tag = tagOf(c);
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'br') {
      flush(b);
      continue;
    }
    if (CELL_TAGS.has(tag)) {
      b.buf.push(' ');
      walk(c, b, inLink);
      b.buf.push(' ');
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush(b);
      const saveTag = b.tag;
      const saveBlock = b.block;
      b.tag = tag;
      b.block = c;
      walk(c, b, inLink || tag === 'a');
      flush(b);
      b.tag = saveTag;
      b.block = saveBlock;
      continue;
    }
    walk(c, b, inLink || tag === 'a');
  }
}

/** The paragraphs of an element's text, with link statistics for filtering. */
export function paragraphsOf(root: DElement): Para[] {
  const b: Builder = { paras: [], buf: [], linkChars: 0, tag: tagOf(root), block: root };
  walk(root, b, false);
  flush(b);
  return b.paras;
}

/** Paragraph texts joined with one blank line. */
export function joinParagraphs(paras: readonly { text: string }[]): string {
  return paras.map((p) => p.text).join('\n\n');
}

/** Whitespace-collapsed text of an element (no block structure). */
export function flatText(el: DNode): string {
  return (el.textContent ?? '').replace(WS_RE, ' ').trim();
}

export function isHeadingTag(tag: string): boolean {
  return HEADING_TAGS.has(tag);
}

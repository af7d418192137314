import type { Range } from './layout.js';
import { CONTINUATION_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER, DOUBLE_OPEN, SINGLE_EITHER, SINGLE_OPEN } from './rules.js';

/** A run of text inside quotation marks. */
export interface MarkedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Content, without the marks and surrounding spaces. */
  start: number;
  end: number;
  /** Index just after the closing mark (the paragraph end when the quote is never closed). */
  after: number;
  /** Single marks (‘…’, '…'), usually a headline quote or a title. */
  single: boolean;
  /** The quote runs over more than one paragraph. */
  paragraphs: number;
}

export interface MarkScan {
  spans: MarkedSpan[];
  /** Closing marks with no opening mark in their paragraph (`he said. — Please come…"`). */
  orphans: number[];
}

const MARK = /["“”«»„‘’'‚]/g;
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** A straight mark opens after a space or an opening bracket or dash, before a non-space. */
const opensHere = (prev: string | undefined, next: string | undefined): boolean =>
  (prev === undefined || /[\s([{—–:/-]/.test(prev)) && !isSpace(next);

/**
 * Every quotation in `text`: curly, straight, guillemet and low-9 double marks, single marks outside
 * double ones, and quotes running over paragraphs (a paragraph that ends inside a quote and a next
 * paragraph that opens with a mark). Nested quotes stay inside their outer quote.
 */
export function scanMarks(text: string, paras: readonly Range[], maxSingleChars: number): MarkScan {
  const spans: MarkedSpan[] = [];
  const orphans: number[] = [];
  let open = -1;
  let openChar = '';
  let count = 1;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    let single = -1;
    let i = para.start;
    if (open >= 0) {
      // continuation paragraph: skip its opening mark
      const m = CONTINUATION_OPEN.exec(text.slice(para.start, para.start + 4));
      i = para.start + (m ? m[0].length : 0);
    }
    MARK.lastIndex = i;
    for (let hit = MARK.exec(text); hit && hit.index < para.end; hit = MARK.exec(text)) {
      i = hit.index;
      const c = hit[0];
      const prev = i > para.start ? text[i - 1] : undefined;
      const next = i + 1 < para.end ? text[i + 1] : undefined;
      if (open < 0 && single >= 0 && (SINGLE_EITHER.has(c) || c === '‘') && !isSpace(prev) && !isWordChar(next)) {
        if (i - single <= maxSingleChars) spans.push(span(text, single, i + 1, true, 1));
        single = -1;
        continue;
      }
      const closesDouble =
        DOUBLE_CLOSE.has(c) || (c === '“' && open >= 0 && (openChar === '„' || (!isSpace(prev) && !isWordChar(next)))) || (DOUBLE_EITHER.has(c) && open >= 0);
      if (closesDouble && open >= 0) {
        spans.push(span(text, open, i + 1, false, count));
        open = -1;
        count = 1;
        continue;
      }
      if (DOUBLE_OPEN.has(c) || (DOUBLE_EITHER.has(c) && opensHere(prev, next))) {
        if (open < 0) {
          open = i;
          openChar = c;
          single = -1;
        }
        continue;
      }
      if (DOUBLE_CLOSE.has(c) || DOUBLE_EITHER.has(c)) {
        orphans.push(i);
        continue;
      }
      if (open < 0 && single < 0 && (SINGLE_OPEN.has(c) || SINGLE_EITHER.has(c)) && opensHere(prev, next) && isWordChar(next)) single = i;
    }
    if (open >= 0) {
      const nextPara = paras[p + 1];
      if (nextPara && CONTINUATION_OPEN.test(text.slice(nextPara.start, nextPara.start + 4))) {
        count++;
        continue;
      }
      spans.push(span(text, open, para.end, false, count));
      open = -1;
      count = 1;
    }
  }
  return { spans, orphans };
}

function span(text: string, open: number, after: number, single: boolean, paragraphs: number): MarkedSpan {
  const closed = after > open + 1 && /["”»“’'‘]/.test(text[after - 1] ?? '');
  let start = open + 1;
  let end = closed ? after - 1 : after;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { open, start, end, after, single, paragraphs };
}

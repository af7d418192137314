import { type Attribution, cuesIn } from './attribution.js';
import type { Range } from './layout.js';
import type { MarkedSpan } from './marks.js';
import type { QuoteOptions } from './rules.js';
import { speakerAfter, speakerBefore } from './speaker.js';

/** A quote piece; `inner` is an attribution written inside the marks (Russian-style dashes). */
export interface Piece {
  span: MarkedSpan;
  inner: Attribution | null;
}

/** A dash that sets off an attribution: an em or en dash, or a spaced hyphen pair. */
const DASH = '(?:—|–|(?<=\\s)--?(?=\\s))';
/** `…,— he said in Vladivostok. — …` inside one pair of marks. */
const INNER = new RegExp(`[,.!?…]?\\s*${DASH}\\s*([^—–"“”«»]{2,90}?)[.,:]\\s*${DASH}\\s*`, 'gu');
/** `…, — he said.` closing the quote. */
const TAIL = new RegExp(`[,.!?…]?\\s*${DASH}\\s*([^—–"“”«»]{2,90}?)[.]?\\s*$`, 'u');
/** `," he said. — Please come…"`: the quote goes on after the attribution, up to a lone closing mark. */
const RESUME = new RegExp(`^([^"“”«»]{2,90}?)[.,:]\\s*${DASH}\\s*`, 'u');

function parse(text: string, from: number, to: number, opts: QuoteOptions): Attribution | null {
  const cue = cuesIn(text, from, to)[0];
  if (!cue) return null;
  const speaker = speakerBefore(text, from, cue.start, opts.maxSpeakerWords) ?? speakerAfter(text, cue.end, to, opts.maxSpeakerWords);
  if (!speaker || speaker.start < from) return null;
  return { speaker, cue };
}

/**
 * Splits quotes around dash attributions inside the marks, and adds the continuation of a quote that
 * resumes after its attribution up to a lone closing mark. Pieces come back in text order.
 */
export function splitDashes(text: string, spans: readonly MarkedSpan[], orphans: readonly number[], paras: readonly Range[], opts: QuoteOptions): Piece[] {
  const out: Piece[] = [];
  for (const span of spans) {
    const body = text.slice(span.start, span.end);
    let from = 0;
    let inner: Attribution | null = null;
    INNER.lastIndex = 0;
    for (let m = INNER.exec(body); m; m = INNER.exec(body)) {
      const a = parse(text, span.start + m.index + m[0].indexOf(m[1]!), span.start + m.index + m[0].indexOf(m[1]!) + m[1]!.length, opts);
      if (!a) continue;
      out.push({ span: { ...span, start: span.start + from, end: span.start + trimEnd(body, m.index) }, inner: a });
      inner = a;
      from = m.index + m[0].length;
    }
    const rest = { ...span, start: span.start + from };
    const tail = TAIL.exec(body.slice(from));
    const tailAttr = tail ? parse(text, rest.start + tail.index + tail[0].indexOf(tail[1]!), rest.start + tail.index + tail[0].indexOf(tail[1]!) + tail[1]!.length, opts) : null;
    if (tail && tailAttr) out.push({ span: { ...rest, end: rest.start + trimEnd(body.slice(from), tail.index) }, inner: tailAttr });
    else out.push({ span: rest, inner });
  }
  for (const k of orphans) {
    const prev = [...out].reverse().find((p) => p.span.after <= k);
    if (!prev || paras.some((p) => p.start > prev.span.after && p.start <= k)) continue;
    const between = text.slice(prev.span.after, k);
    const m = RESUME.exec(between);
    if (!m || !parse(text, prev.span.after, prev.span.after + m[1]!.length + 1, opts)) continue;
    const start = prev.span.after + m[0].length;
    out.push({ span: { open: start, start, end: start + trimEnd(text.slice(start, k), k - start), after: k + 1, single: false, paragraphs: 1 }, inner: null });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function trimEnd(s: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s,]/.test(s[e - 1]!)) e--;
  return e;
}

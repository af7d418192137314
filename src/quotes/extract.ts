import type { QuoteSpan } from '../core/document.js';
import { type Attribution, attributionAfter, attributionBefore, colonAttribution, cuesIn, subjectAttribution } from './attribution.js';
import { type Piece, splitDashes } from './dashes.js';
import { indirectIn } from './indirect.js';
import { type Range, paragraphs, rangeAt, sentences } from './layout.js';
import { scanMarks } from './marks.js';
import { type NameMention, People } from './people.js';
import { SpeakerResolver } from './resolve.js';
import { DEFAULT_OPTIONS, NOT_SPEECH, type QuoteOptions } from './rules.js';

export interface FindQuotesOptions extends QuoteOptions {
  /** Named entities from the entity tagger; when given they replace the capitalised-name heuristics. */
  mentions?: readonly NameMention[];
  /** Also report indirect (reported) speech. */
  indirect: boolean;
}

/** A quote found, before its speaker is resolved. `own` is false when the speaker was inherited. */
interface Found {
  content: Range;
  direct: boolean;
  attribution: Attribution | null;
  own: boolean;
  para: Range;
}

/** A sentence this short right after a quote can be its attribution ("Peskov said in a statement."). */
const SHORT_ATTRIBUTION_WORDS = 8;
/** A name this close to its sentence's start is its subject ("His spokesman Dmitry Peskov denies …"). */
const SUBJECT_MAX_WORDS_BEFORE = 3;
/** Share of capitalised long words above which a marked phrase is a title ("The Spy Who Shagged Me"). */
const TITLE_CASE_SHARE = 0.7;

/**
 * Every quotation in `text` with who said it. Offsets index into `text`.
 *
 * @example
 *   findQuotes('"We are ready," Maria Zakharova said.')
 *   // [{ text: 'We are ready', start: 1, end: 13, direct: true, speaker: 'Maria Zakharova',
 *   //    speakerResolved: 'Maria Zakharova', cue: 'said' }]
 */
export function findQuotes(text: string, options: Partial<FindQuotesOptions> = {}): QuoteSpan[] {
  const opts: FindQuotesOptions = { ...DEFAULT_OPTIONS, indirect: true, ...options };
  const paras = paragraphs(text);
  const scan = scanMarks(text, paras, opts.maxSingleQuoteChars);
  const spans = scan.spans.filter((s) => s.end > s.start && !NOT_SPEECH.test(text.slice(s.start, s.end)));
  const pieces = splitDashes(text, spans, scan.orphans, paras, opts);
  const masked = mask(text, pieces);
  const sents = paras.flatMap((p) => sentences(masked, p));
  const found: Found[] = pieces.map((piece, i) => ({ ...attribute(text, masked, piece, pieces[i + 1], sents, paras, opts), content: piece.span, direct: true }));
  if (opts.indirect) {
    const quoted = new Set(pieces.map((p) => rangeAt(sents, p.span.open)));
    for (const s of sents) {
      if (quoted.has(s)) continue;
      const q = indirectIn(text, masked, s, opts);
      if (q) found.push({ content: q.content, direct: false, attribution: q.attribution, own: true, para: rangeAt(paras, s.start) ?? s });
    }
    found.sort((a, b) => a.content.start - b.content.start);
  }
  inherit(found);
  const kept = found.filter((f) => !f.direct || keep(text, f, opts));
  return resolveAll(text, masked, kept, sents, opts);
}

function mask(text: string, pieces: readonly Piece[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { span } of [...pieces].sort((a, b) => a.span.start - b.span.start)) {
    const start = Math.max(at, span.start);
    if (span.end <= start) continue;
    const keepLast = /[.!?…]/.test(text[span.end - 1]!);
    parts.push(text.slice(at, start), text.slice(start, keepLast ? span.end - 1 : span.end).replace(/[^\n]/g, ' '), keepLast ? text[span.end - 1]! : '');
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function attribute(text: string, masked: string, piece: Piece, next: Piece | undefined, sents: Range[], paras: Range[], opts: QuoteOptions): Omit<Found, 'content' | 'direct'> {
  const { span } = piece;
  const para = rangeAt(paras, span.open) ?? { start: span.open, end: span.after };
  if (piece.inner) return { attribution: piece.inner, own: true, para };
  const sent = rangeAt(sents, span.open) ?? para;
  const sentEnd = Math.max(sent.end, rangeAt(sents, Math.max(span.after - 1, span.open))?.end ?? sent.end);
  const trailerEnd = next && next.span.open < sentEnd && next.span.open >= span.after ? next.span.open : sentEnd;
  const startsSentence = /^[\s—–-]*$/.test(text.slice(sent.start, span.open));
  const before = (): Attribution | null => (startsSentence ? null : attributionBefore(text, masked, sent, span.open, opts));
  const after = (): Attribution | null => (span.after <= trailerEnd ? attributionAfter(text, masked, span.after, trailerEnd, opts) : null);
  let a = startsSentence ? after() : (before() ?? colonAttribution(text, sent, span.open, opts) ?? after());
  if (!a && /^[\s"”»’']*$/.test(text.slice(span.after, trailerEnd))) {
    // `"We will respond." Peskov said.` — a short attribution sentence of its own
    const nextSent = rangeAt(sents, sentEnd);
    if (nextSent && nextSent.start < para.end && text.slice(nextSent.start, nextSent.end).split(/\s+/).length <= SHORT_ATTRIBUTION_WORDS) a = attributionAfter(text, masked, nextSent.start, nextSent.end, opts);
  }
  if (!a && startsSentence) {
    // `Sam Lau, the party's spokesman, said in a statement. "There are …"`: the sentence before is the attribution
    const prevSent = rangeAt(sents, sent.start - 1);
    if (prevSent && prevSent.start >= para.start) a = closingAttribution(text, masked, prevSent, opts);
  }
  if (!a && span.open === para.start) {
    // "Peskov said:" ending the paragraph before
    const prevPara = paras[paras.indexOf(para) - 1];
    const prevSent = prevPara && /:\s*$/.test(text.slice(prevPara.start, prevPara.end)) ? rangeAt(sents, prevPara.end - 1) : undefined;
    if (prevSent) a = attributionBefore(text, masked, prevSent, prevSent.end, opts);
  }
  if (a) return { attribution: a, own: true, para };
  const weak = startsSentence ? null : subjectAttribution(text, sent, span.open, opts);
  return { attribution: weak, own: false, para };
}

/** Words after the cue that may end an attribution sentence ("said in a statement on Tuesday"). */
const MAX_WORDS_AFTER_CUE = 6;

/** A sentence that is only an attribution, its cue near the end: `X said in a statement.`, `She told reporters:`. */
function closingAttribution(text: string, masked: string, sent: Range, opts: QuoteOptions): Attribution | null {
  const body = text.slice(sent.start, sent.end);
  if (!/[.:]\s*$/.test(body) || /["“”]/.test(body)) return null;
  const cue = cuesIn(masked, sent.start, sent.end).at(-1);
  if (!cue || cue.word === 'according to' || /ing$/.test(cue.word)) return null;
  const tail = text.slice(cue.end, sent.end);
  if (tail.split(/\s+/).filter(Boolean).length > MAX_WORDS_AFTER_CUE || /\b(?:that|if|whether|what|how|why)\b/.test(tail)) return null;
  return attributionBefore(text, masked, sent, cue.end, opts);
}

/** Unattributed quotes take the speaker before them in the paragraph, else the one after, else the previous paragraph's last. */
function inherit(found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.attribution) continue;
    const prev = found[i - 1];
    const next = found.slice(i + 1).find((g) => g.para === f.para && g.attribution);
    if (prev?.attribution && (prev.para === f.para || f.content.start - f.para.start <= 1)) f.attribution = prev.attribution;
    else if (next) f.attribution = next.attribution;
  }
}

function keep(text: string, f: Found, opts: QuoteOptions): boolean {
  const words = text.slice(f.content.start, f.content.end).split(/\s+/).filter(Boolean);
  if (f.own) return true;
  if (words.length <= opts.scareMaxWords) return false;
  const long = words.filter((w) => w.length >= 4);
  return long.filter((w) => /^\p{Lu}/u.test(w)).length < TITLE_CASE_SHARE * long.length;
}

function resolveAll(text: string, masked: string, found: Found[], sents: Range[], opts: FindQuotesOptions): QuoteSpan[] {
  const isSubject = (pos: number): boolean => {
    const s = rangeAt(sents, pos);
    return !!s && text.slice(s.start, pos).split(/\s+/).length <= SUBJECT_MAX_WORDS_BEFORE;
  };
  const resolver = new SpeakerResolver(new People(masked, opts.mentions), isSubject);
  const resolved = new Map<Attribution, string | null>();
  const order = [...new Set(found.map((f) => f.attribution).filter((a) => a?.speaker))].sort((a, b) => a!.speaker!.start - b!.speaker!.start);
  for (const a of order) resolved.set(a!, resolver.resolve(text.slice(a!.speaker!.start, a!.speaker!.end), a!.speaker!.start));
  return found.map((f) => {
    const a = f.attribution;
    const speaker = a?.speaker ? text.slice(a.speaker.start, a.speaker.end) : null;
    return {
      text: text.slice(f.content.start, f.content.end),
      start: f.content.start,
      end: f.content.end,
      direct: f.direct,
      speaker,
      speakerResolved: a ? (resolved.get(a) ?? null) : null,
      cue: a && f.own ? text.slice(a.cue.start, a.cue.end) : null,
    };
  });
}

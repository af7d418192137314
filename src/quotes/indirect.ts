import { type Attribution, attributionAfter, cuesIn } from './attribution.js';
import type { Range } from './layout.js';
import { INDIRECT_CUES, type QuoteOptions } from './rules.js';
import { speakerAfter, speakerBefore } from './speaker.js';

/** Reported speech without quotation marks: the content range and who it is attributed to. */
export interface IndirectQuote {
  content: Range;
  attribution: Attribution;
}

/** Words after a cue before its content starts ("told reporters on Thursday that …"): skipped up to "that". */
const MAX_WORDS_BEFORE_THAT = 8;
/** Reported content shorter than this is not a claim ("he said so"). */
const MIN_CONTENT_WORDS = 3;

const trimmed = (text: string, r: Range): Range => {
  let { start, end } = r;
  while (start < end && /[\s,:;—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  return { start, end };
};
const words = (text: string, r: Range): number => text.slice(r.start, r.end).split(/\s+/).filter(Boolean).length;

/**
 * The indirect quote in one sentence, if any: "According to X, …", "…, according to X.",
 * "…, X said.", "X said (that) …". Sentences holding a direct quote are not passed here.
 */
export function indirectIn(text: string, masked: string, s: Range, opts: QuoteOptions): IndirectQuote | null {
  const body = text.slice(s.start, s.end);
  const lead = /^\s*(?:But |And |However, )?according to\s+/i.exec(body);
  if (lead) {
    const speaker = speakerAfter(text, s.start + lead[0].length, s.end, opts.maxSpeakerWords, true);
    const comma = body.indexOf(',', lead[0].length);
    if (speaker && comma > 0) return make(text, { start: s.start + comma + 1, end: s.end }, { speaker, cue: { start: s.start + lead.index + lead[0].search(/according/i), end: s.start + lead[0].trimEnd().length } });
  }
  const lastComma = body.lastIndexOf(',');
  if (lastComma > 0) {
    const tail = attributionAfter(text, masked, s.start + lastComma + 1, s.end, opts);
    const rest = text.slice(tail?.speaker?.end ?? s.end, s.end);
    if (tail && /^[^,]{0,60}[.!?]?\s*$/.test(rest)) return make(text, { start: s.start, end: s.start + lastComma }, tail);
  }
  for (const cue of cuesIn(masked, s.start, s.end)) {
    if (!INDIRECT_CUES.has(cue.word)) continue;
    const speaker = speakerBefore(text, s.start, cue.start, opts.maxSpeakerWords);
    if (!speaker || !/^[\s\p{L},]{0,40}$/u.test(text.slice(s.start, speaker.start)) || /,\s*$/.test(text.slice(speaker.end, cue.start).replace(/^[^,]*,[^,]*,\s*$/, ''))) continue;
    const after = text.slice(cue.end, s.end);
    const that = /^((?:\s+[\p{L}\p{N}'’,-]+){0,8}?)\s+that\s/u.exec(after);
    let start = cue.end;
    if (that && that[1]!.split(/\s+/).filter(Boolean).length <= MAX_WORDS_BEFORE_THAT) start = cue.end + that[0].length;
    else if (!/^\s+[\p{L}\p{N}]/u.test(after) || /^\s+(?:in|on|at|to|with|by|for|of|from|about|during|after|before|earlier|later|last|this|so|yes|no|it|nothing|something)\b/.test(after)) continue;
    return make(text, { start, end: s.end }, { speaker, cue });
  }
  return null;
}

function make(text: string, content: Range, attribution: Attribution): IndirectQuote | null {
  const c = trimmed(text, content);
  return words(text, c) >= MIN_CONTENT_WORDS ? { content: c, attribution } : null;
}

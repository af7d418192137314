import { type Attribution, attributionAfter, cuesIn } from './attribution.js';
import type { Range } from './layout.js';
import { INDIRECT_CUES, type QuoteOptions } from './rules.js';
import { sentenceSubject, speakerAfter, speakerBefore } from './speaker.js';

/** Reported speech without quotation marks: the content range and who it is attributed to. */
export interface IndirectQuote {
  content: Range;
  attribution: Attribution;
}

/** Words after a cue before its content starts ("told reporters on Thursday that …"): skipped up to "that". */
const MAX_WORDS_BEFORE_THAT = 8;
/**
 * A participial speech clause after the main clause ("…, saying the plan relied on optimistic
 * forecasts"): its content is what follows the participle, its speaker the main clause's subject.
 */
const PARTICIPLE_CLAUSE = /,\s+(saying|adding|arguing|noting|claiming|warning|insisting|stating|explaining|contending|asserting|predicting|suggesting)\s+(?:that\s+)?/u;
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
 * "…, X said.", "X said (that) …", "X did Y, saying …". Sentences holding a direct quote are not passed here.
 */
export function indirectIn(text: string, masked: string, s: Range, opts: QuoteOptions): IndirectQuote | null {
  const body = text.slice(s.start, s.end);
  const lead = /^\s*(?:But |And |However, )?according to\s+/i.exec(body);
  if (lead) {
    const speaker = speakerAfter(text, s.start + lead[0].length, s.end, opts.maxSpeakerWords, true);
    const comma = body.indexOf(',', lead[0].length);
    if (speaker && comma > 0) return make(text, { start: s.start + comma + 1, end: s.end }, { speaker, cue: { start: s.start + lead.index + lead[0].search(/according/i), end: s.start + lead[0].trimEnd().length } });
  }
  const clause = PARTICIPLE_CLAUSE.exec(body);
  if (clause) {
    const subject = sentenceSubject(text, { start: s.start, end: s.start + clause.index }, opts.maxSpeakerWords);
    const cueStart = s.start + clause.index + clause[0].indexOf(clause[1]!);
    if (subject) return make(text, { start: s.start + clause.index + clause[0].length, end: s.end }, { speaker: subject, cue: { start: cueStart, end: cueStart + clause[1]!.length } });
  }
  const tail = trailingAttribution(text, masked, s, opts);
  if (tail) return tail;
  for (const cue of cuesIn(masked, s.start, s.end)) {
    if (!INDIRECT_CUES.has(cue.word)) continue;
    const speaker = speakerBefore(text, s.start, cue.start, opts.maxSpeakerWords);
    if (!speaker || !OPENER.test(text.slice(s.start, speaker.start)) || /,\s*$/.test(text.slice(speaker.end, cue.start).replace(/^[^,]*,[^,]*,\s*$/, ''))) continue;
    const after = text.slice(cue.end, s.end);
    const that = /^((?:\s+[\p{L}\p{N}'’,-]+){0,8}?)\s+that\s/u.exec(after);
    let start = cue.end;
    if (that && that[1]!.split(/\s+/).filter(Boolean).length <= MAX_WORDS_BEFORE_THAT) start = cue.end + that[0].length;
    else if (!/^\s+[\p{L}\p{N}]/u.test(after) || /^\s+(?:in|on|at|to|with|by|for|of|from|about|during|after|before|earlier|later|last|this|so|yes|no|it|nothing|something)\b/.test(after)) continue;
    return make(text, { start, end: s.end }, { speaker, cue });
  }
  return null;
}

/** What may open a sentence before its speaker: a few words, or an opening clause up to a comma ("If Trump loses, he said …"). */
const OPENER = /^(?:[\s\p{L},]{0,40}|[^.!?;:"“”]{0,120},\s*)$/u;
/** Words after a trailing attribution that still end the sentence ("…, she said on Tuesday."). */
const MAX_TRAILER_WORDS = 6;

/** "…, X said." / "…, said X, the Y of Z.": content before a comma, attribution closing the sentence. */
function trailingAttribution(text: string, masked: string, s: Range, opts: QuoteOptions): IndirectQuote | null {
  const body = text.slice(s.start, s.end);
  for (let comma = body.indexOf(','); comma > 0; comma = body.indexOf(',', comma + 1)) {
    const tail = attributionAfter(text, masked, s.start + comma + 1, s.end, opts);
    if (!tail?.speaker) continue;
    const rest = text.slice(Math.max(tail.speaker.end, tail.cue.end), s.end);
    if (/^\s+(?:that|he|she|they|it|the|a|an|we|I|his|her|their)\b/.test(rest)) continue;
    if (/^\s*,/.test(rest) || rest.split(/\s+/).filter(Boolean).length <= MAX_TRAILER_WORDS) return make(text, { start: s.start, end: s.start + comma }, tail);
  }
  return null;
}

function make(text: string, content: Range, attribution: Attribution): IndirectQuote | null {
  const c = trimmed(text, content);
  return words(text, c) >= MIN_CONTENT_WORDS ? { content: c, attribution } : null;
}

import type { Range } from './layout.js';
import { CUE_PHRASES, CUE_WORDS, NO_INVERSION, type QuoteOptions, SPEAKER_STOP } from './rules.js';
import { sentenceSubject, speakerAfter, speakerBefore } from './speaker.js';

/** Who said something and with which words: ranges into the article text. */
export interface Attribution {
  speaker: Range | null;
  cue: Range;
}

interface Cue extends Range {
  word: string;
}

/** Capitalised cues that open a sentence with the speaker after them (`Said Comey, "…"`). */
const INVERTED_OPENERS = ['Said', 'Says', 'Added', 'Adds', 'Asked', 'Wrote', 'Tweeted', 'Replied', 'Explained', 'Noted'];

/** Cue forms that are also nouns ("a stark warning", "an X post"): not a cue after a determiner. */
const AMBIGUOUS = new Set('warning warnings post posts report reports claim claims call calls comment comments note notes question questions pledge pledges promise promises demand demands answer answers charge charges estimate estimates remark remarks statement tweets tweet point points reads threats counter reply replies'.split(' '));

const CUE_RE = new RegExp(`\\b(?:${CUE_PHRASES.join('|')}|\\p{Ll}+|${INVERTED_OPENERS.join('|')})\\b`, 'gu');

/** The cues of the last text scanned: `cuesIn` is called many times per article on the same masked text. */
let cached: { text: string; cues: Cue[] } | null = null;

/** Cue words and phrases in `[from, to)` of the masked text (quote contents are blanked). */
export function cuesIn(masked: string, from: number, to: number): Cue[] {
  if (cached?.text !== masked) cached = { text: masked, cues: scanCues(masked) };
  const all = cached.cues;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Cue[] = [];
  for (let i = lo; i < all.length && all[i]!.end <= to; i++) out.push(all[i]!);
  return out;
}

function scanCues(masked: string): Cue[] {
  const out: Cue[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(masked); m; m = CUE_RE.exec(masked)) {
    const prev = masked.slice(Math.max(0, m.index - 12), m.index);
    if (/-$/.test(prev) || (AMBIGUOUS.has(m[0]) && !/(?:\b(?:he|she|they|we|I|you|it|who|to|will|would|did|does|not)|\p{Lu}[\p{L}'’-]*)\s+$/u.test(prev))) continue;
    const word = INVERTED_OPENERS.includes(m[0]) ? m[0].toLowerCase() : m[0];
    if (word.includes(' ') ? CUE_PHRASES.includes(word) : CUE_WORDS.has(word)) out.push({ start: m.index, end: m.index + m[0].length, word });
  }
  return out;
}

const onlyPunct = (s: string): boolean => /^[\s,;:—–\-–]*$/.test(s);
/** What may stand between a closing mark and the speaker: punctuation, or a description before an apposition name. */
const leadsIn = (s: string): boolean => onlyPunct(s.replace(/\b(?:but|and|as)\b/g, '')) || (!/[.!?;]/.test(s) && s.split(/\s+/).length <= 8 && /,\s*$/.test(s));
const participle = (w: string): boolean => /ing$/.test(w);

/**
 * The attribution before a quote in the same sentence: the nearest cue with a speaker next to it
 * ("Macron described the declaration as …", "Peskov stated: …", "According to Peskov, …",
 * "… stating that …" with the sentence subject).
 */
export function attributionBefore(text: string, masked: string, sentence: Range, quoteOpen: number, opts: QuoteOptions): Attribution | null {
  const cues = cuesIn(masked, sentence.start, quoteOpen).reverse();
  for (const cue of cues.slice(0, 2)) {
    const a = participle(cue.word) ? participleAttribution(text, masked, sentence, cue, opts) : attributionAt(text, sentence, cue, quoteOpen, opts);
    if (a) return a;
  }
  return null;
}

/** "…, Clinton said in a statement, calling on Congress to pay "their fair share"": the speaker of the main verb. */
function participleAttribution(text: string, masked: string, sentence: Range, cue: Cue, opts: QuoteOptions): Attribution | null {
  // "…, with Sen. John McCain telling reporters …": a name right before the participle is its subject
  const own = speakerBefore(text, sentence.start, cue.start, opts.maxSpeakerWords);
  if (own && /^\s+$/.test(text.slice(own.end, cue.start)) && /\bwith\s+$/.test(text.slice(Math.max(sentence.start, own.start - 6), own.start))) return { speaker: own, cue };
  for (const main of cuesIn(masked, sentence.start, cue.start).reverse()) {
    if (participle(main.word)) continue;
    const a = attributionAt(text, sentence, main, cue.start, opts);
    if (a) return { speaker: a.speaker, cue };
  }
  const subject = sentenceSubject(text, { start: sentence.start, end: cue.start }, opts.maxSpeakerWords);
  return subject ? { speaker: subject, cue } : null;
}

function attributionAt(text: string, sentence: Range, cue: Cue, limit: number, opts: QuoteOptions): Attribution | null {
  if (cue.word === 'according to') {
    const s = speakerAfter(text, cue.end, limit, opts.maxSpeakerWords, true);
    return s ? { speaker: s, cue } : null;
  }
  const before = speakerBefore(text, sentence.start, cue.start, opts.maxSpeakerWords);
  if (before) return { speaker: before, cue };
  if (!NO_INVERSION.has(cue.word) && onlyPunct(text.slice(sentence.start, cue.start))) {
    const after = speakerAfter(text, cue.end, limit, opts.maxSpeakerWords);
    if (after) return { speaker: after, cue };
  }
  if (/,\s*and\s+$/.test(text.slice(sentence.start, cue.start))) {
    const subject = sentenceSubject(text, { start: sentence.start, end: cue.start }, opts.maxSpeakerWords);
    if (subject) return { speaker: subject, cue };
  }
  return null;
}

/**
 * The attribution right after a quote: `," he said`, `," said Peskov`, `," Zakharova, who …, told
 * reporters`, `," according to AP`. It must start within a few words of the closing mark.
 */
export function attributionAfter(text: string, masked: string, from: number, to: number, opts: QuoteOptions): Attribution | null {
  const head = text.slice(from, to);
  const words = head.split(/\s+/).filter(Boolean);
  const window = from + (words.length > opts.maxTrailerGapWords ? head.indexOf(words[opts.maxTrailerGapWords]!) : head.length);
  const cue = cuesIn(masked, from, Math.min(to, window))[0];
  if (!cue) return null;
  if (cue.word === 'according to' || (onlyPunct(text.slice(from, cue.start)) && !NO_INVERSION.has(cue.word))) {
    const s = speakerAfter(text, cue.end, to, opts.maxSpeakerWords, cue.word === 'according to');
    if (s) return { speaker: s, cue };
  }
  const s = speakerBefore(text, from, cue.start, opts.maxSpeakerWords);
  if (s && leadsIn(text.slice(from, s.start))) return { speaker: s, cue };
  return null;
}

/** `More from Jones: "…"`: a name (or pronoun) and a colon right before the quote, with no verb. */
export function colonAttribution(text: string, sentence: Range, quoteOpen: number, opts: QuoteOptions): Attribution | null {
  const lead = text.slice(sentence.start, quoteOpen);
  const colon = /:\s*$/.exec(lead);
  if (!colon) return null;
  const at = sentence.start + colon.index;
  const speaker = speakerBefore(text, sentence.start, at, opts.maxSpeakerWords);
  return speaker && /^\p{Lu}/u.test(text.slice(speaker.start, speaker.end).split(/\s+/).at(-1) ?? '') ? { speaker, cue: { start: at, end: at + 1 } } : null;
}

/**
 * `Rubio also bemoaned the climate in which people "literally hate each other"`: no cue word, but the
 * sentence opens with a named or pronoun subject and a verb. A weak guess, used only for the speaker.
 */
export function subjectAttribution(text: string, sentence: Range, quoteOpen: number, opts: QuoteOptions): Attribution | null {
  const subject = sentenceSubject(text, { start: sentence.start, end: quoteOpen }, opts.maxSpeakerWords);
  if (!subject) return null;
  const head = text.slice(subject.start, subject.end);
  // "Mike Huckabee, the former Arkansas governor, proposed we …": an apposition may stand between
  const verb = /^(?:\s*(?:\([^)]{1,20}\))?,[^,"“”]{1,90},)?\s+(?:(?:also|then|later|has|had|again|once|even|repeatedly)\s+)*(\p{Ll}+(?:ed|s))\b/u.exec(text.slice(subject.end, quoteOpen));
  if (!verb || !/^(?:\p{Lu}\p{Ll}|he$|she$|He$|She$)/u.test(head) || /^(?:The|This|That|It|There|These|Those|A|An)\b/.test(head)) return null;
  const start = subject.end + verb[0].length - verb[1]!.length;
  if (SPEAKER_STOP.has(verb[1]!)) return null;
  return { speaker: subject, cue: { start, end: start + verb[1]!.length } };
}

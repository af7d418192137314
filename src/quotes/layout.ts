import { ABBREVIATIONS } from './rules.js';

/** A half-open character range `[start, end)` into the article text. */
export interface Range {
  start: number;
  end: number;
}

/** Paragraphs: runs of text between blank lines (a single newline also ends one in scraped text). */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const SENTENCE_END = /[.!?…]+["”’»)]*\s+(?=["“«„‘(]|[\p{Lu}\d—–-])/gu;

/**
 * Sentence ranges over `masked` text (quote contents blanked, so full stops inside a quote do not split
 * the sentence that carries it). Abbreviations ("Mr.", "U.S.") and initials ("J.") do not end one.
 */
export function sentences(masked: string, para: Range): Range[] {
  const out: Range[] = [];
  const body = masked.slice(para.start, para.end);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
    const word = /([\p{L}.]+)\.*$/u.exec(body.slice(Math.max(0, m.index - 12), m.index + 1))?.[1] ?? '';
    const bare = word.replace(/\.$/, '').toLowerCase();
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word.replace(/\.$/, '')))) continue;
    const end = m.index + m[0].length;
    out.push({ start: para.start + start, end: para.start + end });
    start = end;
  }
  if (start < body.length) out.push({ start: para.start + start, end: para.end });
  return out;
}

/** The range in `ranges` (sorted, disjoint) holding `pos`, by binary search. */
export function rangeAt(ranges: readonly Range[], pos: number): Range | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** Sentence bounds, good enough for tense windows, anchors and "the lead" (no full tokeniser). */

/** Words that end with a full stop without ending the sentence ("Jan. 6", "Mr. Macron", "U.S. troops"). */
const ABBREVIATION = /(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mr|mrs|ms|dr|prof|gen|col|lt|sgt|capt|gov|sen|rep|st|no|vs|inc|corp|co|ltd|jr|sr|ft|mt)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])$/i;

/** A sentence end: `.`, `!` or `?` (maybe with closing quotes) followed by space and a capital or quote. */
const END = /[.!?]["'”’)\]]*\s+(?=["“‘([]?[A-Z0-9])|\n\s*/g;

/** `[start, end)` of each sentence of `text`, in order, covering the text. */
export function sentenceBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, m.index - 6), m.index))) continue;
    const end = m.index + m[0].length;
    if (end - start > 0) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** Index into `bounds` of the sentence holding offset `at` (binary search). */
export function sentenceIndex(bounds: readonly [number, number][], at: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

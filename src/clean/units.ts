import { endsLikeSentence } from './features.js';
import { WRAP_SHARE_MIN, WRAP_WIDTH_SLACK } from './rules.js';

/** A paragraph-sized piece of scraped text: one line, or hard-wrapped lines joined. */
export interface Unit {
  text: string;
  /** Index of the unit's first line in the input. */
  line: number;
}

/** Narrowest width we take for hard wrapping; shorter "widest lines" are lists or headings. */
const WRAP_MIN_WIDTH = 50;

/** Hard-wrapped text (lines broken at a fixed width): most lines sit just under the widest. */
function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((l) => l.length).filter((n) => n > 0);
  if (lengths.length < 4) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < WRAP_MIN_WIDTH) return null;
  const near = lengths.filter((n) => n >= width * (1 - WRAP_WIDTH_SLACK) && n <= width * 1.05).length;
  return near / lengths.length >= WRAP_SHARE_MIN ? width : null;
}

/**
 * Splits text into units. Blank lines always separate units. Lines are joined when the text is
 * hard-wrapped, or when a line that does not end like a sentence is followed by one starting in
 * lower case (a wrapped sentence, like a disclaimer broken across lines).
 */
export function splitUnits(raw: string): Unit[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  const width = wrapWidth(lines);
  const units: Unit[] = [];
  let current: Unit | null = null;
  let lastLength = 0;
  lines.forEach((line, index) => {
    if (line === '') {
      current = null;
      return;
    }
    const prev: Unit | null = current;
    const previousLength = lastLength;
    lastLength = line.length;
    const joinsWrapped = prev !== null && width !== null && previousLength >= width * (1 - WRAP_WIDTH_SLACK);
    const joinsSentence = prev !== null && !endsLikeSentence(prev.text) && /^[\p{Ll}]/u.test(line);
    if (prev !== null && (joinsWrapped || joinsSentence)) {
      prev.text = /-$/.test(prev.text) && /^\p{Ll}/u.test(line) ? prev.text.slice(0, -1) + line : `${prev.text} ${line}`;
      return;
    }
    current = { text: line, line: index };
    units.push(current);
  });
  return units;
}

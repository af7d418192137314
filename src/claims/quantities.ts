import { APPROXIMATORS, DURATION_UNITS, MULTIPLIERS, NUMBER_WORDS } from './rules.js';
import { contentKey, type Word } from './words.js';

/** A number with what it counts, found in a sentence: "nearly four-year war" is 4 year. */
export interface Quantity {
  value: number;
  /** The counted thing, stemmed ("year", "drone", "country", "percent"). */
  unit: string;
  /** True for units of time: durations compare only with durations. */
  duration: boolean;
  /** The words as written, from the number to the unit. */
  text: string;
  /** Content words around the number (stemmed), saying what it is about. */
  context: string[];
}

const YEAR = /^(?:19|20)\d\d$/;

function numberAt(words: readonly Word[], i: number, sentence: string): { value: number; next: number } | null {
  const w = words[i]!;
  let value: number;
  if (/^\p{N}/u.test(w.text)) {
    // "44th", "2s22": digits glued to letters are ordinals or codes, not counts.
    if (/^\p{L}/u.test(sentence.charAt(w.end))) return null;
    value = Number(w.text.replace(/,/g, '').replace(/%$/, ''));
    if (!Number.isFinite(value)) return null;
  } else {
    const v = NUMBER_WORDS.get(w.lower);
    if (v === undefined) return null;
    value = v;
  }
  let next = i + 1;
  for (;;) {
    const n = words[next];
    if (!n) break;
    const mult = MULTIPLIERS.get(n.lower);
    const small = NUMBER_WORDS.get(n.lower);
    if (mult !== undefined) value *= mult;
    else if (small !== undefined && small < 10 && value >= 20 && value % 10 === 0) value += small;
    else break;
    next++;
  }
  return { value, next };
}

/**
 * The counted numbers of a sentence ("91 drones", "nearly three years", "90%"). Bare years, ages
 * ("78-year-old"), ordinals and a lone "one" (usually a pronoun) are left out.
 */
export function quantitiesOf(sentence: string, words: readonly Word[], window: number): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = numberAt(words, i, sentence);
    if (!found) continue;
    const first = words[i]!;
    const percent = first.text.endsWith('%');
    let unitWord = percent ? null : words[found.next];
    let end = found.next;
    if (!percent && unitWord && (unitWord.lower === 'per' || unitWord.lower === 'percent')) {
      unitWord = { ...unitWord, lower: 'percent' };
    }
    const unit = percent ? 'percent' : unitWord ? (unitWord.lower === 'percent' ? 'percent' : contentKey(unitWord.lower)) : null;
    if (unit === null || /^\p{N}/u.test(unit)) continue;
    if (YEAR.test(first.text) && !DURATION_UNITS.has(unit)) continue;
    if (first.lower === 'one' && found.next === i + 1 && !DURATION_UNITS.has(unit)) continue;
    if (words[end + 1]?.lower === 'old' && DURATION_UNITS.has(unit)) continue;
    if (!percent) end += 1;
    const lastWord = words[Math.max(i, end - 1)]!;
    const context: string[] = [];
    const from = Math.max(0, i - window);
    const to = Math.min(words.length, end + window);
    for (let j = from; j < to; j++) {
      if (j >= i && j < end) continue;
      const lower = words[j]!.lower;
      if (APPROXIMATORS.has(lower) || NUMBER_WORDS.has(lower) || MULTIPLIERS.has(lower)) continue;
      const key = contentKey(lower);
      if (key && key !== unit) context.push(key);
    }
    out.push({ value: found.value, unit, duration: DURATION_UNITS.has(unit), text: sentence.slice(first.start, lastWord.end), context });
    i = end - 1;
  }
  return out;
}

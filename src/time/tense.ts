/**
 * Tense around a time expression, for the choices a bare "Thursday" or "in December" leaves open.
 * The nearest cue inside the sentence wins; news without a cue is about the past.
 */

export type Tense = 'past' | 'present' | 'future';

/** Words that put the sentence in the future: modals, "is to", "plans to", "scheduled for". */
const FUTURE_CUE =
  /\b(?:will|won't|shall|'ll|going\s+to|(?:is|are|be)\s+(?:due|scheduled|expected|set|slated|poised|planning)\s+to|(?:is|are)\s+to|plans?\s+to|planning\s+to|intends?\s+to|tomorrow|would\s+(?:begin|start|take\s+effect)|could|might)\b/gi;

/** Words that put it in the past: past auxiliaries, reporting verbs, regular past forms (not passives after "be"). */
const PAST_CUE = /(?<!\b(?:be|been|being)\s+)\b(?:was|were|had|did|said|told|ago|last|yesterday|earlier|began|met|took|came|went|made|gave|held|signed|announced|reported|[a-z]{3,}ed)\b/g;

/** Present-tense auxiliaries ("is", "are") count only when no other cue is closer. */
const PRESENT_CUE = /\b(?:is|are|am|has|have|now|currently)\b/gi;

/** How far (characters) from the expression a cue may sit and still count. */
export const TENSE_WINDOW = 80;

interface Cue {
  tense: Tense;
  distance: number;
}

function nearest(re: RegExp, tense: Tense, sentence: string, at: number, end: number): Cue | null {
  let best: Cue | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const s = m.index;
    const e = s + m[0].length;
    if (e > at && s < end) continue; // inside the expression itself ("next week")
    const distance = e <= at ? at - e : s - end;
    if (distance > TENSE_WINDOW) continue;
    // A cue after the expression counts double: the verb governing a date mostly precedes it.
    const weighted = e <= at ? distance : distance * 2;
    if (!best || weighted < best.distance) best = { tense, distance: weighted };
  }
  return best;
}

/**
 * The tense governing `[start, end)` inside `sentence` (offsets relative to the sentence), or
 * null when no cue is near.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense | null {
  const cues = [
    nearest(FUTURE_CUE, 'future', sentence, start, end),
    nearest(PAST_CUE, 'past', sentence, start, end),
    nearest(PRESENT_CUE, 'present', sentence, start, end),
  ].filter((c): c is Cue => c !== null);
  if (!cues.length) return null;
  // Present auxiliaries lose to any other cue ("is expected to", "has said"), so they are weighed down.
  cues.sort((a, b) => (a.tense === 'present' ? a.distance + TENSE_WINDOW : a.distance) - (b.tense === 'present' ? b.distance + TENSE_WINDOW : b.distance));
  return cues[0]!.tense;
}

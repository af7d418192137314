import { endsLikeSentence, words } from './features.js';
import { COMMENT_META, COMMENT_ZONE, OPINION, REPORTING } from './rules.js';

/** Words a paragraph needs before a missing final stop reads as a cut-off snippet, not a heading. */
const TRUNCATED_MIN_WORDS = 12;

/** A paragraph this long with no attribution at all is unlike news prose, which names its sources. */
const UNATTRIBUTED_MIN_WORDS = 40;
/** Share of present-tense verbs above which a paragraph argues rather than reports (news narrates in the past). */
const PRESENT_SHARE_MIN = 0.7;
/** Verbs needed before the tense share means anything. */
const TENSE_MIN_VERBS = 5;

const PRESENT = /^(is|are|am|isn['’]t|aren['’]t|does|doesn['’]t|do|don['’]t|wants?|believes?|thinks?|knows?|needs?|seems?|can['’]t|won['’]t|should|must)$/i;
const PAST = /^(was|were|had|did|didn['’]t|wasn['’]t|said|told|went|came|made|took|gave|\w{3,}ed)$/i;

function presentDominant(text: string): boolean {
  let present = 0;
  let past = 0;
  for (const w of words(text)) {
    const bare = w.replace(/[^\p{L}'’]/gu, '');
    if (PRESENT.test(bare)) present++;
    else if (PAST.test(bare)) past++;
  }
  return present + past >= TENSE_MIN_VERBS && present / (present + past) >= PRESENT_SHARE_MIN;
}

/** The unit that opens a reader-comment section ("Comments", "Leave a Reply", "12 responses"), or -1. */
export function commentZoneStart(texts: readonly string[]): number {
  return texts.findIndex((t) => COMMENT_ZONE.test(t));
}

export function isCommentMeta(text: string): boolean {
  return COMMENT_META.test(text);
}

/**
 * How much a tail paragraph reads like a reader's comment rather than reporting:
 * a cut-off ending (comment snippets are truncated), a reader's voice (first or second person,
 * contractions, intensifiers, exclamations), arguing in the present tense, and length without
 * any quote or attribution.
 */
export function commentScore(text: string): number {
  if (REPORTING.test(text)) return 0;
  const n = words(text).length;
  let score = 0;
  if (n >= TRUNCATED_MIN_WORDS && !endsLikeSentence(text) && /\p{L}$/u.test(text)) score += 2;
  score += OPINION.filter((p) => p.test(text)).length;
  if (n >= UNATTRIBUTED_MIN_WORDS) score += 1;
  if (presentDominant(text)) score += 1;
  return score;
}

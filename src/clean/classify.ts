import { isAllCaps, words } from './features.js';
import {
  AD, CAPS_PROMO_MIN_WORDS, CREDIT_AGENCIES, CREDIT_LINE, DATE_LINE, DISCLAIMER_CUES, FOOTER,
  NAVIGATION, NO_CONTENT, REPORTING, PROMO_PREFIX, PROMO_WHOLE, PROMPT, SHORT_LINE_WORDS, TRAILING_CREDIT,
} from './rules.js';

export type Reason =
  | 'title' | 'byline' | 'date-line' | 'navigation' | 'section-tag' | 'headline' | 'promo' | 'prompt'
  | 'ad' | 'caption' | 'credit' | 'disclaimer' | 'comment' | 'footer' | 'duplicate' | 'no-content' | 'boilerplate';

const any = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text));

/** Longest credit line: "Photo: Danylo Antoniuk / Anadolu Agency via Getty Images". */
const CREDIT_MAX_WORDS = 10;

/** A photo credit line: short, names an agency or photographer, no sentence. */
export function isCredit(text: string): boolean {
  const n = words(text).length;
  // Credits are labels: no sentence inside them, no embedded-post links ("... pic.twitter.com/x").
  if (n > CREDIT_MAX_WORDS || /[.!?]\s+\p{L}/u.test(text) || /twitter\.com|\bhttps?:/i.test(text)) return false;
  if (CREDIT_LINE.test(text)) return true;
  return CREDIT_AGENCIES.test(text) && (/[/|©]/.test(text) || n <= 3) && !/[.!?]["”’]?$/.test(text.replace(/\.com$/i, ''));
}

/** A caption that carries its credit at the end: "... (Danylo Antoniuk/AP Photo)". */
export function hasTrailingCredit(text: string): boolean {
  const m = TRAILING_CREDIT.exec(text);
  return m !== null && CREDIT_AGENCIES.test(m[1] ?? '') && /[/|]|photo|images?/i.test(m[1] ?? '');
}

export function disclaimerCues(text: string): number {
  return DISCLAIMER_CUES.filter((p) => p.test(text)).length;
}

/**
 * What a unit is by its own words and shape, wherever it stands; null for ordinary text.
 * Position-dependent kinds (title, byline, section tags, comments, duplicates) are decided in clean.ts.
 */
export function classifyUnit(text: string): Reason | null {
  if (NO_CONTENT.test(text)) return 'no-content';
  const n = words(text).length;
  const short = n <= SHORT_LINE_WORDS;
  if (short) {
    if (any(AD, text)) return 'ad';
    if (any(FOOTER, text)) return 'footer';
    if (any(NAVIGATION, text)) return 'navigation';
    if (any(PROMO_WHOLE, text)) return 'promo';
    if (isCredit(text)) return 'credit';
    if (DATE_LINE.test(text)) return 'date-line';
  }
  if (n <= 2 * SHORT_LINE_WORDS && any(PROMO_PREFIX, text)) return 'promo';
  if (short && any(PROMPT, text) && !REPORTING.test(text)) return 'prompt';
  if (hasTrailingCredit(text)) return 'caption';
  if (short && isAllCaps(text) && text.split(/\s+/).filter((w) => /^\P{N}*\p{L}{3}/u.test(w)).length >= CAPS_PROMO_MIN_WORDS) return 'promo';
  return null;
}

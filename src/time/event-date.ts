/** The day the reported happening took place, from the time expressions of an article's lead. */
import type { TimeSpan } from '../core/document.js';
import { sentenceBounds } from './sentences.js';

/** Sentences read as "the lead": news states when the happening took place at the top. */
export const LEAD_SENTENCES = 3;

export interface EventDateOptions {
  /** How many opening sentences to read (default LEAD_SENTENCES). */
  leadSentences: number;
  /** With no day in the lead, fall back on the publication day (default true): news is mostly same-day. */
  fallbackToPublished: boolean;
}

/**
 * The first day-level DATE/TIME in the lead that is on or before the DCT (`YYYY-MM-DD`), else the
 * publication day (when `fallbackToPublished`), else null.
 *
 * @example
 *   eventDate(text, tagTimes(text, { dct: '2026-01-09' }), '2026-01-09'); // "on Thursday" -> '2026-01-08'
 */
export function eventDate(text: string, times: readonly TimeSpan[], dct: string | null, options: Partial<EventDateOptions> = {}): string | null {
  const lead = options.leadSentences ?? LEAD_SENTENCES;
  const bounds = sentenceBounds(text);
  const leadEnd = bounds[Math.min(lead, bounds.length) - 1]?.[1] ?? text.length;
  const dctDay = dct ? dct.slice(0, 10) : null;
  for (const t of times) {
    if (t.start >= leadEnd) break;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(t.value)?.[0];
    if (day && (!dctDay || day <= dctDay)) return day;
  }
  return options.fallbackToPublished === false || !dctDay || !/^\d{4}-\d{2}-\d{2}$/.test(dctDay) ? null : dctDay;
}

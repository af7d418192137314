/**
 * Turning a parsed expression into a TimeML value against the document creation time (DCT).
 * Every function takes the DCT as `Day | null`; with no DCT the unknown parts stay `X`.
 */
import {
  type Day, addDays, addMonths, daysBetween, daysInMonth, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDay,
  isoWeekday, quarterOf,
} from './calendar.js';
import type { Tense } from './tense.js';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

/** A resolved point a later expression can count from ("two days later", "the year-earlier quarter"). */
export interface Ref {
  day: Day;
  gran: Granularity;
}

const FINENESS: Granularity[] = ['day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'];

export const finer = (a: Granularity, b: Granularity): Granularity =>
  FINENESS.indexOf(a) <= FINENESS.indexOf(b) ? a : b;

/** The TimeML value of `day` at `gran`: `2026-01-08`, `2026-W02`, `2026-01`, `2026-Q1`, `2026`, `202`, `20`. */
export function fmtAt(day: Day, gran: Granularity): string {
  switch (gran) {
    case 'day':
      return fmtDay(day);
    case 'week':
      return fmtWeek(day);
    case 'month':
      return fmtMonth(day.y, day.m);
    case 'quarter':
      return `${fmtYear(day.y)}-Q${quarterOf(day.m)}`;
    case 'half':
      return `${fmtYear(day.y)}-H${day.m <= 6 ? 1 : 2}`;
    case 'season':
    case 'year':
      return fmtYear(day.y);
    case 'decade':
      return fmtYear(day.y).slice(0, 3);
    case 'century':
      return fmtYear(day.y).slice(0, 2);
  }
}

/** What an unresolvable value looks like at each granularity. */
export const UNKNOWN: Record<Granularity, string> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', season: 'XXXX',
  year: 'XXXX', decade: 'XXX', century: 'XX',
};

/** Unit word -> the calendar granularity it counts in. */
export const UNIT_GRAN: Record<string, Granularity> = {
  day: 'day', night: 'day', week: 'week', fortnight: 'week', weekend: 'week', month: 'month', quarter: 'quarter',
  year: 'year', decade: 'decade', century: 'century',
};

/** Moves `day` by `n` units (fractions round; a fortnight is two weeks). */
export function shift(day: Day, n: number, unit: string): Day {
  const k = Math.round(n);
  switch (unit) {
    case 'day':
    case 'night':
      return addDays(day, k);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * k);
    case 'fortnight':
      return addDays(day, 14 * k);
    case 'month':
      return addMonths(day, k);
    case 'quarter':
      return addMonths(day, 3 * k);
    case 'half':
      return addMonths(day, 6 * k);
    case 'year':
      return addMonths(day, 12 * k);
    case 'decade':
      return addMonths(day, 120 * k);
    case 'century':
      return addMonths(day, 1200 * k);
    default:
      return day;
  }
}

/**
 * The day a bare weekday names. News reports the past: the most recent such day on or before the
 * DCT, unless the tense is future (the next one on or after the DCT). `rel` "last"/"next"/"this"
 * overrides the tense.
 */
export function weekdayNear(dct: Day, weekday: number, tense: Tense | null, rel: string | null): Day {
  const back = (isoWeekday(dct) - weekday + 7) % 7;
  const fwd = (weekday - isoWeekday(dct) + 7) % 7;
  if (rel === 'last' || rel === 'past') return addDays(dct, -(back || 7));
  if (rel === 'next' || rel === 'coming') return addDays(dct, fwd || 7);
  if (rel === 'this') return addDays(dct, weekday - isoWeekday(dct));
  return tense === 'future' ? addDays(dct, fwd) : addDays(dct, -back);
}

/**
 * How far (days) a month-day may lie on the "wrong" side of the DCT for its tense and still be the
 * nearest reading: "was due by Oct. 31" written on Oct. 26 is this year's Oct. 31.
 */
export const TENSE_SLACK_DAYS = 31;

/**
 * The year of a month (and day) written without one: the nearest such month (day) to the DCT,
 * unless the tense puts it on the other side. A bare month follows the tense strictly ("said in
 * December" written in January is last December); a month-day may be up to TENSE_SLACK_DAYS off.
 */
export function yearNear(dct: Day, m: number, d: number | null, tense: Tense | null): number {
  const dist = (y: number): number =>
    d === null ? (y - dct.y) * 12 + m - dct.m : daysBetween(dct, { y, m, d: Math.min(d, daysInMonth(y, m)) });
  const slack = d === null ? 0 : TENSE_SLACK_DAYS;
  const ys = [dct.y - 1, dct.y, dct.y + 1].filter((y) =>
    tense === 'past' ? dist(y) <= slack : tense === 'future' ? dist(y) >= -slack : true,
  );
  let best = ys[0] ?? dct.y;
  for (const y of ys) if (Math.abs(dist(y)) < Math.abs(dist(best))) best = y;
  return best;
}

/** `{y, m, d}` when valid, else null (Feb 30). */
export function validDay(y: number, m: number, d: number): Day | null {
  const day = { y, m, d };
  return isValidDay(day) ? day : null;
}

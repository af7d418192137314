/** Calendar arithmetic on plain days (no time zones: news dates are the days the publisher wrote). */

export interface Day {
  y: number;
  /** 1..12 */
  m: number;
  /** 1..31 */
  d: number;
}

const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2026-01-09` or `2026-01-09T14:30:00+02:00` -> the written day; null when unreadable. */
export function parseDay(iso: string | null | undefined): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ y, m, d }: Day): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const toMs = ({ y, m, d }: Day): number => Date.UTC(y, m - 1, d);

function fromMs(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const addDays = (day: Day, n: number): Day => fromMs(toMs(day) + n * MS_PER_DAY);

/** Adds months, clamping the day to the month's length (Jan 31 + 1 month -> Feb 28). */
export function addMonths(day: Day, n: number): Day {
  const idx = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export const compareDays = (a: Day, b: Day): number => toMs(a) - toMs(b);

export const daysBetween = (a: Day, b: Day): number => Math.round((toMs(b) - toMs(a)) / MS_PER_DAY);

/** ISO weekday: Monday 1 .. Sunday 7. */
export const isoWeekday = (day: Day): number => ((new Date(toMs(day)).getUTCDay() + 6) % 7) + 1;

/** ISO 8601 week: the week-year (may differ from the calendar year at the edges) and week number. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

export const fmtDay = ({ y, m, d }: Day): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtYear = (y: number): string => pad(y, 4);

export function fmtWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/**
 * Date strings -> `YYYY-MM-DD` (or a literal ISO date-time when a time is given). The day is the
 * one the publisher wrote: no time-zone arithmetic is ever applied.
 */
import { MIN_PLAUSIBLE_YEAR, MONTHS } from './rules.js';

export interface DateParseOptions {
  /** "Now" for the plausibility check (defaults to the clock). */
  now?: Date;
  /** Prefer month-first for ambiguous `01/02/2016` (US English pages). */
  monthFirst?: boolean;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD` when y/m/d form a real, plausible date; otherwise null. */
export function makeDay(y: number, m: number, d: number, now: Date = new Date()): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  if (y < MIN_PLAUSIBLE_YEAR) return null;
  const day = `${y}-${pad2(m)}-${pad2(d)}`;
  // A day later than "now" (one day of slack for time zones ahead of ours) is implausible.
  const limit = new Date(now.getTime() + 86_400_000);
  const limitDay = `${limit.getUTCFullYear()}-${pad2(limit.getUTCMonth() + 1)}-${pad2(limit.getUTCDate())}`;
  if (day > limitDay) return null;
  return day;
}

function expandYear(y: number): number {
  if (y >= 100) return y;
  return y + (y < 70 ? 2000 : 1900);
}

const ISO_RE =
  /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)/;
const YMD_SLASH_RE = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d])/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const DMY_NUM_RE = /(?<![\d.])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d])/;
const CJK_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
const EPOCH_RE = /^\d{10}(?:\d{3})?$/;

/** Month-name token -> month number, tolerating a trailing dot. */
function monthOf(token: string): number | undefined {
  const t = token.toLowerCase().replace(/\.$/, '');
  return MONTHS[t];
}

// Words made of letters, allowing accents and Cyrillic; used for month-name patterns.
const W = "[A-Za-zÀ-ÿĀ-žА-яёЁ]{3,12}\\.?";
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|e|º|\\.)?';
/** 23 December 2016 / 23. Dezember 2016 / 23 de diciembre de 2016 / 23rd of Dec, 2016 */
const D_M_Y_RE = new RegExp(`(?<![\\d])${DAY}\\s*(?:of\\s+|de\\s+)?(${W})\\s*,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'i');
/** December 23, 2016 / Dec. 23rd 2016 / diciembre 23 de 2016 */
const M_D_Y_RE = new RegExp(`(${W})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`, 'i');
/** 2016 December 23 / 2016. december 23. */
const Y_M_D_RE = new RegExp(`(?<!\\d)(\\d{4})\\.?\\s+(${W})\\s+(\\d{1,2})(?!\\d)`, 'i');

export interface ParsedDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS][zone]` when the source gave a time. */
  value: string;
  day: string;
  /** Where in the input the date was found. */
  index: number;
  length: number;
}

function withTime(day: string, hh?: string, mm?: string, ss?: string, zone?: string): string {
  if (hh === undefined || mm === undefined) return day;
  const h = Number(hh);
  const mi = Number(mm);
  if (h > 23 || mi > 59) return day;
  let z = zone ?? '';
  if (z && z !== 'Z') {
    const digits = z.slice(1).replace(':', '');
    z = `${z[0]}${digits.slice(0, 2)}:${(digits.slice(2) || '00').padEnd(2, '0')}`;
  }
  return `${day}T${pad2(h)}:${mm}:${ss ?? '00'}${z}`;
}

/**
 * Find the first date in a string. Machine formats (ISO) first, then written ones. Returns null when
 * none is found or the date is implausible.
 */
export function findDate(s: string, opts: DateParseOptions = {}): ParsedDate | null {
  const all = findDates(s, opts, 1);
  return all[0] ?? null;
}

/** Up to `limit` dates in a string, in order of appearance. */
export function findDates(s: string, opts: DateParseOptions = {}, limit = 50): ParsedDate[] {
  const now = opts.now ?? new Date();
  const found: ParsedDate[] = [];
  const tryRe = (re: RegExp, build: (m: RegExpExecArray) => string | null): void => {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    for (let m = g.exec(s); m; m = g.exec(s)) {
      const value = build(m);
      if (value) {
        const overlaps = found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length);
        if (!overlaps) found.push({ value, day: value.slice(0, 10), index: m.index, length: m[0].length });
      }
      if (found.length >= limit * 4) break;
    }
  };
  tryRe(ISO_RE, (m) => {
    const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]), now);
    return day ? withTime(day, m[4], m[5], m[6], m[7]) : null;
  });
  tryRe(CJK_RE, (m) => makeDay(Number(m[1]), Number(m[2]), Number(m[3]), now));
  tryRe(YMD_SLASH_RE, (m) => makeDay(Number(m[1]), Number(m[2]), Number(m[3]), now));
  tryRe(D_M_Y_RE, (m) => {
    const mo = monthOf(m[2] ?? '');
    return mo ? makeDay(Number(m[3]), mo, Number(m[1]), now) : null;
  });
  tryRe(M_D_Y_RE, (m) => {
    const mo = monthOf(m[1] ?? '');
    return mo ? makeDay(Number(m[3]), mo, Number(m[2]), now) : null;
  });
  tryRe(Y_M_D_RE, (m) => {
    const mo = monthOf(m[2] ?? '');
    return mo ? makeDay(Number(m[1]), mo, Number(m[3]), now) : null;
  });
  tryRe(DMY_NUM_RE, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = expandYear(Number(m[4]));
    // A two-digit year with `-` is too often something else (phone numbers, ranges).
    if ((m[4] ?? '').length === 2 && m[2] === '-') return null;
    if (m[2] === '.') return makeDay(y, b, a, now); // dots: always day-first
    if (a > 12) return makeDay(y, b, a, now);
    if (b > 12) return makeDay(y, a, b, now);
    return opts.monthFirst ? makeDay(y, a, b, now) : makeDay(y, b, a, now);
  });
  found.sort((x, y) => x.index - y.index);
  return found.slice(0, limit);
}

/**
 * Parse a machine-readable date attribute/meta value (ISO, compact `YYYYMMDD`, epoch seconds, RFC
 * 2822, or any written form findDate understands).
 */
export function parseDateValue(raw: string, opts: DateParseOptions = {}): string | null {
  const s = raw.trim();
  if (!s) return null;
  const now = opts.now ?? new Date();
  const compact = COMPACT_RE.exec(s);
  if (compact) {
    const day = makeDay(Number(compact[1]), Number(compact[2]), Number(compact[3]), now);
    return day ? withTime(day, compact[4], compact[5], compact[6]) : null;
  }
  if (EPOCH_RE.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return makeDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), now);
  }
  return findDate(s, opts)?.value ?? null;
}

/** Date from a URL path such as `/2016/12/23/`, `/2016-12-23-title` or `/23-12-2016`; null when not a full day. */
export function dateFromUrl(url: string | null | undefined, now: Date = new Date()): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* not absolute: use as is */
  }
  const m =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return makeDay(Number(m[1]), Number(m[2]), Number(m[3]), now);
  // Day first, as European paths write it: `/meldungen/29-10-2021`.
  const dmy = /(?:^|[/_-])(\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?:[/_.-]|$)/.exec(path);
  return dmy ? makeDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), now) : null;
}

/** Year and month from a URL (`/2016/12/`), used to break ties between text dates. */
export function yearMonthFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(url);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Calendar expressions that carry their own month, year, quarter or season. */
import { type Day, quarterOf } from './calendar.js';
import { DAY_NUM, MONTH, ORDINAL, ORDINALS, SEASONS, WEEKDAY, YEAR, monthIndex } from './lexicon.js';
import { UNKNOWN, fmtAt, validDay, yearNear } from './resolve.js';
import { type Ctx, type Resolved, type Rule, capitalised, grp, rx } from './rule.js';

const day = (v: Day | null): Resolved => ({ type: 'DATE', value: v ? fmtAt(v, 'day') : UNKNOWN.day });

/** Two-digit years: "'98" -> 1998, "'05" -> 2005 (a pivot at 50 suits news archives). */
const TWO_DIGIT_YEAR_PIVOT = 50;

function fullYear(raw: string): number {
  const n = Number(raw.replace(/^'/, ''));
  if (raw.replace(/^'/, '').length > 2) return n;
  return n < TWO_DIGIT_YEAR_PIVOT ? 2000 + n : 1900 + n;
}

/** Month + day with an optional year; the year comes from the DCT and the tense when missing. */
function monthDay(m: RegExpExecArray, ctx: Ctx): Resolved | null {
  const mon = monthIndex(grp(m, 'mon') ?? '');
  const d = parseInt(grp(m, 'd') ?? '', 10);
  if (!mon || !(d >= 1 && d <= 31)) return null;
  const y = grp(m, 'y');
  if (y) return day(validDay(fullYear(y), mon, d));
  if (!ctx.dct) return { type: 'DATE', value: `XXXX-${String(mon).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  return day(validDay(yearNear(ctx.dct, mon, d, ctx.tense()), mon, d));
}

const MONTH_MOD = '(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)';
const OPT_WEEKDAY = `(?:(?:${WEEKDAY}),?\\s+)?`;

const monthCapitalised = (m: RegExpExecArray): boolean => capitalised(grp(m, 'mon'));

/** Words before a bare year that make it a date rather than an amount ("in 2014", not "2014 troops"). */
const YEAR_BEFORE = /(?:\b(?:in|since|by|until|till|of|from|to|through|thru|during|before|after|early|late|mid|fiscal|year|the|between|and|or|around|about|circa|for|than|summer|spring|winter|autumn|fall|end)|[-–(,]|['’]s)\s*$/i;
/** What may follow a bare year: punctuation, a possessive, a conjunction or a line end. */
const YEAR_AFTER = /^(?:\s*$|[.,;:)!?'’"”]|\s+(?:and|or|to|through|when|as|after|before|but|because|with|in|at|on|for|was|were|is|the|levels?|season|elections?|budget|census|games|olympics|world|campaign|model|agreement|deal|accord|war|crisis|invasion)\b|\s*[-–]\s*\d)/i;

export const absoluteRules: Rule[] = [
  {
    name: 'iso-date',
    re: rx('(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?:[T ](?<h>\\d{2}):(?<mi>\\d{2}))?'),
    resolve(m) {
      const v = validDay(Number(grp(m, 'y')), Number(grp(m, 'mo')), Number(grp(m, 'd')));
      if (!v) return null;
      const h = grp(m, 'h');
      return h ? { type: 'TIME', value: `${fmtAt(v, 'day')}T${h}:${grp(m, 'mi')}` } : day(v);
    },
  },
  {
    name: 'numeric-date',
    re: rx('(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})'),
    resolve(m) {
      const a = Number(grp(m, 'a'));
      const b = Number(grp(m, 'b'));
      // US order (month first) unless the first number cannot be a month.
      const [mon, d] = a > 12 ? [b, a] : [a, b];
      return day(validDay(fullYear(grp(m, 'y') ?? ''), mon, d));
    },
  },
  {
    name: 'month-day-year',
    re: rx(`${OPT_WEEKDAY}(?<mon>${MONTH})\\s*(?<d>${DAY_NUM})(?:(?:,?\\s+|\\s*,\\s*)(?<y>${YEAR}|'\\d{2}))?`),
    accept: monthCapitalised,
    resolve: monthDay,
  },
  {
    name: 'day-month-year',
    re: rx(`${OPT_WEEKDAY}(?:the\\s+)?(?<d>${DAY_NUM})\\s+(?:of\\s+)?(?<mon>${MONTH})(?:,?\\s+(?<y>${YEAR}))?`),
    accept: monthCapitalised,
    resolve: monthDay,
  },
  {
    name: 'month-year',
    re: rx(`(?:${MONTH_MOD}[\\s-]+)?(?<mon>${MONTH}),?\\s+(?:of\\s+)?(?<y>${YEAR}|'\\d{2})`),
    accept: monthCapitalised,
    resolve(m) {
      const mon = monthIndex(grp(m, 'mon') ?? '');
      return mon ? { type: 'DATE', value: fmtAt({ y: fullYear(grp(m, 'y') ?? ''), m: mon, d: 1 }, 'month') } : null;
    },
  },
  {
    name: 'year',
    re: rx(`(?:(?<mod>${MONTH_MOD}|fiscal(?:\\s+year)?|the\\s+year|(?:calendar|model)\\s+year)[\\s-]+)?(?<y>${YEAR})(?!\\s*(?:%|percent))`),
    accept(m, text) {
      if (grp(m, 'mod')) return true;
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (/[$€£#]\s*$|\bNo\.\s*$/.test(before)) return false;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (/^[,.]\d/.test(after)) return false;
      return YEAR_BEFORE.test(before) || YEAR_AFTER.test(after);
    },
    resolve: (m) => ({ type: 'DATE', value: grp(m, 'y')! }),
  },
  {
    name: 'decade',
    re: rx(`(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<cc>1\\d|20)(?<d>\\d)0'?s|'(?<d2>\\d)0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`),
    resolve(m) {
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const w = grp(m, 'word')?.toLowerCase();
      const digit = w ? String(words.indexOf(w) + 2) : (grp(m, 'd') ?? grp(m, 'd2'));
      return { type: 'DATE', value: `${grp(m, 'cc') ?? '19'}${digit}` };
    },
  },
  {
    name: 'century',
    re: rx('(?:the\\s+)?(?<n>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century'),
    resolve: (m) => ({ type: 'DATE', value: String(Number(grp(m, 'n')) - 1).padStart(2, '0') }),
  },
  {
    name: 'quarter',
    re: rx(
      `(?:the\\s+)?(?:(?<rel>this|last|next)\\s+year'?s\\s+|(?<y0>${YEAR})(?:'s)?\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>${ORDINAL})[\\s-]+(?:fiscal[\\s-]+)?quarter(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<y>${YEAR})|(?<rel2>this|last|next)\\s+year))?|(?<q>Q[1-4])(?:\\s+(?<y2>${YEAR}))?`,
    ),
    accept: (m) => !grp(m, 'q') || /^Q/.test(grp(m, 'q')!),
    resolve(m, ctx) {
      const q = grp(m, 'q') ? Number(grp(m, 'q')!.slice(1)) : (ORDINALS[grp(m, 'ord')!.toLowerCase()] ?? 0);
      const yRaw = grp(m, 'y') ?? grp(m, 'y0') ?? grp(m, 'y2');
      const rel = (grp(m, 'rel') ?? grp(m, 'rel2'))?.toLowerCase();
      let y: number | null = yRaw ? Number(yRaw) : null;
      if (y === null && ctx.dct) {
        y = ctx.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        // A quarter named without a year is the latest one with that number, unless a later one is meant.
        if (!rel && q > quarterOf(ctx.dct.m) && ctx.tense() !== 'future') y -= 1;
      }
      return { type: 'DATE', value: y === null ? `XXXX-Q${q}` : `${y}-Q${q}` };
    },
  },
  {
    name: 'half',
    re: rx(`(?:the\\s+)?(?<ord>first|second|last|1st|2nd)\\s+half\\s+of\\s+(?:(?<y>${YEAR})|(?<rel>this|last|next)\\s+year|the\\s+year)`),
    resolve(m, ctx) {
      const h = /^(first|1st)$/i.test(grp(m, 'ord')!) ? 1 : 2;
      const rel = grp(m, 'rel')?.toLowerCase();
      const y = grp(m, 'y') ? Number(grp(m, 'y')) : ctx.dct ? ctx.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0) : null;
      return { type: 'DATE', value: y === null ? `XXXX-H${h}` : `${y}-H${h}` };
    },
  },
  {
    name: 'season',
    re: rx(`(?:(?<rel>last|this|next|early|late|mid|the|(?:early|late)\\s+(?:last|this|next))[\\s-]+)?(?<s>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<y>${YEAR}))?`),
    accept(m, text) {
      if (grp(m, 'rel') || grp(m, 'y')) return true;
      return /\b(?:in|this|last|next|during|by|until|since)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
    },
    resolve(m, ctx) {
      const code = SEASONS[grp(m, 's')!.toLowerCase()]!;
      const rel = grp(m, 'rel')?.toLowerCase().split(/\s+/).at(-1);
      if (grp(m, 'y')) return { type: 'DATE', value: `${grp(m, 'y')}-${code}` };
      if (!ctx.dct) return { type: 'DATE', value: `XXXX-${code}` };
      let y = ctx.dct.y;
      if (rel === 'last') y -= 1;
      else if (rel === 'next') y += 1;
      else if (rel !== 'this' && ctx.tense() === 'past' && SEASON_MONTH[code]! > ctx.dct.m) y -= 1;
      else if (rel !== 'this' && ctx.tense() === 'future' && SEASON_MONTH[code]! < ctx.dct.m - 2) y += 1;
      return { type: 'DATE', value: `${y}-${code}` };
    },
  },
  {
    name: 'holiday',
    re: rx(`(?<h>christmas(?:\\s+(?:day|eve))?|new\\s+year'?s\\s+(?:day|eve)|thanksgiving(?:\\s+day)?|halloween|valentine'?s\\s+day|independence\\s+day)(?:,?\\s+(?<y>${YEAR}))?`),
    accept: (m) => capitalised(grp(m, 'h')),
    resolve(m, ctx) {
      const h = grp(m, 'h')!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
      const [mon, d] = holidayDate(h);
      const y = grp(m, 'y') ? Number(grp(m, 'y')) : ctx.dct ? yearNear(ctx.dct, mon, d === 0 ? 25 : d, ctx.tense()) : null;
      if (y === null) return { type: 'DATE', value: UNKNOWN.day };
      const dd = d === 0 ? thanksgiving(y) : d;
      return day(validDay(y, mon, dd));
    },
  },
];

/** The month a season's value is compared by (its middle). */
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** Month and day of a fixed holiday; day 0 marks US Thanksgiving (fourth Thursday of November). */
function holidayDate(h: string): [number, number] {
  if (h.startsWith('christmas eve')) return [12, 24];
  if (h.startsWith('christmas')) return [12, 25];
  if (h.includes('eve')) return [12, 31];
  if (h.startsWith('new year')) return [1, 1];
  if (h.startsWith('thanksgiving')) return [11, 0];
  if (h === 'halloween') return [10, 31];
  if (h.startsWith('valentine')) return [2, 14];
  return [7, 4];
}

function thanksgiving(y: number): number {
  const nov1 = new Date(Date.UTC(y, 10, 1)).getUTCDay(); // 0 Sunday .. 6 Saturday
  return 1 + ((4 - nov1 + 7) % 7) + 21;
}

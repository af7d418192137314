/** Expressions that count from the DCT or from the last date mentioned: "yesterday", "last week", "Thursday". */
import { type Day, addDays } from './calendar.js';
import { CAL_UNIT, COUNT, HEDGE, MONTHS, PARTS_OF_DAY, UNIT, VAGUE, WEEKDAY, YEAR, monthIndex, parseCount, unitOf, weekdayIndex } from './lexicon.js';
import { type Granularity, type Ref, UNIT_GRAN, UNKNOWN, finer, fmtAt, shift, weekdayNear, yearNear } from './resolve.js';
import { type Ctx, type Resolved, type Rule, capitalised, grp, rx } from './rule.js';

const date = (d: Day | null, gran: Granularity): Resolved => ({ type: 'DATE', value: d ? fmtAt(d, gran) : UNKNOWN[gran] });

/** A part of the day attached to a day: `2026-01-08TNI` (TIME). */
function withPart(d: Day | null, part: string | undefined): Resolved {
  const base = date(d, 'day');
  const code = part ? PARTS_OF_DAY[part.toLowerCase()] : undefined;
  return code ? { type: 'TIME', value: `${base.value}T${code}` } : base;
}

/** "last week" at its unit's granularity; weekends get `-WE`. */
function calendarRelative(base: Day | null, n: number, unit: string): Resolved {
  if (!base) return { type: 'DATE', value: UNKNOWN[UNIT_GRAN[unit] ?? 'day'] + (unit === 'weekend' ? '-WE' : '') };
  const d = shift(base, n, unit);
  const gran = UNIT_GRAN[unit] ?? 'day';
  return { type: 'DATE', value: fmtAt(d, gran) + (unit === 'weekend' ? '-WE' : '') };
}

const DAY_WORDS: Record<string, number> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
};

/** Full month names only: abbreviations alone ("Dec", "Sun") are too often other words. */
const MONTH_FULL = `(?:${MONTHS.map((n) => n[0]).join('|')})`;

/** Before a bare month, one of these makes it a date; "May" and "March" need them most. */
const MONTH_BEFORE = /(?:\b(?:in|since|by|until|till|of|from|to|through|during|before|after|early|late|mid|last|this|next|and|or|between|around|since|each|every|for)[\s-]*|,\s*)$/i;

/** The "ago / later / after" family: a count of units away from the DCT, the last date, or the next one. */
function offset(m: RegExpExecArray, ctx: Ctx): Resolved | null {
  const unit = unitOf(grp(m, 'unit')!);
  const count = parseCount(grp(m, 'n') ?? '') ?? null;
  const dir = grp(m, 'dir')!.toLowerCase().replace(/\s+/g, ' ');
  const sign = /^(ago|earlier|before|previously)$/.test(dir) ? -1 : 1;
  const gran = UNIT_GRAN[unit] ?? 'day';
  if (count === null) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
  if (dir === 'ago' || dir === 'from now' || dir === 'hence') return date(ctx.dct && shift(ctx.dct, sign * count, unit), gran);
  if (dir === 'before' || dir === 'after') {
    const anchor = ctx.anchorAfter(m.index + m[0].length);
    // Counting days from a bare year would invent a day: keep the amount as a duration instead.
    if (!anchor || finer(anchor.gran, gran) !== anchor.gran) return null;
    return date(shift(anchor.day, sign * count, unit), finer(anchor.gran, gran));
  }
  // "earlier" / "later": from the last date mentioned; "a year earlier" keeps a quarter's granularity.
  const ref = ctx.ref;
  if (!ref) return date(ctx.dct && shift(ctx.dct, sign * count, unit), gran);
  if (finer(ref.gran, gran) !== ref.gran) return null;
  return date(shift(ref.day, sign * count, unit), finer(ref.gran, gran));
}

/** The last quarter mentioned, else the latest complete quarter before the DCT (earnings news). */
function currentQuarter(ctx: Ctx): Ref | null {
  if (ctx.ref && ctx.ref.gran === 'quarter') return ctx.ref;
  if (!ctx.dct) return null;
  return { day: shift({ ...ctx.dct, d: 1 }, -1, 'quarter'), gran: 'quarter' };
}

export const relativeRules: Rule[] = [
  {
    name: 'day-word',
    re: rx(`(?:(?:earlier|later|early|late)\\s+)?(?<w>today|tonight|yesterday|tomorrow|the\\s+day\\s+(?:before\\s+yesterday|after\\s+tomorrow))(?:\\s+(?<part>morning|afternoon|evening|night))?`),
    resolve(m, ctx) {
      const w = grp(m, 'w')!.toLowerCase().replace(/\s+/g, ' ');
      const d = ctx.dct && addDays(ctx.dct, DAY_WORDS[w] ?? 0);
      return withPart(d, w === 'tonight' ? 'night' : grp(m, 'part'));
    },
  },
  {
    name: 'part-of-day',
    re: rx('(?<rel>this|last)\\s+(?<part>morning|afternoon|evening|night)|overnight'),
    resolve(m, ctx) {
      const rel = grp(m, 'rel')?.toLowerCase();
      const part = grp(m, 'part') ?? 'night';
      const d = ctx.dct && (rel === 'last' ? addDays(ctx.dct, -1) : ctx.dct);
      return withPart(d, part);
    },
  },
  {
    name: 'present-ref',
    re: rx('now|right\\s+now|currently|current|at\\s+present|presently|these\\s+days|nowadays|at\\s+the\\s+moment|the\\s+present|at\\s+this\\s+time|to\\s+date'),
    resolve: () => ({ type: 'DATE', value: 'PRESENT_REF' }),
  },
  {
    name: 'past-ref',
    re: rx('recently|recent|lately|(?:in\\s+)?(?:the\\s+)?past(?=\\s*[,.;]|\\s+(?:and|or|but|when|that|as|,)\\b)|earlier(?=\\s*[,.;])|once'),
    accept: (m, text) => !/^once$/i.test(m[0]) || /\b(?:was|were|had)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)),
    resolve: (_m) => ({ type: 'DATE', value: 'PAST_REF' }),
  },
  {
    name: 'future-ref',
    re: rx('(?:the|in)\\s+(?:near\\s+|distant\\s+)?future|soon|(?:the\\s+)?coming\\s+(?:days|weeks|months|years)|a\\s+later\\s+date|later\\s+on'),
    resolve: () => ({ type: 'DATE', value: 'FUTURE_REF' }),
  },
  {
    name: 'calendar-relative',
    re: rx(`(?:(?<mod>early|late|mid|earlier|later|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of)[\\s-]+)?(?<rel>last|this|next|the\\s+past|the\\s+last|the\\s+previous|the\\s+following|the\\s+coming|the\\s+current|the\\s+same|that|the\\s+latest|the\\s+preceding|the\\s+prior|the\\s+next)\\s+(?<unit>${CAL_UNIT}|day)`),
    accept: (m) => grp(m, 'unit')!.toLowerCase() !== 'day' || !/^(last|this|next|the last|the current|the latest|the past|the coming)$/i.test(grp(m, 'rel')!.replace(/\s+/g, ' ')),
    resolve(m, ctx) {
      const rel = grp(m, 'rel')!.toLowerCase().replace(/\s+/g, ' ');
      const unit = grp(m, 'unit')!.toLowerCase();
      // "that year", "the following day", "the same quarter": from the last date mentioned.
      if (/^(that|the same|the following|the next|the previous|the preceding|the prior)$/.test(rel)) {
        const base = ctx.ref?.day ?? ctx.dct;
        const n = /following|next/.test(rel) ? 1 : /previous|preceding|prior/.test(rel) ? -1 : 0;
        if (rel === 'the next' && unit !== 'day' && !ctx.ref) return calendarRelative(ctx.dct, 1, unit);
        return calendarRelative(base, n, unit);
      }
      if (unit === 'quarter' && rel === 'the latest') {
        const q = currentQuarter(ctx);
        return q ? { type: 'DATE', value: fmtAt(q.day, 'quarter') } : { type: 'DATE', value: UNKNOWN.quarter };
      }
      const n = /last|past|previous/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0;
      return calendarRelative(ctx.dct, n, unit);
    },
  },
  {
    name: 'the-unit',
    re: rx('the\\s+(?<unit>year|quarter|period|month|week|weekend)(?!\\s+(?:before|after|earlier|ago|of|later|to|in|that|when|ended|ending))'),
    resolve(m, ctx) {
      const unit = grp(m, 'unit')!.toLowerCase();
      if (unit === 'quarter' || unit === 'period') {
        const q = currentQuarter(ctx);
        return { type: 'DATE', value: q ? fmtAt(q.day, 'quarter') : UNKNOWN.quarter };
      }
      if (unit === 'weekend') return weekend(ctx);
      const ref = ctx.ref && ctx.ref.gran !== 'day' && unit === 'year' ? ctx.ref.day : ctx.dct;
      return calendarRelative(ref, 0, unit);
    },
  },
  {
    name: 'period-of-year',
    re: rx(`the\\s+(?:(?<latest>latest|most\\s+recent)|(?<y>${YEAR}))\\s+(?:fiscal\\s+)?(?:quarter|period)`),
    resolve(m, ctx) {
      const q = currentQuarter(ctx);
      if (!q) return { type: 'DATE', value: UNKNOWN.quarter };
      const y = grp(m, 'y');
      return { type: 'DATE', value: fmtAt(y ? { ...q.day, y: Number(y) } : q.day, 'quarter') };
    },
  },
  {
    name: 'year-earlier',
    re: rx('(?:the\\s+)?(?:same\\s+)?(?:(?:quarter|period)\\s+)?(?:a\\s+)?year[\\s-]+(?:earlier|ago)(?:\\s+(?:quarter|period|level|levels|figure|figures|result|results))?'),
    resolve(m, ctx) {
      const ref = ctx.ref;
      if (ref && (ref.gran === 'quarter' || ref.gran === 'half' || ref.gran === 'month'))
        return { type: 'DATE', value: fmtAt(shift(ref.day, -1, 'year'), ref.gran), isRef: false };
      const q = /quarter|period/i.test(m[0]) ? currentQuarter(ctx) : null;
      if (q) return { type: 'DATE', value: fmtAt(shift(q.day, -1, 'year'), 'quarter'), isRef: false };
      return { ...date(ctx.dct && shift(ctx.dct, -1, 'year'), 'year'), isRef: false };
    },
  },
  {
    name: 'weekday',
    re: rx(`(?:(?<mod>early|late|earlier|later)\\s+)?(?:(?<rel>last|this|next|past|coming)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<part>morning|afternoon|evening|night))?`),
    accept: (m) => capitalised(grp(m, 'wd')) && !/\.$/.test(grp(m, 'wd')!),
    resolve(m, ctx) {
      const word = grp(m, 'wd')!;
      const wd = weekdayIndex(word)!;
      if (/s$/i.test(word) && !/^(tues|thurs)$/i.test(word)) return { type: 'SET', value: `XXXX-WXX-${wd}` };
      const rel = grp(m, 'rel')?.toLowerCase() ?? null;
      const d = ctx.dct && weekdayNear(ctx.dct, wd, ctx.tense(), rel);
      return withPart(d, grp(m, 'part'));
    },
  },
  {
    name: 'month',
    re: rx(`(?:(?<mod>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+)?(?:(?<rel>last|this|next|(?:early|late)\\s+(?:last|this|next))\\s+)?(?<mon>${MONTH_FULL})`),
    accept(m, text) {
      if (!capitalised(grp(m, 'mon'))) return false;
      if (grp(m, 'rel') || grp(m, 'mod')) return true;
      return MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
    },
    resolve(m, ctx) {
      const mon = monthIndex(grp(m, 'mon')!)!;
      if (!ctx.dct) return { type: 'DATE', value: `XXXX-${String(mon).padStart(2, '0')}` };
      const rel = grp(m, 'rel')?.toLowerCase().split(/\s+/).at(-1);
      let y: number;
      if (rel === 'last') y = mon < ctx.dct.m ? ctx.dct.y : ctx.dct.y - 1;
      else if (rel === 'next') y = mon > ctx.dct.m ? ctx.dct.y : ctx.dct.y + 1;
      else if (rel === 'this') y = ctx.dct.y;
      else y = yearNear(ctx.dct, mon, null, ctx.tense());
      return { type: 'DATE', value: fmtAt({ y, m: mon, d: 1 }, 'month') };
    },
  },
  {
    name: 'offset',
    re: rx(`(?:(?:${HEDGE})\\s+)?(?<n>${COUNT}|${VAGUE})[\\s-]+(?<unit>${UNIT})\\s+(?<dir>ago|earlier|later|before|after|from\\s+now|hence|previously)`),
    resolve(m, ctx) {
      const r = offset(m, ctx);
      if (r) return r;
      // No date to count from: keep the amount as a duration ("two days" of "two days after the talks").
      const head = m[0].replace(/\s+(?:ago|earlier|later|before|after|from\s+now|hence|previously)$/i, '');
      return { ...durationOf(grp(m, 'n')!, grp(m, 'unit')!), start: m.index, end: m.index + head.length };
    },
  },
  {
    name: 'unit-before-after',
    re: rx(`the\\s+(?<unit>day|week|month|year|night)\\s+(?<dir>before|after|earlier|later)`),
    resolve(m, ctx) {
      const unit = grp(m, 'unit')!.toLowerCase();
      const dir = grp(m, 'dir')!.toLowerCase();
      const sign = dir === 'before' || dir === 'earlier' ? -1 : 1;
      const anchor = (dir === 'before' || dir === 'after') && /^\s+[A-Z\d]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))
        ? ctx.anchorAfter(m.index + m[0].length)
        : null;
      const base = anchor ?? ctx.ref;
      const gran = UNIT_GRAN[unit] ?? 'day';
      if (!base) return date(ctx.dct && shift(ctx.dct, sign, unit), gran);
      return date(shift(base.day, sign, unit), finer(base.gran, gran));
    },
  },
];

/** The weekend meant by "the weekend": the one just past (or this one, said on a Saturday or Sunday). */
function weekend(ctx: Ctx): Resolved {
  if (!ctx.dct) return { type: 'DATE', value: `${UNKNOWN.week}-WE` };
  const wd = new Date(Date.UTC(ctx.dct.y, ctx.dct.m - 1, ctx.dct.d)).getUTCDay();
  const future = ctx.tense() === 'future';
  const base = wd === 0 || wd === 6 || future ? ctx.dct : addDays(ctx.dct, -7);
  return { type: 'DATE', value: `${fmtAt(base, 'week')}-WE` };
}

/** TimeML duration for a count and unit: `P3D`, `PT5H`, `P4Y`, `PXY` when the count is vague. */
export function durationOf(countRaw: string, unitRaw: string): Resolved {
  const unit = unitOf(unitRaw);
  const n = parseCount(countRaw);
  const count = n === null ? 'X' : String(unit === 'fortnight' ? n * 2 : n);
  const codes: Record<string, string> = {
    second: 'TS', minute: 'TM', hour: 'TH', day: 'D', night: 'D', week: 'W', fortnight: 'W', month: 'M', quarter: 'Q', year: 'Y',
    decade: 'DE', century: 'CE',
  };
  const code = codes[unit] ?? 'D';
  const value = code.startsWith('T') ? `PT${count}${code.slice(1)}` : `P${count}${code}`;
  return { type: 'DURATION', value };
}

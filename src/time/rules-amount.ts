/** Durations ("nearly four years"), sets ("every week") and clock times ("3 p.m. Thursday"). */
import { addDays } from './calendar.js';
import { COUNT, HEDGE, UNIT, VAGUE, WEEKDAY, unitOf, weekdayIndex } from './lexicon.js';
import { UNKNOWN, fmtAt, weekdayNear } from './resolve.js';
import { durationOf } from './rules-relative.js';
import { type Rule, grp, rx } from './rule.js';

/** Words before "a year" / "an hour" that make it a duration ("for a year"), not a rate ("$5 a year"). */
const ARTICLE_DURATION_BEFORE = /\b(?:for|in|within|over|after|about|nearly|almost|than|some|past|last|first|next|least|only|just|half|than|took|takes|spent|lasted)\s+$/i;

const SET_UNITS: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P1Q', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H',
  biweekly: 'P2W', biannually: 'P6M',
};

export const amountRules: Rule[] = [
  {
    name: 'duration',
    re: rx(`(?:(?<hedge>${HEDGE})\\s+)?(?:the\\s+(?:past|last|next|first|coming|previous|following|final|better\\s+part\\s+of|entire|whole)\\s+)?(?<n>${COUNT}|${VAGUE})(?:\\s+and\\s+a\\s+half)?[\\s-]+(?<unit>${UNIT})(?:[\\s-]+long)?(?![\\s-]+old\\b)`),
    accept(m, text) {
      const n = grp(m, 'n')!.toLowerCase();
      if (n !== 'a' && n !== 'an') return true;
      if (grp(m, 'hedge') || /^the\s/i.test(m[0])) return true;
      return ARTICLE_DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
    },
    resolve: (m) => durationOf(grp(m, 'n')!, grp(m, 'unit')!),
  },
  {
    name: 'duration-plural',
    re: rx(`(?<=\\b(?:for|over|in|within|after|take|takes|took)\\s+)(?:(?:many|several)\\s+)?(?<unit>years|months|weeks|days|decades|hours|minutes)|(?<unit2>years|decades|months)[\\s-]+long`),
    resolve: (m) => durationOf('several', grp(m, 'unit') ?? grp(m, 'unit2')!),
  },
  {
    name: 'the-past-unit',
    re: rx('the\\s+(?:past|last)\\s+(?<unit>year|month|week|decade|century)(?=\\s+(?:or|and)\\s+(?:so|two|more))'),
    resolve: (m) => durationOf('1', grp(m, 'unit')!),
  },
  {
    name: 'set-every',
    re: rx(`(?:every|each)\\s+(?:(?<n>other|${COUNT})\\s+)?(?:(?<unit>${UNIT})|(?<wd>${WEEKDAY}))`),
    resolve(m) {
      const wd = grp(m, 'wd');
      if (wd) return { type: 'SET', value: `XXXX-WXX-${weekdayIndex(wd)}` };
      const n = grp(m, 'n')?.toLowerCase();
      return { type: 'SET', value: durationOf(n === 'other' ? '2' : (n ?? '1'), grp(m, 'unit')!).value };
    },
  },
  {
    name: 'set-rate',
    re: rx(`(?:(?<times>once|twice|thrice|${COUNT}\\s+times)\\s+)?(?:a|an|per|each)\\s+(?<unit>year|month|week|day|hour|minute|night|quarter)|(?<adv>daily|nightly|weekly|monthly|annually|yearly|hourly|biweekly|biannually)`),
    accept(m, text) {
      if (grp(m, 'adv') || grp(m, 'times')) return true;
      // "$5 a year", "10,000 barrels a day": a rate after an amount.
      return /(?:\d|\b(?:dollars|cents|euros|pounds|percent|barrels|tons|people|times|million|billion|thousand))\s*$/i.test(text.slice(Math.max(0, m.index - 20), m.index));
    },
    resolve(m) {
      const adv = grp(m, 'adv')?.toLowerCase();
      if (adv) return { type: 'SET', value: SET_UNITS[adv] ?? 'P1D' };
      return { type: 'SET', value: durationOf('1', unitOf(grp(m, 'unit')!)).value };
    },
  },
  {
    name: 'clock',
    re: rx(`(?:(?<at>noon|midday|midnight)|(?<h>\\d{1,2})(?:[:.](?<mi>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm)|(?<h24>[01]\\d|2[0-3]):(?<mi24>[0-5]\\d)\\s*(?:GMT|UTC|[A-Z]{2,3}T)|(?<h2>\\d{1,2}):(?<mi2>\\d{2})(?=\\s*(?:GMT|UTC|[A-Z]{2,3}T)))(?:\\s*\\(?(?:[A-Z]{2,4}T|GMT|UTC)\\)?)?(?:,?\\s+(?:on\\s+)?(?<wd>${WEEKDAY}|today|yesterday|tomorrow))?`),
    accept: (m) => !/^\d+\s*am$/i.test(m[0]) || /\d\s*AM/.test(m[0]),
    resolve(m, ctx) {
      let h = Number(grp(m, 'h') ?? grp(m, 'h24') ?? grp(m, 'h2') ?? 12);
      const at = grp(m, 'at')?.toLowerCase();
      if (at === 'midnight') h = 0;
      const mi = grp(m, 'mi') ?? grp(m, 'mi24') ?? grp(m, 'mi2') ?? '00';
      const ap = grp(m, 'ap')?.toLowerCase()[0];
      if (ap === 'p' && h < 12) h += 12;
      if (ap === 'a' && h === 12) h = 0;
      if (h > 23 || Number(mi) > 59) return null;
      const wdWord = grp(m, 'wd')?.toLowerCase();
      let dayValue = UNKNOWN.day;
      if (ctx.dct) {
        const wd = wdWord ? weekdayIndex(wdWord) : null;
        const rel = wdWord === 'yesterday' ? -1 : wdWord === 'tomorrow' ? 1 : 0;
        dayValue = fmtAt(wd ? weekdayNear(ctx.dct, wd, ctx.tense(), null) : addDays(ctx.dct, rel), 'day');
      }
      return { type: 'TIME', value: `${dayValue}T${String(h).padStart(2, '0')}:${mi}` };
    },
  },
];

/**
 * Words the time grammar knows, and the regular-expression pieces built from them. Every list is
 * data: add a word here and every rule that uses the piece picks it up.
 */

/** Month names and the abbreviations news wires use ("Sept.", "Jan"). Index + 1 is the month. */
export const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'],
  ['december', 'dec'],
];

export const WEEKDAYS: readonly (readonly string[])[] = [
  ['monday', 'mon'], ['tuesday', 'tue', 'tues'], ['wednesday', 'wed'], ['thursday', 'thu', 'thur', 'thurs'],
  ['friday', 'fri'], ['saturday', 'sat'], ['sunday', 'sun'],
];

const UNITS_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5, 'a couple of': 2, 'a dozen': 12,
};

/** Vague amounts: a duration whose count is unknown ("several years" -> `PXY`). */
export const VAGUE_AMOUNTS = ['a few', 'few', 'several', 'many', 'some', 'a number of', 'couple of'];

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4, final: 4,
};

/** A count written in digits or words: "3", "three", "twenty-five", "a couple of". */
export function parseCount(raw: string): number | null {
  const s = raw.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const direct = UNITS_NUMBERS[s];
  if (direct !== undefined) return direct;
  const parts = s.split(/[-\s]+/);
  let total = 0;
  for (const p of parts) {
    const v = UNITS_NUMBERS[p];
    if (v === undefined) return null;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total || null;
}

/** TimeML unit letters; time-of-day units take a `T` before them (`PT3H`). */
export const UNIT_CODES: Record<string, { code: string; time: boolean }> = {
  second: { code: 'S', time: true }, minute: { code: 'M', time: true }, hour: { code: 'H', time: true },
  day: { code: 'D', time: false }, night: { code: 'D', time: false }, week: { code: 'W', time: false },
  fortnight: { code: 'W', time: false }, month: { code: 'M', time: false }, quarter: { code: 'Q', time: false },
  year: { code: 'Y', time: false }, decade: { code: 'DE', time: false }, century: { code: 'CE', time: false },
};

/** "years" / "Year" -> "year"; "centuries" -> "century". */
export function unitOf(raw: string): string {
  const s = raw.toLowerCase();
  if (s === 'centuries') return 'century';
  return s.endsWith('s') ? s.slice(0, -1) : s;
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Month in which each season is taken to start (northern hemisphere, as the news wires mean it). */
export const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');

/** A month name or abbreviation (abbreviations may carry a full stop). Capitalisation is checked by the rules. */
export const MONTH = `(?:${MONTHS.flat().sort((a, b) => b.length - a.length).map((n) => (MONTHS.some((names) => names[0] === n) ? `${n}(?![a-z])` : `${n}\\.?(?![a-z])`)).join('|')})`;

/** A weekday, full or abbreviated (abbreviations only with a full stop, so "sun" and "sat" stay words). */
export const WEEKDAY = `(?:${WEEKDAYS.flatMap(([full, ...abbr]) => [`${full}s?`, ...abbr.map((a) => `${a}\\.`)]).join('|')})`;

/** A count: digits, number words (hyphenated tens), "a"/"an", "a couple of", "half a". */
export const COUNT = `(?:\\d{1,3}(?:\\.\\d+)?|${alt(Object.keys(UNITS_NUMBERS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half'))}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|an?|half\\s+an?)`;

export const VAGUE = `(?:${alt(VAGUE_AMOUNTS)})`;

/** Duration units, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** Calendar units a "last/this/next" expression names. */
export const CAL_UNIT = '(?:week|weekend|month|quarter|year|decade|century)';

/** Hedges that stay inside a duration's span ("nearly four years" -> `P4Y`, value unchanged). */
export const HEDGE = '(?:nearly|almost|about|around|roughly|approximately|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|just|only|barely|well\\s+over|close\\s+to)';

export const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';

/** Day of month: "6", "6th", "22nd". */
export const DAY_NUM = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

/** A year in the range news talks about with bare digits (1000..2199). */
export const YEAR = '(?:1\\d{3}|20\\d{2}|21\\d{2})';

export function monthIndex(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((names) => names.includes(w));
  return i < 0 ? null : i + 1;
}

export function weekdayIndex(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '').replace(/s$/, '');
  const i = WEEKDAYS.findIndex((names) => names.includes(w) || names[0] === w);
  return i < 0 ? null : i + 1;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The day a date line gives, as written (no time-zone shift), `YYYY-MM-DD`; null when unsure. */
export function parseDateLine(text: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const named = /(?:(\d{1,2})\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})/i.exec(text);
  if (named) {
    const day = named[1] ?? named[3];
    if (!day) return null;
    return valid(+named[4]!, MONTHS.indexOf(named[2]!.toLowerCase()) + 1, +day);
  }
  // Day-first numeric dates (dd.mm.yyyy, dd/mm/yyyy) are the common form outside the US; a day over 12 settles it.
  const numeric = /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(text);
  if (numeric) {
    const a = +numeric[1]!;
    const b = +numeric[2]!;
    if (a > 12) return valid(+numeric[3]!, b, a);
    if (b > 12) return valid(+numeric[3]!, a, b);
    return text.includes('.') ? valid(+numeric[3]!, b, a) : null;
  }
  return null;
}

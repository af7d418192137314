import { parseDateLine } from '../clean/dates.js';

/**
 * An input's publication date as ISO 8601, keeping the day and time the publisher wrote
 * (no time-zone shift): `2026-01-08`, `2026-01-08T14:30:00+02:00`. Null when unreadable.
 */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) {
    const [, day, time, zone] = iso;
    if (!time) return day!;
    const z = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${day}T${time.length === 5 ? `${time}:00` : time}${z}`;
  }
  const line = parseDateLine(v);
  if (line) return line;
  // RFC 2822 (feeds): "Thu, 08 Jan 2026 14:30:00 +0200" -> keep the written day.
  const rfc = /(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(\d{4})/i.exec(v);
  return rfc ? parseDateLine(`${rfc[2]} ${rfc[1]}, ${rfc[3]}`) : null;
}

/**
 * Author strings -> people's names. Drops what is not a person ("5 Minute Read", "Staff", dates,
 * URLs), strips "By", splits "A and B" / "A, B", removes duplicates.
 */
import { findDates } from './dates.js';
import { AUTHOR_SPLIT_RE, BYLINE_PREFIX_RE, MAX_AUTHOR_CHARS, NOT_AUTHOR_RE } from './rules.js';

function cleanOne(raw: string): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[|•·,;:\-–— ]+|[|•·,;:\-–— ]+$/g, '');
  for (let i = 0; i < 2; i++) s = s.replace(BYLINE_PREFIX_RE, '');
  // "Jane Doe, Reuters" is split later; "Jane Doe (Reuters)" / "Jane Doe | 5 min read" keep the name.
  s = s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s*[|•·].*$/, '').trim();
  if (!s || s.length < 3 || s.length > MAX_AUTHOR_CHARS) return null;
  if (NOT_AUTHOR_RE.test(s)) return null;
  // Needs a letter; a name has at most ~6 words.
  if (!/\p{L}/u.test(s)) return null;
  if (s.split(' ').length > 6) return null;
  return s;
}

/** Normalise author values from any source into a list of names. */
export function cleanAuthors(values: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (!v || /https?:\/\/|www\./i.test(v)) continue;
    // Strip a "By" prefix before splitting so "By A and B" splits cleanly.
    let stripped = v.replace(/\s+/g, ' ').trim().replace(BYLINE_PREFIX_RE, '');
    // Dates in a byline ("Jane Doe, December 23, 2016") are not names: cut them out first.
    for (const d of findDates(stripped, {}, 5).reverse()) stripped = stripped.slice(0, d.index) + ' ' + stripped.slice(d.index + d.length);
    for (const part of stripped.split(AUTHOR_SPLIT_RE)) {
      const name = cleanOne(part);
      if (!name) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

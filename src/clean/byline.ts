import { BYLINE_PREFIX, PERSON_NAME } from './rules.js';

/** Words that, after a name in a byline, name the outlet or role rather than a person. */
const AFFILIATION = /^(reuters|ap|afp|bloomberg|cnn|bbc|staff|staff writer|correspondent|reporter|editor|contributor|associated press|agence france-presse|in [\p{Lu}][\p{L}]+.*)$/iu;

/** Longest byline we accept; longer lines are prose. */
const BYLINE_MAX_CHARS = 120;
/** Capitalised openings that start noun phrases or honorific mentions in prose, not bylines. */
const NOT_A_NAME_START = /^(the|a|an|this|that|these|those|mr|mrs|ms|miss|sir|lord|lady|president|prime|minister|king|queen|prince|in|on|at|for|from|with|new|north|south|east|west)\b/i;

/** Names a byline lists, or null when the line is not a byline. "By Ann Lee and Bo Chen, Reuters" -> [Ann Lee, Bo Chen]. */
export function parseByline(text: string): string[] | null {
  const prefixed = BYLINE_PREFIX.test(text);
  // "Ann Lee | Reuters", "Ann Lee - Moscow": a short affiliation after a spaced separator.
  const body = text.replace(BYLINE_PREFIX, '').replace(/\s+[|•·—–-]\s+(\S+\s*){1,5}$/, '').trim();
  if (body.length === 0 || body.length > BYLINE_MAX_CHARS) return null;
  const parts = body.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/).map((p) => p.trim()).filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    if (PERSON_NAME.test(part) && !NOT_A_NAME_START.test(part)) names.push(part);
    else if (AFFILIATION.test(part) && names.length > 0) continue;
    else return null;
  }
  if (names.length === 0) return null;
  // Without "By", one capitalised pair ("Ewood Park") is too often a place or caption to trust.
  return prefixed || names.length >= 2 ? names : null;
}

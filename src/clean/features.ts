/** Line-shape facts the cleaner's rules read. */

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Ends like a sentence: . ! ? or one of them followed by closing quotes/brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/.test(text.trim()) && !/\.\.\.$|…$/.test(text.trim());
}

/** Share of letters that are capitals. */
export function capitalShare(text: string): number {
  let letters = 0;
  let capitals = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Lu}/u.test(ch)) capitals++;
    }
  }
  return letters === 0 ? 0 : capitals / letters;
}

/** Minor words a title-case line leaves in lower case. */
const MINOR = new Set('a an and as at but by for from in into nor of on or per the to vs via with'.split(' '));

/** Share of non-minor words that start with a capital (or a quote then a capital). */
export function titleCaseShare(text: string): number {
  const ws = words(text).filter((w) => !MINOR.has(w.toLowerCase()));
  if (ws.length === 0) return 0;
  return ws.filter((w) => /^["'“‘(]?[\p{Lu}\p{N}]/u.test(w)).length / ws.length;
}

export function isAllCaps(text: string): boolean {
  return capitalShare(text) > 0.9 && /\p{Lu}.*\p{Lu}/u.test(text);
}

/** Lower-cased, punctuation- and space-normalised form for comparing lines. */
export function normaliseLine(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

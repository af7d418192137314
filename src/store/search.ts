/** Longest full-text query kept, in words: more only slows the search without narrowing it. */
export const MAX_SEARCH_WORDS = 16;

/**
 * The words of a full-text query, as both backends match them: runs of letters and digits, lower
 * case; quotes, operators and punctuation are not syntax. An article matches when it holds every
 * word. No words means no text filter.
 *
 * @example
 *   searchWords('"Budget" vote -- OR x*'); // ['budget', 'vote', 'or', 'x']
 */
export function searchWords(q: string | undefined): string[] {
  return (q?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_SEARCH_WORDS);
}

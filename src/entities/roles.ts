/**
 * Roles of people from the words around their names: a title or role right before the name
 * ("Foreign Ministry spokesperson Maria Zakharova", "US envoy Steve Witkoff"), an apposition before
 * it ("Ukraine's foreign minister, Andrii Sybiha") or after it ("Andrii Sybiha, Ukraine's foreign
 * minister, said").
 */

/** Nouns that end a role phrase. Lower case. */
export const ROLE_HEADS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'envoy', 'ambassador',
  'diplomat', 'negotiator', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'mp', 'governor', 'mayor', 'leader', 'chief', 'head',
  'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'executive', 'officer', 'official', 'commander', 'general', 'adviser',
  'advisor', 'representative', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'prosecutor', 'attorney', 'economist', 'analyst',
  'professor', 'coach', 'manager', 'captain', 'editor', 'correspondent', 'rapporteur', 'commissioner', 'speaker', 'governor-general',
]);

/** Lower-case words that may sit inside a role phrase besides capitalised words and role heads. */
const ROLE_MODIFIERS = new Set([
  'deputy', 'vice', 'prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'health', 'former', 'acting', 'senior',
  'special', 'top', 'chief', 'executive', 'national', 'security', 'general', 'military', 'presidential', 'state', 'of', 'for', 'and',
  'affairs', 'economy', 'energy', 'trade', 'press', 'spokesperson', 'opposition', 'party', 'army', 'police', 'central', 'bank', 'regional',
]);

/** Capitalised words that start a sentence or a time phrase, never a role. */
const NOT_ROLE = new Set([
  'the', 'a', 'an', 'on', 'in', 'at', 'after', 'before', 'when', 'while', 'as', 'but', 'and', 'said', 'says', 'told', 'by', 'with', 'from',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'meanwhile', 'however', 'also', 'then', 'who', 'which', 'that', 'his', 'her',
]);

/** Longest role phrase kept, in words. */
const MAX_ROLE_WORDS = 7;
/** Characters of context read on each side of a name. */
const WINDOW = 120;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()"“”!?]/gu;

const isHead = (w: string): boolean => ROLE_HEADS.has(w.toLowerCase().replace(/['’]+$/, ''));
const isPossessive = (w: string): boolean => /['’]s$/.test(w);
/** A word with a full stop that is not an abbreviation ("Today." but not "U.S."): a sentence ended there. */
const endsSentence = (w: string): boolean => w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w);

/** Walks back from the end of `words` over a role phrase ending in a role head; [] if there is none. */
function roleBefore(words: string[]): string[] {
  if (!words.length || !isHead(words.at(-1)!)) return [];
  let i = words.length - 1;
  while (i > 0 && words.length - i < MAX_ROLE_WORDS) {
    const w = words[i - 1]!;
    const lw = w.toLowerCase();
    if (NOT_ROLE.has(lw) || !/\p{L}/u.test(w[0] ?? '') || endsSentence(w)) break;
    if (!(isHead(w) || ROLE_MODIFIERS.has(lw) || /^\p{Lu}/u.test(w) || isPossessive(w))) break;
    i--;
  }
  while (i < words.length - 1 && ['of', 'for', 'and'].includes(words[i]!.toLowerCase())) i++;
  return words.slice(i);
}

/**
 * Role strings for the name at `[start, end)` of `text`.
 *
 * @example
 *   rolesAround("Ukraine's foreign minister, Andrii Sybiha, said", 28, 41); // ["Ukraine's foreign minister"]
 */
export function rolesAround(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const before = text.slice(Math.max(0, start - WINDOW), start).match(WORD) ?? [];
  const direct = roleBefore(before);
  if (direct.length) out.push(direct.join(' '));
  else if (before.at(-1) === ',') {
    const appo = roleBefore(before.slice(0, -1));
    if (appo.length) out.push(appo.join(' '));
  }
  const after = /^,\s+(?:(?:the|a|an)\s+)?([^,.;:()"“”]{2,80}?)(?=\s*[,.;]|\s+(?:said|says|told|added)\b)/.exec(text.slice(end, end + WINDOW));
  const phrase = after?.[1]?.trim().split(/\s+/) ?? [];
  if (phrase.length && phrase.length <= MAX_ROLE_WORDS && !NOT_ROLE.has(phrase[0]!.toLowerCase())) {
    const last = phrase.findLastIndex(isHead);
    if (last >= 0 && phrase.slice(last + 1).every((w) => ['of', 'the'].includes(w.toLowerCase()) || /^\p{Lu}/u.test(w))) out.push(phrase.join(' '));
  }
  return out;
}

/**
 * Name normalisation for entity identity: the key form of a name, titles cut off, and a spelling-
 * insensitive form for transliteration variants ("Zelensky" / "Zelenskyy" / "Zelenskiy").
 */

export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/['’]s$/i, '')
    .replace(/^the\s+/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Titles and honorifics written before a person's name ("President Putin", "Mr. Annan", "Prime
 * Minister Keir Starmer"). Lower case, as `normaliseName` leaves them; multi-word titles as one string.
 */
export const NAME_TITLES = [
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'foreign minister', 'defence minister', 'defense minister',
  'minister', 'chancellor', 'secretary', 'secretary of state', 'secretary general', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'sheik', 'ayatollah', 'emir',
  'general', 'gen', 'lt', 'col', 'colonel', 'admiral', 'adm', 'commander', 'captain', 'capt', 'sgt', 'judge', 'justice', 'dr', 'prof',
  'professor', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'saint', 'st', 'chairman', 'ambassador',
  'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'coach',
] as const;

/** Longest titles first, so "prime minister" wins over "minister". */
const TITLES_BY_LENGTH = [...NAME_TITLES].sort((a, b) => b.split(' ').length - a.split(' ').length);

/**
 * A normalised person name without the titles in front, and the titles cut off.
 *
 * @example
 *   stripTitles('president vladimir putin'); // {name: 'vladimir putin', titles: ['president']}
 */
export function stripTitles(name: string): { name: string; titles: string[] } {
  const titles: string[] = [];
  let rest = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of TITLES_BY_LENGTH)
      if (rest.startsWith(`${t} `) && rest.length > t.length + 1) {
        titles.push(t);
        rest = rest.slice(t.length + 1);
        changed = true;
        break;
      }
  }
  return { name: rest, titles };
}

/**
 * Spelling rules that transliterations and house styles disagree on, applied in order to a lower-case
 * name without diacritics: Cyrillic and Arabic digraphs to one letter, doubled letters to one,
 * y and ii to i.
 */
const FOLDS: [RegExp, string][] = [
  [/shch/g, 's'], [/dzh|dj/g, 'j'], [/zh/g, 'j'], [/kh/g, 'h'], [/sh|sch/g, 's'], [/tch|ch/g, 'c'], [/ts|tz/g, 'c'],
  [/ph/g, 'f'], [/dh/g, 'd'], [/th/g, 't'], [/gh/g, 'g'], [/ck|q|c(?=[aou])/g, 'k'], [/x/g, 'ks'], [/w/g, 'v'],
  [/ou|oo/g, 'u'], [/ie|iy|yi|ii|y/g, 'i'], [/([a-z])\1+/g, '$1'],
];

/** A name as its sounds, roughly: "Zelenskyy" and "Zelenskiy" -> "zelenski", "Qadhafi" -> "kadafi". */
export function foldSpelling(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, '');
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  return s;
}

/** The consonants of a folded name (its first letter kept even when a vowel): "zelenski" -> "zlnsk". */
export function skeleton(folded: string): string {
  return folded
    .split(' ')
    .map((w) => (w[0] ?? '') + w.slice(1).replace(/[aeiou]/g, ''))
    .join(' ');
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

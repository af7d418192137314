import { FEMALE_NAMES, FEMALE_SURNAME, MALE_NAMES, MALE_SURNAME } from './names-data.js';
import { FEMALE_TITLES, MALE_TITLES, SENTENCE_ADVERBS, TITLE_WORDS } from './rules.js';

export type Gender = 'm' | 'f' | null;

/**
 * A named entity found by another stage (the entity tagger), to use instead of the capitalised-name
 * heuristics. Offsets index into the article text.
 *
 * @example { text: 'Maria Zakharova', start: 120, end: 135, type: 'PER' }
 */
export interface NameMention {
  text: string;
  start: number;
  end: number;
  type?: string;
}

export interface Person {
  name: string;
  last: string;
  gender: Gender;
  /** Start offsets of every mention, ascending. */
  mentions: number[];
}

/** Words that make a capitalised run an organisation or place rather than a person. */
const ORG_WORDS =
  /\b(?:Ministry|Department|Office|Kremlin|House|Council|Committee|Commission|Party|News|Times|Post|Journal|Agency|Association|Institute|University|Union|Bank|Fund|Group|Inc|Corp|Company|Network|Court|Senate|Congress|Parliament|Army|Forces|Police|Government|Administration|Campaign|Foundation|Center|Centre|Coalition|Organization|Organisation|Reuters|Press|Television|Radio|Service|Church|States|Republic|Federation|Kingdom|Street|Square|City|County|Province|Region|Club|Board|Authority|Council|FBI|CIA|NATO|GOP|CNN|Fox|MSNBC|Breitbart|Twitter|Facebook|Times)\b/;

const NAME_RUN = /\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|(?:de|van|von|bin|al|da|di|del|le|la)(?=\s+\p{Lu})))+/gu;

const lower = (w: string): string => w.toLowerCase().replace(/[.’']s?$/, '');

/** The gender a name tells: a title among `words` (the name and the words before it), a given name, a Slavic surname ending. */
export function genderOf(words: readonly string[], name: readonly string[]): Gender {
  for (const w of words) {
    const l = w.toLowerCase();
    if (MALE_TITLES.has(l)) return 'm';
    if (FEMALE_TITLES.has(l)) return 'f';
  }
  const first = name[0]?.toLowerCase() ?? '';
  if (name.length > 1 && MALE_NAMES.has(first)) return 'm';
  if (name.length > 1 && FEMALE_NAMES.has(first)) return 'f';
  const last = name.at(-1)?.toLowerCase() ?? '';
  if (FEMALE_SURNAME.test(last)) return 'f';
  if (MALE_SURNAME.test(last)) return 'm';
  return null;
}

/** The person's name inside a phrase: the capitalised run after the last title or descriptor word. */
export function nameIn(phrase: string): string[] | null {
  const words = phrase.replace(/[,;:]+$/, '').replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);
  let i = words.length;
  while (i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && !/[,;:]$/.test(words[i - 1]!) && !TITLE_WORDS.has(words[i - 1]!.toLowerCase()) && !/['’]s?$/.test(words[i - 1]!)) i--;
  let name = words.slice(i).filter((w) => !SENTENCE_ADVERBS.has(w) || words.length === 1);
  // "Ukraine Vladimir Putin" (a place run into a name): start at the given name
  const given = name.findIndex((w, k) => k > 0 && k < name.length - 1 && (MALE_NAMES.has(w.toLowerCase()) || FEMALE_NAMES.has(w.toLowerCase())));
  if (given > 0) name = name.slice(given);
  if (!name.length || ORG_WORDS.test(name.join(' '))) return null;
  return name.map((w) => w.replace(/[.,]$/, (m) => (w.length <= 2 ? m : '')));
}

/** People in one article: who is named, how each is called in short, and where each is mentioned. */
export class People {
  readonly persons: Person[] = [];
  private readonly byLast = new Map<string, Person[]>();
  /** Descriptions a person was introduced with ("spokesman" for "His spokesman Dmitry Peskov"). */
  private readonly aliases = new Map<string, Person>();

  constructor(masked: string, mentions?: readonly NameMention[]) {
    const unknown: { words: string[]; pos: number; last: string; end: number }[] = [];
    if (mentions) {
      for (const m of mentions) if (!m.type || m.type === 'PER') this.addName(m.text.split(/\s+/), m.start, m.type === 'PER');
    } else {
      NAME_RUN.lastIndex = 0;
      for (let m = NAME_RUN.exec(masked); m; m = NAME_RUN.exec(masked)) {
        const before = masked.slice(Math.max(0, m.index - 30), m.index).split(/\s+/).at(-2) ?? '';
        const words = m[0].split(/\s+/);
        const titled = TITLE_WORDS.has(before.toLowerCase()) || words.some((w) => TITLE_WORDS.has(w.toLowerCase()));
        const name = nameIn(m[0]);
        if (!name || name.length < 2) continue;
        const known = MALE_NAMES.has(name[0]!.toLowerCase()) || FEMALE_NAMES.has(name[0]!.toLowerCase());
        if (known || titled) this.addName([before, ...words], m.index + m[0].indexOf(name[0]!), true);
        else unknown.push({ words: [before, ...words], pos: m.index + m[0].indexOf(name[0]!), last: name.at(-1)!, end: m.index + m[0].length });
      }
      // an unlisted name counts as a person when its surname is used alone too ("Pavel Sokolov" … "Sokolov")
      if (unknown.length) {
        const alone = standalone(masked);
        for (const u of unknown) if ((alone.get(u.last) ?? -1) > u.end) this.addName(u.words, u.pos, true);
      }
    }
    this.findSurnames(masked);
  }

  /** Registers a name (with the words before it, for titles) mentioned at `pos`; returns its person. */
  addName(words: readonly string[], pos: number, sure: boolean): Person | null {
    const name = nameIn(words.join(' '));
    if (!name) return null;
    const person = this.register(name, words, pos, sure);
    if (person) for (const w of words) if (TITLE_WORDS.has(w.toLowerCase()) && /^\p{Ll}/u.test(w)) this.aliases.set(w.toLowerCase(), person);
    return person;
  }

  /** The person a description stands for ("Putin's spokesman" -> whoever was introduced as spokesman). */
  alias(phrase: string): Person | null {
    return this.aliases.get(phrase.split(/\s+/).at(-1)?.toLowerCase() ?? '') ?? null;
  }

  private register(name: string[], words: readonly string[], pos: number, sure: boolean): Person | null {
    const last = lower(name.at(-1)!);
    const found = this.lookup(name, pos);
    if (found) {
      const given = name[0]!.toLowerCase();
      if (name.length > found.name.split(' ').length && (!found.name.includes(' ') || MALE_NAMES.has(given) || FEMALE_NAMES.has(given))) found.name = name.join(' ');
      found.gender ??= genderOf(words, name);
      insertSorted(found.mentions, pos);
      return found;
    }
    if (!sure && name.length < 2) return null;
    const person: Person = { name: name.join(' '), last, gender: genderOf(words, name), mentions: [pos] };
    this.persons.push(person);
    this.byLast.set(last, [...(this.byLast.get(last) ?? []), person]);
    return person;
  }

  /** The person a name or surname refers to, preferring the one mentioned last before `pos`. */
  lookup(name: readonly string[], pos: number): Person | null {
    const cands = this.byLast.get(lower(name.at(-1) ?? '')) ?? [];
    const first = name.length > 1 ? name[0]!.toLowerCase() : null;
    const fit = cands.filter((p) => !first || p.name.split(' ').length < 2 || p.name.toLowerCase().startsWith(first));
    return fit.sort((a, b) => lastBefore(b, pos) - lastBefore(a, pos))[0] ?? null;
  }

  private findSurnames(masked: string): void {
    if (!this.byLast.size) return;
    const re = /\p{Lu}[\p{L}'’-]+/gu;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const persons = this.byLast.get(lower(m[0]));
      if (persons?.length === 1) {
        const p = persons[0]!;
        if (!p.mentions.some((x) => Math.abs(x - m!.index) < 40)) insertSorted(p.mentions, m.index);
      }
    }
  }
}

/** The last mention of `p` before `pos` (-1 when none). */
export function lastBefore(p: Person, pos: number): number {
  let best = -1;
  for (const m of p.mentions) {
    if (m >= pos) break;
    best = m;
  }
  return best;
}

/** Capitalised words standing alone (no capitalised neighbour), each with the start of its last use. */
function standalone(masked: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
  for (let m = re.exec(masked); m; m = re.exec(masked)) if (m[0] === m[1] && m.index > 0 && !/\p{Lu}\p{L}*\s+$/u.test(masked.slice(Math.max(0, m.index - 20), m.index))) out.set(m[1]!, m.index);
  return out;
}

function insertSorted(list: number[], v: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > v) i--;
  if (list[i - 1] !== v) list.splice(i, 0, v);
}

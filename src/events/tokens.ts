import { STOPWORDS } from './stopwords.js';
import { TITLE_WEIGHT } from './rules.js';
import type { Sparse } from './sparse.js';
import type { EventArticle } from './types.js';

/** Interns a feature key (a stem, `#number`, `@name` or `@first_last`) to its vocabulary id. */
export type Interner = (key: string) => number;

/** What the clusterer derives from one article, once, on arrival. */
export interface ArticleFeatures {
  /** Sublinear term frequencies of stems and numbers over title (weighted) and body. */
  terms: Sparse;
  /** Stems of the title alone. */
  title: Sparse;
  /** Proper names: single capitalised words and adjacent pairs, plus given entities. */
  names: Sparse;
  /** Names in the title and first paragraph: who or where the article is about. */
  leadNames: Set<number>;
  /** Numbers in the title and first paragraph (`#20`, `#6th`): scores, tolls, sums that tell events apart. */
  leadNumbers: Set<number>;
  /**
   * Names of whoever the article quotes ("Zakharova said", "said Putin", and the quotes stage's
   * speakers when given), as `@surname` ids: statements are told apart by speaker.
   */
  speakers: Set<number>;
  /** The speakers quoted most often (ties all kept): whose statement the article reports. */
  topSpeakers: Set<number>;
  /** Weekdays named in the title and lead ("on Thursday"), as a 7-bit mask (bit 0 = Monday): reports of one happening name its day. */
  weekdays: number;
  /** Lower-cased words of the body in order, for copy shingles. */
  words: string[];
  /** `YYYY-MM-DD` of eventDate, else published, else null. */
  day: string | null;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Crude suffix stripping: enough to meet "shooting"/"shootings"/"shot" half way, cheap and stable. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

function clean(token: string): string {
  return token.replace(/[-.'’]+$/, '');
}

function isNumber(token: string): boolean {
  return /^\p{N}/u.test(token);
}

function addTo(v: Sparse, key: number, by = 1): void {
  v.set(key, (v.get(key) ?? 0) + by);
}

function sublinear(v: Sparse): Sparse {
  for (const [k, c] of v) v.set(k, 1 + Math.log(c));
  return v;
}

interface Token {
  text: string;
  /** First word of a sentence, line or quotation: its capital says nothing. */
  initial: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let initial = true;
  for (const m of text.matchAll(TOKEN)) {
    const gap = text.slice(last, m.index);
    if (/[.!?:;\n"“‘(—–]/.test(gap) || last === 0) initial = true;
    const t = clean(m[0]);
    if (t) out.push({ text: t, initial });
    initial = /[.!?]$/.test(m[0]) && !/^\p{Lu}\.?$|^(?:\p{Lu}\.)+$/u.test(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  return out;
}

function isCapitalised(t: string): boolean {
  return /^\p{Lu}/u.test(t);
}

/**
 * Capitalised words that are not function words; a sentence-initial one counts only when the
 * same word also appears capitalised mid-sentence. Adjacent names also give a pair key.
 */
function namesOf(tokens: readonly Token[], midCaps: ReadonlySet<string>, intern: Interner, into: Sparse | null, lead?: Set<number>): void {
  let prev: string | null = null;
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    const name = isCapitalised(t.text) && !STOPWORDS.has(lower) && !isNumber(t.text) && lower.length > 1 && (!t.initial || midCaps.has(lower));
    if (!name) {
      prev = null;
      continue;
    }
    const key = `@${lower.replace(/['’]s$/, '')}`;
    const id = intern(key);
    if (into) addTo(into, id);
    lead?.add(id);
    if (prev) {
      const pair = intern(`${prev}_${key.slice(1)}`);
      if (into) addTo(into, pair);
      lead?.add(pair);
    }
    prev = key;
  }
}

function termsOf(tokens: readonly Token[], intern: Interner, into: Sparse | null, by: number, numbers?: Set<number>): void {
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (isNumber(lower)) {
      const id = intern(`#${lower.replace(/,/g, '')}`);
      if (into) addTo(into, id, by);
      numbers?.add(id);
      continue;
    }
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    if (into) addTo(into, intern(stem(lower)), by);
  }
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function weekdaysOf(tokens: readonly Token[]): number {
  let mask = 0;
  for (const t of tokens) {
    const d = WEEKDAYS.indexOf(t.text.toLowerCase());
    if (d >= 0) mask |= 1 << d;
  }
  return mask;
}

const SPEECH = 'said|says|stated|warned|told|added|declared|announced|wrote|insisted|argued|noted';
/** "Maria Zakharova said" / "said Maria Zakharova" / "she said ... Zakharova" is not attempted: names next to a speech verb only. */
const SPEAKER_BEFORE = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+\\s){0,2}\\p{Lu}[\\p{L}'’-]+),?\\s(?:${SPEECH})\\b`, 'gu');
const SPEAKER_AFTER = new RegExp(`\\b(?:${SPEECH}),?\\s((?:\\p{Lu}[\\p{L}'’-]+\\s){0,2}\\p{Lu}[\\p{L}'’-]+)`, 'gu');

function surnameKey(name: string): string | null {
  const last = name.trim().split(/\s+/).pop()?.toLowerCase().replace(/['’]s$/, '');
  return last && !STOPWORDS.has(last) ? `@${last}` : null;
}

/**
 * Last words of names standing next to a speech verb, and of the given speakers (one per quote),
 * as `@name` ids with how often each speaks.
 */
function speakersOf(text: string, given: readonly string[], intern: Interner): Map<number, number> {
  const out = new Map<number, number>();
  const count = (key: string | null): void => {
    if (key) addTo(out, intern(key));
  };
  for (const re of [SPEAKER_BEFORE, SPEAKER_AFTER]) for (const m of text.matchAll(re)) count(surnameKey(m[1] ?? ''));
  for (const name of given) count(/^\p{Lu}/u.test(name) ? surnameKey(name) : null);
  return out;
}

/** A top speaker must be quoted at least this often: one passing quote does not make the article theirs. */
const TOP_SPEAKER_QUOTES = 2;

function topOf(counts: ReadonlyMap<number, number>): Set<number> {
  let max = 0;
  for (const n of counts.values()) max = Math.max(max, n);
  if (max < TOP_SPEAKER_QUOTES) return new Set();
  return new Set([...counts].filter(([, n]) => n === max).map(([k]) => k));
}


/** `YYYY-MM-DD` prefix of an ISO date, or null. */
export function dayOf(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
  return m?.[1] ?? null;
}

/** Derive the clusterer's features from an article, interning every key with `intern`. */
export function featuresOf(a: EventArticle, intern: Interner): ArticleFeatures {
  const titleTokens = tokenize(a.title ?? '');
  const bodyTokens = tokenize(a.text);
  const midCaps = new Set<string>();
  for (const t of titleTokens) if (!t.initial && isCapitalised(t.text)) midCaps.add(t.text.toLowerCase());
  const bodyMid = new Set<string>();
  for (const t of bodyTokens) if (!t.initial && isCapitalised(t.text)) bodyMid.add(t.text.toLowerCase());
  for (const w of bodyMid) midCaps.add(w);
  // A title in title case capitalises every word: only words also capitalised in the body are names.
  const titleMid = new Set([...midCaps].filter((w) => bodyMid.has(w)));

  const terms: Sparse = new Map();
  const title: Sparse = new Map();
  termsOf(titleTokens, intern, title, 1);
  termsOf(titleTokens, intern, terms, TITLE_WEIGHT);
  termsOf(bodyTokens, intern, terms, 1);

  const names: Sparse = new Map();
  const leadNames = new Set<number>();
  namesOf(titleTokens.map((t) => ({ ...t, initial: t.initial || !titleMid.has(t.text.toLowerCase()) })), titleMid, intern, names, leadNames);
  const paraEnd = a.text.search(/\n\s*\n/);
  const leadBody = paraEnd < 0 ? bodyTokens : bodyTokens.slice(0, tokenize(a.text.slice(0, paraEnd)).length);
  namesOf(leadBody, midCaps, intern, null, leadNames);
  const leadNumbers = new Set<number>();
  termsOf(titleTokens.filter((t) => isNumber(t.text)), intern, null, 1, leadNumbers);
  termsOf(leadBody.filter((t) => isNumber(t.text)), intern, null, 1, leadNumbers);
  namesOf(bodyTokens, midCaps, intern, names);
  for (const e of a.entities ?? []) {
    const parts = e.toLowerCase().split(/\s+/).filter((p) => p && !STOPWORDS.has(p));
    for (const p of parts) addTo(names, intern(`@${p}`));
    if (parts.length > 1) addTo(names, intern(`@${parts.join('_')}`));
  }

  const speakers = speakersOf(a.text, a.speakers ?? [], intern);
  return {
    terms: sublinear(terms),
    title: sublinear(title),
    names: sublinear(names),
    leadNames,
    leadNumbers,
    speakers: new Set(speakers.keys()),
    topSpeakers: topOf(speakers),
    weekdays: weekdaysOf(titleTokens) | weekdaysOf(leadBody.slice(0, WEEKDAY_LEAD_TOKENS)),
    words: bodyTokens.map((t) => t.text.toLowerCase()),
    day: dayOf(a.eventDate) ?? dayOf(a.published),
  };
}

/** Weekdays count from the first this many body tokens: later ones recall earlier happenings ("on Tuesday, leaders met"). */
const WEEKDAY_LEAD_TOKENS = 60;

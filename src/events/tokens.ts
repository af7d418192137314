import { STOPWORDS } from './stopwords.js';
import { TITLE_WEIGHT } from './rules.js';
import type { EventArticle } from './types.js';

/** Sparse vector: feature key -> weight. Keys: stems, `#number`, `@name`, `@first_last`. */
export type Sparse = Map<string, number>;

/** What the clusterer derives from one article, once, on arrival. */
export interface ArticleFeatures {
  /** Sublinear term frequencies of stems and numbers over title (weighted) and body. */
  terms: Sparse;
  /** Stems of the title alone. */
  title: Sparse;
  /** Proper names: single capitalised words and adjacent pairs, plus given entities. */
  names: Sparse;
  /** Names in the title and first paragraph: who or where the article is about. */
  leadNames: Set<string>;
  /** Numbers in the title and first paragraph (`#20`, `#6th`): scores, tolls, sums that tell events apart. */
  leadNumbers: Set<string>;
  /** Names of whoever the article quotes ("Zakharova said", "said Putin"): statements are told apart by speaker. */
  speakers: Set<string>;
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

function addTo(v: Sparse, key: string, by = 1): void {
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
function namesOf(tokens: readonly Token[], midCaps: ReadonlySet<string>, into: Sparse, lead?: Set<string>): void {
  let prev: string | null = null;
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    const name = isCapitalised(t.text) && !STOPWORDS.has(lower) && !isNumber(t.text) && lower.length > 1 && (!t.initial || midCaps.has(lower));
    if (!name) {
      prev = null;
      continue;
    }
    const key = `@${lower.replace(/['’]s$/, '')}`;
    addTo(into, key);
    lead?.add(key);
    if (prev) {
      addTo(into, `${prev}_${key.slice(1)}`);
      lead?.add(`${prev}_${key.slice(1)}`);
    }
    prev = key;
  }
}

function termsOf(tokens: readonly Token[], into: Sparse, by: number, numbers?: Set<string>): void {
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (isNumber(lower)) {
      const key = `#${lower.replace(/,/g, '')}`;
      addTo(into, key, by);
      numbers?.add(key);
      continue;
    }
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    addTo(into, stem(lower), by);
  }
}

const SPEECH = 'said|says|stated|warned|told|added|declared|announced|wrote|insisted|argued|noted';
/** "Maria Zakharova said" / "said Maria Zakharova" / "she said ... Zakharova" is not attempted: names next to a speech verb only. */
const SPEAKER_BEFORE = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+\\s){0,2}\\p{Lu}[\\p{L}'’-]+),?\\s(?:${SPEECH})\\b`, 'gu');
const SPEAKER_AFTER = new RegExp(`\\b(?:${SPEECH}),?\\s((?:\\p{Lu}[\\p{L}'’-]+\\s){0,2}\\p{Lu}[\\p{L}'’-]+)`, 'gu');

/** Last words of names standing next to a speech verb, as `@name` keys. */
function speakersOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of [SPEAKER_BEFORE, SPEAKER_AFTER])
    for (const m of text.matchAll(re)) {
      const last = (m[1] ?? '').split(/\s+/).pop()?.toLowerCase().replace(/['’]s$/, '');
      if (last && !STOPWORDS.has(last)) out.add(`@${last}`);
    }
  return out;
}

/** `YYYY-MM-DD` prefix of an ISO date, or null. */
export function dayOf(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
  return m?.[1] ?? null;
}

/** Derive the clusterer's features from an article. */
export function featuresOf(a: EventArticle): ArticleFeatures {
  const titleTokens = tokenize(a.title ?? '');
  const bodyTokens = tokenize(a.text);
  const midCaps = new Set<string>();
  for (const t of [...titleTokens, ...bodyTokens]) if (!t.initial && isCapitalised(t.text)) midCaps.add(t.text.toLowerCase());
  // A title in title case capitalises every word: only words also capitalised in the body are names.
  const titleMid = new Set([...midCaps].filter((w) => bodyTokens.some((t) => !t.initial && t.text.toLowerCase() === w)));

  const terms: Sparse = new Map();
  const title: Sparse = new Map();
  termsOf(titleTokens, title, 1);
  termsOf(titleTokens, terms, TITLE_WEIGHT);
  termsOf(bodyTokens, terms, 1);

  const names: Sparse = new Map();
  const leadNames = new Set<string>();
  namesOf(titleTokens.map((t) => ({ ...t, initial: t.initial || !titleMid.has(t.text.toLowerCase()) })), titleMid, names, leadNames);
  const firstPara = a.text.split(/\n\s*\n/, 1)[0] ?? '';
  const leadTokens = [...titleTokens, ...bodyTokens.slice(0, tokenize(firstPara).length)];
  namesOf(leadTokens.slice(titleTokens.length), midCaps, new Map(), leadNames);
  const leadNumbers = new Set<string>();
  termsOf(leadTokens.filter((t) => isNumber(t.text)), new Map(), 1, leadNumbers);
  namesOf(bodyTokens, midCaps, names);
  for (const e of a.entities ?? []) {
    const parts = e.toLowerCase().split(/\s+/).filter((p) => p && !STOPWORDS.has(p));
    for (const p of parts) addTo(names, `@${p}`);
    if (parts.length > 1) addTo(names, `@${parts.join('_')}`);
  }

  return {
    terms: sublinear(terms),
    title: sublinear(title),
    names: sublinear(names),
    leadNames,
    leadNumbers,
    speakers: speakersOf(a.text),
    words: bodyTokens.map((t) => t.text.toLowerCase()),
    day: dayOf(a.eventDate) ?? dayOf(a.published),
  };
}

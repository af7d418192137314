/**
 * Compact, dependency-free language identifier (ISO 639-1), to be replaced by a trained model.
 *
 * 1. Count letters per script. Most scripts name their language outright (Greek -> el, Thai -> th);
 *    Han/kana/hangul decide between zh, ja and ko; Arabic script between ar, fa and ur.
 * 2. Latin and Cyrillic text is scored against function-word profiles plus letters that only a
 *    few languages use (`language-profiles.ts`). A word shared by k profiles counts 1/k for each.
 * 3. null when the text is too short or no language is clearly ahead.
 */
import { LETTER_HINTS, WORD_PROFILES } from './language-profiles.js';

/** Fewer letters than this in an alphabetic script: too little to tell (a headline fragment, a name). */
const MIN_LETTERS = 20;
/** Han/kana/hangul carry a syllable or word per character, so fewer are enough. */
const MIN_CJK_CHARS = 10;
/** Only the start of long texts is read: a few thousand characters decide as well as a whole article. */
const MAX_SAMPLE_CHARS = 10_000;
/** Japanese text is mostly kanji but always has kana (particles, endings); Chinese has none. */
const JA_MIN_KANA_SHARE = 0.1;
/** Weight of one hint letter relative to one function word (letters are many more per text). */
const LETTER_WEIGHT = 0.5;
/** The best language needs at least this score (about two function words no other profile has). */
const MIN_SCORE = 2;
/** ...and must lead the runner-up by this fraction of its score, else the text is ambiguous (da/no, es/ca...). */
const MARGIN = 0.2;
/** Vietnamese is Latin script with letters from Latin Extended Additional in most words. */
const VI_MIN_SHARE = 0.03;
/** Urdu/Persian letters among Arabic-script letters before ur/fa wins over ar. */
const ARABIC_SCRIPT_VARIANT_SHARE = 0.01;

type Script =
  | 'Latin' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Hebrew' | 'Arabic' | 'Devanagari' | 'Bengali'
  | 'Gurmukhi' | 'Gujarati' | 'Oriya' | 'Tamil' | 'Telugu' | 'Kannada' | 'Malayalam' | 'Sinhala'
  | 'Thai' | 'Lao' | 'Tibetan' | 'Myanmar' | 'Georgian' | 'Ethiopic' | 'Khmer' | 'Han' | 'Kana' | 'Hangul';

/** Unicode blocks of the scripts told apart (ASCII letters are handled before this table). */
const SCRIPT_RANGES: ReadonlyArray<readonly [number, number, Script]> = [
  [0x00c0, 0x024f, 'Latin'], [0x1e00, 0x1eff, 'Latin'],
  [0x0370, 0x03ff, 'Greek'], [0x1f00, 0x1fff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic'],
  [0x0531, 0x058f, 'Armenian'],
  [0x05d0, 0x05ea, 'Hebrew'],
  [0x0620, 0x064a, 'Arabic'], [0x066e, 0x06d3, 'Arabic'], [0x0750, 0x077f, 'Arabic'], [0xfb50, 0xfdff, 'Arabic'], [0xfe70, 0xfefc, 'Arabic'],
  [0x0900, 0x097f, 'Devanagari'], [0x0980, 0x09ff, 'Bengali'], [0x0a00, 0x0a7f, 'Gurmukhi'], [0x0a80, 0x0aff, 'Gujarati'],
  [0x0b00, 0x0b7f, 'Oriya'], [0x0b80, 0x0bff, 'Tamil'], [0x0c00, 0x0c7f, 'Telugu'], [0x0c80, 0x0cff, 'Kannada'],
  [0x0d00, 0x0d7f, 'Malayalam'], [0x0d80, 0x0dff, 'Sinhala'], [0x0e00, 0x0e7f, 'Thai'], [0x0e80, 0x0eff, 'Lao'],
  [0x0f00, 0x0fff, 'Tibetan'], [0x1000, 0x109f, 'Myanmar'], [0x10a0, 0x10ff, 'Georgian'], [0x1100, 0x11ff, 'Hangul'],
  [0x1200, 0x139f, 'Ethiopic'], [0x1780, 0x17ff, 'Khmer'],
  [0x3041, 0x30ff, 'Kana'], [0x31f0, 0x31ff, 'Kana'], [0xff66, 0xff9f, 'Kana'],
  [0x3131, 0x318e, 'Hangul'], [0xac00, 0xd7a3, 'Hangul'],
  [0x3400, 0x4dbf, 'Han'], [0x4e00, 0x9fff, 'Han'], [0xf900, 0xfaff, 'Han'], [0x20000, 0x3134f, 'Han'],
];

/** Scripts used by one language (for this identifier's purposes: Devanagari also writes mr and ne). */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  Greek: 'el', Armenian: 'hy', Hebrew: 'he', Devanagari: 'hi', Bengali: 'bn', Gurmukhi: 'pa', Gujarati: 'gu',
  Oriya: 'or', Tamil: 'ta', Telugu: 'te', Kannada: 'kn', Malayalam: 'ml', Sinhala: 'si', Thai: 'th', Lao: 'lo',
  Tibetan: 'bo', Myanmar: 'my', Georgian: 'ka', Ethiopic: 'am', Khmer: 'km',
};

/** Only Russian (and Belarusian, which also has і and ў) writes ы and э; the other letters belong to other Cyrillic languages. */
const RUSSIAN_LETTERS = /[ыэ]/i;
const OTHER_CYRILLIC_LETTERS = /[іїєґўђћџјљњѓќѕәғқңөұүһ]/i;

/** Letters Urdu adds to the Arabic alphabet (ٹ ڈ ڑ ں ے ھ) and those Persian adds (پ چ ژ گ) or spells differently (ک ی for ك ي). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06BE]/g;
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/g;
const ARABIC_ONLY_LETTERS = /[\u0629\u0643\u064A]/g; // ة ك ي
const VIETNAMESE_LETTERS = /[\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g;
const WORD = /\p{L}+/gu;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/** Romanian is written with comma-below ș ț and, in older text, cedilla ş ţ: compare words in one spelling. */
const normalise = (w: string): string => w.replace(/ş/g, 'ș').replace(/ţ/g, 'ț');

/** word -> languages whose profile has it; language -> the script its profile is written in. */
const WORD_INDEX = new Map<string, string[]>();
const PROFILE_SCRIPT = new Map<string, Script>();
for (const [lang, words] of Object.entries(WORD_PROFILES)) {
  const list = [...new Set(words.split(/\s+/).filter(Boolean).map(normalise))];
  PROFILE_SCRIPT.set(lang, /\p{Script=Cyrillic}/u.test(list.join('')) ? 'Cyrillic' : 'Latin');
  for (const w of list) {
    const langs = WORD_INDEX.get(w);
    if (langs) langs.push(lang);
    else WORD_INDEX.set(w, [lang]);
  }
}
const HINT_INDEX = new Map(Object.entries(LETTER_HINTS).map(([ch, langs]) => [ch, langs.split(' ')]));
for (const [ch, langs] of HINT_INDEX) for (const l of langs) if (!PROFILE_SCRIPT.has(l)) PROFILE_SCRIPT.set(l, /\p{Script=Cyrillic}/u.test(ch) ? 'Cyrillic' : 'Latin');

function scriptOf(code: number): Script | null {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 'Latin' : null;
  for (const [lo, hi, script] of SCRIPT_RANGES) if (code >= lo && code <= hi) return script;
  return null;
}

function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

export function detectLanguage(text: string): string | null {
  const sample = text.length > MAX_SAMPLE_CHARS ? text.slice(0, MAX_SAMPLE_CHARS) : text;
  const counts = countScripts(sample);
  const cjk = (counts.get('Han') ?? 0) + (counts.get('Kana') ?? 0) + (counts.get('Hangul') ?? 0);
  let dominant: Script | 'CJK' | null = null;
  let dominantCount = cjk;
  if (cjk > 0) dominant = 'CJK';
  for (const [script, n] of counts) {
    if (script !== 'Han' && script !== 'Kana' && script !== 'Hangul' && n > dominantCount) [dominant, dominantCount] = [script, n];
  }
  if (dominant === null || dominantCount < (dominant === 'CJK' ? MIN_CJK_CHARS : MIN_LETTERS)) return null;

  switch (dominant) {
    case 'CJK': {
      const hangul = counts.get('Hangul') ?? 0;
      if (hangul > cjk / 2) return 'ko';
      return (counts.get('Kana') ?? 0) >= JA_MIN_KANA_SHARE * cjk ? 'ja' : 'zh';
    }
    case 'Arabic': {
      const share = (re: RegExp): number => count(sample, re) / dominantCount;
      if (share(URDU_LETTERS) >= ARABIC_SCRIPT_VARIANT_SHARE) return 'ur';
      return share(PERSIAN_LETTERS) >= ARABIC_SCRIPT_VARIANT_SHARE && count(sample, PERSIAN_LETTERS) > count(sample, ARABIC_ONLY_LETTERS) ? 'fa' : 'ar';
    }
    case 'Latin':
      if (count(sample, VIETNAMESE_LETTERS) >= VI_MIN_SHARE * dominantCount) return 'vi';
      return bestByProfile(sample, 'Latin');
    case 'Cyrillic':
      // Too few function words (a headline): ы/э without any other language's letters is still Russian.
      return bestByProfile(sample, 'Cyrillic') ?? (RUSSIAN_LETTERS.test(sample) && !OTHER_CYRILLIC_LETTERS.test(sample) ? 'ru' : null);
    default:
      return SCRIPT_LANGUAGE[dominant] ?? null;
  }
}

/**
 * Profiles list elisions with their apostrophe (`l'`, `dell'`, `'s`): try that form first when the
 * text has an apostrophe there, then the bare word ("qu'il" -> `qu'` + `il`; "J&J" is not `j'`).
 */
function lookupWord(text: string, word: string, at: number): string[] | undefined {
  if (APOSTROPHES.has(text[at + word.length] ?? '')) {
    const elided = WORD_INDEX.get(`${word}'`);
    if (elided) return elided;
  }
  if (APOSTROPHES.has(text[at - 1] ?? '')) {
    const clitic = WORD_INDEX.get(`'${word}`);
    if (clitic) return clitic;
  }
  return WORD_INDEX.get(word);
}

/** Scores the languages written in `script`; the best one if it is clearly ahead. */
function bestByProfile(sample: string, script: Script): string | null {
  const lower = sample.toLowerCase();
  // Evidence per distinct word or letter, counted with diminishing returns, so that one repeated
  // token ("Arsenal v Stoke" in a fixture list, Czech "v") cannot outvote many different words.
  const evidence = new Map<readonly string[], { weight: number; n: number }>();
  const note = (langs: readonly string[] | undefined, weight: number): void => {
    if (!langs) return;
    const e = evidence.get(langs);
    if (e) e.n++;
    else evidence.set(langs, { weight, n: 1 });
  };
  for (const m of lower.matchAll(WORD)) note(lookupWord(lower, normalise(m[0]), m.index), 1);
  for (const ch of lower) note(HINT_INDEX.get(ch), LETTER_WEIGHT);

  const scores = new Map<string, number>();
  for (const [langs, { weight, n }] of evidence) {
    const w = (weight * (1 + Math.log(n))) / langs.length;
    for (const l of langs) if (PROFILE_SCRIPT.get(l) === script) scores.set(l, (scores.get(l) ?? 0) + w);
  }
  let best: [string, number] = ['', 0];
  let second = 0;
  for (const [lang, score] of scores) {
    if (score > best[1]) [second, best] = [best[1], [lang, score]];
    else if (score > second) second = score;
  }
  if (best[1] < MIN_SCORE || (best[1] - second) / best[1] < MARGIN) return null;
  return best[0];
}

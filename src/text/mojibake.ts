/**
 * Repairs of mis-encoded and stray characters, made only where the repair is unambiguous
 * (in the spirit of ftfy). Line structure is never changed: no newline is added or removed.
 * Each kind of repair made adds one note, so a person can see what was changed.
 */

export interface Repair {
  text: string;
  /** One note per kind of repair made, e.g. `utf-8 read as windows-1252 (3 places)`. */
  notes: string[];
}

import { WINDOWS_1252_0X80_0X9F } from './encoding.js';

// ---- (a) UTF-8 read as windows-1252 / latin-1 ---------------------------------------------

/** windows-1252 (WHATWG: undefined bytes map to the C1 control of the same value) for bytes 0x80-0xBF:
 *  the characters a UTF-8 continuation byte turns into when read as windows-1252. Reading as true
 *  latin-1 gives U+0080-U+009F instead, which this table also covers. */
const CONTINUATION_TO_BYTE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xbf; b++) map.set(String.fromCharCode(b), b);
  for (let b = 0x80; b <= 0x9f; b++) map.set(WINDOWS_1252_0X80_0X9F[b - 0x80]!, b);
  return map;
})();
const CONTINUATION_CLASS = `[${[...CONTINUATION_TO_BYTE.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
/** A run of UTF-8 sequences as they look in windows-1252: lead byte Â-ß (2 bytes), à-ï (3), ð-ô (4). */
const MOJIBAKE_RUN = new RegExp(
  `(?:[\\u00C2-\\u00DF]${CONTINUATION_CLASS}|[\\u00E0-\\u00EF]${CONTINUATION_CLASS}{2}|[\\u00F0-\\u00F4]${CONTINUATION_CLASS}{3})+`,
  'g',
);
/** Cheap pre-check: no lead character, no mojibake (true of almost all clean English text). */
const MOJIBAKE_LEAD = /[\u00C2-\u00F4]/;
/** Double (or triple) encoding is repaired by repeating the pass; more layers than this are not seen in practice. */
const MAX_MOJIBAKE_PASSES = 3;

/**
 * What a repaired character may be. A repair is accepted only if every character it yields is
 * plausible text; a lone character only from the Latin/punctuation/symbol set (legitimate text like
 * "Spaß“" or "CAFÉ…" would otherwise decode to NKo or IPA letters), other scripts only as runs
 * of two or more characters (Cyrillic words, CJK), never a lone letter glued to Latin text.
 */
const PLAUSIBLE_ALONE =
  /^[\u00A0-\u017F\u0192\u01A0-\u01B0\u0218-\u021B\u02C6-\u02DD\u2010-\u2027\u2030-\u205E\u20A0-\u20BF\u2100-\u215F\u2190-\u22FF\u25A0-\u27BF\uFEFF\u{1F300}-\u{1FAFF}]+$/u;
const PLAUSIBLE_IN_RUN =
  /^[\u00A0-\u017F\u0192\u01A0-\u01B0\u0218-\u021B\u02C6-\u02DD\u0370-\u03FF\u0400-\u04FF\u05D0-\u05EA\u0600-\u06FF\u0900-\u097F\u0E00-\u0E7F\u2010-\u2027\u2030-\u205E\u20A0-\u20BF\u2100-\u215F\u2190-\u22FF\u25A0-\u27BF\u3000-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF\uFEFF\u{1F300}-\u{1FAFF}]+$/u;
/** "Â" before a plain space: what is left of a UTF-8 no-break space (C2 A0) once A0 became a space.
 *  Only ambiguous-free when the same text shows other mojibake. */
const ORPHAN_A_CIRCUMFLEX = /\u00C2(?= )/g;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function repairRun(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    // Leads (U+00C2-U+00F4) are not in the table: as latin-1 they are their own byte.
    bytes[i] = CONTINUATION_TO_BYTE.get(run[i]!) ?? run.charCodeAt(i);
  }
  let fixed: string;
  try {
    fixed = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  const chars = [...fixed].length;
  return (chars === 1 ? PLAUSIBLE_ALONE : PLAUSIBLE_IN_RUN).test(fixed) ? fixed : null;
}

function repairMojibake(text: string): { text: string; places: number; layers: number } {
  let places = 0;
  let layers = 0;
  for (let pass = 0; pass < MAX_MOJIBAKE_PASSES && MOJIBAKE_LEAD.test(text); pass++) {
    let changed = 0;
    text = text.replace(MOJIBAKE_RUN, (run) => {
      const fixed = repairRun(run);
      if (fixed === null) return run;
      changed++;
      return fixed;
    });
    if (changed === 0) break;
    if (pass === 0) places = changed;
    layers++;
  }
  if (places > 0) {
    text = text.replace(ORPHAN_A_CIRCUMFLEX, () => {
      places++;
      return '';
    });
  }
  return { text, places, layers };
}

// ---- (b)-(f) ---------------------------------------------------------------------------------

/** C0 controls except \t \n (and \r, which is part of a CRLF or old-Mac newline), DEL, and C1 controls. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** No-break and typographic spaces (U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F) become a plain space. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/g;
/**
 * Zero-width space, word joiner, BOM: never meaningful in article text. ZWNJ/ZWJ matter inside
 * Persian, Indic and emoji sequences, so they go only when not between two non-ASCII characters.
 */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]|(?<![\u0080-\uFFFF])[\u200C\u200D]|[\u200C\u200D](?![\u0080-\uFFFF])/g;
/** "?" or U+FFFD standing for a lost character, glued to a word: a question mark never begins a word. */
const LOST_MARKS = /[?\uFFFD]+(?=\p{L})/gu;
/** What may precede a lost-character mark: start of line, a space, an opening bracket or quote. */
const LOST_MARK_PRECEDERS = new Set([' ', '\t', '\n', '\r', '(', '[', '"', '“', '‘', '«']);
/** Two periods exactly, ending a sentence: after a word, and followed by the end of the line or text,
 *  a closing quote, or a space and the start of a new sentence. "Apple.. a triumph" (a two-dot
 *  pause), "...", "…" and "1..10" are left alone. */
const PERIOD_RUNS = /\.\.+/g;
const SENTENCE_END_BEFORE = /[\p{L}\p{N})\]"'”’]/u;
const SENTENCE_END_AFTER = /$|[\r\n"'”’)\]]|[ \t]+(?:$|[\r\n\p{Lu}\p{N}"“‘'(])/uy;
const TRAILING_SPACES = / +$/gm;

function countReplace(text: string, pattern: RegExp, by: string): [string, number] {
  let n = 0;
  const out = text.replace(pattern, () => {
    n++;
    return by;
  });
  return [out, n];
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function repairText(input: string): Repair {
  const notes: string[] = [];
  let text = input;

  const moji = repairMojibake(text);
  text = moji.text;
  if (moji.places > 0) {
    notes.push(`utf-8 read as windows-1252 (${plural(moji.places, 'place')}${moji.layers > 1 ? ', double-encoded' : ''})`);
  }

  let n: number;
  [text, n] = countReplace(text, CONTROL_CHARS, '');
  if (n > 0) notes.push(`removed ${plural(n, 'control character')}`);

  [text, n] = countReplace(text, ODD_SPACES, ' ');
  if (n > 0) notes.push(`replaced ${plural(n, 'no-break or odd space')} with plain spaces`);
  [text, n] = countReplace(text, ZERO_WIDTH, '');
  if (n > 0) notes.push(`removed ${plural(n, 'zero-width character')}`);

  let lost = 0;
  text = text.replace(LOST_MARKS, (marks, offset: number) => {
    const before = offset === 0 ? '\n' : text[offset - 1]!;
    if (!LOST_MARK_PRECEDERS.has(before)) return marks;
    lost += marks.length;
    return '';
  });
  if (lost > 0) notes.push(`removed ${plural(lost, 'lost-character mark')}`);

  let replacement = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacement++;
  if (replacement > 0) notes.push(`left ${plural(replacement, 'U+FFFD replacement character')} (lost characters, not repairable)`);

  let periods = 0;
  text = text.replace(PERIOD_RUNS, (run, offset: number) => {
    if (run.length !== 2) return run;
    SENTENCE_END_AFTER.lastIndex = offset + 2;
    if (!SENTENCE_END_BEFORE.test(text[offset - 1] ?? '') || !SENTENCE_END_AFTER.test(text)) return run;
    periods++;
    return '.';
  });
  if (periods > 0) notes.push(`removed ${plural(periods, 'doubled sentence-final period')}`);

  [text, n] = countReplace(text, TRAILING_SPACES, '');
  if (n > 0) notes.push(`removed trailing spaces on ${plural(n, 'line')}`);

  return { text, notes };
}

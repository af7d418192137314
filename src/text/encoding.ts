/**
 * Bytes -> string with the encoding detected, never guessed silently.
 *
 * Order: BOM -> declaration (`<meta charset>` for html, `<?xml encoding>` for xml and xhtml)
 * -> UTF-8 validity -> a legacy single-byte guess with a warning.
 * A declaration loses to the bytes when the bytes are valid UTF-8 with multibyte sequences
 * (scraped pages often say `iso-8859-1` and carry UTF-8).
 */

export interface Decoded {
  text: string;
  /** WHATWG label of the encoding used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  /**
   * How the encoding was chosen: `bom`, `meta`, `xml-declaration`, `utf-8-valid`, `fallback`,
   * optionally followed by `: detail` (e.g. `utf-8-valid: meta declared windows-1252 but the bytes are valid UTF-8`).
   */
  evidence: string;
  /** Set when the choice was a fallback a person should know about. */
  warning?: string;
}

type Kind = 'text' | 'html' | 'xml';

/** How far into the document to look for a declaration: WHATWG prescans 1 KB, but real pages put
 *  scripts and styles before their `<meta charset>`, so look a little further. */
const DECLARATION_SCAN_BYTES = 4096;

/** `<meta ...>` tags in the head (attributes in any order). */
const META_TAG = /<meta\b[^>]*>/gi;
/** `charset=` as its own attribute: `<meta charset="x">` (the form a bare attribute has after whitespace). */
const META_CHARSET_ATTR = /[\s"'/]charset\s*=\s*["']?\s*([^\s"'/>;]+)/i;
/** The `http-equiv="Content-Type"` form, whose charset sits inside `content="text/html; charset=x"`. */
const META_HTTP_EQUIV = /http-equiv\s*=\s*["']?\s*content-type/i;
const META_CONTENT_CHARSET = /content\s*=\s*["'][^"']*?charset\s*=\s*["']?\s*([^\s"';>]+)/i;
/** `<?xml version="1.0" encoding="x"?>` at the very start (after optional whitespace). */
const XML_DECLARATION = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/;

/** Decoders that cannot be right for a declaration we read as ASCII: the WHATWG `replacement`
 *  decoder (emits one U+FFFD for the whole input) and UTF-16, which would not have had ASCII bytes. */
const UNUSABLE_DECLARED = new Set(['replacement', 'utf-16le', 'utf-16be']);

/** Single-byte fallback used when nothing better is indicated (a superset of ISO-8859-1). */
const DEFAULT_LEGACY = 'windows-1252';

/**
 * Non-Latin single-byte encodings worth guessing, each with its language's most frequent letters
 * (about half of all letters in running text). When the high bytes form whole words, each
 * candidate decodes the text and the one whose letters are most often among its frequent
 * letters wins.
 */
const SCRIPT_CANDIDATES: ReadonlyArray<{ encoding: string; script: string; frequent: string }> = [
  { encoding: 'windows-1251', script: 'Cyrillic', frequent: 'оеаинтсрвлкмдпуОЕАИНТСРВЛКМДПУіІ' },
  { encoding: 'koi8-r', script: 'Cyrillic', frequent: 'оеаинтсрвлкмдпуОЕАИНТСРВЛКМДПУ' },
  { encoding: 'windows-1253', script: 'Greek', frequent: 'αοιετσνηυρκπμλΑΟΙΕΤΣΝΗΥΡΚΠΜΛάέίόήύώ' },
  { encoding: 'windows-1255', script: 'Hebrew', frequent: 'יוהלאמרבתשנ' },
  { encoding: 'windows-1256', script: 'Arabic', frequent: 'الينمورهتبع' },
];
/** High bytes that are letters in all the SCRIPT_CANDIDATES (0xC0-0xFF is the letter block in each). */
const SCRIPT_LETTER_MIN = 0xc0;
/** The high bytes look like a non-Latin script when words made only of high bytes outnumber
 *  Latin words with an accent in them by this factor (in Western text every high byte sits in an ASCII word). */
const SCRIPT_WORD_RATIO = 3;
/** A candidate must have at least this share of its letters among its frequent letters. */
const SCRIPT_MIN_FREQUENT_SHARE = 0.4;
/** Bytes looked at for the legacy guess: plenty for letter statistics, bounded cost on huge files. */
const GUESS_SAMPLE_BYTES = 64 * 1024;

export function decodeBytes(bytes: Uint8Array, kind: Kind): Decoded {
  const bom = detectBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding !== 'utf-8') return { text: decodeWith(bom.encoding, body), encoding: bom.encoding, evidence: 'bom' };
    return decodeUtf8Leniently(body, 'bom');
  }

  const scan = scanUtf8(bytes);
  const declared = findDeclaration(bytes, kind);
  let unusable: string | undefined;
  if (declared) {
    const encoding = resolveLabel(declared.label);
    if (encoding === null || UNUSABLE_DECLARED.has(encoding)) {
      unusable = `${declared.source} declared ${encoding === null ? 'unknown' : 'unusable'} charset "${declared.label}"`;
    } else if (encoding === 'utf-8') {
      if (scan.invalid === 0) return { text: decodeWith('utf-8', bytes), encoding, evidence: declared.source };
      unusable = `${declared.source} declared utf-8 but the bytes are not valid UTF-8`;
    } else if (scan.invalid === 0 && scan.multibyte > 0) {
      return {
        text: decodeWith('utf-8', bytes),
        encoding: 'utf-8',
        evidence: `utf-8-valid: ${declared.source} declared ${encoding} but the bytes are valid UTF-8`,
      };
    } else {
      return { text: decodeWith(encoding, bytes), encoding, evidence: declared.source };
    }
  }

  if (scan.invalid === 0) {
    const result: Decoded = { text: decodeWith('utf-8', bytes), encoding: 'utf-8', evidence: 'utf-8-valid' };
    if (unusable) {
      result.evidence += `: ${unusable}`;
      result.warning = `${unusable}; decoded as utf-8 (the bytes are valid UTF-8)`;
    }
    return result;
  }
  if (scan.multibyte > scan.invalid) {
    const mixed = decodeUtf8Leniently(bytes, 'fallback');
    if (unusable) mixed.warning = `${unusable}; ${mixed.warning ?? ''}`;
    return mixed;
  }
  const guess = guessLegacy(bytes);
  const warning = `not valid UTF-8; decoded as ${guess.encoding}${guess.why ? ` (${guess.why})` : ''}`;
  return {
    text: decodeWith(guess.encoding, bytes),
    encoding: guess.encoding,
    evidence: unusable ? `fallback: ${unusable}` : 'fallback',
    warning: unusable ? `${unusable}; ${warning}` : warning,
  };
}

function detectBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

type DeclarationSource = 'meta' | 'xml-declaration';

function findDeclaration(bytes: Uint8Array, kind: Kind): { label: string; source: DeclarationSource } | null {
  if (kind === 'text') return null;
  // Declarations are ASCII; latin1 maps every byte to one char, so offsets and ASCII survive any encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_SCAN_BYTES)).toString('latin1');
  const xml = XML_DECLARATION.exec(head)?.[1];
  if (kind === 'xml') return xml ? { label: xml, source: 'xml-declaration' } : null;
  for (const [tag] of head.matchAll(META_TAG)) {
    const direct = META_CHARSET_ATTR.exec(tag)?.[1];
    if (direct) return { label: direct, source: 'meta' };
    if (META_HTTP_EQUIV.test(tag)) {
      const inContent = META_CONTENT_CHARSET.exec(tag)?.[1];
      if (inContent) return { label: inContent, source: 'meta' };
    }
  }
  // XHTML served as a file: its XML declaration is the only declaration it has.
  return xml ? { label: xml, source: 'xml-declaration' } : null;
}

/** WHATWG name for a label (`latin1` -> `windows-1252`, `cp1251` -> `windows-1251`), or null if unknown. */
export function resolveLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === DEFAULT_LEGACY) return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Length of the valid UTF-8 sequence starting at i (per RFC 3629: no overlongs, surrogates or > U+10FFFF), 0 if invalid. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Counts valid multibyte sequences and invalid bytes. */
function scanUtf8(b: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(b, i);
    if (n === 0) {
      invalid++;
      i++;
    } else {
      multibyte++;
      i += n;
    }
  }
  return { multibyte, invalid };
}

/**
 * windows-1252 bytes 0x80-0x9F (WHATWG index; the five undefined bytes stay C1 controls).
 * Node 20's TextDecoder('windows-1252') decodes these as ISO-8859-1 C1 controls, losing
 * smart quotes, dashes and the euro sign, so windows-1252 is decoded here instead.
 */
export const WINDOWS_1252_0X80_0X9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const C1_RANGE = /[\u0080-\u009F]/g;

/** One windows-1252 byte as a character. */
function cp1252Char(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_0X80_0X9F[byte - 0x80]! : String.fromCharCode(byte);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(C1_RANGE, (c) => WINDOWS_1252_0X80_0X9F[c.charCodeAt(0) - 0x80]!);
}

/**
 * UTF-8 where it is valid, windows-1252 for each stray invalid byte (mostly-UTF-8 files with a few
 * Latin-1 characters pasted in, or a truncated last character); warns when any byte needed that.
 */
function decodeUtf8Leniently(bytes: Uint8Array, evidence: string): Decoded {
  const parts: string[] = [];
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let start = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(start, i)), cp1252Char(bytes[i]!));
    invalid++;
    start = ++i;
  }
  parts.push(utf8.decode(bytes.subarray(start)));
  const result: Decoded = { text: parts.join(''), encoding: 'utf-8', evidence };
  if (invalid > 0) {
    result.evidence = `${evidence}: mostly valid UTF-8`;
    result.warning = `not valid UTF-8 in ${invalid} byte${invalid === 1 ? '' : 's'}; those decoded as ${DEFAULT_LEGACY}, the rest as utf-8`;
  }
  return result;
}

/** windows-1252 unless the high bytes form whole words, as letters of a non-Latin script do. */
function guessLegacy(all: Uint8Array): { encoding: string; why?: string } {
  const bytes = all.subarray(0, GUESS_SAMPLE_BYTES);
  let highOnlyWords = 0;
  let mixedWords = 0;
  let ascii = 0;
  let high = 0;
  const endWord = (): void => {
    if (high >= 2 && ascii === 0) highOnlyWords++;
    else if (high > 0 && ascii > 0) mixedWords++;
    ascii = high = 0;
  };
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c >= SCRIPT_LETTER_MIN) high++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) ascii++;
    else endWord();
  }
  endWord();
  if (highOnlyWords < 2 || highOnlyWords < SCRIPT_WORD_RATIO * mixedWords) return { encoding: DEFAULT_LEGACY };

  let best: { encoding: string; script: string; share: number } | undefined;
  for (const c of SCRIPT_CANDIDATES) {
    const share = frequentShare(decodeWith(c.encoding, bytes), c.frequent);
    if (!best || share > best.share) best = { encoding: c.encoding, script: c.script, share };
  }
  if (!best || best.share < SCRIPT_MIN_FREQUENT_SHARE) return { encoding: DEFAULT_LEGACY, why: 'high bytes form words but match no known script well' };
  return { encoding: best.encoding, why: `high bytes look like ${best.script} letters` };
}

/** Share of non-ASCII letters in text that are among `frequent`. */
function frequentShare(text: string, frequent: string): number {
  let letters = 0;
  let hits = 0;
  for (const ch of text) {
    if (ch < '\u0080' || !/\p{L}/u.test(ch)) continue;
    letters++;
    if (frequent.includes(ch)) hits++;
  }
  return letters === 0 ? 0 : hits / letters;
}

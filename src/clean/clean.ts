import type { RemovedPiece } from '../core/document.js';
import { parseByline } from './byline.js';
import { classifyUnit, disclaimerCues, isCredit, type Reason } from './classify.js';
import { commentScore, commentZoneStart, isCommentMeta } from './comments.js';
import { parseDateLine } from './dates.js';
import { endsLikeSentence, normaliseLine, titleCaseShare, words } from './features.js';
import {
  BODY_MIN_WORDS, COMMENT_SCORE_MIN, DISCLAIMER_CUES_MIN, DUPLICATE_MIN_CHARS, DUPLICATE_PREFIX_MIN_CHARS,
  REPORTING, SHORT_LINE_WORDS, TAIL_START_SHARE, TITLE_MAX_WORDS, TITLE_PREFERRED_MIN_WORDS,
} from './rules.js';
import { splitUnits, type Unit } from './units.js';
import { isPageLike, outsideProseZone } from './zones.js';

export interface CleanOptions {
  /**
   * `scraped`: raw scraped text: every rule, including title and byline detection, header zone,
   * pasted repeats, comments and (for whole stripped pages) the prose-zone pass.
   * `extracted`: text an HTML extractor already chose: only the line-level lexical rules
   * (promos, prompts, ads, credits, captions, disclaimers) and long repeated paragraphs.
   */
  mode: 'scraped' | 'extracted';
}

export interface CleanResult {
  title: string | null;
  authors: string[];
  published: string | null;
  /** Clean body, paragraphs separated by a blank line. */
  text: string;
  removed: RemovedPiece[];
}

/** Lines from the top where a byline or date line may stand. */
const BYLINE_WINDOW = 6;
/** A title-case share this high marks a line as a headline rather than a sentence-case dek. */
const HEADLINE_TITLE_CASE = 0.8;
/** A full-stop line this long ends the header zone even when it is short of a body paragraph. */
const SENTENCE_MIN_WORDS = 6;

type Slot = { unit: Unit; reason: Reason | null };

const isBody = (t: string) => {
  const n = words(t).length;
  return (n >= BODY_MIN_WORDS && endsLikeSentence(t)) || n >= 2 * BODY_MIN_WORDS;
};

/** In extracted text, only repeats this long are paste artefacts (shorter ones are table cells, list items). */
const EXTRACTED_DUPLICATE_MIN_CHARS = 100;

function markDuplicates(slots: Slot[], minChars: number): void {
  const seen: string[] = [];
  const seenSet = new Set<string>();
  for (const s of slots) {
    const key = normaliseLine(s.unit.text);
    if (key.length === 0) continue;
    const repeat =
      (key.length >= minChars && seenSet.has(key)) ||
      (key.length >= DUPLICATE_PREFIX_MIN_CHARS && seen.some((k) => k.length > key.length && k.startsWith(key)));
    if (repeat) s.reason ??= 'duplicate';
    else if (s.reason === null) {
      seen.push(key);
      seenSet.add(key);
    }
  }
}

/** A title candidate: short, and not a sentence (a title may end in ? or !, never in a full stop). */
const isTitleLike = (t: string) =>
  words(t).length <= TITLE_MAX_WORDS && !/\.["'”’)]*$/.test(t) && parseByline(t) === null;

/** The header zone ends at the first line that reads as body prose. */
const startsBody = (t: string) => isBody(t) || (words(t).length >= SENTENCE_MIN_WORDS && /\.["'”’)]*$/.test(t));

function headerZone(slots: Slot[]): Slot[] {
  const bodyStart = slots.findIndex((s) => s.reason === null && startsBody(s.unit.text));
  return slots.slice(0, bodyStart === -1 ? Math.min(slots.length, 3) : bodyStart);
}

function markTitle(header: Slot[], options: CleanOptions): string | null {
  let title: string | null = null;
  if (options.mode === 'scraped') {
    const candidates = header.filter((s) => s.reason === null && isTitleLike(s.unit.text));
    // A short first line directly followed by a longer candidate is a section tag ("US Election 2024").
    const sectionTag = (s: Slot) => {
      const next = header[header.indexOf(s) + 1];
      return words(s.unit.text).length < TITLE_PREFERRED_MIN_WORDS && next !== undefined && candidates.includes(next) &&
        words(next.unit.text).length >= TITLE_PREFERRED_MIN_WORDS;
    };
    const chosen = candidates.find((s) => !sectionTag(s));
    if (chosen) {
      title = chosen.unit.text;
      chosen.reason = 'title';
      for (const s of header.slice(0, header.indexOf(chosen))) {
        if (s.reason === null) s.reason = words(s.unit.text).length <= SHORT_LINE_WORDS ? 'section-tag' : 'navigation';
      }
    }
  }
  return title;
}

/** Header lines other than title and byline: captions over a credit, and alternative headlines. */
function markHeaderRest(header: Slot[]): void {
  header.forEach((s, i) => {
    if (s.reason !== null) return;
    const next = header[i + 1];
    if (next && isCredit(next.unit.text)) s.reason = 'caption';
    else if (words(s.unit.text).length >= TITLE_PREFERRED_MIN_WORDS && titleCaseShare(s.unit.text) >= HEADLINE_TITLE_CASE && !endsLikeSentence(s.unit.text)) s.reason = 'headline';
  });
}

function markBylines(slots: Slot[]): string[] {
  const authors: string[] = [];
  for (const s of slots.slice(0, BYLINE_WINDOW)) {
    if (s.reason !== null && s.reason !== 'section-tag') continue;
    const names = parseByline(s.unit.text);
    if (names && authors.length === 0) {
      authors.push(...names);
      s.reason = 'byline';
    }
  }
  return authors;
}

function markCaptions(slots: Slot[]): void {
  slots.forEach((s, i) => {
    const next = slots[i + 1];
    if (s.reason === null && next?.reason === 'credit' && (!endsLikeSentence(s.unit.text) || words(s.unit.text).length <= 2 * SHORT_LINE_WORDS)) {
      s.reason = 'caption';
    }
  });
}

function markDisclaimers(slots: Slot[]): void {
  slots.forEach((s, i) => {
    if (s.reason !== null || REPORTING.test(s.unit.text)) return;
    const cues = disclaimerCues(s.unit.text);
    const afterDisclaimer = slots[i - 1]?.reason === 'disclaimer';
    if (cues >= DISCLAIMER_CUES_MIN || (cues >= 1 && afterDisclaimer)) s.reason = 'disclaimer';
  });
}

function markComments(slots: Slot[]): void {
  const zone = commentZoneStart(slots.map((s) => s.unit.text));
  if (zone !== -1) {
    slots[zone]!.reason ??= 'footer';
    for (const s of slots.slice(zone + 1)) s.reason ??= 'comment';
  }
  // Unmarked comments follow the article: only the final run of kept paragraphs after the last
  // reporting one (a quote or attribution, even in a removed repeat) can be comments, and all must read as such.
  const lastReporting = slots.findLastIndex((s) => REPORTING.test(s.unit.text));
  const tailStart = Math.max(Math.floor(slots.length * TAIL_START_SHARE), lastReporting + 1);
  const tail = slots.slice(tailStart).filter((s) => s.reason === null);
  if (tail.length > 0 && tail.every((s) => isCommentMeta(s.unit.text) || commentScore(s.unit.text) >= COMMENT_SCORE_MIN)) {
    for (const s of tail) s.reason = 'comment';
  }
}

/** On a whole stripped page, everything outside the zone of prose is page furniture. */
function markOutsideProse(slots: Slot[]): void {
  const texts = slots.map((s) => s.unit.text);
  if (!isPageLike(texts)) return;
  const outside = outsideProseZone(texts, slots.map((s) => s.reason !== null));
  slots.forEach((s, i) => {
    if (outside[i] && s.reason === null) s.reason = 'boilerplate';
  });
}

/**
 * Cleans scraped plain text: finds the title, byline and date line, and removes navigation,
 * promos, prompts, ads, captions, credits, disclaimers, reader comments and repeated pastes.
 * Every removed piece is returned with its reason.
 *
 * @example
 *   const r = cleanText('Home > World\n\nTitle here\n\nBody sentence one ...', { mode: 'scraped' });
 */
export function cleanText(raw: string, options: CleanOptions): CleanResult {
  const slots: Slot[] = splitUnits(raw).map((unit) => ({ unit, reason: classifyUnit(unit.text) }));
  let published: string | null = null;
  for (const s of slots.slice(0, BYLINE_WINDOW)) {
    if (s.reason === 'date-line') published ??= parseDateLine(s.unit.text);
  }
  const scraped = options.mode === 'scraped';
  markDuplicates(slots, scraped ? DUPLICATE_MIN_CHARS : EXTRACTED_DUPLICATE_MIN_CHARS);
  markCaptions(slots);
  let title: string | null = null;
  let authors: string[] = [];
  if (scraped) {
    markOutsideProse(slots);
    const header = headerZone(slots);
    title = markTitle(header, options);
    authors = markBylines(slots);
    markHeaderRest(header);
  }
  markDisclaimers(slots);
  if (scraped) markComments(slots);
  return {
    title,
    authors,
    published,
    text: slots.filter((s) => s.reason === null).map((s) => s.unit.text).join('\n\n'),
    removed: slots.filter((s) => s.reason !== null && s.reason !== 'title').map((s) => ({ text: s.unit.text, reason: s.reason as string })),
  };
}

/**
 * The one object that travels through every stage (after vfile): the raw input,
 * the fields each stage derives, and the messages stages leave on it.
 *
 * @example
 *   const doc = new ArticleDoc({ source: 'a.txt', format: 'text', bytes });
 *   doc.warn('decode', 'not valid UTF-8; decoded as windows-1252');
 */

export type InputFormat = 'text' | 'html' | 'record';

/** What an input reader hands the pipeline: one article's raw material. */
export interface ArticleInput {
  /** Path, `path#line` for a record inside a JSONL file, `-` for stdin, or a URL. */
  source: string;
  /** `text` and `html` arrive as bytes; `record` arrives as a parsed JSON object. */
  format: InputFormat;
  bytes?: Uint8Array;
  record?: Record<string, unknown>;
  /** The id to fall back on when the input carries none (file name without extensions). */
  fallbackId: string;
}

export interface RemovedPiece {
  text: string;
  reason: string;
}

export type Severity = 'info' | 'warning' | 'fatal';

export interface DocMessage {
  stage: string;
  severity: Severity;
  reason: string;
}

/** Fields the stages fill in. Later stages add their own optional fields here. */
export interface ArticleData {
  /** Decoded input: plain text or HTML markup. */
  raw?: string;
  /** What `raw` holds. */
  contentType?: 'text' | 'html';
  encoding?: string;
  /** Plain text before cleaning (HTML extraction output, or the decoded text). */
  bodyText?: string;
  id?: string;
  url?: string | null;
  canonicalUrl?: string | null;
  title?: string | null;
  authors?: string[];
  published?: string | null;
  outlet?: string | null;
  siteName?: string | null;
  language?: string | null;
  /** Clean body, paragraphs separated by a blank line. */
  text?: string;
  removed?: RemovedPiece[];
  /** Set when the input is not an article (index page, login wall, empty shell), with the reason. */
  notArticle?: string | null;
  /** Input fields the contract does not name, kept as they came. */
  extra?: Record<string, unknown>;
  /** SHA-256 of the normalised clean text, for "same text" identity. */
  textHash?: string;
  /** Quotations found in `text` (issue: who said what). Offsets index into `text`. */
  quotes?: QuoteSpan[];
  /** Time expressions found in `text`, normalised TimeML-style. Offsets index into `text`. */
  times?: TimeSpan[];
  /** The day the reported happening took place (`YYYY-MM-DD`), which is not always the publication date. */
  eventDate?: string | null;
  /** Word tokens of `text` as offsets (`text.slice(start, end)`), from the sentences stage. */
  tokens?: TextSpan[];
  /** Sentences of `text` as offsets; a paragraph break always ends one. */
  sentences?: TextSpan[];
  /** Named entities found in `text` (PER, ORG, LOC, MISC), with offsets into `text`. */
  mentions?: EntityMention[];
}

/** A stretch of an article's clean `text`: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A named entity in the clean text. */
export interface EntityMention extends TextSpan {
  text: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

export interface QuoteSpan {
  /** The quoted words (without the quotation marks for direct quotes). */
  text: string;
  start: number;
  end: number;
  /** True when the content carries quotation marks. */
  direct: boolean;
  /** The speaker as written ("Maria Zakharova", "she", "the Kremlin"), or null. */
  speaker: string | null;
  /** The speaker after resolving pronouns and short references, or null. */
  speakerResolved: string | null;
  /** The attribution verb or phrase ("said", "according to"), or null. */
  cue: string | null;
}

export interface TimeSpan {
  text: string;
  start: number;
  end: number;
  /** TimeML value: `2026-01-08`, `2026-01`, `2025-W36`, `P4Y` (durations stay durations), `PRESENT_REF`... */
  value: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
}

export class ArticleDoc {
  readonly input: ArticleInput;
  readonly data: ArticleData = {};
  readonly messages: DocMessage[] = [];

  constructor(input: ArticleInput) {
    this.input = input;
  }

  get source(): string {
    return this.input.source;
  }

  get fatal(): DocMessage | undefined {
    return this.messages.find((m) => m.severity === 'fatal');
  }

  warn(stage: string, reason: string): void {
    this.messages.push({ stage, severity: 'warning', reason });
  }

  info(stage: string, reason: string): void {
    this.messages.push({ stage, severity: 'info', reason });
  }

  fail(stage: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.messages.push({ stage, severity: 'fatal', reason });
  }
}

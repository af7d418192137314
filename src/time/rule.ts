/** The shape of one grammar rule and what it may consult while resolving. */
import type { TimeSpan } from '../core/document.js';
import type { Day } from './calendar.js';
import type { Ref } from './resolve.js';
import type { Tense } from './tense.js';

export type TimeType = TimeSpan['type'];

export interface Resolved {
  type: TimeType;
  value: string;
  /** A narrower span than the whole match (offsets into the text), e.g. "two days" out of "two days after". */
  start?: number;
  end?: number;
  /** False when later expressions must not count from this one ("a year earlier" would compound). */
  isRef?: boolean;
}

/** What a rule sees while resolving one match. */
export interface Ctx {
  readonly text: string;
  /** Document creation time; null when unknown. */
  readonly dct: Day | null;
  /** Tense governing the expression (nearest cue in its sentence). */
  tense(): Tense | null;
  /** The latest point resolved before this expression ("two days later" counts from it). */
  readonly ref: Ref | null;
  /** The next expression resolved to a point in the same sentence after `offset` ("two days after ... January 6"). */
  anchorAfter(offset: number): Ref | null;
}

export interface Rule {
  name: string;
  re: RegExp;
  /** Rejects a match the pattern alone cannot rule out ("may" the verb, "2000 people"). */
  accept?(m: RegExpExecArray, text: string): boolean;
  resolve(m: RegExpExecArray, ctx: Ctx): Resolved | null;
}

/** A rule pattern: case-insensitive, global, not starting or ending inside a word. */
export const rx = (src: string): RegExp => new RegExp(`(?<![\\w])(?:${src})(?![\\w])`, 'gi');

/** Named group text, or undefined. */
export const grp = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];

/** Month and weekday names must be capitalised in running text ("May" the month, not "may" the verb). */
export const capitalised = (word: string | undefined): boolean => !!word && word[0] !== word[0]!.toLowerCase();

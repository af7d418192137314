/**
 * The time tagger: finds every time expression in English news text and normalises it TimeML-style
 * against the document creation time.
 *
 * @example
 *   tagTimes('Russia warned on Thursday ...', { dct: '2026-01-09' });
 *   // [{ text: 'Thursday', start: 17, end: 25, value: '2026-01-08', type: 'DATE' }]
 */
import type { TimeSpan } from '../core/document.js';
import { type Day, addDays, isoWeekday, parseDay } from './calendar.js';
import type { Granularity, Ref } from './resolve.js';
import { type Ctx, type Resolved, type Rule } from './rule.js';
import { absoluteRules } from './rules-absolute.js';
import { amountRules } from './rules-amount.js';
import { relativeRules } from './rules-relative.js';
import { sentenceBounds, sentenceIndex } from './sentences.js';
import { type Tense, tenseAt } from './tense.js';

/** Every rule; on equal spans the earlier rule wins, otherwise the longest match does. */
export const RULES: readonly Rule[] = [...absoluteRules, ...relativeRules, ...amountRules];

/** How far (characters) after "two days after" the anchoring date may sit, inside the same sentence. */
export const ANCHOR_WINDOW = 120;

export interface TagOptions {
  /** Document creation time (publication date), ISO 8601; null when unknown. */
  dct: string | null;
  /**
   * With no DCT, take the latest fully written date in the text as a weak anchor for relative
   * expressions (default true); when false or when there is none, they stay `XXXX-XX-XX`.
   */
  anchorWithoutDct: boolean;
}

interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  prio: number;
  m: RegExpExecArray;
}

function candidates(text: string): Candidate[] {
  const all: Candidate[] = [];
  RULES.forEach((rule, prio) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (!m[0]) {
        rule.re.lastIndex++;
        continue;
      }
      if (rule.accept && !rule.accept(m, text)) continue;
      all.push({ start: m.index, end: m.index + m[0].length, rule, prio, m });
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.prio - b.prio);
  const kept: Candidate[] = [];
  for (const c of all) {
    const last = kept.at(-1);
    if (last && c.start < last.end) {
      // A longer match starting inside the kept one wins over it ("on 6" vs "6 January 2026").
      if (c.end - c.start > (last.end - last.start) * 2 && c.start > last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

/** A resolved value as a point later expressions may count from, or null (`PRESENT_REF`, `P3D`...). */
export function refOf(value: string): Ref | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { day: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, gran: 'day' };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = { y: +m[1]!, m: 1, d: 4 };
    return { day: addDays(jan4, 1 - isoWeekday(jan4) + 7 * (+m[2]! - 1)), gran: 'week' };
  }
  const simple: [RegExp, Granularity, (n: number) => number][] = [
    [/^(\d{4})-(\d{2})$/, 'month', (n) => n],
    [/^(\d{4})-Q([1-4])$/, 'quarter', (n) => n * 3 - 2],
    [/^(\d{4})-H([12])$/, 'half', (n) => n * 6 - 5],
  ];
  for (const [re, gran, month] of simple) {
    m = re.exec(value);
    if (m) return { day: { y: +m[1]!, m: month(+m[2]!), d: 1 }, gran };
  }
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI))?$/.exec(value);
  return m ? { day: { y: +m[1]!, m: 1, d: 1 }, gran: 'year' } : null;
}

function resolveAll(text: string, found: Candidate[], dct: Day | null): TimeSpan[] {
  const bounds = sentenceBounds(text);
  const out: (Resolved | null)[] = new Array<Resolved | null>(found.length).fill(null);
  const state: ('todo' | 'busy' | 'done')[] = found.map(() => 'todo');
  let ref: Ref | null = null;

  const resolveAt = (i: number): Resolved | null => {
    if (state[i] !== 'todo') return out[i] ?? null;
    state[i] = 'busy';
    const c = found[i]!;
    let tense: Tense | null | undefined;
    const ctx: Ctx = {
      text,
      dct,
      ref,
      tense() {
        if (tense === undefined) {
          const [s, e] = bounds[sentenceIndex(bounds, c.start)]!;
          tense = tenseAt(text.slice(s, e), c.start - s, c.end - s);
        }
        return tense;
      },
      anchorAfter(offset) {
        const [, sentenceEnd] = bounds[sentenceIndex(bounds, c.start)]!;
        for (let j = i + 1; j < found.length; j++) {
          const next = found[j]!;
          if (next.start < offset) continue;
          if (next.start >= sentenceEnd || next.start - offset > ANCHOR_WINDOW) return null;
          const r = resolveAt(j);
          const point = r && r.type !== 'DURATION' && r.type !== 'SET' ? refOf(r.value) : null;
          if (point) return point;
        }
        return null;
      },
    };
    out[i] = c.rule.resolve(c.m, ctx);
    state[i] = 'done';
    return out[i] ?? null;
  };

  const spans: TimeSpan[] = [];
  found.forEach((c, i) => {
    const r = resolveAt(i);
    if (!r) return;
    const start = r.start ?? c.start;
    const end = r.end ?? c.end;
    spans.push({ text: text.slice(start, end), start, end, value: r.value, type: r.type });
    const point = (r.type === 'DATE' || r.type === 'TIME') && r.isRef !== false ? refOf(r.value) : null;
    if (point) ref = point;
  });
  return spans;
}

/** The latest fully written day (`2026-01-06`) among resolved spans: a weak DCT when none is known. */
function latestWrittenDay(spans: TimeSpan[]): Day | null {
  let best: string | null = null;
  for (const s of spans) if (s.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(s.value) && (!best || s.value > best)) best = s.value;
  return parseDay(best);
}

/** Every time expression in `text`, in order, with TimeML values resolved against `options.dct`. */
export function tagTimes(text: string, options: Partial<TagOptions> = {}): TimeSpan[] {
  const found = candidates(text);
  const dct = parseDay(options.dct ?? null);
  if (dct) return resolveAll(text, found, dct);
  const unanchored = resolveAll(text, found, null);
  const weak = options.anchorWithoutDct === false ? null : latestWrittenDay(unanchored);
  return weak ? resolveAll(text, found, weak) : unanchored;
}

/** Metrics shared by the eval suites. Pure functions, tested in metrics.test.ts. */
import { createHash } from 'node:crypto';

/** Collapse every run of whitespace to one space and trim. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Trafilatura's snippet metric for one page: "with" snippets found are true positives, "without"
 * snippets found are false positives, "with" snippets missing are false negatives. Both sides are
 * whitespace-normalised; matching is by substring, case-sensitive.
 */
export function snippetCounts(text: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): Counts {
  const t = normalizeWhitespace(text);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const s of withSnippets) {
    if (t.includes(normalizeWhitespace(s))) tp++;
    else fn++;
  }
  for (const s of withoutSnippets) if (t.includes(normalizeWhitespace(s))) fp++;
  return { tp, fp, fn };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 = 2tp / (2tp + fp + fn); 0 where undefined. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = 2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
  return { precision, recall, f1 };
}

/** Share of `correct` over `total`; 0 for an empty set. */
export function accuracy(correct: number, total: number): number {
  return total ? correct / total : 0;
}

/** Day-level date match: both null, or the same `YYYY-MM-DD` prefix (no time-zone shift). */
export function sameDay(predicted: string | null | undefined, gold: string | null | undefined): boolean {
  if (!gold) return !predicted;
  if (!predicted) return false;
  return predicted.slice(0, 10) === gold.slice(0, 10);
}

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Share of each set kept aside as the holdout slice (never looked at while tuning). */
export const HOLDOUT_SHARE = 0.2;

export type Slice = 'tune' | 'holdout';

/** Deterministic slice of an item by the SHA-256 of its key (a URL): ~20% holdout. */
export function sliceOf(key: string): Slice {
  const h = createHash('sha256').update(key).digest();
  const n = h.readUInt32BE(0) / 0x1_0000_0000;
  return n < HOLDOUT_SHARE ? 'holdout' : 'tune';
}

import type { ClaimOptions } from './rules.js';
import type { Quantity } from './quantities.js';

/** A disagreement between two quantities about the same thing. */
export interface QuantityClash {
  a: Quantity;
  b: Quantity;
}

/**
 * Two figures disagree when they count the same unit (durations only with durations), differ by
 * more than rounding, and are about the same thing: a content word shared within the context window.
 *
 * @example
 *   // "nearly three years after the invasion ... peace deal" vs "peace talks to end the nearly four-year war"
 *   clash(threeYears, fourYears, DEFAULT_CLAIM_OPTIONS) // true: same unit, shared "peace"
 */
export function clash(a: Quantity, b: Quantity, options: ClaimOptions): boolean {
  if (a.unit !== b.unit || a.duration !== b.duration || !differ(a.value, b.value, options)) return false;
  const context = new Set(a.context);
  return b.context.some((w) => context.has(w));
}

/** Two values differ by more than rounding (`options.numberTolerance`, relative). */
export function differ(a: number, b: number, options: ClaimOptions): boolean {
  const bigger = Math.max(Math.abs(a), Math.abs(b));
  return bigger > 0 && Math.abs(a - b) / bigger > options.numberTolerance;
}

/** The first pair of clashing figures between two sets, or null. */
export function firstClash(xs: readonly Quantity[], ys: readonly Quantity[], options: ClaimOptions): QuantityClash | null {
  for (const a of xs) for (const b of ys) if (clash(a, b, options)) return { a, b };
  return null;
}

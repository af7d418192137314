import type { PairModel } from './score.js';

/**
 * The pair model: logistic regression over `FEATURES`, trained by `train.ts` on the tune slice of
 * the events dev set (never the held-out slice); tune-slice B-cubed F1 0.9259 at join threshold 0.25.
 * Rebuild with `npm run build && node dist/events/train.js --write`.
 */
export const PAIR_MODEL: PairModel = {
  weights: {
    cosTerms: 2.875,
    cosTitle: 1.618,
    cosNames: 0.923,
    bestLink: 3.989,
    leadMiss: -0.047,
    leadHit: 0.718,
    coreMiss: -2.219,
    conflict: 0.216,
    nameMassMiss: -1.155,
    eventMassMiss: -1.374,
    massConflict: -1.253,
    numMiss: -2.147,
    dateKnown: -1.196,
    dateGap: -3.058,
    logSize: -3.606,
  },
  bias: 7.769,
};

/** The join threshold chosen with this model (B-cubed F1 on the tune slice). */
export const PAIR_MODEL_THRESHOLD = 0.25;

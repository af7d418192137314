import type { PairModel } from './score.js';

/**
 * The pair model: logistic regression over `FEATURES`, trained by `train.ts` on the tune slice of
 * the events dev set (never the held-out slice); tune-slice B-cubed F1 0.8937 at join threshold 0.45.
 * Rebuild with `npm run build && node dist/events/train.js --write`.
 */
export const PAIR_MODEL: PairModel = {
  weights: {
    cosTerms: 6.116,
    cosTitle: 0.486,
    cosNames: 2.16,
    bestLink: 7.539,
    leadMiss: -0.378,
    leadHit: 0.565,
    coreMiss: -2.348,
    conflict: 0.71,
    nameMassMiss: -1.809,
    eventMassMiss: -1.605,
    massConflict: -0.228,
    numMiss: -1.421,
    speakerMiss: -0.56,
    speakerHit: -0.756,
    weekdayMiss: -2.343,
    weekdayHit: 1.106,
    dateKnown: 1.469,
    dateGap: -6.025,
    logSize: -2.173,
  },
  bias: 4.063,
};

/** The join threshold chosen with this model (B-cubed F1 on the tune slice). */
export const PAIR_MODEL_THRESHOLD = 0.45;

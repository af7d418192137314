import type { PairModel } from './score.js';

/**
 * The pair model: logistic regression over `FEATURES`, trained by `train.ts` on the tune slice of
 * the events dev set (never the held-out slice); tune-slice B-cubed F1 0.8894 at join threshold 0.35.
 * Rebuild with `npm run build && node dist/events/train.js --write`.
 */
export const PAIR_MODEL: PairModel = {
  weights: {
    cosTerms: 6.095,
    cosTitle: 0.655,
    cosNames: 1.215,
    bestLink: 6.923,
    leadMiss: -0.225,
    leadHit: 1.053,
    coreMiss: -2.305,
    conflict: 0.529,
    nameMassMiss: -2.041,
    eventMassMiss: -1.474,
    massConflict: -0.124,
    speakerMiss: 0,
    numMiss: -1.401,
    dateKnown: 1.385,
    dateGap: -5.974,
    logSize: -2.166,
  },
  bias: 3.878,
};

/** The join threshold chosen with this model (B-cubed F1 on the tune slice). */
export const PAIR_MODEL_THRESHOLD = 0.35;

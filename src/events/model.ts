import type { PairModel } from './score.js';

/**
 * The pair model: logistic regression over `FEATURES`, trained by `train.ts` on the tune slice of
 * the events dev set (never the held-out slice); tune-slice B-cubed F1 0.9043 at join threshold 0.35.
 * Rebuild with `npm run build && node dist/events/train.js --write`.
 */
export const PAIR_MODEL: PairModel = {
  weights: {
    cosTerms: 6.546,
    cosTitle: 0.276,
    cosNames: 1.914,
    bestLink: 7.656,
    leadMiss: -0.764,
    leadHit: 0.07,
    coreMiss: -2.282,
    conflict: 0.705,
    nameMassMiss: -1.638,
    eventMassMiss: -1.522,
    massConflict: 0.024,
    numMiss: -1.53,
    speakerMiss: -0.276,
    speakerHit: -0.417,
    weekdayMiss: -2.296,
    weekdayHit: 1.156,
    dateKnown: 1.532,
    dateGap: -6.003,
    logSize: -2.116,
  },
  bias: 3.646,
};

/** The join threshold chosen with this model (B-cubed F1 on the tune slice). */
export const PAIR_MODEL_THRESHOLD = 0.35;

import type { PairModel } from './score.js';

/**
 * The pair model: logistic regression over `FEATURES`, trained by `train.ts` on the tune slice of
 * the events dev set (never the held-out slice); tune-slice B-cubed F1 0.8892 at join threshold 0.45.
 * Rebuild with `npm run build && node dist/events/train.js --write`.
 */
export const PAIR_MODEL: PairModel = {
  weights: {
    cosTerms: 6.097,
    cosTitle: 0.73,
    cosNames: 1.472,
    bestLink: 7.244,
    leadMiss: -0.339,
    leadHit: 0.895,
    coreMiss: -2.328,
    conflict: 0.606,
    nameMassMiss: -1.896,
    eventMassMiss: -1.397,
    massConflict: -0.203,
    numMiss: -1.397,
    speakerMiss: -0.39,
    speakerHit: 0,
    weekdayMiss: 0,
    weekdayHit: 0,
    dateKnown: 1.416,
    dateGap: -5.889,
    logSize: -2.158,
  },
  bias: 3.786,
};

/** The join threshold chosen with this model (B-cubed F1 on the tune slice). */
export const PAIR_MODEL_THRESHOLD = 0.45;

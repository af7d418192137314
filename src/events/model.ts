import type { PairModel } from './score.js';

/**
 * The pair model: logistic regression over `FEATURES`, trained by `train.ts` on the tune slice of
 * the events dev set (never the held-out slice). Rebuild with `node dist/events/train.js`.
 */
export const PAIR_MODEL: PairModel = {
  weights: {
    cosTerms: 6,
    cosTitle: 1,
    cosNames: 3,
    bestLink: 3,
    leadMiss: -1,
    leadHit: 1,
    coreMiss: 0,
    conflict: 0,
    nameMassMiss: 0,
    eventMassMiss: 0,
    massConflict: 0,
    numMiss: 0,
    dateKnown: 0,
    dateGap: -4,
    logSize: 0.2,
  },
  bias: -4,
};

export const PAIR_MODEL_THRESHOLD = 0.5;

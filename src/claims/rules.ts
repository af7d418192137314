/**
 * Every threshold and pattern the claim stage uses, in one place (STYLE 8). Each can be changed
 * through `ClaimOptions`; the defaults were set on the bundled seeds and the claim fixtures.
 */
export interface ClaimOptions {
  /** Cosine (TF-IDF) a sentence needs with a claim's centroid to join it: below, it starts its own claim. */
  similarity: number;
  /**
   * Cosine enough to join a claim that shares a phrase with the sentence: three content words in a
   * row, at least two of them lower-case ("signed a declaration of intent"). Outlets re-word a fact
   * around the same key phrase, and a shared lower-case phrase is not just a shared name.
   */
  phraseSimilarity: number;
  /** Fewest content words a sentence needs to state a fact ("Also read" and headings have fewer). */
  minContentWords: number;
  /** Weight of a pair of adjacent content words ("declaration intent"): a shared phrase is rarer than shared words. */
  phraseWeight: number;
  /** Weight of a named entity (a mention) added to a sentence's words: shared names say "same fact" more than shared words. */
  entityWeight: number;
  /** Weight of a number with its unit ("91 drones"): a shared figure is strong evidence of the same fact. */
  numberWeight: number;
  /** Words either side of a number that say what it counts; two numbers are about the same thing when these share a word. */
  contextWindow: number;
  /** Relative difference under which two numbers agree (rounding: "about 90" and "91"). */
  numberTolerance: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
  similarity: 0.3,
  phraseSimilarity: 0.05,
  minContentWords: 4,
  phraseWeight: 1,
  entityWeight: 1.5,
  numberWeight: 2,
  contextWindow: 8,
  numberTolerance: 0.1,
};

/** Opinion and hedged-judgement markers outside quotation marks: such a sentence is a view, not a reported fact. */
export const OPINION =
  /\b(?:i|we) (?:think|believe|feel|guess)\b|\bin (?:my|our) (?:view|opinion)\b|\b(?:should|ought to|must not|shouldn't)\b|\b(?:clearly|obviously|arguably|sadly|shameful|ridiculous|disgraceful)\b|\bit is (?:time|high time) (?:to|for)\b/i;

/** A sentence that ends like a question (possibly inside closing quotes or brackets). */
export const QUESTION = /\?["'”’)\]]*\s*$/;

/** A sentence ending: one without it and short is a heading or a label, not a statement. */
export const TERMINAL = /[.!…"'”’)\]]\s*$/;

/** Words that hedge a number without changing what it counts ("nearly three years"). */
export const APPROXIMATORS = new Set(
  'nearly almost about around roughly some approximately over more than least up to just only fewer less under above below barely at'.split(' '),
);

/** Units of time: a number with one of these is a duration, and durations of one unit compare. */
export const DURATION_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade']);

/** Number words up to the hundreds, and the multipliers that follow them. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  }),
);
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map(
  Object.entries({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }),
);

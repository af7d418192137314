/**
 * Every word list and pattern the tokenizer and sentence splitter use, with why. Lists are lower
 * case without the final dot; matching is case-insensitive unless a comment says otherwise.
 */

/** Titles and honorifics: a name always follows, so the dot never ends a sentence ("Gen. Smith"). */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'cpl', 'pvt',
  'adm', 'brig', 'rep', 'reps', 'sen', 'sens', 'gov', 'lt.gen', 'pres', 'rev', 'fr', 'msgr', 'hon', 'supt', 'det',
  'insp', 'amb', 'atty', 'st', 'ste', 'mt', 'pt', 'rt', 'mme', 'mlle', 'sr', 'sra', 'srta',
]);

/**
 * Abbreviations that usually sit mid-sentence but may end one ("... joined Acme Inc. The firm");
 * the splitter ends the sentence after them only when a common sentence opener follows.
 */
export const OTHER_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'esq', 'vs', 'v', 'etc', 'al', 'approx', 'dept',
  'est', 'govt', 'intl', 'natl', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy', 'sq', 'cf', 'eg', 'ie', 'viz', 'ca',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo', 'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'op', 'cit', 'ed', 'eds', 'min', 'max', 'mln',
  'bln', 'tr', 'yr', 'yrs', 'hr', 'hrs', 'mins', 'sec', 'secs', 'ft', 'oz', 'lb', 'lbs', 'km', 'kg',
]);

/** Abbreviations that count only before a number: "No. 10", "Fig. 3", "p. 12" (else "No." is the word no). */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'art', 'op']);

/**
 * Capitalised words that commonly open a sentence. After an abbreviation that may end a sentence
 * ("U.S.", "Inc."), one of these next means a new sentence; a name next ("U.S. Army") does not.
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this',
  'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'after', 'before',
  'when', 'while', 'if', 'since', 'for', 'by', 'with', 'from', 'to', 'of', 'however', 'meanwhile', 'also',
  'some', 'many', 'most', 'all', 'no', 'one', 'two', 'last', 'earlier', 'later', 'officials', 'police', 'what',
  'who', 'why', 'how', 'where', 'still', 'both', 'each', 'such', 'other', 'now', 'then', 'several',
]);

/** Clitics split off a word, PTB style ("can't" -> "ca" + "n't", "Obama's" -> "Obama" + "'s"). */
export const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))$/;
export const NEG_CLITIC = /n['’]t$/i;

/** Punctuation split from either edge of a word (quotes, brackets, dashes and the like). */
export const EDGE_PUNCT = /["'“”‘’«»‹›„‚()[\]{}<>,;:!?…*|¿¡–—]/;

/** Quotes and brackets that may close a sentence after its final mark: `."`, `.”`, `.»`, `.)`. */
export const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);

/** Marks that end a sentence. */
export const TERMINALS = new Set(['.', '!', '?', '…', '...', '?!', '!?', '!!', '??']);

/**
 * A dateline opening an article: an upper-case place (optionally ", Month Day"), then an agency in
 * brackets and/or a dash: `KYIV (Reuters) -`, `WASHINGTON —`, `LONDON, Jan. 5 (AP) --`. The dateline
 * becomes a sentence of its own so the first real sentence reads cleanly.
 */
export const DATELINE =
  /^(?:[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3})(?:,[ ][A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?)?(?:,?[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?(?:[ ]\([A-Za-z][\w .&'-]{0,30}\))?[ ]?(?:[-–—]{1,2}|:)(?=[ ])/;

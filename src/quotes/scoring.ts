/**
 * Scoring quotes against gold attributions (PolNeAR-style: spans as character offsets). Pure
 * functions, used by `src/eval/quotes.ts` and tested in `scoring.test.ts`.
 */
import { genderOf, nameIn } from './people.js';
import { PRONOUNS, TITLE_WORDS } from './rules.js';

/** `[start, end)` character spans. */
export type Spans = readonly (readonly [number, number])[];

/**
 * A prediction matches a gold content when their overlap is at least half the shorter of the two
 * (gold contents may be split in several spans; their union counts).
 */
export function overlaps(pred: readonly [number, number], gold: Spans): boolean {
  const len = (s: readonly [number, number]): number => Math.max(0, s[1] - s[0]);
  const goldLen = gold.reduce((n, s) => n + len(s), 0);
  const shared = gold.reduce((n, s) => n + Math.max(0, Math.min(pred[1], s[1]) - Math.max(pred[0], s[0])), 0);
  return shared > 0 && shared >= Math.min(len(pred), goldLen) / 2;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in', 'and', 'his', 'her', 'its', 'their', 'who', 'from', 'on', 's']);

function words(s: string): string[] {
  return s
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !STOP.has(w.toLowerCase()));
}

/**
 * The word that names a speaker: the surname of a name, the head noun of a description.
 * "Joel Pollak of Breitbart California" -> "pollak"; "a spokesperson for the campaign" -> "spokesperson".
 */
const coreOf = (s: string): string => s.split(/,|\(|\s(?:of|for|at|from|who|whom|in|on|with)\s/)[0] ?? s;

export function headOf(s: string): string {
  const core = coreOf(s);
  const w = words(core).filter((x) => !TITLE_WORDS.has(x.toLowerCase()) || words(core).length === 1);
  return (w.at(-1) ?? words(s).at(-1) ?? '').toLowerCase();
}

/**
 * Two speaker strings name the same speaker when their heads agree, or the head of one is a
 * capitalised word of the other ("Dmitry Peskov" ~ "Kremlin spokesman Dmitry Peskov" ~ "Peskov").
 * Given names, when both sides have one, must agree too ("Bill Clinton" is not "Hillary Clinton").
 */
export function sameSpeaker(a: string, b: string): boolean {
  const ha = headOf(a);
  const hb = headOf(b);
  if (!ha || !hb) return false;
  const capsA = new Set(words(a).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  const capsB = new Set(words(b).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  if (ha !== hb && !capsB.has(ha) && !capsA.has(hb)) return false;
  const firstA = givenName(a);
  const firstB = givenName(b);
  return !firstA || !firstB || firstA === firstB || ha !== hb;
}

function givenName(s: string): string | null {
  const caps = words(coreOf(s)).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()));
  return caps.length >= 2 ? caps.at(-2)!.toLowerCase() : null;
}

/** Gold sources that only point at someone named elsewhere ("he", "who", "his"). */
const POINTERS = new Set(['who', 'whom', 'his', 'its', 'their', 'our', 'you', 'us', 'me']);
export const isPronoun = (s: string): boolean => PRONOUNS[s.trim().toLowerCase()] !== undefined || POINTERS.has(s.trim().toLowerCase());

export interface GoldSource {
  text: string;
  start: number;
}

/** A gold source that names someone: a capitalised word other than an opening determiner ("The senator" names no one). */
function names(s: string): boolean {
  return words(s.replace(/^(?:The|A|An|This|That|These|Those|His|Her|Its|Their)\s/, '')).some((w) => /^\p{Lu}/u.test(w));
}

/**
 * The gold speaker of an attribution after resolving a pronoun source ("he", "she", "who", "they"):
 * the nearest gold source before it in the same article that names someone (has a capitalised name,
 * `names`) and, for he/she, whose gender (`genderOf`, when the name tells one) agrees. Null when there
 * is none.
 */
export function resolveGoldSource(source: GoldSource, all: readonly GoldSource[]): string | null {
  if (!isPronoun(source.text)) return source.text;
  const want = PRONOUNS[source.text.trim().toLowerCase()];
  let best: GoldSource | null = null;
  for (const s of all) {
    if (s.start >= source.start || isPronoun(s.text) || !names(s.text) || (best && s.start <= best.start)) continue;
    const name = nameIn(s.text.split(/,|\s(?:of|who)\s/)[0] ?? s.text);
    const g = name ? genderOf(s.text.split(/\s+/), name) : null;
    if ((want === 'm' || want === 'f') && g && g !== want) continue;
    best = s;
  }
  return best?.text ?? null;
}

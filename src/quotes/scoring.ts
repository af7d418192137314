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

/** The content words of a speaker string. A capitalised stop word counts only at the start ("The senator"), so the surname "From" stays. */
function words(s: string): string[] {
  return s
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    .filter((w, i, all) => !STOP.has(w) && !(i === 0 && all.length > 1 && STOP.has(w.toLowerCase())));
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
const POINTERS: Readonly<Record<string, 'm' | 'f' | 'p' | 'n' | 'self' | 'any'>> = { who: 'any', whom: 'any', his: 'm', its: 'n', their: 'p', our: 'self', you: 'self', us: 'self', me: 'self', my: 'self' };
const pointerKind = (s: string): 'm' | 'f' | 'p' | 'n' | 'self' | 'any' | undefined => {
  const l = s.trim().toLowerCase();
  return PRONOUNS[l] ?? POINTERS[l];
};
export const isPronoun = (s: string): boolean => pointerKind(s) !== undefined;

export interface GoldSource {
  text: string;
  start: number;
}

/** A gold source that names someone: a capitalised word other than an opening determiner ("The senator" names no one). */
function names(s: string): boolean {
  return words(s.replace(/^(?:The|A|An|This|That|These|Those|His|Her|Its|Their)\s/, '')).some((w) => /^\p{Lu}/u.test(w));
}

/** Quantifiers and plural heads that make a source a group, never "he" or "she" ("Some Republicans", "Clinton officials"). */
const GROUP_OPENER = /^(?:some|many|most|other|several|both|all|few|two|three|four|five|dozens|hundreds|thousands)\b/i;
const isGroup = (s: string): boolean => {
  const core = coreOf(s).trim();
  const last = words(core).at(-1) ?? '';
  return GROUP_OPENER.test(core) || /\band\b/.test(core) || (/^\p{Ll}.*[^s]s$/u.test(last)) || /^(?:Republicans|Democrats|Americans|Conservatives|Liberals|Progressives|Evangelicals|Independents|Europeans|Muslims|Christians|Jews)$/.test(last);
};
const isPerson = (s: string): boolean => !isGroup(s) && (!names(s) || nameIn(coreOf(s).replace(/\s*\(.*$/, '')) !== null);

/**
 * The gold speaker of an attribution after resolving a pronoun source, or the source itself:
 *
 * - "I", "we", "our" (the writer, or a speaker quoting themself) stay as written;
 * - "he"/"she"/"his"/"who": among the article's gold sources that are not pronouns and name one
 *   person (not a group such as "Some Republicans", "She and her defenders", not an organisation),
 *   of the pronoun's gender when the name tells one (`genderOf`), the nearest one before it;
 * - "they"/"it": the nearest earlier gold source that is not a pronoun.
 *
 * (Taking the person the text mentions last instead, as a coreference guess, was tried and is worse:
 * the last mention is often an object, "Trump went after Bush. He says …".) Null when nothing fits.
 */
export function resolveGoldSource(source: GoldSource, all: readonly GoldSource[]): string | null {
  const kind = pointerKind(source.text);
  if (kind === undefined || kind === 'self') return source.text;
  if (kind === 'p' || kind === 'n') {
    const before = all.filter((s) => s.start < source.start && !isPronoun(s.text));
    return before.sort((a, b) => b.start - a.start)[0]?.text ?? null;
  }
  let best: GoldSource | null = null;
  let bestAt = -1;
  for (const s of all) {
    if (isPronoun(s.text) || !names(s.text) || !isPerson(s.text)) continue;
    const name = nameIn(coreOf(s.text).replace(/\s*\(.*$/, ''));
    const g = name ? genderOf(s.text.split(/\s+/), name) : null;
    if ((kind === 'm' || kind === 'f') && g && g !== kind) continue;
    if (s.start < source.start && s.start > bestAt) {
      best = s;
      bestAt = s.start;
    }
  }
  return best?.text ?? null;
}

/** Title words as news writes them before a name ("Sen. Marco Rubio" for "the senator"). */
const TITLE_FORMS: Readonly<Record<string, string>> = {
  senator: 'Sen\\.?|Senator|senator',
  congressman: 'Rep\\.?|Congressman|congressman',
  congresswoman: 'Rep\\.?|Congresswoman|congresswoman',
  representative: 'Rep\\.?|Representative|representative',
  lawmaker: 'Sen\\.?|Rep\\.?|Senator|Congressman|Congresswoman|lawmaker',
  governor: 'Gov\\.?|Governor|governor',
  general: 'Gen\\.?|General|general',
  secretary: 'Sec\\.?|Secretary|secretary',
};
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3})`;

/**
 * The named person a description stands for, by the article's own words before `pos`: the name after
 * the description's head as a title ("Florida Sen. Marco Rubio" for "the senator"), or in apposition
 * ("Hillary Clinton, the Democratic front-runner," / "the front-runner, Hillary Clinton"). The
 * nearest such link wins; null for a source that is not a description or has no link.
 *
 * @example describedPerson('the senator', 'Sen. Marco Rubio (R-Fla.) spoke. The senator said', 40) // 'Marco Rubio'
 */
export function describedPerson(description: string, text: string, pos: number): string | null {
  const core = coreOf(description).trim();
  if (!/^(?:the|a|an|this|that|one|his|her|its|their)\s/i.test(core)) return null;
  const head = core.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).at(-1)?.replace(/[^\p{L}-]/gu, '');
  if (!head || DESCRIPTION_STOP.has(head)) return null;
  const title = TITLE_FORMS[head] ?? `${head}|${head[0]!.toUpperCase()}${head.slice(1)}`;
  const patterns = [
    new RegExp(String.raw`(?<![\p{L}])(?:${title})\s+${NAME}`, 'gu'),
    new RegExp(String.raw`${NAME}(?:\s*\([^)]{1,20}\))?,\s+(?:the|a|an)\s+[^,.;]{0,60}?\b${head}\b`, 'gu'),
    new RegExp(String.raw`\b(?:the|a|an)\s+[^,.;]{0,40}?\b${head},\s+${NAME}`, 'gu'),
  ];
  let best: { at: number; name: string } | null = null;
  const before = text.slice(0, pos);
  for (const re of patterns) {
    for (let m = re.exec(before); m; m = re.exec(before)) {
      const name = nameIn(m[1]!);
      if (name && (!best || m.index > best.at)) best = { at: m.index, name: name.join(' ') };
    }
  }
  return best?.name ?? null;
}

/** Heads too vague to link by apposition ("the statement", "the man"). */
const DESCRIPTION_STOP = new Set(['statement', 'man', 'woman', 'people', 'source', 'sources', 'report', 'article', 'story', 'campaign', 'email', 'tweet', 'post']);

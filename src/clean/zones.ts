import { WORD_PROFILES } from '../text/language-profiles.js';
import { detectLanguage } from '../text/language.js';

/**
 * Page mode: text that is a whole page with its tags stripped (menus, footers, teasers: mostly short
 * lines) rather than an article body. There, a jusText-style pass keeps the zone of long prose and
 * drops the short lines around it, judging each short line by its neighbours.
 */

/** Units needed before a text can be a whole page; article bodies are shorter (BBC: 99% under 20). */
export const PAGE_MIN_UNITS = 40;
/** Share of short units above which the text is a stripped page (article bodies: under 0.45). */
export const PAGE_SHORT_SHARE = 0.5;
/** jusText's thresholds (Pomikálek 2011): below this many characters a block is short... */
export const LENGTH_LOW = 70;
/** ...above this, with enough function words, it is good prose. */
export const LENGTH_HIGH = 200;
/**
 * Function-word share for near-good prose, and for good prose. jusText uses 0.30/0.32 with stoplists
 * of several hundred words; our profiles hold the top ~120 words, so shares run lower: 0.20/0.25 was
 * best on the tune slice of the stripped trafilatura pages (F1 0.810 against 0.781 at 0.30/0.32).
 */
export const STOPWORDS_LOW = 0.2;
export const STOPWORDS_HIGH = 0.25;

/** Length from which a near-good block anchors the zone when a page has no good block. */
export const ANCHOR_MIN_LENGTH = 120;

type Klass = 'good' | 'near-good' | 'short' | 'bad';

const stopwordSets = new Map<string, Set<string>>();
function stopwords(language: string | null): Set<string> {
  const key = language && WORD_PROFILES[language] ? language : '*';
  let set = stopwordSets.get(key);
  if (!set) {
    const lists = key === '*' ? Object.values(WORD_PROFILES) : [WORD_PROFILES[key] ?? ''];
    set = new Set(lists.flatMap((l) => l.split(/\s+/).filter(Boolean)));
    stopwordSets.set(key, set);
  }
  return set;
}

function initialClass(text: string, stop: Set<string>): Klass {
  if (text.length < LENGTH_LOW) return 'short';
  const tokens = text.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
  const density = tokens.length ? tokens.filter((t) => stop.has(t)).length / tokens.length : 0;
  if (density >= STOPWORDS_HIGH) return text.length > LENGTH_HIGH ? 'good' : 'near-good';
  return density >= STOPWORDS_LOW ? 'near-good' : 'bad';
}

export function isPageLike(texts: readonly string[]): boolean {
  if (texts.length < PAGE_MIN_UNITS) return false;
  return texts.filter((t) => t.length < LENGTH_LOW).length / texts.length >= PAGE_SHORT_SHARE;
}

/**
 * Which units of a stripped page are outside its prose zone. `removed[i]` marks units already
 * removed by other rules: they count as bad neighbours.
 */
export function outsideProseZone(texts: readonly string[], removed: readonly boolean[]): boolean[] {
  const stop = stopwords(detectLanguage(texts.filter((t) => t.length >= LENGTH_LOW).join('\n').slice(0, 5000)));
  const k: Klass[] = texts.map((t, i) => (removed[i] ? 'bad' : initialClass(t, stop)));
  // A page of short paragraphs has no "good" block; its longer near-good blocks anchor the zone instead.
  if (!k.includes('good')) k.forEach((c, i) => c === 'near-good' && texts[i]!.length >= ANCHOR_MIN_LENGTH && (k[i] = 'good'));
  const neighbour = (i: number, step: 1 | -1, skipNearGood: boolean): Klass => {
    for (let j = i + step; j >= 0 && j < k.length; j += step) {
      const c = k[j]!;
      if (c === 'short' || (skipNearGood && c === 'near-good')) continue;
      return c;
    }
    return 'bad';
  };
  const revised = [...k];
  k.forEach((c, i) => {
    if (c !== 'short') return;
    const prev = neighbour(i, -1, true);
    const next = neighbour(i, 1, true);
    if (prev === next) revised[i] = prev;
    else {
      const prevNg = neighbour(i, -1, false);
      const nextNg = neighbour(i, 1, false);
      revised[i] = prevNg === 'bad' || nextNg === 'bad' ? 'bad' : 'good';
    }
  });
  const final = [...revised];
  revised.forEach((c, i) => {
    if (c !== 'near-good') return;
    const prev = neighbourIn(revised, i, -1);
    const next = neighbourIn(revised, i, 1);
    final[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  });
  return final.map((c) => c === 'bad');
}

function neighbourIn(k: readonly Klass[], i: number, step: 1 | -1): Klass {
  for (let j = i + step; j >= 0 && j < k.length; j += step) if (k[j] !== 'near-good') return k[j]!;
  return 'bad';
}

import { MAX_DATE_GAP_DAYS, MAX_EVENT_DATE_GAP_DAYS } from './rules.js';
import { cosineTo, weighted, type VectorCache, type Weigh, type Weighted } from './sparse.js';
import type { EventState } from './state.js';
import type { ArticleFeatures, Sparse } from './tokens.js';

/** Names of the pair features, in the order the model's weights follow. */
export const FEATURES = [
  'cosTerms',
  'cosTitle',
  'cosNames',
  'bestLink',
  'leadMiss',
  'leadHit',
  'coreMiss',
  'conflict',
  'nameMassMiss',
  'eventMassMiss',
  'massConflict',
  'numMiss',
  'speakerMiss',
  'dateKnown',
  'dateGap',
  'logSize',
] as const;

export type FeatureVector = Record<(typeof FEATURES)[number], number>;

/** A logistic model over the pair features: weights in FEATURES order, then the bias. */
export interface PairModel {
  weights: Readonly<FeatureVector>;
  bias: number;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** True when the article and the event both carry an event date and they lie too far apart to be one happening. */
export function eventDatesClash(eventDate: string | null | undefined, e: EventState): boolean {
  const day = eventDate?.slice(0, 10);
  const eventDay = [...e.eventDays].sort((x, y) => y[1] - x[1])[0]?.[0];
  return !!day && !!eventDay && daysBetween(day, eventDay) > MAX_EVENT_DATE_GAP_DAYS;
}

/** Days from `day` to the nearest day of the event's dated span (0 inside it), or null. */
function dateGap(day: string | null, e: EventState): number | null {
  const eventDay = [...e.eventDays].sort((x, y) => y[1] - x[1])[0]?.[0];
  if (day && eventDay) return daysBetween(day, eventDay);
  if (!day || !e.firstDay || !e.lastDay) return null;
  if (day >= e.firstDay && day <= e.lastDay) return 0;
  return Math.min(daysBetween(day, e.firstDay), daysBetween(day, e.lastDay));
}

/** IDF-weighted share of the article's lead names found in `names`. */
function leadShare(lead: ReadonlySet<string>, has: (k: string) => boolean, idf: Weigh): number {
  let total = 0;
  let hit = 0;
  for (const k of lead) {
    const w = idf(k);
    total += w;
    if (has(k)) hit += w;
  }
  return total ? hit / total : 0;
}

/** A name in the lead of at least this share of an event's members is part of what the event is about. */
const CORE_SHARE = 0.5;

/** IDF-weighted share of the event's core names (who and where, per its members' leads) the article never mentions. */
function coreMiss(a: ArticleFeatures, e: EventState, idf: Weigh): number {
  const need = Math.max(1, CORE_SHARE * e.articleIds.length);
  let total = 0;
  let miss = 0;
  for (const [k, n] of e.leadNames) {
    if (n < need) continue;
    const w = idf(k);
    total += w;
    if (!a.names.has(k)) miss += w;
  }
  return total ? miss / total : 0;
}

/** 1 when both sides quote someone and the article's speakers and the event's main speakers never meet. */
function speakerMiss(a: ArticleFeatures, e: EventState): number {
  if (!a.speakers.size || !e.speakers.size) return 0;
  const need = Math.max(1, CORE_SHARE * e.articleIds.length);
  const main = [...e.speakers].filter(([, n]) => n >= need).map(([k]) => k);
  if (!main.length) return 0;
  return main.some((k) => a.speakers.has(k)) || [...a.speakers].some((k) => e.speakers.has(k)) ? 0 : 1;
}

/** An event is about its few heaviest names: its protagonists and places. */
const EVENT_TOP_NAMES = 5;

/**
 * Share of the IDF-weighted mass of `from`'s heaviest `top` names that `to` never mentions: the
 * article's protagonist missing from the event, or the event's protagonist missing from the article.
 */
function massMiss(heaviest: Iterable<readonly [string, number]>, to: Sparse): number {
  let total = 0;
  let miss = 0;
  for (const [k, w] of heaviest) {
    total += w;
    if (!to.has(k)) miss += w;
  }
  return total ? miss / total : 0;
}

/** The article's vectors with IDF looked up once, so each candidate costs one pass over them. */
export interface ArticleNorms {
  terms: Weighted;
  title: Weighted;
  names: Weighted;
}

export function articleNorms(a: ArticleFeatures, idf: Weigh): ArticleNorms {
  return { terms: weighted(a.terms, idf), title: weighted(a.title, idf), names: weighted(a.names, idf) };
}

/** How an article relates to a candidate event: the model's input. `links`: score its members too. */
export function pairFeatures(a: ArticleFeatures, norms: ArticleNorms, e: EventState, idf: Weigh, cache: VectorCache, links = true): FeatureVector {
  const cosTerms = cosineTo(norms.terms, e.terms, cache.norm2(e.terms));
  // Without member links (a low-ranked candidate), the centroid cosine stands in for the best link.
  let bestLink = links ? 0 : cosTerms;
  if (links) for (const m of e.sample) bestLink = Math.max(bestLink, cosineTo(norms.terms, m.terms, cache.norm2(m.terms)));
  const gap = dateGap(a.day, e);
  const lead = a.leadNames.size ? 1 - leadShare(a.leadNames, (k) => e.names.has(k), idf) : 0;
  const core = coreMiss(a, e, idf);
  const articleMiss = massMiss(norms.names.entries.map(([k, x, w]) => [k, x * w] as const), e.names);
  const eventMiss = massMiss(cache.top(e.names, EVENT_TOP_NAMES), a.names);
  return {
    cosTerms,
    cosTitle: cosineTo(norms.title, e.title, cache.norm2(e.title)),
    cosNames: cosineTo(norms.names, e.names, cache.norm2(e.names)),
    bestLink,
    leadMiss: lead,
    leadHit: leadShare(a.leadNames, (k) => e.leadNames.has(k), idf),
    coreMiss: core,
    conflict: core * lead,
    nameMassMiss: articleMiss,
    eventMassMiss: eventMiss,
    massConflict: articleMiss * eventMiss,
    speakerMiss: speakerMiss(a, e),
    numMiss: a.leadNumbers.size ? 1 - leadShare(a.leadNumbers, (k) => e.terms.has(k), idf) : 0,
    dateKnown: gap === null ? 0 : 1,
    dateGap: gap === null ? 0 : Math.log1p(Math.min(gap, MAX_DATE_GAP_DAYS)) / Math.log1p(MAX_DATE_GAP_DAYS),
    logSize: Math.log1p(e.articleIds.length),
  };
}

/** Join probability of a pair under `model`. */
export function joinProbability(f: FeatureVector, model: PairModel): number {
  let z = model.bias;
  for (const k of FEATURES) z += f[k] * model.weights[k];
  return 1 / (1 + Math.exp(-z));
}

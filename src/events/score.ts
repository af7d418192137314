import { MAX_DATE_GAP_DAYS, MAX_EVENT_DATE_GAP_DAYS } from './rules.js';
import type { Scratch, Sparse, Weigh } from './sparse.js';
import type { EventState } from './state.js';
import type { ArticleFeatures } from './tokens.js';

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
  'speakerHit',
  'weekdayMiss',
  'weekdayHit',
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

/**
 * True when the article reports someone else's statement on another day: its most-quoted speaker
 * never speaks in the event, the event's never in the article, and the weekdays their leads name
 * differ ("Zakharova said on Thursday" vs "Putin said on Friday"). Two statements on one dispute
 * share nearly every word, and the dev set (disasters, arrests, sports) cannot teach the model this.
 */
export function statementsClash(a: ArticleFeatures, e: EventState): boolean {
  return !!a.weekdays && !!e.mainWeekdays && !(a.weekdays & e.mainWeekdays) && topSpeakerClash(a, e) === 1;
}

/** True when the article and the event both carry an event date and they lie too far apart to be one happening. */
export function eventDatesClash(eventDate: string | null | undefined, e: EventState): boolean {
  const day = eventDate?.slice(0, 10);
  return !!day && !!e.eventDay && daysBetween(day, e.eventDay) > MAX_EVENT_DATE_GAP_DAYS;
}

/** Days from `day` to the nearest day of the event's dated span (0 inside it), or null. */
function dateGap(day: string | null, e: EventState): number | null {
  if (day && e.eventDay) return daysBetween(day, e.eventDay);
  if (!day || !e.firstDay || !e.lastDay) return null;
  if (day >= e.firstDay && day <= e.lastDay) return 0;
  return Math.min(daysBetween(day, e.firstDay), daysBetween(day, e.lastDay));
}

/** A name in the lead of at least this share of an event's members is part of what the event is about. */
const CORE_SHARE = 0.5;

/** Refreshes an event's derived core names, main speakers and weekdays after a join. */
export function refreshCore(e: EventState): void {
  const need = Math.max(1, CORE_SHARE * e.articleIds.length);
  e.core = [];
  for (const [k, n] of e.leadNames) if (n >= need) e.core.push(k);
  e.mainSpeakers = [];
  for (const [k, n] of e.speakers) if (n >= need) e.mainSpeakers.push(k);
  e.mainTopSpeakers = [];
  for (const [k, n] of e.topSpeakers) if (n >= need) e.mainTopSpeakers.push(k);
  let total = 0;
  for (const n of e.weekdays) total += n;
  e.mainWeekdays = 0;
  for (let d = 0; d < 7; d++) if ((e.weekdays[d] ?? 0) > 0 && (e.weekdays[d] ?? 0) >= CORE_SHARE * total) e.mainWeekdays |= 1 << d;
}

/** IDF-weighted share of the event's core names (who and where, per its members' leads) the article never mentions. */
function coreMiss(a: ArticleFeatures, e: EventState, idf: Weigh): number {
  let total = 0;
  let miss = 0;
  for (const k of e.core) {
    const w = idf(k);
    total += w;
    if (!a.names.has(k)) miss += w;
  }
  return total ? miss / total : 0;
}

/** 1 when both sides quote someone and the article's speakers and the event's main speakers never meet. */
function speakerMiss(a: ArticleFeatures, e: EventState, main: readonly number[]): number {
  if (!a.speakers.size || !e.speakers.size || !main.length) return 0;
  if (main.some((k) => a.speakers.has(k))) return 0;
  for (const k of a.speakers) if (e.speakers.has(k)) return 0;
  return 1;
}

/**
 * 1 when the article's most-quoted speaker never speaks in the event and the event's usual
 * most-quoted speaker never speaks in the article: a different person's statement.
 */
export function topSpeakerClash(a: ArticleFeatures, e: EventState): number {
  if (!a.topSpeakers.size || !e.mainTopSpeakers.length) return 0;
  for (const k of a.topSpeakers) if (e.speakers.has(k)) return 0;
  for (const k of e.mainTopSpeakers) if (a.speakers.has(k)) return 0;
  return 1;
}

/** An event is about its few heaviest names: its protagonists and places. */
const EVENT_TOP_NAMES = 5;

/**
 * The article side of scoring, prepared once per article: its term vector loaded into a scratch
 * row, its names and lead keys with IDF looked up, so each candidate costs one pass over the event.
 */
export interface ArticleView {
  f: ArticleFeatures;
  terms: Scratch;
  /** Title and name vectors as [id, x * idf] with their weighted squared norms. */
  title: { ids: number[]; xw: number[]; w: number[]; norm2: number };
  names: { ids: number[]; xw: number[]; w: number[]; norm2: number };
  leadNames: { ids: number[]; w: number[]; total: number };
  leadNumbers: { ids: number[]; w: number[]; total: number };
  /** The mass of the article's names (sum of x * idf). */
  nameMass: number;
}

function weighEntries(v: Sparse, idf: Weigh): ArticleView['title'] {
  const out: ArticleView['title'] = { ids: [], xw: [], w: [], norm2: 0 };
  for (const [k, x] of v) {
    const w = idf(k);
    out.ids.push(k);
    out.xw.push(x * w);
    out.w.push(w);
    out.norm2 += x * x * w * w;
  }
  return out;
}

function weighSet(s: ReadonlySet<number>, idf: Weigh): ArticleView['leadNames'] {
  const out: ArticleView['leadNames'] = { ids: [], w: [], total: 0 };
  for (const k of s) {
    const w = idf(k);
    out.ids.push(k);
    out.w.push(w);
    out.total += w;
  }
  return out;
}

export function articleView(f: ArticleFeatures, idf: Weigh, terms: Scratch): ArticleView {
  terms.load(f.terms, idf);
  const names = weighEntries(f.names, idf);
  let nameMass = 0;
  for (const y of names.xw) nameMass += y;
  return { f, terms, title: weighEntries(f.title, idf), names, leadNames: weighSet(f.leadNames, idf), leadNumbers: weighSet(f.leadNumbers, idf), nameMass };
}

function cosineMap(a: ArticleView['title'], b: Map<number, number>, normB: number): number {
  let dot = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const y = b.get(a.ids[i] ?? 0);
    if (y !== undefined) dot += (a.xw[i] ?? 0) * (a.w[i] ?? 0) * y;
  }
  return dot && a.norm2 && normB ? dot / Math.sqrt(a.norm2 * normB) : 0;
}

/** IDF-weighted share of the article's lead keys that `has` holds. */
function share(s: ArticleView['leadNames'], has: (k: number) => boolean): number {
  if (!s.total) return 0;
  let hit = 0;
  for (let i = 0; i < s.ids.length; i++) if (has(s.ids[i] ?? 0)) hit += s.w[i] ?? 0;
  return hit / s.total;
}

/** How an article relates to a candidate event: the model's input. `links`: score its members too. */
export function pairFeatures(a: ArticleView, e: EventState, idf: Weigh, clock: number, links = true): FeatureVector {
  const f = a.f;
  const cosTerms = a.terms.cosine(e.terms.packed(), e.terms.norm2(idf, clock));
  // Without member links (a low-ranked candidate), the centroid cosine stands in for the best link.
  let bestLink = cosTerms;
  if (links) {
    bestLink = 0;
    for (const m of e.sample) bestLink = Math.max(bestLink, a.terms.cosine(m.terms, m.norm.get(m.terms, idf, clock)));
  }
  const gap = dateGap(f.day, e);
  const eNames = e.names.map;
  const lead = a.leadNames.ids.length ? 1 - share(a.leadNames, (k) => eNames.has(k)) : 0;
  const core = coreMiss(f, e, idf);
  let articleMiss = 0;
  if (a.nameMass) {
    for (let i = 0; i < a.names.ids.length; i++) if (!eNames.has(a.names.ids[i] ?? 0)) articleMiss += a.names.xw[i] ?? 0;
    articleMiss /= a.nameMass;
  }
  let eventTotal = 0;
  let eventMissMass = 0;
  for (const [k, w] of e.names.top(EVENT_TOP_NAMES, idf, clock)) {
    eventTotal += w;
    if (!f.names.has(k)) eventMissMass += w;
  }
  const eventMiss = eventTotal ? eventMissMass / eventTotal : 0;
  const main = e.mainSpeakers;
  const days = e.mainWeekdays;
  const weekdayMiss = f.weekdays && days && !(f.weekdays & days) ? 1 : 0;
  const spMiss = speakerMiss(f, e, main);
  return {
    cosTerms,
    cosTitle: cosineMap(a.title, e.title.map, e.title.norm2(idf, clock)),
    cosNames: cosineMap(a.names, eNames, e.names.norm2(idf, clock)),
    bestLink,
    leadMiss: lead,
    leadHit: share(a.leadNames, (k) => e.leadNames.has(k)),
    coreMiss: core,
    conflict: core * lead,
    nameMassMiss: articleMiss,
    eventMassMiss: eventMiss,
    massConflict: articleMiss * eventMiss,
    numMiss: a.leadNumbers.ids.length ? 1 - share(a.leadNumbers, (k) => e.terms.map.has(k)) : 0,
    speakerMiss: spMiss,
    speakerHit: main.some((k) => f.speakers.has(k)) ? 1 : 0,
    weekdayMiss,
    weekdayHit: f.weekdays & days ? 1 : 0,
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

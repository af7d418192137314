import { loadBackground } from './background.js';
import { findCopy, forgetCopies, rememberCopy } from './copies.js';
import { PAIR_MODEL } from './model.js';
import { DEFAULT_OPTIONS, type ClusterOptions } from './rules.js';
import { articleView, eventDatesClash, refreshCore, statementsClash, joinProbability, pairFeatures, type FeatureVector, type PairModel } from './score.js';
import { Centroid, heaviest, NormCache, pack, Scratch, type Packed, type Weigh } from './sparse.js';
import { MemoryClusterState, type ClusterState, type EventState } from './state.js';
import { addToStoryline, findStoryline, mergeStoryline, newStoryline } from './storylines.js';
import { featuresOf, type ArticleFeatures } from './tokens.js';
import type { Assignment, EventArticle, EventSummary, StorylineSummary } from './types.js';

/** Sample members kept from an event's start; the rest of the sample is its most recent members. */
const SAMPLE_FIRST = 4;
/** A lone event is re-linked to a storyline while it is this small: its first article may have been thin. */
const RELINK_UNTIL_SIZE = 3;

export interface EventClustererOptions extends ClusterOptions {
  state: ClusterState;
  model: PairModel;
  /**
   * Overrides the join decision: return the id of the candidate event to join, or null to open a
   * new event. Training uses it to follow the gold clustering; the default joins the best candidate
   * when its probability reaches `joinThreshold`.
   */
  decide: (article: EventArticle, candidates: readonly ScoredCandidate[]) => string | null;
}

/** A candidate event with the features and probability it scored. */
export interface ScoredCandidate {
  eventId: string;
  features: FeatureVector;
  probability: number;
}

/**
 * A streaming event clusterer: each article is placed on arrival (a copy joins its original's
 * event; otherwise the best-scoring candidate event, or a new one) and never moved afterwards.
 * Events idle for `retireAfter` arrivals are retired (kept in the output, no longer joinable),
 * so memory stays bounded on an endless stream.
 *
 * @example
 *   const clusterer = createEventClusterer();
 *   for (const a of articlesInPublishedOrder) console.log(clusterer.add(a).eventId);
 *   clusterer.events(); // [{ id, title, date, storylineId, articleIds }]
 */
export interface EventClusterer {
  add(article: EventArticle): Assignment;
  /** Scores an article against its candidate events without adding it (for training and debugging). */
  candidates(article: EventArticle): ScoredCandidate[];
  events(): EventSummary[];
  storylines(): StorylineSummary[];
  readonly state: ClusterState;
}

/** The article's vectors, packed to unit length once: they are added to centroids and kept as members. */
interface Prepared {
  f: ArticleFeatures;
  terms: Packed;
  title: Packed;
  names: Packed;
  keys: number[];
  topNames: number[];
}

export function createEventClusterer(options: Partial<EventClustererOptions> = {}): EventClusterer {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const state = options.state ?? new MemoryClusterState(opts.backgroundPrior > 0 ? loadBackground() : null, opts.backgroundPrior);
  const model = options.model ?? PAIR_MODEL;
  const vocab = state.vocab;
  const idf: Weigh = (k) => vocab.idf(k);
  const intern = (key: string): number => vocab.id(key);
  const scratch = new Scratch();
  let votes = new Float64Array(1024);
  /** Events and storylines by last activity, oldest first: the retirement queue. */
  const active = new Map<string, number>();
  const activeStories = new Map<string, number>();
  const copyQueue: [string, number][] = [];
  const retireEvery = Math.max(1, Math.min(RETIRE_EVERY, Math.floor(opts.retireAfter / 10)));
  const storyOpts = { threshold: opts.storylineThreshold, maxCandidates: opts.maxStorylineCandidates, postingCap: opts.postingCap };

  function defaultDecision(scored: readonly ScoredCandidate[]): string | null {
    const best = scored[0];
    return best && best.probability >= opts.joinThreshold ? best.eventId : null;
  }

  /** Features and index keys of `a`; `count` adds it to the document frequencies first. */
  function prepare(a: EventArticle, count: boolean): Prepared {
    const f = featuresOf(a, intern);
    if (count) vocab.add([...f.terms.keys(), ...f.names.keys()]);
    const topNames = heaviest(f.names, idf, Math.max(opts.keyNames, 15)).map(([k]) => k);
    const keys = [...heaviest(f.terms, idf, opts.keyTerms).map(([k]) => k), ...topNames.slice(0, opts.keyNames)];
    return { f, terms: pack(f.terms, true), title: pack(f.title, true), names: pack(f.names, true), keys, topNames };
  }

  function score(p: Prepared, eventDate: string | null | undefined): ScoredCandidate[] {
    const touched: number[] = [];
    for (const k of p.keys) {
      const w = idf(k);
      for (const h of state.eventPostings(k)) {
        if (h >= votes.length) {
          const grown = new Float64Array(Math.max(votes.length * 2, h + 1));
          grown.set(votes);
          votes = grown;
        }
        if (votes[h] === 0) touched.push(h);
        votes[h] = (votes[h] ?? 0) + w;
      }
    }
    touched.sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0) || a - b);
    const ranked = touched.filter((h) => !state.eventAt(h)?.retired).slice(0, opts.maxCandidates);
    for (const h of touched) votes[h] = 0;
    const view = articleView(p.f, idf, scratch);
    const clock = vocab.documents;
    const out: ScoredCandidate[] = [];
    for (const [rank, h] of ranked.entries()) {
      const e = state.eventAt(h);
      if (!e) continue;
      const features = pairFeatures(view, e, idf, clock, rank < opts.linkCandidates);
      out.push({ eventId: e.id, features, probability: eventDatesClash(eventDate, e) || statementsClash(p.f, e) ? 0 : joinProbability(features, model) });
    }
    scratch.clear();
    return out.sort((a, b) => b.probability - a.probability);
  }

  function openEvent(a: EventArticle): EventState {
    return {
      id: `ev-${a.id}`,
      handle: state.nextHandle(),
      storylineId: '',
      articleIds: [],
      terms: new Centroid(),
      title: new Centroid(),
      names: new Centroid(),
      leadNames: new Map(),
      speakers: new Map(),
      topSpeakers: new Map(),
      core: [],
      mainSpeakers: [],
      mainTopSpeakers: [],
      mainWeekdays: 0,
      weekdays: new Uint32Array(7),
      firstDay: null,
      lastDay: null,
      eventDays: new Map(),
      eventDay: null,
      sample: [],
      lastArrival: 0,
      retired: false,
      retiredTitle: null,
    };
  }

  function join(e: EventState, a: EventArticle, p: Prepared, arrival: number): void {
    const f = p.f;
    e.articleIds.push(a.id);
    e.lastArrival = arrival;
    e.terms.add(p.terms, opts.centroidTerms);
    e.title.add(p.title, opts.centroidTerms);
    e.names.add(p.names, opts.centroidTerms);
    for (const k of f.leadNames) e.leadNames.set(k, (e.leadNames.get(k) ?? 0) + 1);
    for (const k of f.speakers) e.speakers.set(k, (e.speakers.get(k) ?? 0) + 1);
    for (const k of f.topSpeakers) e.topSpeakers.set(k, (e.topSpeakers.get(k) ?? 0) + 1);
    for (let d = 0; d < 7; d++) if (f.weekdays & (1 << d)) e.weekdays[d] = (e.weekdays[d] ?? 0) + 1;
    if (f.day) {
      if (!e.firstDay || f.day < e.firstDay) e.firstDay = f.day;
      if (!e.lastDay || f.day > e.lastDay) e.lastDay = f.day;
    }
    if (a.eventDate) {
      const day = a.eventDate.slice(0, 10);
      e.eventDays.set(day, (e.eventDays.get(day) ?? 0) + 1);
      e.eventDay = [...e.eventDays].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null;
    }
    refreshCore(e);
    e.sample.push({ id: a.id, title: a.title, terms: p.terms, norm: new NormCache() });
    if (e.sample.length > opts.memberSample) e.sample.splice(SAMPLE_FIRST, 1);
    for (const k of p.keys) state.postEvent(k, e.handle, opts.postingCap);
    state.putEvent(e);
    active.delete(e.id);
    active.set(e.id, arrival);
  }

  function placeInStoryline(e: EventState, p: Prepared, isNew: boolean, arrival: number): void {
    if (isNew) {
      const found = findStoryline(state, e, idf, storyOpts);
      e.storylineId = found ?? `sl-${e.articleIds[0] ?? e.id}`;
      const s = state.storyline(e.storylineId) ?? newStoryline(e.storylineId);
      s.eventIds.push(e.id);
      state.putStoryline(s);
    } else if (e.articleIds.length <= RELINK_UNTIL_SIZE && state.storyline(e.storylineId)?.eventIds.length === 1) {
      const found = findStoryline(state, e, idf, storyOpts, e.storylineId);
      if (found) {
        activeStories.delete(e.storylineId);
        mergeStoryline(state, e.storylineId, found);
      }
    }
    addToStoryline(state, e.storylineId, p.terms, p.names, p.topNames, opts.postingCap);
    activeStories.delete(e.storylineId);
    activeStories.set(e.storylineId, arrival);
  }

  /** Retires events, storylines and copy records idle for more than `retireAfter` arrivals. */
  function retire(now: number): void {
    const before = now - opts.retireAfter;
    for (const [id, at] of active) {
      if (at >= before) break;
      active.delete(id);
      const e = state.event(id);
      if (!e) continue;
      e.retiredTitle = centralTitle(e, idf, vocab.documents);
      e.retired = true;
      e.terms = new Centroid();
      e.title = new Centroid();
      e.names = new Centroid();
      e.leadNames = new Map();
      e.speakers = new Map();
      e.topSpeakers = new Map();
      e.core = [];
      e.mainSpeakers = [];
      e.mainTopSpeakers = [];
      e.sample = [];
    }
    for (const [id, at] of activeStories) {
      if (at >= before) break;
      activeStories.delete(id);
      const s = state.storyline(id);
      if (s) state.putStoryline({ ...newStoryline(id), eventIds: s.eventIds, retired: true });
    }
    forgetCopies(state, copyQueue, before);
  }

  return {
    state,
    candidates(article) {
      const p = prepare(article, false);
      return score(p, article.eventDate);
    },
    add(article) {
      const p = prepare(article, true);
      const arrival = state.nextArrival();
      if (arrival > 0 && arrival % retireEvery === 0) retire(arrival);
      const found = findCopy(state, p.f.words, opts.copyJaccard);
      let target: EventState | undefined;
      let probability = 1;
      if (found.match) target = state.event(found.match.eventId);
      if (target?.retired) target = undefined;
      if (!target) {
        const scored = score(p, article.eventDate);
        const chosen = options.decide ? options.decide(article, scored) : defaultDecision(scored);
        probability = scored.find((c) => c.eventId === chosen)?.probability ?? 0;
        target = chosen ? state.event(chosen) : undefined;
      }
      const isNew = !target;
      const e = target ?? openEvent(article);
      join(e, article, p, arrival);
      if (isNew) probability = 0;
      placeInStoryline(e, p, isNew, arrival);
      const copyOf = rememberCopy(state, article.id, found, [p.f.day ?? '~', arrival], e.id);
      if (found.signature) copyQueue.push([article.id, arrival]);
      return { articleId: article.id, eventId: e.id, storylineId: e.storylineId, copyOf, newEvent: isNew, score: probability };
    },
    events() {
      return [...state.events()].map((e) => summarise(e, idf, vocab.documents));
    },
    storylines() {
      return [...state.storylines()].map((s) => ({ id: s.id, eventIds: [...s.eventIds] }));
    },
  };
}

/** Retirement runs at most every this many arrivals (a tenth of `retireAfter` when smaller): a cheap sweep of the idle ends of the queues. */
const RETIRE_EVERY = 1000;

/** Title of the member closest to the event's centroid, among members that have a title. */
function centralTitle(e: EventState, idf: Weigh, clock: number): string | null {
  if (e.retired) return e.retiredTitle;
  const scratch = new Scratch();
  scratch.load(e.terms.map, idf);
  let central = e.sample[0];
  let best = -1;
  for (const m of e.sample) {
    if (!m.title) continue;
    const c = scratch.cosine(m.terms, m.norm.get(m.terms, idf, clock));
    if (c > best) {
      best = c;
      central = m;
    }
  }
  return central?.title ?? null;
}

function summarise(e: EventState, idf: Weigh, clock: number): EventSummary {
  const eventDay = [...e.eventDays].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return { id: e.id, title: centralTitle(e, idf, clock), date: eventDay ?? e.firstDay, storylineId: e.storylineId, articleIds: [...e.articleIds] };
}

import { findCopy, rememberCopy } from './copies.js';
import { PAIR_MODEL } from './model.js';
import { DEFAULT_OPTIONS, type ClusterOptions } from './rules.js';
import { articleNorms, eventDatesClash, joinProbability, pairFeatures, type FeatureVector, type PairModel } from './score.js';
import { addInto, prune, unit, VectorCache, weightedCosine, type Weigh } from './sparse.js';
import { MemoryClusterState, type ClusterState, type EventState, type StorylineState } from './state.js';
import { addToStoryline, findStoryline, mergeStoryline } from './storylines.js';
import { featuresOf, type ArticleFeatures, type Sparse } from './tokens.js';
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

function heaviest(v: Sparse, idf: Weigh, n: number): string[] {
  return [...v]
    .map(([k, x]) => [k, x * idf(k)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => k);
}

export function createEventClusterer(options: Partial<EventClustererOptions> = {}): EventClusterer {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const state = options.state ?? new MemoryClusterState();
  const model = options.model ?? PAIR_MODEL;
  const idf: Weigh = (k) => state.df.idf(k);
  const cache = new VectorCache(idf, () => state.df.documents);
  const storyOpts = { threshold: opts.storylineThreshold, maxCandidates: opts.maxStorylineCandidates, postingCap: opts.postingCap };

  function defaultDecision(scored: readonly ScoredCandidate[]): string | null {
    const best = scored[0];
    return best && best.probability >= opts.joinThreshold ? best.eventId : null;
  }

  function indexKeys(f: ArticleFeatures): string[] {
    const names = heaviest(f.names, idf, opts.keyNames);
    return [...heaviest(f.terms, idf, opts.keyTerms), ...names];
  }

  function score(f: ArticleFeatures, eventDate: string | null | undefined): ScoredCandidate[] {
    const votes = new Map<string, number>();
    for (const k of indexKeys(f)) for (const id of state.postings('event', k)) votes.set(id, (votes.get(id) ?? 0) + idf(k));
    const norms = articleNorms(f, idf);
    const out: ScoredCandidate[] = [];
    const ranked = [...votes].sort((a, b) => b[1] - a[1]).slice(0, opts.maxCandidates);
    for (const [rank, [id]] of ranked.entries()) {
      const e = state.event(id);
      if (!e) continue;
      const features = pairFeatures(f, norms, e, idf, cache, rank < opts.linkCandidates);
      out.push({ eventId: id, features, probability: eventDatesClash(eventDate, e) ? 0 : joinProbability(features, model) });
    }
    return out.sort((a, b) => b.probability - a.probability);
  }

  function openEvent(a: EventArticle): EventState {
    const e: EventState = {
      id: `ev-${a.id}`,
      storylineId: '',
      articleIds: [],
      terms: new Map(),
      title: new Map(),
      names: new Map(),
      leadNames: new Map(),
      speakers: new Map(),
      firstDay: null,
      lastDay: null,
      eventDays: new Map(),
      sample: [],
    };
    return e;
  }

  function join(e: EventState, a: EventArticle, f: ArticleFeatures): void {
    e.articleIds.push(a.id);
    for (const v of [e.terms, e.title, e.names]) cache.forget(v);
    addInto(e.terms, unit(f.terms));
    addInto(e.title, unit(f.title));
    addInto(e.names, unit(f.names));
    prune(e.terms, opts.centroidTerms);
    prune(e.title, opts.centroidTerms);
    prune(e.names, opts.centroidTerms);
    for (const k of f.leadNames) e.leadNames.set(k, (e.leadNames.get(k) ?? 0) + 1);
    for (const k of f.speakers) e.speakers.set(k, (e.speakers.get(k) ?? 0) + 1);
    if (f.day) {
      if (!e.firstDay || f.day < e.firstDay) e.firstDay = f.day;
      if (!e.lastDay || f.day > e.lastDay) e.lastDay = f.day;
    }
    if (a.eventDate) e.eventDays.set(a.eventDate.slice(0, 10), (e.eventDays.get(a.eventDate.slice(0, 10)) ?? 0) + 1);
    e.sample.push({ id: a.id, title: a.title, terms: f.terms, names: f.names });
    if (e.sample.length > opts.memberSample) e.sample.splice(SAMPLE_FIRST, 1);
    for (const k of indexKeys(f)) state.post('event', k, e.id, opts.postingCap);
    state.putEvent(e);
  }

  function placeInStoryline(e: EventState, f: ArticleFeatures, isNew: boolean): void {
    if (isNew) {
      const found = findStoryline(state, e, idf, storyOpts);
      e.storylineId = found ?? `sl-${e.articleIds[0] ?? e.id}`;
      const s: StorylineState = state.storyline(e.storylineId) ?? { id: e.storylineId, eventIds: [], terms: new Map(), names: new Map() };
      s.eventIds.push(e.id);
      state.putStoryline(s);
      state.putEvent(e);
    } else if (e.articleIds.length <= RELINK_UNTIL_SIZE && state.storyline(e.storylineId)?.eventIds.length === 1) {
      const found = findStoryline(state, e, idf, storyOpts, e.storylineId);
      if (found) {
        mergeStoryline(state, e.storylineId, found);
        e.storylineId = found;
      }
    }
    addToStoryline(state, e.storylineId, f, idf, opts.postingCap, prune);
  }

  return {
    state,
    candidates(article) {
      return score(featuresOf(article), article.eventDate);
    },
    add(article) {
      const f = featuresOf(article);
      state.df.add([...f.terms.keys(), ...f.names.keys()]);
      const arrival = state.nextArrival();
      const found = findCopy(state, f.words, opts.copyJaccard);
      let target: EventState | undefined;
      let probability = 1;
      if (found.match) target = state.event(found.match.eventId);
      if (!target) {
        const scored = score(f, article.eventDate);
        const chosen = options.decide ? options.decide(article, scored) : defaultDecision(scored);
        probability = scored.find((c) => c.eventId === chosen)?.probability ?? 0;
        target = chosen ? state.event(chosen) : undefined;
      }
      const isNew = !target;
      const e = target ?? openEvent(article);
      join(e, article, f);
      if (isNew) probability = 0;
      placeInStoryline(e, f, isNew);
      const copyOf = rememberCopy(state, article.id, found, [f.day ?? '~', arrival], e.id);
      return { articleId: article.id, eventId: e.id, storylineId: e.storylineId, copyOf, newEvent: isNew, score: probability };
    },
    events() {
      return [...state.events()].map((e) => summarise(e, idf));
    },
    storylines() {
      return [...state.storylines()].map((s) => ({ id: s.id, eventIds: [...s.eventIds] }));
    },
  };
}

function summarise(e: EventState, idf: Weigh): EventSummary {
  let central = e.sample[0];
  let best = -1;
  for (const m of e.sample) {
    const c = weightedCosine(m.terms, e.terms, idf);
    if (c > best) {
      best = c;
      central = m;
    }
  }
  const eventDay = [...e.eventDays].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return { id: e.id, title: central?.title ?? null, date: eventDay ?? e.firstDay, storylineId: e.storylineId, articleIds: [...e.articleIds] };
}

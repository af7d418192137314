import { Centroid, heaviest, type Packed, type Weigh } from './sparse.js';
import type { ClusterState, EventState, StorylineState } from './state.js';

/** Storyline keys come from names only: a thread is held together by its people, places and parties. */
const STORY_KEY_NAMES = 15;
/** Names weigh more than words when linking events: "same dispute" shows in who is involved. */
const STORY_NAME_WEIGHT = 0.6;
/** Storyline centroids keep this many keys: a thread's vocabulary is wider than one event's. */
const STORY_CENTROID_TERMS = 600;

export interface StorylineOptions {
  threshold: number;
  maxCandidates: number;
  postingCap: number;
}

function cosine(a: Centroid, b: Centroid, idf: Weigh, clock: number): number {
  const [small, large] = a.map.size <= b.map.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small.map) {
    const y = large.map.get(k);
    if (y === undefined) continue;
    const w = idf(k);
    dot += x * y * w * w;
  }
  const n = a.norm2(idf, clock) * b.norm2(idf, clock);
  return dot && n ? dot / Math.sqrt(n) : 0;
}

/** How well an event's vectors fit a storyline: names and words, cosine each. */
export function storylineScore(e: EventState, s: StorylineState, idf: Weigh, clock: number): number {
  return STORY_NAME_WEIGHT * cosine(e.names, s.names, idf, clock) + (1 - STORY_NAME_WEIGHT) * cosine(e.terms, s.terms, idf, clock);
}

export function newStoryline(id: string): StorylineState {
  return { id, eventIds: [], terms: new Centroid(), names: new Centroid() };
}

/** The best existing storyline for an event (other than `exclude`), when it scores above the threshold. */
export function findStoryline(state: ClusterState, e: EventState, idf: Weigh, opts: StorylineOptions, exclude?: string): string | null {
  const clock = state.vocab.documents;
  const votes = new Map<string, number>();
  for (const [k] of heaviest(e.names.map, idf, STORY_KEY_NAMES)) {
    const kw = idf(k);
    for (const id of state.postings('storyline', k)) if (id !== exclude) votes.set(id, (votes.get(id) ?? 0) + kw);
  }
  const candidates = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, opts.maxCandidates);
  let best: string | null = null;
  let bestScore = opts.threshold;
  for (const [id] of candidates) {
    const s = state.storyline(id);
    if (!s || s.retired) continue;
    const score = storylineScore(e, s, idf, clock);
    if (score >= bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/** Adds an article's unit vectors to its storyline and posts the storyline under its names. */
export function addToStoryline(state: ClusterState, storylineId: string, terms: Packed, names: Packed, topNames: readonly number[], postingCap: number): void {
  const s = state.storyline(storylineId);
  if (!s) return;
  s.terms.add(terms, STORY_CENTROID_TERMS);
  s.names.add(names, STORY_CENTROID_TERMS);
  for (const k of topNames.slice(0, STORY_KEY_NAMES)) state.post('storyline', k, storylineId, postingCap);
  state.putStoryline(s);
}

/** Moves every event of storyline `from` into `into` and drops `from`. */
export function mergeStoryline(state: ClusterState, from: string, into: string): void {
  const src = state.storyline(from);
  const dst = state.storyline(into);
  if (!src || !dst || from === into) return;
  for (const id of src.eventIds) {
    const e = state.event(id);
    if (e) e.storylineId = into;
    dst.eventIds.push(id);
  }
  dst.terms.addCentroid(src.terms, STORY_CENTROID_TERMS);
  dst.names.addCentroid(src.names, STORY_CENTROID_TERMS);
  state.putStoryline(dst);
  state.deleteStoryline(from);
}

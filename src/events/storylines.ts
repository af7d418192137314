import { addInto, unit, weightedCosine, type Weigh } from './sparse.js';
import type { ClusterState, EventState, StorylineState } from './state.js';
import type { ArticleFeatures, Sparse } from './tokens.js';

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

function topKeys(v: Sparse, idf: Weigh, n: number): string[] {
  return [...v]
    .map(([k, x]) => [k, x * idf(k)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => k);
}

/** How well an event's vectors fit a storyline: names and words, cosine each. */
export function storylineScore(terms: Sparse, names: Sparse, s: StorylineState, idf: Weigh): number {
  return STORY_NAME_WEIGHT * weightedCosine(names, s.names, idf) + (1 - STORY_NAME_WEIGHT) * weightedCosine(terms, s.terms, idf);
}

/** The best existing storyline for an event (other than `exclude`), when it scores above the threshold. */
export function findStoryline(state: ClusterState, e: EventState, idf: Weigh, opts: StorylineOptions, exclude?: string): string | null {
  const votes = new Map<string, number>();
  for (const k of topKeys(e.names, idf, STORY_KEY_NAMES))
    for (const id of state.postings('storyline', k)) if (id !== exclude) votes.set(id, (votes.get(id) ?? 0) + idf(k));
  const candidates = [...votes].sort((a, b) => b[1] - a[1]).slice(0, opts.maxCandidates);
  let best: string | null = null;
  let bestScore = opts.threshold;
  for (const [id] of candidates) {
    const s = state.storyline(id);
    if (!s) continue;
    const score = storylineScore(e.terms, e.names, s, idf);
    if (score >= bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

/** Adds an article's vectors to its storyline and posts the storyline under its names. */
export function addToStoryline(state: ClusterState, storylineId: string, a: ArticleFeatures, idf: Weigh, postingCap: number, prune: (v: Sparse, n: number) => void): void {
  const s = state.storyline(storylineId);
  if (!s) return;
  addInto(s.terms, unit(a.terms));
  addInto(s.names, unit(a.names));
  prune(s.terms, STORY_CENTROID_TERMS);
  prune(s.names, STORY_CENTROID_TERMS);
  for (const k of topKeys(a.names, idf, STORY_KEY_NAMES)) state.post('storyline', k, storylineId, postingCap);
  state.putStoryline(s);
}

/** Moves every event of storyline `from` into `into` and drops `from`. */
export function mergeStoryline(state: ClusterState, from: string, into: string): void {
  const src = state.storyline(from);
  const dst = state.storyline(into);
  if (!src || !dst || from === into) return;
  for (const id of src.eventIds) {
    const e = state.event(id);
    if (e) state.putEvent({ ...e, storylineId: into });
    dst.eventIds.push(id);
  }
  addInto(dst.terms, src.terms);
  addInto(dst.names, src.names);
  state.putStoryline(dst);
  state.deleteStoryline(from);
}

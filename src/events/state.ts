import { DocFrequency } from './idf.js';
import type { Sparse } from './tokens.js';

/** A member article kept on its event for "closest member" links and for choosing the title. */
export interface Member {
  id: string;
  title: string | null;
  terms: Sparse;
  names: Sparse;
}

/** What the clusterer remembers about one event. */
export interface EventState {
  id: string;
  storylineId: string;
  articleIds: string[];
  /** Sums of members' unit vectors (pruned to the heaviest keys). */
  terms: Sparse;
  title: Sparse;
  names: Sparse;
  /** How many members name each key in their title or first paragraph. */
  leadNames: Map<string, number>;
  /** How many members quote each speaker. */
  speakers: Map<string, number>;
  /** Earliest and latest member day (`YYYY-MM-DD`), null when no member is dated. */
  firstDay: string | null;
  lastDay: string | null;
  /** Members' event dates (from the dates stage) and how many carry each. */
  eventDays: Map<string, number>;
  /** The first members and the most recent ones, bounded. */
  sample: Member[];
}

export interface StorylineState {
  id: string;
  eventIds: string[];
  terms: Sparse;
  names: Sparse;
}

/** One copy-detection record per article. */
export interface CopyRecord {
  signature: Uint32Array;
  /** Sort key for "earliest": day (or '~' when undated, so dated articles come first), then arrival. */
  order: [string, number];
  /** The earliest article of its copy group (itself when it is the original). */
  root: string;
  eventId: string;
}

/**
 * Everything the clusterer remembers, behind one small synchronous interface so the in-memory
 * maps can later be swapped for a store-backed cache. Index lists are most-recent-last.
 *
 * @example
 *   const clusterer = createEventClusterer({ state: new MemoryClusterState() });
 */
export interface ClusterState {
  readonly df: DocFrequency;
  /** A counter that only grows: arrival order of articles. */
  nextArrival(): number;
  event(id: string): EventState | undefined;
  putEvent(e: EventState): void;
  events(): Iterable<EventState>;
  storyline(id: string): StorylineState | undefined;
  putStoryline(s: StorylineState): void;
  deleteStoryline(id: string): void;
  storylines(): Iterable<StorylineState>;
  /** Ids posted under `key` in index `index` (`event`, `storyline` or `copy`), oldest first. */
  postings(index: IndexName, key: string): readonly string[];
  /** Posts `id` under `key` unless it is already there; drops the oldest beyond `cap`. */
  post(index: IndexName, key: string, id: string, cap: number): void;
  copy(articleId: string): CopyRecord | undefined;
  putCopy(articleId: string, r: CopyRecord): void;
}

export type IndexName = 'event' | 'storyline' | 'copy';

/** The in-memory state: plain maps. */
export class MemoryClusterState implements ClusterState {
  readonly df = new DocFrequency();
  private arrival = 0;
  private readonly eventMap = new Map<string, EventState>();
  private readonly storyMap = new Map<string, StorylineState>();
  private readonly indexes: Record<IndexName, Map<string, string[]>> = { event: new Map(), storyline: new Map(), copy: new Map() };
  private readonly copies = new Map<string, CopyRecord>();

  nextArrival(): number {
    return this.arrival++;
  }
  event(id: string): EventState | undefined {
    return this.eventMap.get(id);
  }
  putEvent(e: EventState): void {
    this.eventMap.set(e.id, e);
  }
  events(): Iterable<EventState> {
    return this.eventMap.values();
  }
  storyline(id: string): StorylineState | undefined {
    return this.storyMap.get(id);
  }
  putStoryline(s: StorylineState): void {
    this.storyMap.set(s.id, s);
  }
  deleteStoryline(id: string): void {
    this.storyMap.delete(id);
  }
  storylines(): Iterable<StorylineState> {
    return this.storyMap.values();
  }
  postings(index: IndexName, key: string): readonly string[] {
    return this.indexes[index].get(key) ?? [];
  }
  post(index: IndexName, key: string, id: string, cap: number): void {
    const map = this.indexes[index];
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    const at = list.lastIndexOf(id);
    if (at >= 0) {
      // Move to the end: the key was seen again, so this id is now among the most recent.
      list.splice(at, 1);
    }
    list.push(id);
    if (list.length > cap) list.splice(0, list.length - cap);
  }
  copy(articleId: string): CopyRecord | undefined {
    return this.copies.get(articleId);
  }
  putCopy(articleId: string, r: CopyRecord): void {
    this.copies.set(articleId, r);
  }
}

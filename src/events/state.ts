import type { Background } from './background.js';
import type { Centroid, NormCache, Packed } from './sparse.js';
import { Vocabulary } from './vocab.js';

/** A member article kept on its event for "closest member" links and for choosing the title. */
export interface Member {
  id: string;
  title: string | null;
  /** Unit-length term vector. */
  terms: Packed;
  norm: NormCache;
}

/** What the clusterer remembers about one event. */
export interface EventState {
  id: string;
  /** Dense number for the inverted index and vote tallies (arrival order of events). */
  handle: number;
  storylineId: string;
  articleIds: string[];
  /** Sums of members' unit vectors (pruned to the heaviest keys). */
  terms: Centroid;
  title: Centroid;
  names: Centroid;
  /** How many members name each key in their title or lead. */
  leadNames: Map<number, number>;
  /** How many members quote each speaker. */
  speakers: Map<number, number>;
  /** How many members quote each speaker most. */
  topSpeakers: Map<number, number>;
  /** Derived on each join: lead names, speakers and top speakers of at least half the members, and the weekdays most name. */
  core: number[];
  mainSpeakers: number[];
  mainTopSpeakers: number[];
  mainWeekdays: number;
  /** How many members name each weekday (Monday first) in their lead. */
  weekdays: Uint32Array;
  /** Earliest and latest member day (`YYYY-MM-DD`), null when no member is dated. */
  firstDay: string | null;
  lastDay: string | null;
  /** Members' event dates (from the dates stage) and how many carry each. */
  eventDays: Map<string, number>;
  /** The event date most members carry (ties: earliest), or null. */
  eventDay: string | null;
  /** The first members and the most recent ones, bounded. */
  sample: Member[];
  /** Arrival number of the latest member: events idle for long are retired. */
  lastArrival: number;
  /** True once retired: its vectors are dropped and it takes no new members. */
  retired: boolean;
  /** The title chosen when it retired (the members it was chosen from are gone). */
  retiredTitle: string | null;
}

export interface StorylineState {
  id: string;
  eventIds: string[];
  terms: Centroid;
  names: Centroid;
  /** True once retired: no longer offered to new events. */
  retired?: boolean;
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
  readonly vocab: Vocabulary;
  /** A counter that only grows: arrival order of articles. */
  nextArrival(): number;
  event(id: string): EventState | undefined;
  eventAt(handle: number): EventState | undefined;
  /** Handle for the next new event. */
  nextHandle(): number;
  putEvent(e: EventState): void;
  events(): Iterable<EventState>;
  storyline(id: string): StorylineState | undefined;
  putStoryline(s: StorylineState): void;
  deleteStoryline(id: string): void;
  storylines(): Iterable<StorylineState>;
  /** Event handles posted under key id `key`, oldest first. */
  eventPostings(key: number): readonly number[];
  /** Posts `handle` under `key` unless it is already there (then it moves last); drops the oldest beyond `cap`. */
  postEvent(key: number, handle: number, cap: number): void;
  /** Ids posted under `key` in the storyline or copy index, oldest first. */
  postings(index: IndexName, key: string | number): readonly string[];
  post(index: IndexName, key: string | number, id: string, cap: number): void;
  copy(articleId: string): CopyRecord | undefined;
  putCopy(articleId: string, r: CopyRecord): void;
  deleteCopy(articleId: string): void;
}

export type IndexName = 'storyline' | 'copy';

function postInto<T>(map: Map<string | number, T[]>, key: string | number, id: T, cap: number): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  const at = list.lastIndexOf(id);
  if (at === list.length - 1 && at >= 0) return;
  // Move to the end: the key was seen again, so this id is now among the most recent.
  if (at >= 0) list.splice(at, 1);
  list.push(id);
  if (list.length > cap) list.splice(0, list.length - cap);
}

/** The in-memory state: plain maps. */
export class MemoryClusterState implements ClusterState {
  readonly vocab: Vocabulary;
  private arrival = 0;
  private readonly eventMap = new Map<string, EventState>();
  private readonly byHandle: EventState[] = [];
  private readonly storyMap = new Map<string, StorylineState>();
  private readonly eventIndex = new Map<string | number, number[]>();
  private readonly indexes: Record<IndexName, Map<string | number, string[]>> = { storyline: new Map(), copy: new Map() };
  private readonly copies = new Map<string, CopyRecord>();

  constructor(background: Background | null = null, prior = 0) {
    this.vocab = new Vocabulary(background, prior);
  }

  nextArrival(): number {
    return this.arrival++;
  }
  event(id: string): EventState | undefined {
    return this.eventMap.get(id);
  }
  eventAt(handle: number): EventState | undefined {
    return this.byHandle[handle];
  }
  nextHandle(): number {
    return this.byHandle.length;
  }
  putEvent(e: EventState): void {
    this.eventMap.set(e.id, e);
    this.byHandle[e.handle] = e;
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
  eventPostings(key: number): readonly number[] {
    return this.eventIndex.get(key) ?? [];
  }
  postEvent(key: number, handle: number, cap: number): void {
    postInto(this.eventIndex, key, handle, cap);
  }
  postings(index: IndexName, key: string | number): readonly string[] {
    return this.indexes[index].get(key) ?? [];
  }
  post(index: IndexName, key: string | number, id: string, cap: number): void {
    postInto(this.indexes[index], key, id, cap);
  }
  copy(articleId: string): CopyRecord | undefined {
    return this.copies.get(articleId);
  }
  putCopy(articleId: string, r: CopyRecord): void {
    this.copies.set(articleId, r);
  }
  deleteCopy(articleId: string): void {
    this.copies.delete(articleId);
  }
}

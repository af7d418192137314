import type { EntityMention, QuoteSpan, RemovedPiece, TextSpan, TimeSpan } from '../core/document.js';

/** What the analysis stages found in an article; offsets index into its `text`. */
export interface ArticleAnalysis {
  sentences?: TextSpan[];
  mentions?: EntityMention[];
  quotes?: QuoteSpan[];
  times?: TimeSpan[];
  eventDate?: string | null;
}

/** An article as stored and exported: the export contract's article object. */
export interface StoredArticle {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  language: string | null;
  text: string;
  removed: RemovedPiece[];
  /** SHA-256 of the normalised text: the "same text" identity. */
  textHash: string;
  notArticle: string | null;
  /** Input fields the contract does not name, kept as they came. */
  extra: Record<string, unknown>;
  /** Warnings the stages left on the article. */
  warnings: string[];
  /** Sentences, entity mentions, quotes, time expressions and the event date. */
  analysis: ArticleAnalysis;
}

/** An event: articles reporting the same real-world happening. */
export interface StoredEvent {
  id: string;
  title: string | null;
  /** The event date (the day it happened), else the earliest publication day, else null. */
  date: string | null;
  storyline: string;
  /** Member article ids in arrival order. */
  articles: string[];
  summary: string | null;
}

/** A storyline: events linked into one thread over time. */
export interface StoredStoryline {
  id: string;
  title: string | null;
  events: string[];
}

/** Where the clusterer put one article. */
export interface StoredAssignment {
  article: string;
  event: string;
  storyline: string;
  /** The earliest article this one is a near-copy of (a copy is not an independent source), or null. */
  copyOf: string | null;
  score: number;
}

/** The corpus's events as the event stage last computed them. */
export interface EventSet {
  events: StoredEvent[];
  storylines: StoredStoryline[];
  assignments: StoredAssignment[];
}

/** What a claim states: someone's words, a figure, or another fact. */
export type ClaimKind = 'quote' | 'number' | 'statement';

/** Two claims disagreeing on a number or a duration about the same thing, with the words that show it. */
export interface ClaimConflict {
  /** The other claim's id. */
  claim: string;
  /** What the numbers count ("year", "drone"). */
  about: string;
  /** This claim's figure as written ("nearly three years") and the other's ("nearly four-year"). */
  value: string;
  otherValue: string;
  /** The sentences carrying each figure, and the articles they are from. */
  evidence: string;
  otherEvidence: string;
  article: string;
  otherArticle: string;
}

/**
 * One fact as several articles of an event report it: the sentences of every outlet that say it.
 *
 * @example
 *   { id: 'ev-1#c1', event: 'ev-1', text: 'Britain and France signed a declaration of intent.', articles: ['a', 'b'],
 *     outlets: ['AP'], independentSources: 2, kind: 'statement', conflictsWith: [], conflicts: [], sentences: [...] }
 */
export interface StoredClaim {
  /** `<event>#c<n>`, numbered by independent sources (most first). */
  id: string;
  event: string;
  /** The most central of its sentences. */
  text: string;
  articles: string[];
  outlets: string[];
  /** Articles counted once per outlet and once per chain of copies; an article without an outlet is its own source. */
  independentSources: number;
  kind: ClaimKind;
  conflictsWith: string[];
  conflicts: ClaimConflict[];
  /** Every sentence grouped into the claim: `text.slice(start, end)` of the article. */
  sentences: { article: string; start: number; end: number }[];
}

/** One input file whose articles were all stored: lets a re-run skip it. */
export interface InputMark {
  source: string;
  /** SHA-256 of the file's bytes. */
  hash: string;
  articles: number;
}

/** Filters and paging for `Store.listArticles`; absent filters do not filter. */
export interface ArticleQuery {
  /** Full-text search over title and text: every word must occur, in any case (see `searchWords`). */
  q?: string;
  outlet?: string;
  language?: string;
  /** Published on or after this day (`YYYY-MM-DD`, compared with the date part of `published`). */
  from?: string;
  /** Published on or before this day (`YYYY-MM-DD`). */
  to?: string;
  limit: number;
  offset: number;
}

/** One page of articles, newest `published` first (undated last), and how many matched in all. */
export interface ArticlePage {
  total: number;
  articles: StoredArticle[];
}

export interface ValueCount {
  value: string;
  count: number;
}

/** What the store holds, in counts: for filters and a stats page. */
export interface StoreStats {
  articles: number;
  /** Articles per outlet and per language, most first (then by name); unknown values left out. */
  outlets: ValueCount[];
  languages: ValueCount[];
  /** Smallest and largest `published` value, as written. */
  firstPublished: string | null;
  lastPublished: string | null;
}

export interface PutResult {
  inserted: number;
  updated: number;
}

/**
 * Storage behind one small interface; one folder per backend (`sqlite/`, later `postgres/`).
 * Core code talks to this, never to a driver. Every write is one transaction.
 *
 * Identity: an article matches a stored one with the same `id`, else the same `url`,
 * else the same `textHash`; a match is updated in place (keeping its stored `id`), never duplicated.
 *
 * @example
 *   const store = await openSqliteStore({ path: 'news.db' });
 *   await store.putBatch([article], [{ source: 'a.txt', hash, articles: 1 }]);
 *   for await (const a of store.articles()) console.log(a.id);
 */
export interface Store {
  readonly kind: string;
  /** Upserts the articles and marks the inputs done, atomically. */
  putBatch(articles: readonly StoredArticle[], inputs: readonly InputMark[]): Promise<PutResult>;
  /** True when this exact input (same source and hash) was fully stored before. */
  isInputDone(source: string, hash: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** A small named value the engine keeps between runs (e.g. that corpus stages still have work). */
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string | null): Promise<void>;
  countArticles(): Promise<number>;
  /**
   * A filtered, paged list, newest first.
   *
   * @example
   *   const { total, articles } = await store.listArticles({ q: 'budget vote', outlet: 'X', limit: 20, offset: 0 });
   */
  listArticles(query: ArticleQuery): Promise<ArticlePage>;
  stats(): Promise<StoreStats>;
  /**
   * An opaque value that changes whenever articles are stored (by this or another process), so a
   * reader can cache what it derives from the whole store and know when to derive it again.
   */
  revision(): Promise<string>;
  /** All articles in stable order (first stored first). */
  articles(): AsyncIterable<StoredArticle>;
  /** Replaces the stored events, storylines and assignments at once (one transaction). */
  replaceEvents(set: EventSet): Promise<void>;
  /** The stored events, storylines and assignments (events in date order, undated last). */
  eventSet(): Promise<EventSet>;
  /** Replaces every stored claim at once (one transaction); claims belong to the last event set. */
  replaceClaims(claims: readonly StoredClaim[]): Promise<void>;
  /** The stored claims of one event, or of all events, in id order within each event. */
  claims(event?: string): Promise<StoredClaim[]>;
  close(): Promise<void>;
}

import type { EntityKey } from '../entities/link.js';
import type { EventSet, StoredAssignment, StoredEvent, StoredStoryline } from '../store/store.js';
import { byDateDesc, push, type ArticleRef, type CorpusView, type QuoteRecord } from './corpus.js';

/** A storyline as events name it. */
export interface StorylineRef {
  id: string;
  title: string | null;
}

/** An event as lists and timelines show it. */
export interface EventSummary {
  id: string;
  title: string | null;
  /** The day it happened, else its earliest publication day, else null. */
  date: string | null;
  storyline: StorylineRef;
  articles: number;
  /** Articles that are not near-copies of another: the independent reports. */
  independent: number;
  /** Outlets reporting it, by name. */
  outlets: string[];
  quotes: number;
}

/** An event's article: a copy names the earlier article it repeats, and is not an independent source. */
export interface EventArticle extends ArticleRef {
  copyOf: ArticleRef | null;
  score: number;
}

/** One speaker in an event's quote ledger: what each outlet reports them saying. */
export interface LedgerEntry {
  /** The resolved speaker name. */
  speaker: string;
  /** The speaker's entity, when they are a known person or organisation. */
  entity: EntityKey | null;
  quotes: number;
  /**
   * One column per outlet, by name; an article without an outlet is its own column (after them), so
   * two unnamed sources are never merged. Quotes in article then text order.
   */
  outlets: { outlet: string | null; quotes: QuoteRecord[] }[];
}

export interface EventDetail {
  event: EventSummary & { summary: string | null };
  /** Independent reports first (arrival order), then copies. */
  articles: EventArticle[];
  /** The storyline's events by date (undated last): this event among them. */
  timeline: EventSummary[];
  /** Speakers quoted in the event, most outlets then most quotes first. */
  ledger: LedgerEntry[];
  /** Quotes in the event whose speaker was not found. */
  unattributed: QuoteRecord[];
}

export interface StorylineSummary extends StorylineRef {
  events: number;
  articles: number;
  /** First and last event day, or null when no event is dated. */
  first: string | null;
  last: string | null;
}

export interface StorylineDetail {
  storyline: StorylineSummary;
  /** By date, undated last. */
  events: EventSummary[];
}

/** The event an article belongs to, as its page links it. */
export interface ArticleEvent {
  id: string;
  title: string | null;
  date: string | null;
  storyline: StorylineRef;
  copyOf: ArticleRef | null;
}

export interface EventFilter {
  storyline?: string;
  /** Words that must all occur in the title, any case. */
  q?: string;
  /** An entity id: only events with an article naming it. */
  person?: string;
  from?: string;
  to?: string;
}

/** Oldest first, undated last, then by id. */
const byDateAsc = (a: { date: string | null; id: string }, b: { date: string | null; id: string }) =>
  a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;

/** Newest day first, undated last; then the most articles, then by id. */
function newestBiggest(a: { date: string | null; articles: number; id: string }, b: { date: string | null; articles: number; id: string }): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
  return b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The stored events joined with the corpus view: summaries, timelines, the quote ledger.
 *
 * @example
 *   const events = eventView(await store.eventSet(), await cache.get());
 *   events.list({ q: 'ferry' });   // EventSummary[], newest and biggest first
 *   events.detail('ev-harbour-budget')?.ledger;
 */
export function eventView(set: EventSet, corpus: CorpusView) {
  const events = new Map<string, StoredEvent>(set.events.map((e) => [e.id, e]));
  const storylines = new Map<string, StoredStoryline>(set.storylines.map((s) => [s.id, s]));
  const assignments = new Map<string, StoredAssignment>(set.assignments.map((a) => [a.article, a]));
  const eventOf = new Map<string, StoredEvent>();
  for (const e of set.events) for (const a of e.articles) eventOf.set(a, e);

  const storylineRef = (id: string): StorylineRef => ({ id, title: storylines.get(id)?.title ?? null });
  const ref = (id: string): ArticleRef => corpus.articles.get(id) ?? { id, title: null, outlet: null, published: null };
  const copyOf = (article: string) => {
    const original = assignments.get(article)?.copyOf;
    return original ? ref(original) : null;
  };

  const summaries = new Map<string, EventSummary>();
  for (const e of set.events) {
    const outlets = new Set<string>();
    let quotes = 0;
    for (const a of e.articles) {
      const outlet = corpus.articles.get(a)?.outlet;
      if (outlet) outlets.add(outlet);
      quotes += corpus.quotesByArticle.get(a)?.length ?? 0;
    }
    summaries.set(e.id, {
      id: e.id, title: e.title, date: e.date, storyline: storylineRef(e.storyline), articles: e.articles.length,
      independent: e.articles.filter((a) => !assignments.get(a)?.copyOf).length, outlets: [...outlets].sort(), quotes,
    });
  }
  const summariesOf = (ids: Iterable<string>) => [...ids].flatMap((id) => summaries.get(id) ?? []);

  function ledger(articles: readonly string[]): Pick<EventDetail, 'ledger' | 'unattributed'> {
    const bySpeaker = new Map<string, QuoteRecord[]>();
    const unattributed: QuoteRecord[] = [];
    for (const a of articles) {
      for (const q of corpus.quotesByArticle.get(a) ?? []) {
        if (q.speakerEntity) push(bySpeaker, q.speakerEntity, q);
        else if (q.speaker) push(bySpeaker, `name:${q.speaker.toLowerCase()}`, q);
        else unattributed.push(q);
      }
    }
    const entries = [...bySpeaker].map(([key, quotes]): LedgerEntry => {
      const entity = key.startsWith('name:') ? null : key;
      const byOutlet = new Map<string, QuoteRecord[]>();
      for (const q of quotes) push(byOutlet, q.article.outlet === null ? `\0${q.article.id}` : q.article.outlet, q);
      const outlets = [...byOutlet]
        .sort(([x], [y]) => (x.startsWith('\0') === y.startsWith('\0') ? x.localeCompare(y) : x.startsWith('\0') ? 1 : -1))
        .map(([, list]) => ({ outlet: list[0]?.article.outlet ?? null, quotes: list.sort((x, y) => x.article.id.localeCompare(y.article.id) || x.start - y.start) }));
      const speaker = (entity ? corpus.entities.get(entity)?.name : null) ?? quotes[0]?.speaker ?? key;
      return { speaker, entity, quotes: quotes.length, outlets };
    });
    entries.sort((x, y) => y.outlets.length - x.outlets.length || y.quotes - x.quotes || x.speaker.localeCompare(y.speaker));
    return { ledger: entries, unattributed: unattributed.sort(byDateDesc) };
  }

  return {
    count: set.events.length,

    /** Events matching the filter, newest and biggest first. */
    list(filter: EventFilter): EventSummary[] {
      const wanted = filter.q ? words(filter.q) : [];
      const named = filter.person === undefined ? null : new Set(corpus.entities.get(filter.person)?.articles ?? []);
      return set.events
        .filter((e) => {
          if (filter.storyline !== undefined && e.storyline !== filter.storyline) return false;
          if (wanted.length && !wanted.every((w) => (e.title ?? '').toLowerCase().includes(w))) return false;
          if (named && !e.articles.some((a) => named.has(a))) return false;
          if (filter.from !== undefined && (e.date === null || e.date.slice(0, 10) < filter.from)) return false;
          if (filter.to !== undefined && (e.date === null || e.date.slice(0, 10) > filter.to)) return false;
          return true;
        })
        .flatMap((e) => summaries.get(e.id) ?? [])
        .sort(newestBiggest);
    },

    detail(id: string): EventDetail | null {
      const e = events.get(id);
      const summary = summaries.get(id);
      if (!e || !summary) return null;
      const articles = e.articles.map((a): EventArticle => ({ ...ref(a), copyOf: copyOf(a), score: assignments.get(a)?.score ?? 0 }));
      articles.sort((x, y) => Number(x.copyOf !== null) - Number(y.copyOf !== null));
      const siblings = storylines.get(e.storyline)?.events ?? [id];
      return { event: { ...summary, summary: e.summary }, articles, timeline: summariesOf(siblings).sort(byDateAsc), ...ledger(e.articles) };
    },

    storylines(): StorylineSummary[] {
      const list = set.storylines.map((s): StorylineSummary => {
        const evs = summariesOf(s.events);
        const dates = evs.flatMap((e) => e.date ?? []).sort();
        return { id: s.id, title: s.title, events: evs.length, articles: evs.reduce((n, e) => n + e.articles, 0), first: dates[0] ?? null, last: dates.at(-1) ?? null };
      });
      return list.sort((a, b) => newestBiggest({ ...a, date: a.last }, { ...b, date: b.last }));
    },

    storyline(id: string): StorylineDetail | null {
      const summary = this.storylines().find((s) => s.id === id);
      const s = storylines.get(id);
      if (!summary || !s) return null;
      return { storyline: summary, events: summariesOf(s.events).sort(byDateAsc) };
    },

    /** The event an article sits in, or null when the event stage has not placed it. */
    ofArticle(article: string): ArticleEvent | null {
      const e = eventOf.get(article);
      return e ? { id: e.id, title: e.title, date: e.date, storyline: storylineRef(e.storyline), copyOf: copyOf(article) } : null;
    },
  };
}

export type EventView = ReturnType<typeof eventView>;

import { createEventClusterer, type Assignment, type EventArticle, type EventSummary, type StorylineSummary } from '../events/index.js';
import type { StoredArticle } from '../store/store.js';

/** Entity types whose names help tell events apart (people, organisations, places). */
const EVENT_ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC']);

export interface EventResult {
  assignments: Assignment[];
  events: EventSummary[];
  storylines: StorylineSummary[];
}

/** A stored article as the clusterer sees it: clean text, names found, event date, who is quoted (once per quote). */
export function toEventArticle(a: StoredArticle): EventArticle {
  const names = (a.analysis.mentions ?? []).filter((m) => EVENT_ENTITY_TYPES.has(m.type)).map((m) => m.text);
  const speakers = (a.analysis.quotes ?? []).map((q) => q.speakerResolved ?? q.speaker).filter((s): s is string => !!s);
  return {
    id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet, url: a.url,
    entities: [...new Set(names)], eventDate: a.analysis.eventDate ?? null, speakers,
  };
}

/**
 * Streams articles through the event clusterer in publication order (undated ones keep their stored
 * order, after the dated ones of the same position). Not-articles (stubs, index pages) are left out.
 * Ids are derived from first articles, so the same corpus gives the same ids on every run.
 */
export function clusterArticles(articles: readonly StoredArticle[]): EventResult {
  const order = articles
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => !a.notArticle && a.text.trim() !== '')
    .sort((x, y) => {
      const dx = x.a.published?.slice(0, 10) ?? null;
      const dy = y.a.published?.slice(0, 10) ?? null;
      if (dx && dy && dx !== dy) return dx < dy ? -1 : 1;
      return x.i - y.i;
    });
  const clusterer = createEventClusterer();
  const assignments = order.map(({ a }) => clusterer.add(toEventArticle(a)));
  return { assignments, events: clusterer.events(), storylines: clusterer.storylines() };
}

import type { CorpusStage } from '../core/stage.js';
import { clusterArticles } from '../corpus/events.js';
import { collectArticles } from '../store/collect.js';
import type { EventSet, Store } from '../store/store.js';

/**
 * Copies, events and storylines over the whole corpus: every article streamed through the event
 * clusterer in publication order, the result stored in one replace. Returns the number of events.
 */
export const eventsStage = (): CorpusStage<Store> => ({
  name: 'events',
  counts: 'events',
  async run(store) {
    const r = clusterArticles(await collectArticles(store));
    const titleOf = new Map(r.events.map((e) => [e.id, e.title]));
    const set: EventSet = {
      events: r.events.map((e) => ({ id: e.id, title: e.title, date: e.date, storyline: e.storylineId, articles: e.articleIds, summary: null })),
      storylines: r.storylines.map((s) => ({ id: s.id, title: titleOf.get(s.eventIds[0] ?? '') ?? null, events: s.eventIds })),
      assignments: r.assignments.map((a) => ({ article: a.articleId, event: a.eventId, storyline: a.storylineId, copyOf: a.copyOf, score: a.score })),
    };
    await store.replaceEvents(set);
    return set.events.length;
  },
});

import type { EntityKey, EntityRecord } from '../entities/link.js';
import { exportArticle } from '../export/export.js';
import type { ArticleQuery, Store, StoreStats, StoredArticle } from '../store/store.js';
import { CorpusCache, articleRef, type ArticleRef, type CorpusView, type QuoteRecord } from './corpus.js';
import { eventView, type EventDetail, type EventFilter, type EventSummary, type StorylineDetail, type StorylineSummary } from './events.js';

/** Characters of body text shown under a title in lists. */
const SNIPPET_CHARS = 240;

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface ArticleSummary extends ArticleRef {
  language: string | null;
  authors: string[];
  snippet: string;
  notArticle: string | null;
  eventDate: string | null;
  quotes: number;
}

export interface EntitySummary extends Omit<EntityRecord, 'articles'> {
  articles: number;
  quotes: number;
}

export interface EntityDetail {
  entity: EntitySummary;
  articles: ArticleRef[];
  /** Everything the entity said, newest first. */
  quotes: QuoteRecord[];
  /** Events with an article naming the entity, newest first. */
  events: EventSummary[];
}

export interface Stats extends StoreStats {
  entities: Record<EntityRecord['type'], number>;
  quotes: number;
  /** Events stored by the event stage. */
  events: number;
}

export interface EntityFilter {
  type?: string;
  /** Part of the name or an alias, any case. */
  q?: string;
  limit: number;
  offset: number;
}

export interface Paging {
  limit: number;
  offset: number;
}

export interface QuoteFilter {
  /** An entity id, or a speaker's name or alias (any case). */
  speaker?: string;
  article?: string;
  limit: number;
  offset: number;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET_CHARS) return flat;
  const cut = flat.slice(0, SNIPPET_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SNIPPET_CHARS / 2))}…`;
}

const page = <T>(items: readonly T[], limit: number, offset: number): Page<T> => ({
  total: items.length, limit, offset, items: items.slice(offset, offset + limit),
});

function entitySummary(e: EntityRecord, view: CorpusView): EntitySummary {
  const { articles, ...rest } = e;
  return { ...rest, articles: articles.length, quotes: view.quotesByEntity.get(e.id)?.length ?? 0 };
}

/**
 * Read-only questions over a store, as the HTTP API asks them: one call per endpoint. Whole-corpus
 * answers (entities, speakers) come from a view rebuilt only when the store's revision moves. Events
 * are read fresh on each call: the event stage replaces them without moving the revision.
 *
 * @example
 *   const reader = createReader(engine.store);
 *   const { items } = await reader.articles({ q: 'budget', limit: 20, offset: 0 });
 *   const person = await reader.entity('PER:maria zakharova');
 */
export function createReader(store: Store) {
  const cache = new CorpusCache(store);
  const events = async () => {
    const [set, view] = await Promise.all([store.eventSet(), cache.get()]);
    return eventView(set, view);
  };
  return {
    async articles(query: ArticleQuery): Promise<Page<ArticleSummary>> {
      const [{ total, articles }, view] = await Promise.all([store.listArticles(query), cache.get()]);
      const items = articles.map((a: StoredArticle): ArticleSummary => ({
        ...articleRef(a), language: a.language, authors: a.authors, snippet: snippet(a.text), notArticle: a.notArticle,
        eventDate: a.analysis.eventDate ?? null, quotes: view.quotesByArticle.get(a.id)?.length ?? 0,
      }));
      return { total, limit: query.limit, offset: query.offset, items };
    },

    /** The export contract's article, with its quotes (speakers resolved) and the entities it mentions. */
    async article(id: string) {
      const a = await store.getArticle(id);
      if (!a) return null;
      const view = await cache.get();
      const keys = view.mentionKeys.get(a.id) ?? [];
      const counts = new Map<EntityKey, number>();
      for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
      const entities = [...counts].map(([key, mentions]) => {
        const e = view.entities.get(key);
        return { id: key, name: e?.name ?? key.slice(key.indexOf(':') + 1), type: e?.type ?? key.slice(0, key.indexOf(':')), mentions };
      });
      entities.sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
      const quotes = [...(view.quotesByArticle.get(a.id) ?? [])].sort((x, y) => x.start - y.start);
      const event = (await events()).ofArticle(a.id);
      return { ...exportArticle(a, keys), quotes, entities, event };
    },

    async entities(filter: EntityFilter): Promise<Page<EntitySummary>> {
      const view = await cache.get();
      const q = filter.q?.toLowerCase();
      const matches = [...view.entities.values()].filter(
        (e) => (!filter.type || e.type === filter.type) && (!q || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q))),
      );
      const items = matches.map((e) => entitySummary(e, view));
      items.sort((x, y) => y.quotes - x.quotes || y.articles - x.articles || x.name.localeCompare(y.name));
      return page(items, filter.limit, filter.offset);
    },

    async entity(id: string): Promise<EntityDetail | null> {
      const view = await cache.get();
      const e = view.entities.get(id);
      if (!e) return null;
      const articles: ArticleRef[] = [];
      for (const articleId of e.articles) {
        const a = await store.getArticle(articleId);
        if (a) articles.push(articleRef(a));
      }
      articles.sort((x, y) => (y.published ?? '').localeCompare(x.published ?? ''));
      const named = (await events()).list({ person: id });
      return { entity: entitySummary(e, view), articles, quotes: view.quotesByEntity.get(id) ?? [], events: named };
    },

    async quotes(filter: QuoteFilter): Promise<Page<QuoteRecord>> {
      const view = await cache.get();
      let quotes = filter.article === undefined ? view.quotes : (view.quotesByArticle.get(filter.article) ?? []);
      const speaker = filter.speaker;
      if (speaker !== undefined) {
        const entity = view.entities.get(speaker);
        const wanted = speaker.toLowerCase();
        quotes = quotes.filter((q) => {
          if (entity) return q.speakerEntity === entity.id;
          const e = q.speakerEntity ? view.entities.get(q.speakerEntity) : undefined;
          return [q.speaker, q.speakerAsWritten, e?.name, ...(e?.aliases ?? [])].some((n) => n?.toLowerCase() === wanted);
        });
      }
      return page(quotes, filter.limit, filter.offset);
    },

    async stats(): Promise<Stats> {
      const [stats, view, ev] = await Promise.all([store.stats(), cache.get(), events()]);
      const entities = { PER: 0, ORG: 0, LOC: 0, MISC: 0 };
      for (const e of view.entities.values()) entities[e.type] += 1;
      return { ...stats, entities, quotes: view.quotes.length, events: ev.count };
    },

    /** Events, newest and biggest first, filtered by storyline, title words, a person and event date. */
    async events(filter: EventFilter & Paging): Promise<Page<EventSummary>> {
      return page((await events()).list(filter), filter.limit, filter.offset);
    },

    async event(id: string): Promise<EventDetail | null> {
      return (await events()).detail(id);
    },

    /** Storylines, latest event first. */
    async storylines(paging: Paging): Promise<Page<StorylineSummary>> {
      return page((await events()).storylines(), paging.limit, paging.offset);
    },

    async storyline(id: string): Promise<StorylineDetail | null> {
      return (await events()).storyline(id);
    },
  };
}

export type Reader = ReturnType<typeof createReader>;

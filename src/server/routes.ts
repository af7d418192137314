import { ApiError } from './errors.js';
import { MAX_TEXT, PAGING, type ParamSpecs, type Parsed } from './params.js';
import type { Reader } from './reader.js';

/** A read-only endpoint as data: the app registers it and the OpenAPI description documents it. */
export interface Route<S extends ParamSpecs = ParamSpecs> {
  /** OpenAPI-style path: `/api/articles/{id}`. */
  path: string;
  summary: string;
  /** Path parameters and what they are. */
  pathParams?: Record<string, string>;
  query: S;
  /** Name of the response schema in `components.schemas`. */
  response: string;
  handle(reader: Reader, query: Parsed<S>, path: Record<string, string>): Promise<unknown>;
}

const route = <S extends ParamSpecs>(r: Route<S>): Route => r as unknown as Route;

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new ApiError(404, `no ${what}`);
  return value;
}

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

const text = (description: string) => ({ type: 'string', description, maxLength: MAX_TEXT }) as const;

/** Every GET endpoint; each handler is one reader call. */
export const ROUTES: readonly Route[] = [
  route({
    path: '/api/articles',
    summary: 'Articles, newest published first (undated last), filtered and paged.',
    query: {
      q: text('Full-text search over title and text: every word must occur, any case.'),
      outlet: text('Only this outlet (exact).'),
      language: text('Only this language (ISO 639-1 code).'),
      from: { type: 'date', description: 'Published on or after this day (YYYY-MM-DD).' },
      to: { type: 'date', description: 'Published on or before this day (YYYY-MM-DD).' },
      ...PAGING,
    },
    response: 'ArticlePage',
    handle: (reader, { from, to, ...rest }) => {
      if (from !== undefined && to !== undefined && from > to) throw new ApiError(400, 'from is after to');
      return reader.articles({ ...rest, from, to });
    },
  }),
  route({
    path: '/api/articles/{id}',
    summary: 'One article: clean text, removed pieces with reasons, mentions, quotes, times, event date.',
    pathParams: { id: 'The article id.' },
    query: {},
    response: 'Article',
    handle: async (reader, _q, { id }) => found(await reader.article(id ?? ''), `article with id "${id}"`),
  }),
  route({
    path: '/api/entities',
    summary: 'Entities (people, organisations, places), most quoted first.',
    query: {
      type: { type: 'string', description: 'Only this entity type.', maxLength: 4, enum: ENTITY_TYPES },
      q: text('Part of the name or an alias, any case.'),
      ...PAGING,
    },
    response: 'EntityPage',
    handle: (reader, query) => reader.entities(query),
  }),
  route({
    path: '/api/entities/{id}',
    summary: 'One entity: its articles and everything it said, newest first.',
    pathParams: { id: 'The entity id, e.g. `PER:maria zakharova`.' },
    query: {},
    response: 'EntityDetail',
    handle: async (reader, _q, { id }) => found(await reader.entity(id ?? ''), `entity with id "${id}"`),
  }),
  route({
    path: '/api/quotes',
    summary: 'Quotes, newest first, by speaker or article.',
    query: {
      speaker: text('An entity id, or a speaker name or alias (any case).'),
      article: text('Only quotes from this article.'),
      ...PAGING,
    },
    response: 'QuotePage',
    handle: (reader, query) => reader.quotes(query),
  }),
  route({
    path: '/api/events',
    summary: 'Events (articles reporting one happening), newest and biggest first; undated last.',
    query: {
      storyline: text('Only events of this storyline (its id).'),
      q: text('Words that must all occur in the event title, any case.'),
      person: text('An entity id: only events with an article naming it.'),
      from: { type: 'date', description: 'Event day on or after this day (YYYY-MM-DD); undated events drop out.' },
      to: { type: 'date', description: 'Event day on or before this day (YYYY-MM-DD); undated events drop out.' },
      ...PAGING,
    },
    response: 'EventPage',
    handle: (reader, { from, to, ...rest }) => {
      if (from !== undefined && to !== undefined && from > to) throw new ApiError(400, 'from is after to');
      return reader.events({ ...rest, from, to });
    },
  }),
  route({
    path: '/api/events/{id}',
    summary: 'One event: its articles (copies marked), its storyline\'s timeline and its quote ledger by speaker and outlet.',
    pathParams: { id: 'The event id.' },
    query: {},
    response: 'EventDetail',
    handle: async (reader, _q, { id }) => found(await reader.event(id ?? ''), `event with id "${id}"`),
  }),
  route({
    path: '/api/storylines',
    summary: 'Storylines (events linked over time), latest event first.',
    query: { ...PAGING },
    response: 'StorylinePage',
    handle: (reader, query) => reader.storylines(query),
  }),
  route({
    path: '/api/storylines/{id}',
    summary: 'One storyline and its events by date (undated last).',
    pathParams: { id: 'The storyline id.' },
    query: {},
    response: 'StorylineDetail',
    handle: async (reader, _q, { id }) => found(await reader.storyline(id ?? ''), `storyline with id "${id}"`),
  }),
  route({
    path: '/api/stats',
    summary: 'Counts: articles, outlets, languages, published span, entities by type, quotes, events.',
    query: {},
    response: 'Stats',
    handle: (reader) => reader.stats(),
  }),
];

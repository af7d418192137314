/** The API's shapes: the server's own types (type-only imports, erased from the bundle). */
export type { ArticleRef, QuoteRecord as Quote } from '../../src/server/corpus.js';
export type { Page, ArticleSummary } from '../../src/server/reader.js';
export type { StorylineRef, EventSummary, EventArticle, LedgerEntry, EventDetail } from '../../src/server/events.js';
import type { ArticleRef, QuoteRecord as Quote } from '../../src/server/corpus.js';
import type { EventSummary, StorylineRef } from '../../src/server/events.js';

export interface Article extends ArticleRef {
  source: string;
  url: string | null;
  authors: string[];
  language: string | null;
  text: string;
  removed: { text: string; reason: string }[];
  notArticle: string | null;
  warnings: string[];
  eventDate: string | null;
  times: { text: string; start: number; end: number; value: string; type: string }[];
  quotes: Quote[];
  entities: { id: string; name: string; type: string; mentions: number }[];
  /** The event it sits in, null until the event stage placed it. */
  event: { id: string; title: string | null; date: string | null; storyline: StorylineRef; copyOf: ArticleRef | null } | null;
}

export interface Entity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  articles: number;
  quotes: number;
}

export interface EntityDetail {
  entity: Entity;
  articles: ArticleRef[];
  quotes: Quote[];
  events: EventSummary[];
}

export interface Stats {
  articles: number;
  outlets: { value: string; count: number }[];
  languages: { value: string; count: number }[];
  quotes: number;
  events: number;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GETs an API path; a JSON error answer becomes an ApiFailure with the server's message. */
export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const response = await fetch(`${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' }, signal });
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? response.statusText;
    throw new ApiFailure(response.status, message);
  }
  return body as T;
}

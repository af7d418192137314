/**
 * What the event clusterer reads and hands back. Pure data: no storage, no pipeline types,
 * so the same shapes serve the library, the store and the eval runner.
 */

/**
 * One article as the clusterer sees it, on arrival.
 *
 * @example
 *   { id: 'a1', title: 'Quake hits Aceh', text: '...', published: '2004-12-26', outlet: 'AP' }
 */
export interface EventArticle {
  id: string;
  title: string | null;
  /** Clean body text. */
  text: string;
  /** ISO 8601 date or date-time, or null. */
  published: string | null;
  outlet: string | null;
  url?: string | null;
  /** Entity names found by the NER stage, when it ran ("Maria Zakharova", "Kyiv"). */
  entities?: readonly string[];
  /** The day the reported happening took place (`YYYY-MM-DD`), when the dates stage found it. */
  eventDate?: string | null;
  /** Who the article quotes, as the quotes stage resolved them ("Maria Zakharova"). */
  speakers?: readonly string[];
}

/** The clusterer's decision for one article, made on its arrival. */
export interface Assignment {
  articleId: string;
  eventId: string;
  storylineId: string;
  /** The earliest article (by published, then arrival) this one is a near-copy of, or null. */
  copyOf: string | null;
  /** True when the article opened a new event. */
  newEvent: boolean;
  /** Join probability against the event it joined (1 for a copy, 0 for a new event). */
  score: number;
}

/** An event as it stands now. */
export interface EventSummary {
  id: string;
  /** Title of the most central article (closest to the event's centroid), or null. */
  title: string | null;
  /** The event date most members carry, else the earliest publication day, else null. */
  date: string | null;
  storylineId: string;
  /** Member article ids in arrival order. */
  articleIds: string[];
}

export interface StorylineSummary {
  id: string;
  /** Event ids in the order they opened. */
  eventIds: string[];
}

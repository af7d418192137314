import type { ClaimConflict, Store, StoredArticle, StoredClaim, StoredEvent } from '../store/store.js';
import { eventClaims } from './claims.js';

/** One article as a row of the source-by-claim matrix. */
export interface ComparisonRow {
  article: string;
  outlet: string | null;
  copyOf: string | null;
  /** Per top claim (same order as `EventComparison.top`): does this article carry it? */
  carries: boolean[];
}

/** An event's claims laid out for comparison: what `corroborate compare` prints. */
export interface EventComparison {
  event: StoredEvent;
  /** Every claim, most independent sources first. */
  claims: StoredClaim[];
  /** The claims the matrix shows. */
  top: StoredClaim[];
  rows: ComparisonRow[];
  /** Each conflicting pair once. */
  conflicts: { claim: StoredClaim; other: StoredClaim; conflict: ClaimConflict }[];
  /** True when the claims were worked out now because none were stored (a store from before the claims stage). */
  computed: boolean;
}

/** Columns of the matrix: the claims most sources carry. */
export const DEFAULT_TOP_CLAIMS = 12;

/** The event with this id, or the only one whose id starts with it; null when none (or several) match. */
function findEvent(events: readonly StoredEvent[], id: string): StoredEvent | null {
  const exact = events.find((e) => e.id === id);
  if (exact) return exact;
  const prefixed = events.filter((e) => e.id.startsWith(id));
  return prefixed.length === 1 ? prefixed[0]! : null;
}

/**
 * Compares the articles of one event claim by claim.
 *
 * @example
 *   const view = await compareEvent(store, 'ev-000_1eecb41a65758f8d');
 *   view?.top[0]?.independentSources; // 3
 */
export async function compareEvent(store: Store, eventId: string, top = DEFAULT_TOP_CLAIMS): Promise<EventComparison | null> {
  const set = await store.eventSet();
  const event = findEvent(set.events, eventId);
  if (!event) return null;
  const articles = (await Promise.all(event.articles.map((id) => store.getArticle(id)))).filter((a): a is StoredArticle => a !== null);
  let claims = await store.claims(event.id);
  const computed = claims.length === 0;
  if (computed) claims = eventClaims(event, articles, set.assignments);
  claims = [...claims].sort((x, y) => y.independentSources - x.independentSources || y.articles.length - x.articles.length);
  const shown = claims.slice(0, top);
  const copyOf = new Map(set.assignments.map((a) => [a.article, a.copyOf]));
  const rows = articles.map((a) => ({
    article: a.id, outlet: a.outlet, copyOf: copyOf.get(a.id) ?? null,
    carries: shown.map((c) => c.articles.includes(a.id)),
  }));
  const byId = new Map(claims.map((c) => [c.id, c]));
  const conflicts = claims.flatMap((claim) =>
    claim.conflicts
      .filter((k) => claim.id < k.claim && byId.has(k.claim))
      .map((conflict) => ({ claim, other: byId.get(conflict.claim)!, conflict })),
  );
  return { event, claims, top: shown, rows, conflicts, computed };
}

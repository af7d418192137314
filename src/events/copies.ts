import { bandKeys, estimatedJaccard, minhash } from './minhash.js';
import { COPY_MIN_WORDS } from './rules.js';
import type { ClusterState, CopyRecord } from './state.js';

/** A bucket holding more articles than this is a shared boilerplate band, not evidence. */
const COPY_BUCKET_CAP = 50;

export interface CopyMatch {
  /** The earliest article of the matched copy group. */
  root: string;
  eventId: string;
  jaccard: number;
}

function earlier(a: CopyRecord['order'], b: CopyRecord['order']): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Follows root links: a root can itself have been displaced by an earlier-published copy. */
function rootOf(state: ClusterState, id: string): string {
  let current = id;
  for (let hops = 0; hops < 8; hops++) {
    const next = state.copy(current)?.root;
    if (!next || next === current) break;
    current = next;
  }
  return current;
}

/**
 * Finds the closest earlier near-copy of an article through LSH buckets, or null.
 * Short texts are never copies: a few shared sentences are quoting, not syndication.
 */
export function findCopy(state: ClusterState, words: readonly string[], minJaccard: number): { match: CopyMatch | null; signature: Uint32Array | null; bands: string[] } {
  if (words.length < COPY_MIN_WORDS) return { match: null, signature: null, bands: [] };
  const signature = minhash(words);
  const bands = bandKeys(signature);
  let best: CopyMatch | null = null;
  const seen = new Set<string>();
  for (const band of bands) {
    for (const id of state.postings('copy', band)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const r = state.copy(id);
      if (!r) continue;
      const j = estimatedJaccard(signature, r.signature);
      if (j >= minJaccard && (!best || j > best.jaccard)) best = { root: rootOf(state, r.root), eventId: r.eventId, jaccard: j };
    }
  }
  return { match: best, signature, bands };
}

/**
 * Remembers an article for later copy checks. When it predates its group's root (a copy that
 * arrives before the original was published), it becomes the root for later arrivals.
 */
export function rememberCopy(
  state: ClusterState,
  articleId: string,
  found: ReturnType<typeof findCopy>,
  order: CopyRecord['order'],
  eventId: string,
): string | null {
  if (!found.signature) return null;
  let root = articleId;
  let copyOf: string | null = null;
  if (found.match) {
    const rootRecord = state.copy(found.match.root);
    if (rootRecord && earlier(rootRecord.order, order)) {
      root = found.match.root;
      copyOf = root;
    } else if (rootRecord) {
      state.putCopy(found.match.root, { ...rootRecord, root: articleId });
    }
  }
  state.putCopy(articleId, { signature: found.signature, order, root, eventId });
  for (const band of found.bands) state.post('copy', band, articleId, COPY_BUCKET_CAP);
  return copyOf;
}

/** Drops the copy records of articles that arrived before `before` (`queue`: [id, arrival], oldest first). */
export function forgetCopies(state: ClusterState, queue: [string, number][], before: number): void {
  let n = 0;
  while (n < queue.length && (queue[n]?.[1] ?? before) < before) state.deleteCopy(queue[n++]?.[0] ?? '');
  if (n) queue.splice(0, n);
}

import type { Store, StoredArticle } from './store.js';

/**
 * Every stored article in memory, for corpus stages that still work on the whole set at once.
 * (They should move to streaming state in the store as corpora grow past memory.)
 */
export async function collectArticles(store: Store): Promise<StoredArticle[]> {
  const all: StoredArticle[] = [];
  for await (const a of store.articles()) all.push(a);
  return all;
}

import type { CorpusStage } from '../core/stage.js';
import { corpusClaims } from '../claims/claims.js';
import type { ClaimOptions } from '../claims/rules.js';
import { collectArticles } from '../store/collect.js';
import type { Store } from '../store/store.js';

/**
 * Claims per event (after the events stage): sentences of the event's articles grouped into facts,
 * counted by independent sources, with number conflicts; stored in one replace. Returns the number of claims.
 */
export const claimsStage = (options: Partial<ClaimOptions> = {}): CorpusStage<Store> => ({
  name: 'claims',
  counts: 'claims',
  async run(store) {
    const claims = corpusClaims(await store.eventSet(), await collectArticles(store), options);
    await store.replaceClaims(claims);
    return claims.length;
  },
});

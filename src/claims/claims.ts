import type { ClaimConflict, EventSet, StoredArticle, StoredAssignment, StoredClaim, StoredEvent } from '../store/store.js';
import { firstClash } from './conflicts.js';
import { groupSentences } from './cluster.js';
import { DEFAULT_CLAIM_OPTIONS, type ClaimOptions } from './rules.js';
import { factSentences, type FactSentence } from './sentences.js';
import { sourceKeys } from './sources.js';

/**
 * The claims of one event: its articles' factual sentences grouped by what they state, counted by
 * independent sources (most first), with conflicts between figures that outlets disagree on.
 *
 * @example
 *   const claims = eventClaims(event, articlesOfEvent, set.assignments);
 *   claims[0]; // { id: 'ev-1#c1', text: '...', independentSources: 3, conflictsWith: [], ... }
 */
export function eventClaims(
  event: StoredEvent,
  articles: readonly StoredArticle[],
  assignments: readonly StoredAssignment[],
  options: Partial<ClaimOptions> = {},
): StoredClaim[] {
  const opts = { ...DEFAULT_CLAIM_OPTIONS, ...options };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const members = event.articles.map((id) => byId.get(id)).filter((a): a is StoredArticle => a !== undefined);
  const sentences: FactSentence[] = members.flatMap((a) => factSentences(a, opts));
  const source = sourceKeys(members, assignments);
  const groups = groupSentences(sentences, opts)
    .map((g) => {
      const ids = [...new Set(g.members.map((m) => sentences[m]!.article))];
      return { ...g, ids, sources: new Set(ids.map((id) => source.get(id) ?? id)).size };
    })
    .sort((x, y) => y.sources - x.sources || y.ids.length - x.ids.length || x.members[0]! - y.members[0]!);
  const claims: StoredClaim[] = groups.map((g, i) => {
    const central = sentences[g.central]!;
    const outlets = [...new Set(g.ids.map((id) => byId.get(id)?.outlet).filter((o): o is string => !!o))];
    return {
      id: `${event.id}#c${i + 1}`, event: event.id, text: central.text, articles: g.ids, outlets,
      independentSources: g.sources, kind: central.kind, conflictsWith: [], conflicts: [],
      sentences: g.members.map((m) => ({ article: sentences[m]!.article, start: sentences[m]!.start, end: sentences[m]!.end })),
    };
  });
  const numbered = groups.map((g, i) => ({ i, members: g.members.filter((m) => sentences[m]!.quantities.length) })).filter((g) => g.members.length);
  for (const [x, gx] of numbered.entries()) {
    for (const gy of numbered.slice(x + 1)) {
      const found = findConflict(gx.members, gy.members, sentences, source, opts);
      if (!found) continue;
      const [cx, cy] = [claims[gx.i]!, claims[gy.i]!];
      cx.conflictsWith.push(cy.id);
      cy.conflictsWith.push(cx.id);
      cx.conflicts.push({ ...found, claim: cy.id });
      cy.conflicts.push({
        claim: cx.id, about: found.about, value: found.otherValue, otherValue: found.value,
        evidence: found.otherEvidence, otherEvidence: found.evidence, article: found.otherArticle, otherArticle: found.article,
      });
    }
  }
  return claims;
}

/** The first pair of sentences from different sources whose figures clash. */
function findConflict(
  xs: readonly number[],
  ys: readonly number[],
  sentences: readonly FactSentence[],
  source: ReadonlyMap<string, string>,
  options: ClaimOptions,
): Omit<ClaimConflict, 'claim'> | null {
  for (const x of xs) {
    for (const y of ys) {
      const [sx, sy] = [sentences[x]!, sentences[y]!];
      if ((source.get(sx.article) ?? sx.article) === (source.get(sy.article) ?? sy.article)) continue;
      const hit = firstClash(sx.quantities, sy.quantities, options);
      if (hit) {
        return { about: hit.a.unit, value: hit.a.text, otherValue: hit.b.text, evidence: sx.text, otherEvidence: sy.text, article: sx.article, otherArticle: sy.article };
      }
    }
  }
  return null;
}

/** The claims of every event in the set, event by event. */
export function corpusClaims(set: EventSet, articles: readonly StoredArticle[], options: Partial<ClaimOptions> = {}): StoredClaim[] {
  return set.events.flatMap((e) => eventClaims(e, articles, set.assignments, options));
}

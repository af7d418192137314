import { ENTITY_TYPES, type EntityType, entitiesOf } from './tags.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

export interface NerScore {
  overall: Prf;
  byType: Record<EntityType, Prf>;
}

interface Counts {
  tp: number;
  gold: number;
  predicted: number;
}

function prf(c: Counts): Prf {
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: c.gold, predicted: c.predicted };
}

/**
 * Strict entity-level scores (exact span and type, as conlleval) over sentences of gold and
 * predicted tags. `types` limits scoring to some types (predictions of other types are ignored).
 */
export function scoreNer(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], types: readonly EntityType[] = ENTITY_TYPES): NerScore {
  const counts = new Map<EntityType, Counts>(ENTITY_TYPES.map((t) => [t, { tp: 0, gold: 0, predicted: 0 }]));
  for (const [i, g] of gold.entries()) {
    const p = predicted[i] ?? [];
    const ge = entitiesOf(g).filter((e) => types.includes(e.type));
    const pe = entitiesOf(p).filter((e) => types.includes(e.type));
    const key = (e: { from: number; to: number; type: string }): string => `${e.from}:${e.to}:${e.type}`;
    const goldKeys = new Set(ge.map(key));
    for (const e of ge) counts.get(e.type)!.gold++;
    for (const e of pe) {
      const c = counts.get(e.type)!;
      c.predicted++;
      if (goldKeys.has(key(e))) c.tp++;
    }
  }
  const total: Counts = { tp: 0, gold: 0, predicted: 0 };
  for (const c of counts.values()) {
    total.tp += c.tp;
    total.gold += c.gold;
    total.predicted += c.predicted;
  }
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(counts.get(t)!)])) as Record<EntityType, Prf>;
  return { overall: prf(total), byType };
}

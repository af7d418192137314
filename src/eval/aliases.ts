/**
 * Entity identity: precision and recall of "same entity" decisions (`sameEntity`) over the name pairs
 * in `test/fixtures/nlp/entity-aliases/pairs.json` (transliteration variants, titles, surnames; and
 * look-alikes that are different entities).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention } from '../core/document.js';
import { sameEntity } from '../entities/link.js';
import { REPO_ROOT } from './data.js';

export const ALIAS_PAIRS = join(REPO_ROOT, 'test', 'fixtures', 'nlp', 'entity-aliases', 'pairs.json');

interface Pair {
  a: string;
  b: string;
  type: EntityMention['type'];
  same: boolean;
}

export interface AliasScore {
  precision: number;
  recall: number;
  pairs: number;
  /** Pairs decided wrongly, for the report. */
  wrong: string[];
}

export function scoreAliases(path = ALIAS_PAIRS): AliasScore {
  const { pairs } = JSON.parse(readFileSync(path, 'utf8')) as { pairs: Pair[] };
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const wrong: string[] = [];
  for (const p of pairs) {
    const same = sameEntity(p.a, p.b, p.type);
    if (same) predicted++;
    if (p.same) gold++;
    if (same && p.same) tp++;
    if (same !== p.same) wrong.push(`${p.a} / ${p.b} (${p.same ? 'missed' : 'merged'})`);
  }
  return { precision: predicted ? tp / predicted : 0, recall: gold ? tp / gold : 0, pairs: pairs.length, wrong };
}

/**
 * Tag-set conventions aligned across training sets. CoNLL-2003, WikiGold, GMB (as mapped) and UNER's
 * OTH layer tag a nationality or demonym ("Russian", "Iraqis") as MISC; the Broad Twitter Corpus tags
 * many as LOC, WNUT-17 leaves them O, and CrossNER politics sometimes types them as country. Those
 * single-token demonyms become MISC here so the sets stop contradicting each other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledSentence } from './corpora.js';

/** Demonyms from the gazetteer's CIA Factbook list, with plurals ("Iraqi" -> "Iraqis"). */
export function readDemonyms(shared: string): Set<string> {
  const out = new Set<string>();
  const file = join(shared, 'train/ner/gazetteers/flat/demonyms.tsv');
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const d = line.split('\t')[0]?.trim();
    if (!d || d.includes(' ')) continue;
    out.add(d);
    if (!/(?:ese|ch|sh|ss)$/.test(d)) out.add(`${d}s`);
  }
  return out;
}

/**
 * The sentence with each demonym that stands alone (a one-token entity, or O) tagged B-MISC. Inside a
 * longer name ("Russian Federation", "British Airways") it is left alone.
 */
export function demonymsAsMisc(s: LabelledSentence, demonyms: ReadonlySet<string>): LabelledSentence {
  let tags: string[] | null = null;
  for (const [i, w] of s.words.entries()) {
    if (!demonyms.has(w)) continue;
    const t = s.tags[i]!;
    const next = s.tags[i + 1] ?? 'O';
    const alone = (t === 'O' || t.startsWith('B-')) && !next.startsWith('I-');
    if (!alone || t === 'B-MISC' || t === 'B-PER' || t === 'B-ORG') continue;
    tags ??= [...s.tags];
    tags[i] = 'B-MISC';
  }
  return tags ? { ...s, tags } : s;
}

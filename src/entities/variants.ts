/**
 * Whether two names are spellings of one name: the table of well-known variants
 * (`name-variants.json`: "Kiev" / "Kyiv"), then a spelling-insensitive comparison for the rest
 * (same consonant skeleton after folding transliteration digraphs, and a small edit distance).
 */
import { readFileSync } from 'node:fs';
import { editDistance, foldSpelling, skeleton } from './names.js';

/** Thresholds of the fuzzy comparison; each guards against a kind of false match named beside it. */
export interface VariantThresholds {
  /** Folded words shorter than this only match exactly or through the table ("Iran" / "Oman", "Kim" / "Kam"). */
  minFuzzyLength: number;
  /** Edit distance allowed between folded words shorter than `longFrom` ("Niger" / "Nigeria" is 2: kept apart). */
  maxDistanceShort: number;
  /** Edit distance allowed between longer folded words ("Zaporizhia" / "Zaporozhye"). */
  maxDistanceLong: number;
  longFrom: number;
}

export const VARIANT_DEFAULTS: VariantThresholds = { minFuzzyLength: 5, maxDistanceShort: 1, maxDistanceLong: 2, longFrom: 8 };

/** The well-known variants table: each variant -> its group's preferred form. */
export function loadVariantTable(url = new URL('../../src/entities/name-variants.json', import.meta.url)): Map<string, string> {
  const data = JSON.parse(readFileSync(url, 'utf8')) as { groups: string[][] };
  const table = new Map<string, string>();
  for (const g of data.groups) for (const v of g) table.set(v, g[0]!);
  return table;
}

/** A whole name with the table applied ("kiev" -> "kyiv"); words inside longer names are compared, not rewritten. */
export function canonicalName(name: string, table: ReadonlyMap<string, string>): string {
  return table.get(name) ?? name;
}

/**
 * Whether two words are spellings of one: one group of the table, equal once folded, or the same skeleton
 * within the edit-distance threshold. A feminine "-a" against a form without it ("Zelenska" /
 * "Zelensky", "Zakharova" / "Zakharov", "Maria" / "Mario") is a different person, never a variant.
 */
export function sameWord(a: string, b: string, table: ReadonlyMap<string, string>, t: VariantThresholds = VARIANT_DEFAULTS): boolean {
  if (a === b) return true;
  const ta = table.get(a);
  if (ta !== undefined && ta === table.get(b)) return true;
  const fa = foldSpelling(a);
  const fb = foldSpelling(b);
  if (fa.endsWith('a') !== fb.endsWith('a')) return false;
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < t.minFuzzyLength) return false;
  if (skeleton(fa) !== skeleton(fb)) return false;
  const limit = Math.max(fa.length, fb.length) >= t.longFrom ? t.maxDistanceLong : t.maxDistanceShort;
  return editDistance(fa, fb) <= limit;
}

/**
 * Whether two normalised, title-free names of one type are spellings of one name. For people, a
 * name with a middle name or with the surname alone matches the full one when first and last
 * names agree ("George W Bush" / "George Bush", "Zelenskiy" / "Volodymyr Zelensky").
 */
export function sameName(a: string, b: string, type: string, table: ReadonlyMap<string, string>, t: VariantThresholds = VARIANT_DEFAULTS): boolean {
  const ca = canonicalName(a, table);
  const cb = canonicalName(b, table);
  if (ca === cb) return true;
  const wa = ca.split(' ');
  const wb = cb.split(' ');
  if (wa.length === wb.length) return wa.every((w, i) => sameWord(w, wb[i]!, table, t));
  if (type !== 'PER') return false;
  const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
  if (!sameWord(short.at(-1)!, long.at(-1)!, table, t)) return false;
  return short.length === 1 || sameWord(short[0]!, long[0]!, table, t);
}

/** Bucket for candidate pairs: the skeleton of a name's last word, table-mapped (variants share it). */
export function bucketOf(name: string, table: ReadonlyMap<string, string>): string {
  const last = name.split(' ').at(-1) ?? name;
  return skeleton(foldSpelling(table.get(last) ?? last));
}

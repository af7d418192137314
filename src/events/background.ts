import { BACKGROUND_DF, BACKGROUND_DOCUMENTS } from './background-table.js';

/**
 * General-news document frequencies of the clusterer's keys, so a young stream can tell "said" and
 * "officials" from "Zakharova" and "Vladivostok". Built by `background-build.ts` from text we may
 * ship derived data from (see the table's header); the stream's own counts take over as it grows.
 */
export interface Background {
  /** Pseudo-documents the table was counted over. */
  documents: number;
  df: ReadonlyMap<string, number>;
}

let cached: Background | null = null;

/** The shipped table, parsed once. Format: one line per document frequency, `df<TAB>key key ...`. */
export function loadBackground(): Background {
  if (cached) return cached;
  const df = new Map<string, number>();
  for (const line of BACKGROUND_DF.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const n = Number(line.slice(0, tab));
    for (const key of line.slice(tab + 1).split(' ')) if (key) df.set(key, n);
  }
  return (cached = { documents: BACKGROUND_DOCUMENTS, df });
}

import { normaliseLine, words } from '../clean/features.js';
import type { StoredArticle } from '../store/store.js';

/** Only paragraphs this short can be page furniture; longer repeats are reporting (wire copy, updates). */
export const REPEATED_MAX_WORDS = 20;
/** A paragraph in at least this many distinct articles of one outlet is that outlet's boilerplate. */
export const REPEATED_MIN_ARTICLES = 3;
/** ...and in at least this share of the outlet's articles, so a busy outlet's shared quote is not caught. */
export const REPEATED_MIN_SHARE = 0.1;
/** Outlets with fewer articles than this give no repetition evidence. */
export const REPEATED_MIN_GROUP = 4;

export const REPEATED_REASON = 'repeated-boilerplate';

/** Articles from one outlet: its name, else the URL's host, else the folder the file came from. */
export function groupKey(a: StoredArticle): string {
  if (a.outlet) return `outlet:${a.outlet.toLowerCase()}`;
  if (a.url) {
    try {
      return `host:${new URL(a.url).host.replace(/^www\./, '')}`;
    } catch {
      // not a URL: fall through to the folder
    }
  }
  return `folder:${a.source.replace(/[\\/][^\\/]*$/, '')}`;
}

/**
 * Paragraphs that recur across many articles of the same outlet ("Follow us on ...", a site's
 * standing teaser) are boilerplate whatever they say. Returns, per article id, the paragraphs to remove.
 */
export function findRepeatedLines(articles: readonly StoredArticle[]): Map<string, Set<string>> {
  const groups = new Map<string, StoredArticle[]>();
  for (const a of articles) {
    const k = groupKey(a);
    groups.set(k, [...(groups.get(k) ?? []), a]);
  }
  const result = new Map<string, Set<string>>();
  for (const members of groups.values()) {
    if (members.length < REPEATED_MIN_GROUP) continue;
    const seenIn = new Map<string, Set<string>>();
    const distinctTexts = new Set(members.map((m) => m.textHash));
    for (const a of members) {
      const paragraphs = [...a.text.split('\n\n'), ...a.removed.filter((r) => r.reason === REPEATED_REASON).map((r) => r.text)];
      for (const p of paragraphs) {
        if (words(p).length > REPEATED_MAX_WORDS) continue;
        const key = normaliseLine(p);
        if (!key) continue;
        const ids = seenIn.get(key) ?? new Set<string>();
        ids.add(a.textHash);
        seenIn.set(key, ids);
      }
    }
    const threshold = Math.max(REPEATED_MIN_ARTICLES, Math.ceil(distinctTexts.size * REPEATED_MIN_SHARE));
    const repeated = new Set([...seenIn].filter(([, ids]) => ids.size >= threshold).map(([k]) => k));
    if (repeated.size === 0) continue;
    for (const a of members) {
      const hits = a.text.split('\n\n').filter((p) => repeated.has(normaliseLine(p)));
      if (hits.length) result.set(a.id, new Set(hits));
    }
  }
  return result;
}

/** The article with the given paragraphs moved from its text to `removed`. */
export function withoutParagraphs(a: StoredArticle, drop: ReadonlySet<string>): StoredArticle {
  const kept = a.text.split('\n\n').filter((p) => !drop.has(p));
  return {
    ...a,
    text: kept.join('\n\n'),
    removed: [...a.removed, ...[...drop].map((text) => ({ text, reason: REPEATED_REASON }))],
  };
}

import type { StoredArticle, StoredEvent } from '../store/store.js';

/** An article whose sentences are split at ". " (what the sentences stage gives for plain prose). */
export function sentenceArticle(id: string, outlet: string | null, sentences: readonly string[]): StoredArticle {
  const text = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s) => {
    const start = text.indexOf(s, at);
    at = start + s.length;
    return { start, end: at };
  });
  return {
    id, source: `${id}.txt`, url: null, title: null, outlet, authors: [], published: null, language: 'en', text,
    removed: [], textHash: id, notArticle: null, extra: {}, warnings: [], analysis: { sentences: spans },
  };
}

export const eventOf = (articles: readonly StoredArticle[]): StoredEvent => ({
  id: 'ev', title: null, date: null, storyline: 'sl', articles: articles.map((a) => a.id), summary: null,
});

/** A made-up event of `n` articles with `sentences` each, on overlapping topics: for tests and the bench. */
export function syntheticEvent(n: number, sentences: number): StoredArticle[] {
  const topics = ['budget', 'hospital', 'school', 'bridge', 'tax', 'police', 'river', 'airport', 'railway', 'harbour'];
  return Array.from({ length: n }, (_, i) =>
    sentenceArticle(`a${i}`, `Outlet ${i % 17}`, Array.from({ length: sentences }, (_, j) => {
      const t = topics[(i + j) % topics.length]!;
      return `Officials in the ${t} department said on Monday that ${(j % 7) + 2} new ${t} inspectors would start work in district ${j} after talks with minister ${i % 5}.`;
    })),
  );
}

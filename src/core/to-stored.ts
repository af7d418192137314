import type { ArticleDoc } from './document.js';
import type { StoredArticle } from '../store/store.js';

/** The stored (and exported) form of a processed document. */
export function toStored(doc: ArticleDoc): StoredArticle {
  const d = doc.data;
  return {
    id: d.id ?? doc.input.fallbackId,
    source: doc.source,
    url: d.url ?? null,
    title: d.title ?? null,
    outlet: d.outlet ?? null,
    authors: d.authors ?? [],
    published: d.published ?? null,
    language: d.language ?? null,
    text: d.text ?? '',
    removed: d.removed ?? [],
    textHash: d.textHash ?? '',
    notArticle: d.notArticle ?? null,
    extra: d.extra ?? {},
    warnings: doc.messages.filter((m) => m.severity !== 'info').map((m) => `${m.stage}: ${m.reason}`),
    analysis: {
      sentences: d.sentences ?? [],
      mentions: d.mentions ?? [],
      quotes: d.quotes ?? [],
      times: d.times ?? [],
      eventDate: d.eventDate ?? null,
    },
  };
}

import { EntityIndex, type EntityKey, type EntityRecord } from '../entities/link.js';
import { exportQuotes } from '../export/export.js';
import type { Store, StoredArticle } from '../store/store.js';
import { speakerResolver } from '../entities/speakers.js';

/** An article as lists and links show it. */
export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** A quote as the API shows it: the export contract's quote record with its article. */
export interface QuoteRecord {
  id: string;
  article: ArticleRef;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  /** The speaker after resolution (else as written), or null. */
  speaker: string | null;
  speakerAsWritten: string | null;
  /** The entity the speaker names, when it is a known person or organisation. */
  speakerEntity: EntityKey | null;
  cue: string | null;
  /** When it was said, as far as the article tells: its published date, else its event date. */
  date: string | null;
}

/**
 * What only the whole corpus can tell: merged entities, and each quote's speaker entity. Built in
 * one pass over the store, as the export builds its entities and quotes.
 */
export interface CorpusView {
  /** Every article as lists and links show it. */
  articles: Map<string, ArticleRef>;
  entities: Map<EntityKey, EntityRecord>;
  /** Each article's mention keys after corpus-level merging: entry `i` names mention `i`. */
  mentionKeys: Map<string, EntityKey[]>;
  /** Every quote, newest first (undated last). */
  quotes: QuoteRecord[];
  quotesByArticle: Map<string, QuoteRecord[]>;
  quotesByEntity: Map<EntityKey, QuoteRecord[]>;
}

export const articleRef = (a: StoredArticle): ArticleRef => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published });

/** Newest first, undated last; ties in article then text order. */
export function byDateDesc(a: QuoteRecord, b: QuoteRecord): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
  return a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : a.start - b.start;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function buildCorpusView(store: Store): Promise<CorpusView> {
  const index = new EntityIndex();
  const rawKeys = new Map<string, EntityKey[]>();
  const quotes: QuoteRecord[] = [];
  const articles = new Map<string, ArticleRef>();
  for await (const a of store.articles()) {
    rawKeys.set(a.id, index.add(a.id, a.analysis.mentions ?? [], a.text));
    const ref = articleRef(a);
    articles.set(a.id, ref);
    const date = a.published ?? a.analysis.eventDate ?? null;
    for (const q of exportQuotes(a, () => null)) {
      quotes.push({
        id: String(q['id']), article: ref, text: String(q['text']), start: Number(q['start']), end: Number(q['end']),
        direct: q['direct'] === true, speaker: (q['speaker'] as string | null) ?? null,
        speakerAsWritten: (q['speakerAsWritten'] as string | null) ?? null, speakerEntity: null,
        cue: (q['cue'] as string | null) ?? null, date,
      });
    }
  }
  const merged = index.resolve();
  const entities = new Map(index.entities().map((e) => [e.id, e]));
  const mentionKeys = new Map([...rawKeys].map(([id, keys]) => [id, keys.map((k) => merged.get(k) ?? k)]));
  const speakerEntity = speakerResolver(entities.values());
  quotes.sort(byDateDesc);
  const quotesByArticle = new Map<string, QuoteRecord[]>();
  const quotesByEntity = new Map<EntityKey, QuoteRecord[]>();
  for (const q of quotes) {
    q.speakerEntity = speakerEntity(q.speaker);
    push(quotesByArticle, q.article.id, q);
    if (q.speakerEntity) push(quotesByEntity, q.speakerEntity, q);
  }
  return { articles, entities, mentionKeys, quotes, quotesByArticle, quotesByEntity };
}

/**
 * The corpus view of a store, rebuilt only when the store's revision moves; requests arriving while
 * it is being built share the one build.
 */
export class CorpusCache {
  private current: { revision: string; view: Promise<CorpusView> } | null = null;

  constructor(private readonly store: Store) {}

  async get(): Promise<CorpusView> {
    const revision = await this.store.revision();
    if (this.current?.revision !== revision) {
      const view = buildCorpusView(this.store);
      const entry = { revision, view };
      this.current = entry;
      view.catch(() => {
        if (this.current === entry) this.current = null;
      });
    }
    return this.current.view;
  }
}

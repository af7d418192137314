import type { StoredArticle } from '../store.js';

/** An `articles` row as `pg` returns it (`json`/`jsonb` arrive parsed). */
export interface ArticleRow {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  language: string | null;
  text: string;
  removed: StoredArticle['removed'];
  text_hash: string;
  not_article: string | null;
  extra: Record<string, unknown>;
  warnings: string[];
  analysis: StoredArticle['analysis'];
}

/** Columns in the order of `toParams`; `::type` casts keep parameter types explicit. */
export const COLUMNS: readonly (readonly [name: string, type: string])[] = [
  ['id', 'text'], ['source', 'text'], ['url', 'text'], ['title', 'text'], ['outlet', 'text'],
  ['authors', 'jsonb'], ['published', 'text'], ['language', 'text'], ['text', 'text'],
  ['removed', 'jsonb'], ['text_hash', 'text'], ['not_article', 'text'], ['extra', 'json'],
  ['warnings', 'jsonb'], ['analysis', 'json'],
];

export const SELECT_COLUMNS = COLUMNS.map(([name]) => name).join(', ');

const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * PostgreSQL `text` cannot hold U+0000, so it is dropped (SQLite would keep it); lone surrogates
 * become U+FFFD on the way to UTF-8 in both backends. Applied to lookups as well as writes, so an id
 * that had a NUL still finds its article.
 */
export function pgText<T extends string | null>(value: T): T {
  return (typeof value === 'string' ? value.replace(NUL, '') : value) as T;
}

/** `jsonb` refuses `\u0000` and lone surrogates that `JSON.stringify` would write as escapes. */
function jsonbSafe(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
  if (Array.isArray(value)) return value.map(jsonbSafe);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [jsonbSafe(k), jsonbSafe(v)]));
  }
  return value;
}

const jsonb = (value: unknown) => JSON.stringify(jsonbSafe(value));

export function toParams(a: StoredArticle): unknown[] {
  return [
    pgText(a.id), pgText(a.source), pgText(a.url), pgText(a.title), pgText(a.outlet), jsonb(a.authors),
    pgText(a.published), pgText(a.language), pgText(a.text), jsonb(a.removed), pgText(a.textHash),
    pgText(a.notArticle), JSON.stringify(a.extra), jsonb(a.warnings), jsonb(a.analysis),
  ];
}

export function fromRow(r: ArticleRow): StoredArticle {
  return {
    id: r.id, source: r.source, url: r.url, title: r.title, outlet: r.outlet, authors: r.authors,
    published: r.published, language: r.language, text: r.text, removed: r.removed, textHash: r.text_hash,
    notArticle: r.not_article, extra: r.extra, warnings: r.warnings, analysis: r.analysis,
  };
}

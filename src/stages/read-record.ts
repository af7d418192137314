import type { ArticleData } from '../core/document.js';
import type { Stage } from '../core/stage.js';

/** Other names for contract fields, as feeds and scrapers commonly write them. */
const ALIASES: Record<string, readonly string[]> = {
  id: ['id', 'guid', 'uuid'],
  url: ['url', 'link', 'href'],
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'article'],
  html: ['html', 'raw_html', 'content_html'],
  published: ['published', 'date', 'pubDate', 'published_at', 'datePublished', 'publish_date'],
  outlet: ['outlet', 'source', 'site', 'site_name', 'publisher'],
  authors: ['authors', 'author', 'byline'],
  language: ['language', 'lang'],
};

function str(value: unknown): string | null {
  // NUL never belongs in text, and some stores (PostgreSQL) cannot hold it.
  if (typeof value === 'string') return value.trim() === '' ? null : value.replace(/\u0000/g, '');
  if (typeof value === 'number') return String(value);
  return null;
}

function authorList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => str(v) ?? str((v as { name?: unknown })?.name)).filter((v): v is string => v !== null);
  const s = str(value);
  return s ? s.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean) : [];
}

/** Maps a JSON record's fields onto the document; unknown fields are kept in `extra`. */
export const readRecord = (): Stage => ({
  name: 'read-record',
  run(doc) {
    const record = doc.input.record;
    if (doc.input.format !== 'record' || !record) return;
    const used = new Set<string>();
    const pick = (field: string): unknown => {
      for (const key of ALIASES[field] ?? [field]) {
        if (key in record && record[key] !== null && record[key] !== '') {
          used.add(key);
          return record[key];
        }
      }
      return undefined;
    };
    const data: ArticleData = doc.data;
    const id = str(pick('id'));
    if (id) data.id = id;
    data.url = str(pick('url'));
    data.title = str(pick('title'));
    data.published = str(pick('published'));
    data.outlet = str(pick('outlet'));
    data.language = str(pick('language'));
    const authors = authorList(pick('authors'));
    if (authors.length) data.authors = authors;
    const html = str(pick('html'));
    const text = str(pick('text'));
    if (text) {
      data.raw = text;
      data.contentType = /^\s*<(!doctype|html|p|div|article)\b/i.test(text) ? 'html' : 'text';
    } else if (html) {
      data.raw = html;
      data.contentType = 'html';
    } else {
      throw new Error('record has no text or html field');
    }
    data.extra = Object.fromEntries(Object.entries(record).filter(([k]) => !used.has(k)));
  },
});

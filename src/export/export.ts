import type { Writable } from 'node:stream';
import type { Store, StoredArticle } from '../store/store.js';

export type ExportFormat = 'json' | 'jsonl';

/** The collections of the export contract, in order. Later stages fill the ones after `articles`. */
export const COLLECTIONS = ['articles', 'events', 'storylines', 'entities', 'quotes', 'claims'] as const;

/** An article as the export contract shows it. */
export function exportArticle(a: StoredArticle): Record<string, unknown> {
  return {
    id: a.id, source: a.source, url: a.url, title: a.title, outlet: a.outlet, authors: a.authors,
    published: a.published, language: a.language, text: a.text, removed: a.removed,
    notArticle: a.notArticle, warnings: a.warnings, extra: a.extra,
  };
}

function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', done);
      out.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    out.on('drain', done);
    out.on('error', done);
  });
}

/**
 * Streams the store to `out`. `json`: one object with the contract's arrays;
 * `jsonl`: one object per line with a `kind` field. Returns the number of articles written.
 */
export async function exportCorpus(store: Store, format: ExportFormat, out: Writable): Promise<number> {
  let n = 0;
  if (format === 'jsonl') {
    for await (const a of store.articles()) {
      await write(out, `${JSON.stringify({ kind: 'article', ...exportArticle(a) })}\n`);
      n++;
    }
    return n;
  }
  await write(out, '{"articles":[');
  for await (const a of store.articles()) {
    await write(out, `${n === 0 ? '\n' : ',\n'}${JSON.stringify(exportArticle(a))}`);
    n++;
  }
  await write(out, `${n ? '\n' : ''}]`);
  for (const c of COLLECTIONS.slice(1)) await write(out, `,"${c}":[]`);
  await write(out, '}\n');
  return n;
}

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { InputMark, PutResult, Store, StoredArticle } from '../store.js';
import { MIGRATIONS } from './migrations.js';

export interface SqliteStoreOptions {
  /** Database file; `:memory:` for a throw-away store. */
  path: string;
}

interface ArticleRow {
  key: number;
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  authors: string;
  published: string | null;
  language: string | null;
  text: string;
  removed: string;
  text_hash: string;
  not_article: string | null;
  extra: string;
  warnings: string;
  analysis: string;
}

const COLUMNS =
  'id, source, url, title, outlet, authors, published, language, text, removed, text_hash, not_article, extra, warnings, analysis, updated_at';

function toRow(a: StoredArticle): unknown[] {
  return [
    a.id, a.source, a.url, a.title, a.outlet, JSON.stringify(a.authors), a.published, a.language,
    a.text, JSON.stringify(a.removed), a.textHash, a.notArticle, JSON.stringify(a.extra),
    JSON.stringify(a.warnings), JSON.stringify(a.analysis), new Date().toISOString(),
  ];
}

function fromRow(r: ArticleRow): StoredArticle {
  return {
    id: r.id, source: r.source, url: r.url, title: r.title, outlet: r.outlet,
    authors: JSON.parse(r.authors) as string[], published: r.published, language: r.language,
    text: r.text, removed: JSON.parse(r.removed) as StoredArticle['removed'], textHash: r.text_hash,
    notArticle: r.not_article, extra: JSON.parse(r.extra) as Record<string, unknown>,
    warnings: JSON.parse(r.warnings) as string[], analysis: JSON.parse(r.analysis) as StoredArticle['analysis'],
  };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (version <= current) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString());
    })();
  });
}

/** Opens (creating and migrating as needed) an embedded SQLite store. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  // WAL keeps readers going during a write and, with synchronous=NORMAL, stays consistent after a kill.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const byId = db.prepare('SELECT key, id FROM articles WHERE id = ?');
  const byUrl = db.prepare('SELECT key, id FROM articles WHERE url = ? ORDER BY key LIMIT 1');
  const byHash = db.prepare('SELECT key, id FROM articles WHERE text_hash = ? ORDER BY key LIMIT 1');
  const insert = db.prepare(`INSERT INTO articles (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})`);
  const update = db.prepare(
    `UPDATE articles SET ${COLUMNS.split(', ').filter((c) => c !== 'id').map((c) => `${c} = ?`).join(', ')} WHERE key = ?`,
  );
  const markInput = db.prepare(
    'INSERT INTO inputs (source, hash, articles, done_at) VALUES (?, ?, ?, ?) ' +
      'ON CONFLICT(source) DO UPDATE SET hash = excluded.hash, articles = excluded.articles, done_at = excluded.done_at',
  );
  const inputDone = db.prepare('SELECT 1 FROM inputs WHERE source = ? AND hash = ?');
  const metaGet = db.prepare('SELECT value FROM meta WHERE key = ?');
  const metaSet = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const metaDelete = db.prepare('DELETE FROM meta WHERE key = ?');

  const put = db.transaction((articles: readonly StoredArticle[], inputs: readonly InputMark[]): PutResult => {
    const result: PutResult = { inserted: 0, updated: 0 };
    for (const a of articles) {
      const match = (byId.get(a.id) ?? (a.url ? byUrl.get(a.url) : undefined) ?? byHash.get(a.textHash)) as
        | { key: number; id: string }
        | undefined;
      if (match) {
        update.run(...toRow(a).slice(1), match.key);
        result.updated += 1;
      } else {
        insert.run(...toRow(a));
        result.inserted += 1;
      }
    }
    const now = new Date().toISOString();
    for (const m of inputs) markInput.run(m.source, m.hash, m.articles, now);
    return result;
  });

  return {
    kind: 'sqlite',
    async putBatch(articles, inputs) {
      return put(articles, inputs);
    },
    async isInputDone(source, hash) {
      return inputDone.get(source, hash) !== undefined;
    },
    async getArticle(id) {
      const row = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
      return row ? fromRow(row) : null;
    },
    async getMeta(key) {
      return (metaGet.get(key) as { value: string } | undefined)?.value ?? null;
    },
    async setMeta(key, value) {
      if (value === null) metaDelete.run(key);
      else metaSet.run(key, value);
    },
    async countArticles() {
      return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    },
    async *articles() {
      const page = db.prepare('SELECT * FROM articles WHERE key > ? ORDER BY key LIMIT 500');
      let after = 0;
      for (;;) {
        const rows = page.all(after) as ArticleRow[];
        if (rows.length === 0) return;
        for (const r of rows) yield fromRow(r);
        after = rows[rows.length - 1]!.key;
      }
    },
    async close() {
      db.close();
    },
  };
}

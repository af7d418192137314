import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ArticleQuery, EventSet, InputMark, PutResult, Store, StoredArticle, StoredClaim, ValueCount } from '../store.js';
import { searchWords } from '../search.js';
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

/** Most values listed per column in `stats()`. */
const STATS_VALUES = 200;

/** The WHERE clause and its parameters for `listArticles`. */
function articleFilter(q: ArticleQuery): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const words = searchWords(q.q);
  if (words.length) {
    // Each word quoted: FTS5 reads it as a plain term, never as query syntax.
    clauses.push('key IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
    params.push(words.map((w) => `"${w}"`).join(' '));
  }
  const where = (clause: string, value: string | undefined) => {
    if (value === undefined) return;
    clauses.push(clause);
    params.push(value);
  };
  where('outlet = ?', q.outlet);
  where('language = ?', q.language);
  where('substr(published, 1, 10) >= ?', q.from);
  where('substr(published, 1, 10) <= ?', q.to);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
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
  const valueCounts = (column: 'outlet' | 'language') =>
    db.prepare(
      `SELECT ${column} AS value, COUNT(*) AS count FROM articles WHERE ${column} IS NOT NULL ` +
        `GROUP BY ${column} ORDER BY count DESC, value LIMIT ${STATS_VALUES}`,
    );
  const outletCounts = valueCounts('outlet');
  const languageCounts = valueCounts('language');
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  // data_version moves when another connection commits; our own commits are counted here.
  let ownCommits = 0;

  const replaceEvents = db.transaction((set: EventSet) => {
    db.exec('DELETE FROM events; DELETE FROM storylines; DELETE FROM assignments;');
    const ev = db.prepare('INSERT INTO events (id, title, date, storyline, articles, summary) VALUES (?, ?, ?, ?, ?, ?)');
    const sl = db.prepare('INSERT INTO storylines (id, title, events) VALUES (?, ?, ?)');
    const as = db.prepare('INSERT INTO assignments (article, event, storyline, copy_of, score) VALUES (?, ?, ?, ?, ?)');
    for (const e of set.events) ev.run(e.id, e.title, e.date, e.storyline, JSON.stringify(e.articles), e.summary);
    for (const s of set.storylines) sl.run(s.id, s.title, JSON.stringify(s.events));
    for (const a of set.assignments) as.run(a.article, a.event, a.storyline, a.copyOf, a.score);
  });

  const replaceClaims = db.transaction((claims: readonly StoredClaim[]) => {
    db.exec('DELETE FROM claims');
    const insert = db.prepare('INSERT INTO claims (id, event, position, data) VALUES (?, ?, ?, ?)');
    claims.forEach((c, i) => insert.run(c.id, c.event, i, JSON.stringify(c)));
  });

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
      const result = put(articles, inputs);
      ownCommits += 1;
      return result;
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
    async listArticles(query) {
      const { where, params } = articleFilter(query);
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM articles ${where}`).get(...params) as { n: number }).n;
      const rows = db
        .prepare(`SELECT * FROM articles ${where} ORDER BY published IS NULL, published DESC, key DESC LIMIT ? OFFSET ?`)
        .all(...params, query.limit, query.offset) as ArticleRow[];
      return { total, articles: rows.map(fromRow) };
    },
    async stats() {
      const row = db.prepare('SELECT COUNT(*) AS n, MIN(published) AS first, MAX(published) AS last FROM articles').get() as {
        n: number;
        first: string | null;
        last: string | null;
      };
      return {
        articles: row.n,
        outlets: outletCounts.all() as ValueCount[],
        languages: languageCounts.all() as ValueCount[],
        firstPublished: row.first,
        lastPublished: row.last,
      };
    },
    async revision() {
      return `${String(dataVersion.get())}.${ownCommits}`;
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
    async replaceEvents(set) {
      replaceEvents(set);
      ownCommits += 1;
    },
    async eventSet() {
      type E = { id: string; title: string | null; date: string | null; storyline: string; articles: string; summary: string | null };
      type S = { id: string; title: string | null; events: string };
      type A = { article: string; event: string; storyline: string; copy_of: string | null; score: number };
      const events = (db.prepare('SELECT * FROM events ORDER BY date IS NULL, date, id').all() as E[]).map((e) => ({ ...e, articles: JSON.parse(e.articles) as string[] }));
      const storylines = (db.prepare('SELECT * FROM storylines ORDER BY id').all() as S[]).map((s) => ({ ...s, events: JSON.parse(s.events) as string[] }));
      const assignments = (db.prepare('SELECT * FROM assignments ORDER BY article').all() as A[]).map((a) => ({
        article: a.article, event: a.event, storyline: a.storyline, copyOf: a.copy_of, score: a.score,
      }));
      return { events, storylines, assignments };
    },
    async replaceClaims(claims) {
      replaceClaims(claims);
      ownCommits += 1;
    },
    async claims(event) {
      const rows = (event === undefined
        ? db.prepare('SELECT data FROM claims ORDER BY position').all()
        : db.prepare('SELECT data FROM claims WHERE event = ? ORDER BY position').all(event)) as { data: string }[];
      return rows.map((r) => JSON.parse(r.data) as StoredClaim);
    },
    async close() {
      db.close();
    },
  };
}

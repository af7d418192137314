import pg from 'pg';
import type { ArticleQuery, PutResult, Store, StoredClaim, ValueCount } from '../store.js';
import { searchWords } from '../search.js';
import { lockKey, migrate, quoteIdent } from './migrate.js';
import { COLUMNS, SELECT_COLUMNS, fromRow, pgText, toParams, type ArticleRow } from './rows.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`; a `?schema=name` parameter picks the schema. */
  url: string;
  /** Schema holding the tables, created when missing. Default: the URL's `schema`, else `public`. */
  schema?: string;
}

/** Rows per page when streaming `articles()`, as in the SQLite backend. */
const PAGE_SIZE = 500;
/** Connections kept by the pool: one writer plus readers is all the engine uses. */
const POOL_SIZE = 4;

/** Most values listed per column in `stats()`, as in the SQLite backend. */
const STATS_VALUES = 200;

/** The WHERE clause and its parameters for `listArticles`. */
function articleFilter(q: ArticleQuery): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const where = (clause: (p: string) => string, value: string | undefined) => {
    if (value === undefined) return;
    params.push(pgText(value));
    clauses.push(clause(`$${params.length}::text`));
  };
  const words = searchWords(q.q);
  // plainto_tsquery ANDs the words and reads nothing in them as syntax.
  if (words.length) where((p) => `search @@ plainto_tsquery('simple', ${p})`, words.join(' '));
  where((p) => `outlet = ${p}`, q.outlet);
  where((p) => `language = ${p}`, q.language);
  where((p) => `left(published, 10) >= ${p}`, q.from);
  where((p) => `left(published, 10) <= ${p}`, q.to);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The URL with its password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

function connection(options: PostgresStoreOptions): { connectionString: string; schema: string } {
  const url = new URL(options.url);
  const fromUrl = url.searchParams.get('schema');
  if (fromUrl === null) return { connectionString: options.url, schema: options.schema ?? 'public' };
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), schema: options.schema ?? fromUrl };
}

function statements(schema: string) {
  const articles = `${quoteIdent(schema)}.articles`;
  const param = (i: number) => `$${i + 1}::${COLUMNS[i]![1]}`;
  const names = COLUMNS.map(([name]) => name);
  // One statement per article: find the match (id, else url, else text hash; first stored wins),
  // then update it in place keeping its id, or insert.
  const upsert = `
    WITH match AS (
      SELECT key FROM ${articles}
      WHERE id = $1::text OR url = $3::text OR text_hash = $11::text
      ORDER BY CASE WHEN id = $1::text THEN 0 WHEN url = $3::text THEN 1 ELSE 2 END, key
      LIMIT 1
    ), updated AS (
      UPDATE ${articles} AS a
      SET ${names.slice(1).map((n, i) => `${n} = ${param(i + 1)}`).join(', ')}, updated_at = now()
      FROM match WHERE a.key = match.key
      RETURNING 1
    ), inserted AS (
      INSERT INTO ${articles} (${names.join(', ')}, updated_at)
      SELECT ${names.map((_, i) => param(i)).join(', ')}, now()
      WHERE NOT EXISTS (SELECT 1 FROM match)
      RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM inserted) AS inserted`;
  return {
    upsert,
    markInput:
      `INSERT INTO ${quoteIdent(schema)}.inputs (source, hash, articles, done_at) VALUES ($1, $2, $3, now()) ` +
      'ON CONFLICT (source) DO UPDATE SET hash = excluded.hash, articles = excluded.articles, done_at = excluded.done_at',
    inputDone: `SELECT 1 FROM ${quoteIdent(schema)}.inputs WHERE source = $1 AND hash = $2`,
    get: `SELECT ${SELECT_COLUMNS} FROM ${articles} WHERE id = $1`,
    count: `SELECT count(*) AS n FROM ${articles}`,
    metaGet: `SELECT value FROM ${quoteIdent(schema)}.meta WHERE key = $1`,
    metaSet: `INSERT INTO ${quoteIdent(schema)}.meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    metaDelete: `DELETE FROM ${quoteIdent(schema)}.meta WHERE key = $1`,
    list: (where: string, first: number) =>
      `SELECT ${SELECT_COLUMNS} FROM ${articles} ${where} ORDER BY published COLLATE "C" DESC NULLS LAST, key DESC ` +
      `LIMIT $${first}::bigint OFFSET $${first + 1}::bigint`,
    listCount: (where: string) => `SELECT count(*) AS n FROM ${articles} ${where}`,
    valueCounts: (column: 'outlet' | 'language') =>
      `SELECT ${column} AS value, count(*)::int AS count FROM ${articles} WHERE ${column} IS NOT NULL ` +
      `GROUP BY ${column} ORDER BY count DESC, ${column} COLLATE "C" LIMIT ${STATS_VALUES}`,
    span: `SELECT count(*) AS n, min(published) AS first, max(published) AS last FROM ${articles}`,
    revision: `SELECT count(*) AS n, max(updated_at)::text AS at,
      (SELECT value FROM ${quoteIdent(schema)}.meta WHERE key = 'events-replaced-at') AS ev FROM ${articles}`,
    page: `SELECT key, ${SELECT_COLUMNS} FROM ${articles} WHERE key > $1::bigint ORDER BY key LIMIT ${PAGE_SIZE}`,
  };
}

/** Runs `fn` in a transaction opened by `begin` (statements sent in one round trip). */
async function inTransaction<T>(pool: pg.Pool, begin: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    const broken = await client.query('ROLLBACK').then(() => false, () => true);
    client.release(broken);
    throw error;
  }
}

/**
 * Opens (creating and migrating as needed) a store in a PostgreSQL schema.
 *
 * @example
 *   const store = await openPostgresStore({ url: 'postgres://localhost/news', schema: 'corroborate' });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const { connectionString, schema } = connection(options);
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE, application_name: 'corroborate' });
  // An idle connection the server dropped: the pool discards it and the next query opens (or fails
  // to open, and reports) a new one.
  pool.on('error', () => undefined);
  let writeLock: bigint;
  try {
    await migrate(pool, schema);
    const { rows } = await pool.query<{ id: string }>('SELECT hashtextextended($1, 0)::text AS id', [lockKey('write', schema)]);
    writeLock = BigInt(rows[0]?.id ?? 0);
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the PostgreSQL store at ${redactUrl(options.url)} (schema ${schema}): ${reason}`, { cause: error });
  }
  const sql = statements(schema);
  const beginWrite = [
    // READ COMMITTED whatever the server default: each statement must see what the writer before us
    // committed while we waited for the lock (a REPEATABLE READ snapshot, taken at the lock, would not).
    'BEGIN ISOLATION LEVEL READ COMMITTED',
    `SELECT pg_advisory_xact_lock(${writeLock})`,
    // The SQLite store's durability (WAL, synchronous=NORMAL): a server crash may lose the last
    // moments of commits, never half a batch; a re-run redoes them, as their inputs were not marked.
    'SET LOCAL synchronous_commit = off',
  ].join('; ');
  let closed = false;

  return {
    kind: 'postgres',
    /**
     * Concurrency: every batch first takes a transaction-scoped advisory lock for this schema, so
     * writers to one store take turns and the id/url/hash lookups see every committed row; two
     * processes upserting the same article cannot both insert it. Not `INSERT ... ON CONFLICT`: url
     * and text hash are not unique (an update may give two rows one url), so no constraint states the
     * identity rule; not row locks: they cannot lock a row that does not exist yet. The unique index
     * on `id` stays as a backstop (a conflicting writer that bypasses the lock fails, it does not
     * duplicate). Keys are drawn under the lock, so key order is commit order and `articles()`
     * paging by key never skips a late commit. Readers never wait.
     */
    async putBatch(articles, inputs) {
      return inTransaction(pool, beginWrite, async (client) => {
        const result: PutResult = { inserted: 0, updated: 0 };
        for (const a of articles) {
          const { rows } = await client.query<{ inserted: boolean }>({ name: 'corroborate_upsert', text: sql.upsert, values: toParams(a) });
          if (rows[0]?.inserted) result.inserted += 1;
          else result.updated += 1;
        }
        for (const m of inputs) await client.query(sql.markInput, [pgText(m.source), pgText(m.hash), m.articles]);
        return result;
      });
    },
    async isInputDone(source, hash) {
      return ((await pool.query(sql.inputDone, [pgText(source), pgText(hash)])).rowCount ?? 0) > 0;
    },
    async getArticle(id) {
      const { rows } = await pool.query<ArticleRow>(sql.get, [pgText(id)]);
      return rows[0] ? fromRow(rows[0]) : null;
    },
    async getMeta(key) {
      const { rows } = await pool.query<{ value: string }>(sql.metaGet, [pgText(key)]);
      return rows[0]?.value ?? null;
    },
    async setMeta(key, value) {
      if (value === null) await pool.query(sql.metaDelete, [pgText(key)]);
      else await pool.query(sql.metaSet, [pgText(key), pgText(value)]);
    },
    async replaceEvents(set) {
      const s = quoteIdent(schema);
      await inTransaction(pool, beginWrite, async (client) => {
        await client.query(`DELETE FROM ${s}.events; DELETE FROM ${s}.storylines; DELETE FROM ${s}.assignments`);
        await client.query(
          `INSERT INTO ${s}.meta (key, value) VALUES ('events-replaced-at', clock_timestamp()::text) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        );
        for (const e of set.events) {
          await client.query(`INSERT INTO ${s}.events (id, title, date, storyline, articles, summary) VALUES ($1, $2, $3, $4, $5::json, $6)`,
            [pgText(e.id), pgText(e.title), pgText(e.date), pgText(e.storyline), JSON.stringify(e.articles), pgText(e.summary)]);
        }
        for (const l of set.storylines) {
          await client.query(`INSERT INTO ${s}.storylines (id, title, events) VALUES ($1, $2, $3::json)`, [pgText(l.id), pgText(l.title), JSON.stringify(l.events)]);
        }
        for (const a of set.assignments) {
          await client.query(`INSERT INTO ${s}.assignments (article, event, storyline, copy_of, score) VALUES ($1, $2, $3, $4, $5)`,
            [pgText(a.article), pgText(a.event), pgText(a.storyline), pgText(a.copyOf), a.score]);
        }
      });
    },
    async eventSet() {
      const s = quoteIdent(schema);
      const events = await pool.query<{ id: string; title: string | null; date: string | null; storyline: string; articles: string[]; summary: string | null }>(
        `SELECT id, title, date, storyline, articles, summary FROM ${s}.events ORDER BY date IS NULL, date COLLATE "C", id COLLATE "C"`);
      const storylines = await pool.query<{ id: string; title: string | null; events: string[] }>(`SELECT id, title, events FROM ${s}.storylines ORDER BY id COLLATE "C"`);
      const assignments = await pool.query<{ article: string; event: string; storyline: string; copy_of: string | null; score: number }>(
        `SELECT article, event, storyline, copy_of, score FROM ${s}.assignments ORDER BY article COLLATE "C"`);
      return {
        events: events.rows,
        storylines: storylines.rows,
        assignments: assignments.rows.map((a) => ({ article: a.article, event: a.event, storyline: a.storyline, copyOf: a.copy_of, score: a.score })),
      };
    },
    async replaceClaims(claims) {
      const s = quoteIdent(schema);
      await inTransaction(pool, beginWrite, async (client) => {
        await client.query(`DELETE FROM ${s}.claims`);
        for (const [i, c] of claims.entries()) {
          await client.query(`INSERT INTO ${s}.claims (id, event, position, data) VALUES ($1, $2, $3, $4::json)`,
            [pgText(c.id), pgText(c.event), i, JSON.stringify(c)]);
        }
      });
    },
    async claims(event) {
      const s = quoteIdent(schema);
      const { rows } = event === undefined
        ? await pool.query<{ data: StoredClaim }>(`SELECT data FROM ${s}.claims ORDER BY position`)
        : await pool.query<{ data: StoredClaim }>(`SELECT data FROM ${s}.claims WHERE event = $1 ORDER BY position`, [pgText(event)]);
      return rows.map((r) => r.data);
    },
    async countArticles() {
      const { rows } = await pool.query<{ n: string }>(sql.count);
      return Number(rows[0]?.n ?? 0);
    },
    async listArticles(query) {
      const { where, params } = articleFilter(query);
      const [count, page] = await Promise.all([
        pool.query<{ n: string }>(sql.listCount(where), params),
        pool.query<ArticleRow>(sql.list(where, params.length + 1), [...params, query.limit, query.offset]),
      ]);
      return { total: Number(count.rows[0]?.n ?? 0), articles: page.rows.map(fromRow) };
    },
    async stats() {
      const [span, outlets, languages] = await Promise.all([
        pool.query<{ n: string; first: string | null; last: string | null }>(sql.span),
        pool.query<ValueCount>(sql.valueCounts('outlet')),
        pool.query<ValueCount>(sql.valueCounts('language')),
      ]);
      const row = span.rows[0];
      return {
        articles: Number(row?.n ?? 0), outlets: outlets.rows, languages: languages.rows,
        firstPublished: row?.first ?? null, lastPublished: row?.last ?? null,
      };
    },
    async revision() {
      const { rows } = await pool.query<{ n: string; at: string | null; ev: string | null }>(sql.revision);
      return `${rows[0]?.n ?? 0}.${rows[0]?.at ?? ''}.${rows[0]?.ev ?? ''}`;
    },
    async *articles() {
      let after = '0';
      for (;;) {
        const { rows } = await pool.query<ArticleRow & { key: string }>(sql.page, [after]);
        for (const r of rows) yield fromRow(r);
        const last = rows.at(-1);
        if (!last || rows.length < PAGE_SIZE) return;
        after = last.key;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

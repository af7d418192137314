import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { article, runStoreSuite } from '../store.case.js';
import { openPostgresStore } from './index.js';
import { MIGRATIONS } from './migrations.js';
import { TEST_URL, dropSchema, openTestStore, serverSkip, uniqueSchema } from './testing.js';

const skip = await serverSkip();

runStoreSuite({ name: 'postgres', open: () => openTestStore(), skip });

/** A test on its own schema, dropped afterwards; `sql` queries it directly. */
function pgTest(title: string, fn: (schema: string, sql: (text: string, values?: unknown[]) => Promise<pg.QueryResult>) => Promise<void>) {
  test(`postgres: ${title}`, { skip: skip ?? false }, async () => {
    const schema = uniqueSchema();
    const client = new pg.Client({ connectionString: TEST_URL });
    await client.connect();
    try {
      await client.query(`SET search_path TO "${schema}"`);
      await fn(schema, (text, values) => client.query(text, values));
    } finally {
      await client.end();
      await dropSchema(schema);
    }
  });
}

pgTest('reopening keeps data and does not re-run migrations', async (schema, sql) => {
  const s1 = await openPostgresStore({ url: TEST_URL, schema });
  await s1.putBatch([article()], []);
  await s1.close();
  const s2 = await openPostgresStore({ url: TEST_URL, schema });
  assert.equal(await s2.countArticles(), 1);
  await s2.close();
  assert.equal((await sql('SELECT * FROM schema_migrations')).rowCount, MIGRATIONS.length);
});

pgTest('two processes opening a new store at once both migrate it, once', async (_schema, sql) => {
  const schema = _schema;
  const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ url: TEST_URL, schema })));
  for (const s of stores) await s.close();
  assert.equal((await sql('SELECT * FROM schema_migrations')).rowCount, MIGRATIONS.length);
});

pgTest('concurrent batches of the same article from two connections end in one row', async (schema, sql) => {
  const [s1, s2] = await Promise.all([openPostgresStore({ url: TEST_URL, schema }), openPostgresStore({ url: TEST_URL, schema })]);
  try {
    const rounds = 20;
    let inserted = 0;
    for (let i = 0; i < rounds; i += 1) {
      // Same id in one round, same text under two ids in the next: only the lock guards the latter.
      const a = article({ id: `x${i}`, textHash: `h${i}` });
      const b = i % 2 === 0 ? a : article({ id: `y${i}`, textHash: `h${i}`, title: 'Other' });
      const results = await Promise.all([s1.putBatch([a], []), s2.putBatch([b], [])]);
      inserted += results.reduce((n, r) => n + r.inserted, 0);
    }
    assert.equal(inserted, rounds);
    assert.equal(await s1.countArticles(), rounds);
    assert.equal((await sql('SELECT text_hash FROM articles GROUP BY text_hash HAVING count(*) > 1')).rowCount, 0);
  } finally {
    await Promise.all([s1.close(), s2.close()]);
  }
});

pgTest('a NUL character, which PostgreSQL text cannot hold, is dropped and the batch is stored', async (schema) => {
  const store = await openPostgresStore({ url: TEST_URL, schema });
  try {
    const a = article({ id: 'n\u00001', title: 'T\u0000', authors: ['A\u0000 B'], extra: { k: 'a\u0000b', s: '\ud800' } });
    assert.deepEqual(await store.putBatch([a], [{ source: 's\u0000', hash: 'x', articles: 1 }]), { inserted: 1, updated: 0 });
    const got = await store.getArticle('n\u00001');
    assert.equal(got?.id, 'n1');
    assert.equal(got?.title, 'T');
    assert.deepEqual(got?.authors, ['A B']);
    assert.deepEqual(got?.extra, { k: 'a\u0000b', s: '\ud800' }, 'extra is json and keeps them');
    assert.equal(await store.isInputDone('s\u0000', 'x'), true);
  } finally {
    await store.close();
  }
});

pgTest('the search column finds title and text words, and a huge text still stores', async (schema, sql) => {
  const store = await openPostgresStore({ url: TEST_URL, schema });
  try {
    const words = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    await store.putBatch([
      article({ title: 'Budget vote', text: 'Parliament approved the plan.' }),
      article({ id: 'big', textHash: 'big', title: null, text: words }),
    ], []);
    const hits = await sql("SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', $1) ORDER BY key", ['budget']);
    assert.deepEqual(hits.rows, [{ id: 'a1' }]);
    assert.equal((await sql("SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', 'parliament')")).rowCount, 1);
    assert.equal((await store.getArticle('big'))?.text, words);
  } finally {
    await store.close();
  }
});

pgTest('a ?schema= parameter in the URL picks the schema', async (schema, sql) => {
  const url = new URL(TEST_URL);
  url.searchParams.set('schema', schema);
  const store = await openPostgresStore({ url: url.toString() });
  await store.putBatch([article()], []);
  await store.close();
  assert.equal((await sql('SELECT id FROM articles')).rowCount, 1);
});

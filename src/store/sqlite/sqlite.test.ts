import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreSuite, article } from '../store.case.js';
import { openSqliteStore } from './index.js';

runStoreSuite({ name: 'sqlite', open: () => openSqliteStore({ path: ':memory:' }), skip: null });

test('sqlite: reopening a file keeps data and does not re-run migrations', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'corr-')), 'x.db');
  const s1 = await openSqliteStore({ path });
  await s1.putBatch([article()], []);
  await s1.close();
  const s2 = await openSqliteStore({ path });
  assert.equal(await s2.countArticles(), 1);
  await s2.close();
});

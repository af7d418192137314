import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, StoredArticle } from './store.js';

/** How a backend's test file plugs into the shared suite. */
export interface StoreSuiteOptions {
  name: string;
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** A reason to skip the whole suite (say why), or null. */
  skip: string | null;
}

export function article(overrides: Partial<StoredArticle> = {}): StoredArticle {
  return {
    id: 'a1', source: 'a1.txt', url: null, title: 'Title', outlet: null, authors: [],
    published: null, language: 'en', text: 'Body text.', removed: [], textHash: 'h1',
    notArticle: null, extra: {}, warnings: [], ...overrides,
  };
}

/** The one suite every storage backend must pass. */
export function runStoreSuite({ name, open, skip }: StoreSuiteOptions): void {
  const t = (title: string, fn: (store: Store) => Promise<void>) =>
    test(`${name}: ${title}`, { skip: skip ?? false }, async () => {
      const store = await open();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });

  t('stores and reads back every field', async (store) => {
    const a = article({
      authors: ['Ann Lee'], published: '2026-01-08', removed: [{ text: 'Also read', reason: 'promo' }],
      extra: { section: 'World' }, warnings: ['w'], url: 'https://x.test/a', outlet: 'X',
    });
    assert.deepEqual(await store.putBatch([a], []), { inserted: 1, updated: 0 });
    assert.deepEqual(await store.getArticle('a1'), a);
    assert.equal(await store.getArticle('missing'), null);
  });

  t('same id updates in place', async (store) => {
    await store.putBatch([article()], []);
    const r = await store.putBatch([article({ title: 'New', textHash: 'h2' })], []);
    assert.deepEqual(r, { inserted: 0, updated: 1 });
    assert.equal(await store.countArticles(), 1);
    assert.equal((await store.getArticle('a1'))?.title, 'New');
  });

  t('same url or same text updates, keeping the stored id', async (store) => {
    await store.putBatch([article({ url: 'https://x.test/a' })], []);
    await store.putBatch([article({ id: 'b', url: 'https://x.test/a', textHash: 'other' })], []);
    await store.putBatch([article({ id: 'c', textHash: 'other', title: 'By text' })], []);
    assert.equal(await store.countArticles(), 1);
    assert.equal((await store.getArticle('a1'))?.title, 'By text');
    assert.equal(await store.getArticle('b'), null);
  });

  t('duplicates inside one batch collapse', async (store) => {
    const r = await store.putBatch([article(), article({ id: 'a2' })], []);
    assert.deepEqual(r, { inserted: 1, updated: 1 });
    assert.equal(await store.countArticles(), 1);
  });

  t('inputs are marked done with their hash', async (store) => {
    await store.putBatch([article()], [{ source: 'a1.txt', hash: 'x', articles: 1 }]);
    assert.equal(await store.isInputDone('a1.txt', 'x'), true);
    assert.equal(await store.isInputDone('a1.txt', 'y'), false);
    assert.equal(await store.isInputDone('b.txt', 'x'), false);
  });

  t('articles() lists in insertion order across pages', async (store) => {
    const many = Array.from({ length: 1203 }, (_, i) => article({ id: `n${i}`, textHash: `h${i}` }));
    await store.putBatch(many, []);
    const ids: string[] = [];
    for await (const a of store.articles()) ids.push(a.id);
    assert.deepEqual(ids, many.map((a) => a.id));
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, StoredArticle, StoredClaim } from './store.js';

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
    notArticle: null, extra: {}, warnings: [], analysis: {}, ...overrides,
  };
}

/** The one suite every storage backend must pass. */
export function runStoreSuite({ name, open, skip }: StoreSuiteOptions): void {
  const t: StoreCase = (title, fn) =>
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
      analysis: {
        eventDate: '2026-01-08',
        times: [{ text: 'Thursday', start: 0, end: 8, value: '2026-01-08', type: 'DATE' }],
        mentions: [{ text: 'Body', start: 0, end: 4, type: 'ORG' }],
        quotes: [{ text: 'x', start: 1, end: 2, direct: true, speaker: 'she', speakerResolved: 'Ann Lee', cue: 'said' }],
      },
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

  t('an update replaces every field but the stored id', async (store) => {
    await store.putBatch([article({ url: 'https://x.test/a', authors: ['Ann Lee'], extra: { a: 1 }, warnings: ['w'] })], []);
    const b = article({
      id: 'b', url: 'https://x.test/a', textHash: 'h2', source: 'b.txt', title: null, outlet: 'Y', authors: [],
      published: '2026-02-01', language: null, text: 'New body.', removed: [{ text: 'Ad', reason: 'ad' }],
      notArticle: 'stub', extra: {}, warnings: [],
    });
    await store.putBatch([b], []);
    assert.deepEqual(await store.getArticle('a1'), { ...b, id: 'a1' });
  });

  t('text and extra come back exactly as stored, key order included', async (store) => {
    const extra = { zeta: 1, alpha: { b: [1.5, 'x', null, true], a: -0.25 }, '10': 'n', 'é': 'ü 😀', q: '"\\\n\t' };
    const a = article({ title: 'Ünïcödé “quotes” 😀', text: 'Line one.\n\nLine two: \'\\ 日本語.', extra });
    await store.putBatch([a], []);
    const got = await store.getArticle('a1');
    assert.deepEqual(got, a);
    assert.equal(JSON.stringify(got?.extra), JSON.stringify(extra));
  });

  t('a failed batch stores nothing, not even its input marks', async (store) => {
    const broken = article({ id: 'bad', textHash: 'bad', text: null as unknown as string });
    await assert.rejects(store.putBatch([article(), broken], [{ source: 'a1.txt', hash: 'x', articles: 2 }]));
    assert.equal(await store.countArticles(), 0);
    assert.equal(await store.isInputDone('a1.txt', 'x'), false);
    assert.deepEqual(await store.putBatch([article()], []), { inserted: 1, updated: 0 });
  });

  t('an input marked again with a new hash replaces the old mark', async (store) => {
    await store.putBatch([], [{ source: 'a1.txt', hash: 'x', articles: 1 }]);
    await store.putBatch([], [{ source: 'a1.txt', hash: 'y', articles: 1 }]);
    assert.equal(await store.isInputDone('a1.txt', 'x'), false);
    assert.equal(await store.isInputDone('a1.txt', 'y'), true);
  });

  t('an updated article keeps its place in articles()', async (store) => {
    await store.putBatch([article(), article({ id: 'a2', textHash: 'h2' })], []);
    await store.putBatch([article({ title: 'Changed' })], []);
    const ids: string[] = [];
    for await (const a of store.articles()) ids.push(a.id);
    assert.deepEqual(ids, ['a1', 'a2']);
  });

  t('events, storylines and assignments are replaced whole and read back in date order', async (store) => {
    const first = {
      events: [
        { id: 'ev-b', title: 'B', date: null, storyline: 'sl-a', articles: ['b'], summary: null },
        { id: 'ev-a', title: 'A', date: '2026-01-08', storyline: 'sl-a', articles: ['a', 'c'], summary: 'S' },
      ],
      storylines: [{ id: 'sl-a', title: 'A', events: ['ev-a', 'ev-b'] }],
      assignments: [
        { article: 'a', event: 'ev-a', storyline: 'sl-a', copyOf: null, score: 0 },
        { article: 'b', event: 'ev-b', storyline: 'sl-a', copyOf: null, score: 0 },
        { article: 'c', event: 'ev-a', storyline: 'sl-a', copyOf: 'a', score: 1 },
      ],
    };
    const before = await store.revision();
    await store.replaceEvents(first);
    assert.notEqual(await store.revision(), before, 'replacing events moves the revision');
    const got = await store.eventSet();
    assert.deepEqual(got.events.map((e) => e.id), ['ev-a', 'ev-b']);
    assert.deepEqual(got.events[0], first.events[1]);
    assert.deepEqual(got.storylines, first.storylines);
    assert.deepEqual(got.assignments, first.assignments);
    await store.replaceEvents({ events: [], storylines: [], assignments: [] });
    assert.deepEqual(await store.eventSet(), { events: [], storylines: [], assignments: [] });
  });

  t('claims are replaced whole and read back per event in order', async (store) => {
    const claim = (id: string, event: string): StoredClaim => ({
      id, event, text: `Claim ${id} \u2014 “quoted”.`, articles: ['a', 'b'], outlets: ['X'], independentSources: 2, kind: 'quote',
      conflictsWith: [], conflicts: [{ claim: 'z', about: 'year', value: 'three years', otherValue: 'four-year', evidence: 'e1', otherEvidence: 'e2', article: 'a', otherArticle: 'b' }],
      sentences: [{ article: 'a', start: 0, end: 5 }],
    });
    const first = [claim('ev-a#c1', 'ev-a'), claim('ev-b#c1', 'ev-b'), claim('ev-a#c2', 'ev-a')];
    await store.replaceClaims(first);
    assert.deepEqual(await store.claims(), first);
    assert.deepEqual(await store.claims('ev-a'), [first[0], first[2]]);
    assert.deepEqual(await store.claims('missing'), []);
    await store.replaceClaims([claim('ev-c#c1', 'ev-c')]);
    assert.deepEqual((await store.claims()).map((c) => c.id), ['ev-c#c1']);
  });

  t('meta values are kept, replaced and removed', async (store) => {
    assert.equal(await store.getMeta('k'), null);
    await store.setMeta('k', 'one');
    await store.setMeta('k', 'two');
    assert.equal(await store.getMeta('k'), 'two');
    await store.setMeta('k', null);
    assert.equal(await store.getMeta('k'), null);
  });

  t('articles() lists in insertion order across pages', async (store) => {
    const many = Array.from({ length: 1203 }, (_, i) => article({ id: `n${i}`, textHash: `h${i}` }));
    await store.putBatch(many, []);
    const ids: string[] = [];
    for await (const a of store.articles()) ids.push(a.id);
    assert.deepEqual(ids, many.map((a) => a.id));
  });

  readCases(t);
}

type StoreCase = (title: string, fn: (store: Store) => Promise<void>) => void;

/** The read methods behind the HTTP API: listing, search, stats, revision. */
function readCases(t: StoreCase): void {
  const ids = (page: { articles: StoredArticle[] }) => page.articles.map((a) => a.id);
  const all = { limit: 100, offset: 0 };

  t('listArticles: newest published first, undated last, paged with a total', async (store) => {
    await store.putBatch([
      article({ id: 'old', textHash: 'h1', published: '2025-12-31' }),
      article({ id: 'undated', textHash: 'h2', published: null }),
      article({ id: 'new', textHash: 'h3', published: '2026-01-08T10:00:00+02:00' }),
      article({ id: 'mid', textHash: 'h4', published: '2026-01-02' }),
    ], []);
    assert.deepEqual(ids(await store.listArticles(all)), ['new', 'mid', 'old', 'undated']);
    const page = await store.listArticles({ limit: 2, offset: 1 });
    assert.deepEqual([page.total, ...ids(page)], [4, 'mid', 'old']);
    assert.deepEqual(ids(await store.listArticles({ limit: 2, offset: 10 })), []);
  });

  t('listArticles: filters by outlet, language and an inclusive date range', async (store) => {
    await store.putBatch([
      article({ id: 'a', textHash: 'h1', outlet: 'X', language: 'en', published: '2026-01-01' }),
      article({ id: 'b', textHash: 'h2', outlet: 'Y', language: 'en', published: '2026-01-05T23:59:00Z' }),
      article({ id: 'c', textHash: 'h3', outlet: 'X', language: 'fr', published: '2026-01-09' }),
      article({ id: 'd', textHash: 'h4', outlet: 'X', language: 'fr', published: null }),
    ], []);
    assert.deepEqual(ids(await store.listArticles({ ...all, outlet: 'X' })), ['c', 'a', 'd']);
    assert.deepEqual(ids(await store.listArticles({ ...all, outlet: 'X', language: 'fr' })), ['c', 'd']);
    assert.deepEqual(ids(await store.listArticles({ ...all, from: '2026-01-05' })), ['c', 'b']);
    assert.deepEqual(ids(await store.listArticles({ ...all, from: '2026-01-01', to: '2026-01-05' })), ['b', 'a']);
    assert.equal((await store.listArticles({ ...all, outlet: 'Z' })).total, 0);
  });

  t('listArticles: full-text search needs every word, any case, in title or text', async (store) => {
    await store.putBatch([
      article({ id: 'a', textHash: 'h1', title: 'Budget vote', text: 'Parliament approved the plan.', published: '2026-01-02' }),
      article({ id: 'b', textHash: 'h2', title: 'Weather', text: 'Rain in the budget region; parliament closed.', published: '2026-01-01' }),
      article({ id: 'c', textHash: 'h3', title: 'Other', text: 'Nothing to see.' }),
    ], []);
    assert.deepEqual(ids(await store.listArticles({ ...all, q: 'PARLIAMENT' })), ['a', 'b']);
    assert.deepEqual(ids(await store.listArticles({ ...all, q: 'budget approved' })), ['a']);
    assert.deepEqual(ids(await store.listArticles({ ...all, q: 'budget missing' })), []);
    // Query syntax is not syntax: quotes, operators and stars are dropped, not errors.
    assert.deepEqual(ids(await store.listArticles({ ...all, q: '"rain" AND* region) NEAR(' })), []);
    assert.deepEqual(ids(await store.listArticles({ ...all, q: '"rain" region)' })), ['b']);
    assert.equal((await store.listArticles({ ...all, q: ' -- ' })).total, 3, 'no words: no text filter');
    await store.putBatch([article({ id: 'c', textHash: 'h3', title: 'Other', text: 'A budget surprise.' })], []);
    assert.deepEqual(ids(await store.listArticles({ ...all, q: 'surprise' })), ['c'], 'an update is re-indexed');
    assert.deepEqual(ids(await store.listArticles({ ...all, q: 'nothing' })), []);
    assert.deepEqual(ids(await store.listArticles({ ...all, q: 'budget', outlet: 'none' })), []);
  });

  t('stats: counts per outlet and language, and the published span', async (store) => {
    assert.deepEqual(await store.stats(), { articles: 0, outlets: [], languages: [], firstPublished: null, lastPublished: null });
    await store.putBatch([
      article({ id: 'a', textHash: 'h1', outlet: 'Y', language: 'en', published: '2026-01-01' }),
      article({ id: 'b', textHash: 'h2', outlet: 'X', language: 'en', published: '2026-01-05' }),
      article({ id: 'c', textHash: 'h3', outlet: 'X', language: null, published: null }),
      article({ id: 'd', textHash: 'h4', outlet: null, language: 'fr', published: '2025-12-30' }),
    ], []);
    assert.deepEqual(await store.stats(), {
      articles: 4,
      outlets: [{ value: 'X', count: 2 }, { value: 'Y', count: 1 }],
      languages: [{ value: 'en', count: 2 }, { value: 'fr', count: 1 }],
      firstPublished: '2025-12-30',
      lastPublished: '2026-01-05',
    });
  });

  t('revision: changes when articles are stored or updated, not otherwise', async (store) => {
    const r0 = await store.revision();
    assert.equal(await store.revision(), r0);
    await store.putBatch([article()], []);
    const r1 = await store.revision();
    assert.notEqual(r1, r0);
    await store.putBatch([article({ title: 'Changed' })], []);
    const r2 = await store.revision();
    assert.notEqual(r2, r1);
    await store.getArticle('a1');
    await store.listArticles(all);
    assert.equal(await store.revision(), r2);
  });
}

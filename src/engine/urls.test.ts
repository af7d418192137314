import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFixtureServer } from '../fetch/fixture-server.js';
import { createEngine } from './engine.js';

test('URLs are fetched politely and stored with their canonical, tracking-free URL', { timeout: 20_000 }, async () => {
  const server = await startFixtureServer();
  const engine = await createEngine({ db: ':memory:' });
  try {
    const report = await engine.ingest([`${server.origin}/start`], { fetch: { allowPrivate: true, minIntervalMs: 0 } });
    assert.deepEqual(report.failed, []);
    assert.equal(report.articles, 1);
    const [a] = await (async () => {
      const out = [];
      for await (const x of engine.store.articles()) out.push(x);
      return out;
    })();
    assert.ok(a?.url && !/utm_|fbclid/.test(a.url), `url kept clean: ${a?.url}`);
    assert.ok(a.text.length > 0);
  } finally {
    await engine.close();
    await server.close();
  }
});

test('a private address is refused unless allowed, and the run reports it', { timeout: 20_000 }, async () => {
  const server = await startFixtureServer();
  const engine = await createEngine({ db: ':memory:' });
  try {
    const report = await engine.ingest([`${server.origin}/news/ferry-strike`]);
    assert.equal(report.articles, 0);
    assert.equal(report.failed.length, 1);
    assert.match(report.failed[0]!.reason, /private|loopback|refus/i);
    assert.equal(server.log.length, 0, 'no request reached the server');
  } finally {
    await engine.close();
    await server.close();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { createEngine } from './engine.js';

const BODY =
  'The regional parliament voted on Tuesday to approve a new budget that raises spending on schools and hospitals by a tenth. ' +
  'Opposition members walked out before the vote, saying the plan relied on optimistic forecasts of tax revenue for next year.';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corr-engine-'));
  writeFileSync(join(dir, 'one.txt'), `Parliament approves budget\n\nAlso read\n\n${BODY}\n`);
  writeFileSync(join(dir, 'two.html.gz'), gzipSync(`<html lang="en"><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1><p>${BODY.replace('Tuesday', 'Monday')}</p><p>${BODY}</p></article></body></html>`));
  writeFileSync(
    join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ id: 'rec-1', url: 'https://news.test/a', title: 'A', text: `${BODY} One.`, outlet: 'News Test', authors: 'Ann Lee and Bo Chen', section: 'Politics' }),
      '{not json',
      JSON.stringify({ id: 'rec-2', title: 'B', text: `${BODY} Two.`, published: '2026-01-08T14:30:00+02:00' }),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

async function exported(engine: Awaited<ReturnType<typeof createEngine>>, format: 'json' | 'jsonl'): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await engine.export(format, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

test('ingest stores good inputs, reports bad ones, and a re-run skips what is unchanged', async () => {
  const dir = corpus();
  const engine = await createEngine({ db: ':memory:' });
  const r1 = await engine.ingest([dir]);
  assert.equal(r1.articles, 4);
  assert.equal(r1.inserted, 4);
  assert.deepEqual(r1.failed.map((f) => f.source.split('/').at(-1)), ['empty.txt', 'feed.jsonl:2']);
  const r2 = await engine.ingest([dir]);
  assert.equal(r2.unchanged, 3);
  assert.equal(r2.articles, 0);
  const r3 = await engine.ingest([dir], { force: true });
  assert.equal(r3.inserted, 0);
  assert.equal(r3.updated, 4);
  assert.equal(await engine.store.countArticles(), 4);
  await engine.close();
});

test('the same text under another name updates, never duplicates', async () => {
  const dir = corpus();
  writeFileSync(join(dir, 'copy-of-one.txt'), `Parliament approves budget\n\n${BODY}\n`);
  const engine = await createEngine({ db: ':memory:' });
  const r = await engine.ingest([dir]);
  assert.equal(r.articles, 5);
  assert.equal(await engine.store.countArticles(), 4);
  await engine.close();
});

test('export follows the contract in json and jsonl', async () => {
  const engine = await createEngine({ db: ':memory:' });
  await engine.ingest([corpus()]);
  const doc = JSON.parse(await exported(engine, 'json')) as Record<string, unknown[]>;
  assert.deepEqual(Object.keys(doc), ['articles', 'events', 'storylines', 'entities', 'quotes', 'claims']);
  const articles = doc['articles'] as Record<string, unknown>[];
  assert.equal(articles.length, 4);
  for (const a of articles) {
    for (const key of ['id', 'source', 'title', 'outlet', 'authors', 'published', 'language', 'text', 'removed']) assert.ok(key in a, key);
  }
  const one = articles.find((a) => a['id'] === 'one');
  assert.equal(one?.['title'], 'Parliament approves budget');
  assert.deepEqual(one?.['removed'], [{ text: 'Also read', reason: 'promo' }]);
  const rec1 = articles.find((a) => a['id'] === 'rec-1');
  assert.deepEqual(rec1?.['authors'], ['Ann Lee', 'Bo Chen']);
  assert.equal(rec1?.['outlet'], 'News Test');
  assert.deepEqual(rec1?.['extra'], { section: 'Politics' });
  assert.equal(articles.find((a) => a['id'] === 'rec-2')?.['published'], '2026-01-08T14:30:00+02:00');
  assert.equal(articles.find((a) => a['id'] === 'two')?.['title'], 'Budget vote');
  const lines = (await exported(engine, 'jsonl')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.filter((l) => l['kind'] === 'article').length, 4);
  assert.ok(lines.every((l) => ['article', 'event', 'storyline', 'entity', 'quote', 'claim'].includes(String(l['kind']))), 'known kinds only');
  assert.deepEqual(
    lines.map((l) => l['kind']).filter((k, i, all) => k !== all[i - 1]),
    [...new Set(lines.map((l) => l['kind']))],
    'each kind in one run',
  );
  await engine.close();
});

test('on the bundled seeds, every mention and quote speaker points at an exported entity', async () => {
  const engine = await createEngine({ db: ':memory:' });
  await engine.ingest([new URL('../../examples/seeds/', import.meta.url).pathname]);
  const doc = JSON.parse(await exported(engine, 'json')) as Record<string, Record<string, unknown>[]>;
  const ids = new Set(doc['entities']!.map((e) => e['id']));
  const mentions = doc['articles']!.flatMap((a) => a['mentions'] as { entity: string }[]);
  assert.ok(mentions.length > 0, 'the seeds name people and places');
  for (const m of mentions) assert.ok(ids.has(m.entity), `mention entity ${m.entity} exported`);
  const speakers = doc['quotes']!.map((q) => q['speakerEntity']).filter((s) => s !== null);
  assert.ok(speakers.length > 0, 'some quotes are linked to their speaker');
  for (const s of speakers) assert.ok(ids.has(s), `speaker entity ${String(s)} exported`);
  await engine.close();
});

test('events: every article that is an article sits in one exported event, and events in storylines', async () => {
  const engine = await createEngine({ db: ':memory:' });
  await engine.ingest([new URL('../../examples/seeds/', import.meta.url).pathname]);
  const doc = JSON.parse(await exported(engine, 'json')) as Record<string, Record<string, unknown>[]>;
  const events = doc['events']!;
  assert.ok(events.length >= 1);
  const inEvents = events.flatMap((e) => e['articles'] as string[]);
  assert.equal(new Set(inEvents).size, inEvents.length, 'an article is in one event');
  for (const a of doc['articles']!) assert.equal(a['event'] === null ? null : inEvents.includes(String(a['id'])), a['event'] === null ? null : true);
  const storyEvents = doc['storylines']!.flatMap((s) => s['events'] as string[]);
  assert.deepEqual([...storyEvents].sort(), events.map((e) => String(e['id'])).sort());
  await engine.close();
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createEngine } from '../../engine/engine.js';
import { TEST_URL, dropSchema, serverSkip, uniqueSchema } from './testing.js';

const skip = await serverSkip();

const BODY =
  'The regional parliament voted on Tuesday to approve a new budget that raises spending on schools and hospitals by a tenth. ' +
  'Opposition members walked out before the vote, saying the plan relied on optimistic forecasts of tax revenue for next year.';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corr-pg-engine-'));
  writeFileSync(join(dir, 'one.txt'), `Parliament approves budget\n\nAlso read\n\n${BODY}\n`);
  writeFileSync(join(dir, 'copy.txt'), `Parliament approves budget\n\n${BODY}\n`);
  writeFileSync(join(dir, 'two.html'), `<html lang="en"><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1><p>${BODY.replace('Tuesday', 'Monday')}</p><p>${BODY}</p></article></body></html>`);
  writeFileSync(
    join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ id: 'rec-1', url: 'https://news.test/a', title: 'A', text: `${BODY} One.`, authors: 'Ann Lee and Bo Chen', zeta: 1, alpha: { b: [1, 'x'], a: null } }),
      JSON.stringify({ id: 'rec-2', url: 'https://news.test/a', title: 'A again', text: `${BODY} One, updated.`, published: '2026-01-08T14:30:00+02:00' }),
      JSON.stringify({ id: 'rec-3', title: 'Short', text: 'Too short 😀.', outlet: 'X' }),
    ].join('\n'),
  );
  return dir;
}

async function exportJson(db: string, dir: string): Promise<string> {
  const engine = await createEngine({ db });
  try {
    await engine.ingest([dir]);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await engine.export('json', out);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await engine.close();
  }
}

test('engine: a postgres:// db ingests and exports the same articles as SQLite', { skip: skip ?? false }, async () => {
  const dir = corpus();
  const schema = uniqueSchema();
  const url = new URL(TEST_URL);
  url.searchParams.set('schema', schema);
  try {
    const fromSqlite = await exportJson(':memory:', dir);
    const fromPostgres = await exportJson(url.toString(), dir);
    const articles = (json: string) => (JSON.parse(json) as { articles: unknown[] }).articles;
    assert.equal(articles(fromSqlite).length, 4);
    assert.deepEqual(articles(fromPostgres), articles(fromSqlite));
    assert.equal(fromPostgres, fromSqlite, 'byte for byte, key order included');
  } finally {
    await dropSchema(schema);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadEvent } from '../ingest/read.js';
import { startFixtureServer } from './fixture-server.js';
import { watchFeeds } from './watch.js';

async function idsOf(event: ReadEvent): Promise<string[]> {
  const ids: string[] = [];
  if (event.kind === 'file') for await (const e of event.file.entries) if (e.ok) ids.push(String(e.input.record?.['id']));
  return ids;
}

test('watchFeeds passes on only new items, polls conditionally, reports failures and stops on abort', { timeout: 10_000 }, async () => {
  const server = await startFixtureServer();
  const stop = new AbortController();
  const events: ReadEvent[] = [];
  const rounds: string[][] = [];
  try {
    const watching = watchFeeds([`${server.origin}/watch.xml`, `${server.origin}/missing-feed.xml`], {
      allowPrivate: true,
      minIntervalMs: 0,
      intervalSeconds: 0.1,
      signal: stop.signal,
      onEvent: async (event) => {
        events.push(event);
        if (event.kind === 'file') rounds.push(await idsOf(event));
      },
    });
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 100 && !done(); i++) await sleep(20);
      assert.ok(done(), 'condition reached in time');
    };
    await until(() => rounds.length === 1);
    assert.deepEqual(rounds[0], ['w-1', 'w-2']);
    await until(() => server.log.filter((l) => l.path === '/watch.xml').length >= 3);
    assert.equal(rounds.length, 1, '304s bring nothing');
    server.watchItems.unshift('w-3');
    await until(() => rounds.length === 2);
    assert.deepEqual(rounds[1], ['w-3'], 'only the new item');
    stop.abort();
    await watching;
    const conditional = server.log.filter((l) => l.path === '/watch.xml' && l.headers['if-none-match']);
    assert.ok(conditional.length >= 2, 'later polls carry If-None-Match');
    assert.ok(events.some((e) => e.kind === 'error' && e.source.endsWith('/missing-feed.xml') && /HTTP 404/.test(e.reason)));
    await sleep(50); // a request sent just before the abort may still be arriving
    const polls = server.log.length;
    await sleep(250);
    assert.equal(server.log.length, polls, 'no polling after abort');
  } finally {
    stop.abort();
    await server.close();
  }
});

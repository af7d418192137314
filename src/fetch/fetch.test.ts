import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entry, ReadEvent } from '../ingest/read.js';
import { MemoryConditionalCache } from './cache.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { fetchInputs, type FetchInputsOptions } from './inputs.js';

/** Every test talks to loopback only, hence allowPrivate; no spacing, short limits so failures come fast. */
const LOCAL: FetchInputsOptions = { allowPrivate: true, minIntervalMs: 0, timeoutMs: 3000, connectTimeoutMs: 3000 };
const BOUND = { timeout: 10_000 };

async function collect(urls: string[], options: FetchInputsOptions = {}): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const event of fetchInputs(urls, { ...LOCAL, ...options })) out.push(event);
  return out;
}

async function entriesOf(event: ReadEvent | undefined): Promise<Entry[]> {
  assert.equal(event?.kind, 'file', `expected a file event, got ${JSON.stringify(event)}`);
  const out: Entry[] = [];
  if (event?.kind === 'file') for await (const entry of event.file.entries) out.push(entry);
  return out;
}

function record(entry: Entry | undefined): Record<string, unknown> {
  assert.ok(entry?.ok, `expected an article entry, got ${JSON.stringify(entry)}`);
  return entry.input.record ?? {};
}

const reasonOf = (event: ReadEvent | undefined): string => (event && event.kind !== 'file' ? `${event.kind}: ${event.reason}` : `not a failure: ${event?.kind}`);

describe('fetchInputs against a loopback server', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  test('an article behind two redirects: tracking stripped on every hop, canonical URL kept, source as given', BOUND, async () => {
    const given = `${server.origin}/start?utm_source=newsletter&utm_medium=email`;
    const [event, ...rest] = await collect([given]);
    assert.equal(rest.length, 0);
    assert.equal(event?.kind === 'file' && event.file.source, given);
    const [entry] = await entriesOf(event);
    const r = record(entry);
    assert.equal(r['url'], `${server.origin}/news/ferry-strike?id=7`);
    assert.match(String(r['html']), /Ferry crews on the island routes/);
    assert.equal(entry?.ok && entry.input.source, given);
    const paths = server.log.map((l) => l.path);
    assert.ok(paths.includes('/start'), 'first request without utm parameters');
    assert.ok(paths.includes('/hop?keep=1'), 'fbclid and utm_source stripped from the redirect target');
    assert.ok(paths.includes('/news/ferry-strike?id=7'));
    const hit = server.log.find((l) => l.path === '/start');
    assert.match(String(hit?.headers['user-agent']), /^CorroborateBot\/0\.1 \(\+https:\/\/github\.com\/corroborate\)$/);
    assert.match(String(hit?.headers['accept-encoding']), /gzip/);
  });

  test('a feed: items as articles, relative links resolved; short items followed to their page when asked', BOUND, async () => {
    const plain = await entriesOf((await collect([`${server.origin}/feed.xml`]))[0]);
    assert.equal(plain.length, 3);
    assert.equal(record(plain[1])['url'], `${server.origin}/items/1`);
    assert.equal(record(plain[0])['outlet'], 'Harbour Gazette');

    const followed = await entriesOf((await collect([`${server.origin}/feed.xml`], { followItems: true }))[0]);
    const [full, teaser, forbidden] = followed.map(record);
    assert.equal(full?.['url'], `${server.origin}/items/full`, 'a long item is not followed');
    assert.ok(!server.log.some((l) => l.path === '/items/full'));
    assert.equal(teaser?.['url'], `${server.origin}/items/1`);
    assert.match(String(teaser?.['html']), /eleven to four/);
    assert.match(String(teaser?.['summary']), /Read more/);
    assert.equal(teaser?.['title'], 'Council approves new bridge', 'feed fields kept');
    assert.match(String(forbidden?.['followError']), /disallowed by robots\.txt \(Disallow: \/private\)/);
    assert.match(String(forbidden?.['html']), /teaser/);
    assert.ok(!server.log.some((l) => l.path.startsWith('/private/item')), 'robots.txt honoured');
  });

  test('a feed served as text/html is still read as a feed', BOUND, async () => {
    assert.equal((await entriesOf((await collect([`${server.origin}/feed-as-html`]))[0])).length, 3);
  });

  test('a sitemap: listed pages fetched; 404, robots and duplicates reported; the run goes on', BOUND, async () => {
    const events = await collect([`${server.origin}/sitemap.xml`]);
    const bySource = new Map(events.map((e) => [e.kind === 'file' ? e.file.source : e.source, e]));
    assert.equal(events.length, 5);
    assert.equal(record((await entriesOf(bySource.get(`${server.origin}/items/1`)))[0])['url'], `${server.origin}/items/1`);
    assert.match(String(record((await entriesOf(bySource.get(`${server.origin}/items/2`)))[0])['html']), /Dredging/);
    assert.match(reasonOf(bySource.get(`${server.origin}/missing`)), /^error: HTTP 404 Not Found$/);
    assert.match(reasonOf(bySource.get(`${server.origin}/private/secret`)), /^error: disallowed by robots\.txt/);
    assert.match(reasonOf(bySource.get(`${server.origin}/items/1?utm_source=sitemap`)), /^skipped: already fetched/);
  });

  test('a sitemap index (and a gzipped sitemap) are walked; maxUrls bounds the pages fetched', BOUND, async () => {
    const events = await collect([`${server.origin}/sitemap-index.xml`], { maxUrls: 2 });
    const summary = events.map((e) => (e.kind === 'file' ? `file ${e.file.source}` : `${e.kind} ${e.source}`));
    assert.deepEqual(summary, [`skipped ${server.origin}/sitemap-index.xml`, `file ${server.origin}/items/1`, `file ${server.origin}/items/2`]);
    assert.match(reasonOf(events[0]), /more than 2 article URLs/);
    const all = await collect([`${server.origin}/sitemap-index.xml`]);
    assert.ok(all.some((e) => e.kind === 'error' && e.source.endsWith('/missing-sitemap.xml') && /HTTP 404/.test(e.reason)));
    const gz = await collect([`${server.origin}/sitemap.xml.gz`]);
    assert.equal(gz.filter((e) => e.kind === 'file').length, 2);
  });

  test('gzip, deflate and br bodies are decoded; a header charset decides a non-UTF-8 page', BOUND, async () => {
    const events = await collect(['gzip', 'deflate', 'br', 'latin1'].map((p) => `${server.origin}/${p}`));
    for (const event of events.slice(0, 3)) assert.match(String(record((await entriesOf(event))[0])['html']), /Dredging of the inner harbour/);
    assert.match(String(record((await entriesOf(events[3]))[0])['html']), /Café crème/);
  });

  test('a slow endpoint times out; a huge one is cut at the size cap; a decompression bomb too', BOUND, async () => {
    const [slow] = await collect([`${server.origin}/slow`], { timeoutMs: 300 });
    assert.match(reasonOf(slow), /^error: timed out after 0\.3 s$/);
    const [huge, declared, bomb] = await collect(['huge', 'huge-declared', 'bomb'].map((p) => `${server.origin}/${p}`), { maxBytes: 1 << 20 });
    assert.match(reasonOf(huge), /larger than the 1\.0 MB limit; stopped reading/);
    assert.match(reasonOf(declared), /too large \(50\.0 MB declared; limit 1\.0 MB\)/);
    assert.match(reasonOf(bomb), /larger than the 1\.0 MB limit once decoded \(gzip\)/);
  });

  test('conditional requests: validators remembered, a 304 means nothing new', BOUND, async () => {
    const cache = new MemoryConditionalCache();
    const url = `${server.origin}/conditional`;
    assert.equal((await collect([url], { cache }))[0]?.kind, 'file');
    assert.deepEqual(cache.get(url), { etag: '"v1"', lastModified: 'Thu, 08 Jan 2026 09:00:00 GMT' });
    const [again] = await collect([url], { cache });
    assert.match(reasonOf(again), /^skipped: not modified since the last fetch \(HTTP 304\)$/);
    assert.equal(server.log.filter((l) => l.path === '/conditional').at(-1)?.headers['if-none-match'], '"v1"');
  });

  test('redirect loops, endless chains and non-http targets fail with a clear reason', BOUND, async () => {
    const [loop, chain, file] = await collect(['loop-a', 'chain/1', 'to-file'].map((p) => `${server.origin}/${p}`));
    assert.match(reasonOf(loop), /redirect loop \(back to .*\/loop-a\)/);
    assert.match(reasonOf(chain), /too many redirects \(more than 5\)/);
    assert.ok(!server.log.some((l) => l.path === '/chain/7'), 'stops after five redirects');
    assert.match(reasonOf(file), /redirect to file:\/\/\/etc\/passwd refused: unsupported URL scheme "file"/);
  });

  test('what is not a page, feed or sitemap is an error; bad URLs too; the run goes on', BOUND, async () => {
    const given = ['pdf', 'other-xml', 'truncated', 'empty'].map((p) => `${server.origin}/${p}`);
    const events = await collect([...given, 'ftp://x.test/a', 'not a url', `${server.origin}/items/2`]);
    assert.match(reasonOf(events[0]), /unsupported content type application\/pdf/);
    assert.match(reasonOf(events[1]), /neither a feed nor a sitemap \(root <catalog>\)/);
    assert.match(reasonOf(events[2]), /connection closed before the response was complete/);
    assert.match(reasonOf(events[3]), /^error: empty response$/);
    assert.match(reasonOf(events[4]), /unsupported URL scheme "ftp"/);
    assert.match(reasonOf(events[5]), /not a valid URL/);
    assert.equal(events[6]?.kind, 'file');
  });

  test('robots.txt: fetched once per origin; Allow beats a shorter Disallow', BOUND, async () => {
    const before = server.log.filter((l) => l.path === '/robots.txt').length;
    const events = await collect([`${server.origin}/private/open`, `${server.origin}/items/1`]);
    assert.deepEqual(events.map((e) => e.kind), ['file', 'file']);
    assert.equal(server.log.filter((l) => l.path === '/robots.txt').length, before + 1);
  });
});

describe('safety: private addresses are refused unless allowed', () => {
  let server: FixtureServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  test('127.0.0.1, localhost and a name that resolves to loopback are refused without a single request', BOUND, async () => {
    const port = new URL(server.origin).port;
    const fakeDns: FetchInputsOptions['lookup'] = (_host, options, callback) =>
      options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);
    const events: ReadEvent[] = [];
    const urls = [`${server.origin}/items/1`, `http://localhost:${port}/items/1`, `http://rebind.test:${port}/items/1`, `http://[::ffff:127.0.0.1]:${port}/`];
    for await (const e of fetchInputs(urls, { minIntervalMs: 0, lookup: fakeDns })) events.push(e);
    assert.match(reasonOf(events[0]), /^error: refused: 127\.0\.0\.1 is a loopback address; allowPrivate permits it$/);
    assert.match(reasonOf(events[1]), /^error: refused: localhost resolves to 127\.0\.0\.1 \(loopback address\)/);
    assert.match(reasonOf(events[2]), /^error: refused: rebind\.test resolves to 127\.0\.0\.1 \(loopback address\)/);
    assert.match(reasonOf(events[3]), /loopback address \(IPv4-mapped\)/);
    assert.equal(server.log.length, 0);
  });

  test('with allowPrivate the same name goes through the supplied lookup and is fetched', BOUND, async () => {
    const port = new URL(server.origin).port;
    const fakeDns: FetchInputsOptions['lookup'] = (_host, options, callback) =>
      options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);
    const [event] = await collect([`http://rebind.test:${port}/items/2`], { lookup: fakeDns });
    assert.equal(event?.kind, 'file');
    assert.equal(server.log.at(-1)?.headers.host, `rebind.test:${port}`);
  });
});

describe('politeness', () => {
  test('requests to one host are spaced by minIntervalMs; a larger Crawl-delay for our agent wins', BOUND, async () => {
    const server = await startFixtureServer({ robots: 'User-agent: *\nDisallow:\n\nUser-agent: corroboratebot\nCrawl-delay: 0.25\n' });
    try {
      await collect(['items/1', 'items/2', 'gzip'].map((p) => `${server.origin}/${p}`), { minIntervalMs: 100 });
      const times = server.log.map((l) => l.at);
      assert.equal(times.length, 4, 'robots.txt then three pages');
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      assert.ok(gaps[0]! >= 90, `robots.txt to first page ${gaps[0]} ms`);
      for (const gap of gaps.slice(1)) assert.ok(gap >= 240, `gap ${gap} ms under the 0.25 s crawl delay`);
    } finally {
      await server.close();
    }
  });

  test('the concurrency cap holds across hosts', BOUND, async () => {
    const a = await startFixtureServer({ delayMs: 100 });
    const b = await startFixtureServer({ delayMs: 100 });
    try {
      const urls = [a, b].flatMap((s) => ['items/1', 'items/2'].map((p) => `${s.origin}/${p}`));
      const events = await collect(urls, { concurrency: 1 });
      assert.deepEqual(events.map((e) => e.kind), ['file', 'file', 'file', 'file'], 'results in input order');
      assert.equal(a.peak + b.peak, 2, 'one request at a time in each server');
      const spans = [...a.log, ...b.log].filter((l) => l.path !== '/robots.txt').map((l) => l.at).sort((x, y) => x - y);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i]! - spans[i - 1]! >= 90, 'never two page requests at once');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { feedEntries } from './feed.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

test('RSS 2.0 items become records; an item without content is reported', () => {
  const entries = feedEntries(fixture('feed-rss2.xml'), 'f.xml', 'f');
  assert.equal(entries.length, 3);
  const [a, b, c] = entries;
  assert.ok(a?.ok && b?.ok && c && !c.ok);
  const ra = a.input.record!;
  assert.equal(ra['id'], 'gz-1001');
  assert.equal(ra['url'], 'https://gazette.test/2026/01/08/ferry');
  assert.equal(ra['outlet'], 'Harbour Gazette');
  assert.deepEqual(ra['authors'], ['Mia Holm']);
  assert.equal(ra['published'], '2026-01-08T09:15:00+01:00');
  assert.match(String(ra['html']), /^<p>The ferry/);
  assert.deepEqual(ra['categories'], ['Transport']);
  const rb = b.input.record!;
  assert.deepEqual(rb['authors'], ['Ola Berg']);
  assert.equal(rb['published'], 'Wed, 07 Jan 2026 18:00:00 +0100');
  assert.match(c.reason, /no content, description or link/);
});

test('Atom entries: alternate link, published before updated, author name', () => {
  const [e] = feedEntries(fixture('feed-atom.atom'), 'a.atom', 'a');
  assert.ok(e?.ok);
  const r = e.input.record!;
  assert.equal(r['url'], 'https://valley.test/bridge');
  assert.equal(r['published'], '2026-02-01T17:22:00+01:00');
  assert.deepEqual(r['authors'], ['Lea Brandt']);
  assert.equal(r['outlet'], 'Valley Times');
});

test('an XML file that is not a feed is an input error', () => {
  assert.throws(() => feedEntries('<?xml version="1.0"?><catalog><book/></catalog>', 'x.xml', 'x'), /not an RSS or Atom feed/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { readInputs, type Entry, type ReadEvent } from './read.js';
import { idFromName, kindFromName, sniffKind } from './formats.js';

async function collect(paths: string[], maxBytes = 1 << 20, stdin?: Readable): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const e of readInputs(paths, { maxBytes, stdin })) out.push(e);
  return out;
}

async function entriesOf(e: ReadEvent | undefined): Promise<Entry[]> {
  const out: Entry[] = [];
  if (e?.kind === 'file') for await (const x of e.file.entries) out.push(x);
  return out;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'corr-read-'));
}

test('ids and kinds come from file names', () => {
  assert.equal(idFromName('a/b/000_x.txt.gz'), '000_x');
  assert.equal(idFromName('story.v2.html'), 'story.v2');
  assert.equal(kindFromName('x.JSONL.gz'), 'jsonl');
  assert.equal(kindFromName('README.md'), null);
  assert.equal(sniffKind('<!DOCTYPE html><html>'), 'html');
  assert.equal(sniffKind('{"a":1}\n{"a":2}\n'), 'jsonl');
  assert.equal(sniffKind('[{"a":1}]'), 'json');
  assert.equal(sniffKind('Plain title\n\nBody.'), 'text');
});

test('folders are read recursively in name order; unsupported files are skipped, not failed', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b.txt'), 'B text');
  writeFileSync(join(dir, 'sub', 'a.html'), '<p>A</p>');
  writeFileSync(join(dir, 'notes.md'), '# notes');
  writeFileSync(join(dir, '.hidden.txt'), 'x');
  const events = await collect([dir]);
  const files = events.filter((e) => e.kind === 'file').map((e) => (e.kind === 'file' ? e.file.source : ''));
  assert.deepEqual(files, [join(dir, 'b.txt'), join(dir, 'sub', 'a.html')]);
  assert.equal(events.filter((e) => e.kind === 'skipped').length, 1);
});

test('bad inputs become errors with path and reason, and reading goes on', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(dir, 'trunc.txt.gz'), gzipSync('hello world, a long enough text').subarray(0, 15));
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
  writeFileSync(join(dir, 'bad.json'), '{"id": 1,');
  writeFileSync(join(dir, 'ok.txt'), 'Fine text.');
  const events = await collect([dir, join(dir, 'missing.txt')], 1024);
  const errors = Object.fromEntries(
    events.filter((e) => e.kind === 'error').map((e) => [e.source.split('/').at(-1), e.kind === 'error' ? e.reason : '']),
  );
  assert.match(errors['empty.txt'] ?? '', /empty/);
  assert.match(errors['binary.txt'] ?? '', /binary/);
  assert.match(errors['trunc.txt.gz'] ?? '', /gzip/);
  assert.match(errors['big.txt'] ?? '', /too large/);
  assert.match(errors['bad.json'] ?? '', /malformed JSON/);
  assert.match(errors['missing.txt'] ?? '', /cannot read path/);
  assert.ok(events.some((e) => e.kind === 'file' && e.file.source.endsWith('ok.txt')));
});

test('an unreadable file is reported', { skip: process.getuid?.() === 0 ? 'running as root: permissions do not stop reads' : false }, async () => {
  const dir = tmp();
  const p = join(dir, 'locked.txt');
  writeFileSync(p, 'secret');
  chmodSync(p, 0o000);
  const events = await collect([p]);
  assert.equal(events[0]?.kind, 'error');
});

test('JSONL: a malformed line is reported with its line number, the others are read', async () => {
  const dir = tmp();
  const p = join(dir, 'feed.jsonl.gz');
  writeFileSync(p, gzipSync('{"id":"a","text":"A"}\n{oops\n\n[1,2]\n{"text":"C"}\n'));
  const [event] = await collect([p]);
  assert.equal(event?.kind, 'file');
  const entries = await entriesOf(event);
  assert.equal(entries.length, 4);
  assert.deepEqual(entries.map((e) => e.ok), [true, false, false, true]);
  const bad = entries[1];
  assert.ok(bad && !bad.ok && bad.source.endsWith('feed.jsonl.gz:2') && /malformed JSON line/.test(bad.reason));
  const last = entries[3];
  assert.ok(last?.ok && last.input.fallbackId === 'feed-5');
});

test('JSON: an array, an export object, or one object', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'arr.json'), JSON.stringify([{ text: 'a' }, { text: 'b' }]));
  writeFileSync(join(dir, 'exp.json'), JSON.stringify({ articles: [{ id: 'x', text: 'a' }], events: [] }));
  writeFileSync(join(dir, 'one.json'), JSON.stringify({ text: 'a' }));
  const events = await collect([dir]);
  const counts = await Promise.all(events.map(async (e) => (e.kind === 'file' ? (await entriesOf(e)).length : -1)));
  assert.deepEqual(counts, [2, 1, 1]);
});

test('stdin is read and sniffed', async () => {
  const events = await collect(['-'], 1 << 20, Readable.from([Buffer.from('<html><body><p>Hi</p></body></html>')]));
  assert.equal(events[0]?.kind, 'file');
  if (events[0]?.kind === 'file') {
    const e = (await entriesOf(events[0]))[0];
    assert.ok(e?.ok && e.input.format === 'html' && e.input.fallbackId === 'stdin');
  }
});

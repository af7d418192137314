import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInputs, type Entry } from './read.js';

/** A WARC record as a WARC writer would write it. */
function record(type: string, uri: string, block: Buffer): Buffer {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2026-01-08T10:00:00Z\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

function http(status: number, type: string, body: Buffer, extra = ''): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status} X\r\nContent-Type: ${type}\r\n${extra}\r\n`), body]);
}

const page = (title: string) => Buffer.from(`<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${'A sentence of news. '.repeat(30)}</p></article></body></html>`);

async function read(path: string, maxBytes = 1 << 20): Promise<Entry[]> {
  const out: Entry[] = [];
  for await (const e of readInputs([path], { maxBytes })) if (e.kind === 'file') for await (const x of e.file.entries) out.push(x);
  return out;
}

test('WARC (gzip member per record): only HTML 200 responses become articles', async () => {
  const chunked = Buffer.from(`5\r\n<html\r\n${(page('Chunked').length - 5).toString(16)}\r\n${page('Chunked').subarray(5)}\r\n0\r\n\r\n`);
  const records = [
    record('warcinfo', '', Buffer.from('software: test\r\n')),
    record('request', 'https://news.test/a', Buffer.from('GET /a HTTP/1.1\r\n\r\n')),
    record('response', 'https://news.test/a', http(200, 'text/html; charset=utf-8', page('First'))),
    record('response', 'https://news.test/logo.png', http(200, 'image/png', Buffer.from([1, 2, 3]))),
    record('response', 'https://news.test/gone', http(404, 'text/html', page('Gone'))),
    record('response', 'https://news.test/gz', http(200, 'text/html', gzipSync(page('Zipped')), 'Content-Encoding: gzip\r\n')),
    record('response', 'https://news.test/ch', http(200, 'text/html', chunked, 'Transfer-Encoding: chunked\r\n')),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'corr-warc-'));
  const path = join(dir, 'crawl.warc.gz');
  writeFileSync(path, Buffer.concat(records.map((r) => gzipSync(r))));
  const entries = await read(path);
  const urls = entries.map((e) => (e.ok ? e.input.record?.['url'] : e.reason));
  assert.deepEqual(urls, ['https://news.test/a', 'https://news.test/gz', 'https://news.test/ch']);
  const html = entries.map((e) => (e.ok ? String(e.input.record?.['html']) : ''));
  assert.ok(html[1]!.includes('<title>Zipped</title>'));
  assert.ok(html[2]!.startsWith('<html><head><title>Chunked'));
});

test('WARC: an oversized record is reported and skipped, a truncated file is reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corr-warc-'));
  const big = record('response', 'https://news.test/big', http(200, 'text/html', Buffer.alloc(5000, 0x61)));
  const ok = record('response', 'https://news.test/ok', http(200, 'text/html', page('Ok')));
  const path = join(dir, 'x.warc');
  writeFileSync(path, Buffer.concat([big, ok, ok.subarray(0, 100)]));
  const entries = await read(path, 4000);
  assert.deepEqual(entries.map((e) => e.ok), [false, true, false]);
  assert.match(entries[0]!.ok ? '' : entries[0]!.reason, /too large/);
  assert.match(entries[2]!.ok ? '' : entries[2]!.reason, /truncated/);
});

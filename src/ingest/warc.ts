import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { decodeBytes } from '../text/encoding.js';
import type { Entry } from './records.js';

export interface WarcRecord {
  /** Header names lower-cased. */
  headers: Map<string, string>;
  block: Buffer;
}

/** Longest WARC or HTTP header block we accept: real ones are a few KB. */
const MAX_HEADER_BYTES = 64 * 1024;
const CRLF2 = Buffer.from('\r\n\r\n');

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * Streams WARC records out of decompressed bytes, never holding more than one record. Records with a
 * block over `maxBlockBytes` are skipped (their bytes consumed) and reported through `onSkip`.
 */
export async function* warcRecords(chunks: AsyncIterable<Buffer>, maxBlockBytes: number, onSkip: (reason: string) => void): AsyncGenerator<WarcRecord> {
  let buf: Buffer = Buffer.alloc(0);
  let need: { headers: Map<string, string>; length: number; skip: boolean } | null = null;
  for await (const chunk of chunks) {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    for (;;) {
      if (!need) {
        const start = buf.indexOf('WARC/');
        if (start === -1) {
          buf = buf.subarray(Math.max(0, buf.length - 4));
          break;
        }
        const end = buf.indexOf(CRLF2, start);
        if (end === -1) {
          if (buf.length - start > MAX_HEADER_BYTES) throw new Error('WARC header block too long: not a WARC file?');
          break;
        }
        const headers = parseHeaders(buf.subarray(start, end).toString('latin1'));
        const length = Number(headers.get('content-length') ?? NaN);
        if (!Number.isFinite(length) || length < 0) throw new Error('WARC record without a valid Content-Length');
        need = { headers, length, skip: length > maxBlockBytes };
        if (need.skip) onSkip(`WARC record ${headers.get('warc-target-uri') ?? ''} too large (${length} bytes)`);
        buf = buf.subarray(end + 4);
      }
      if (need.skip) {
        const take = Math.min(need.length, buf.length);
        need.length -= take;
        buf = buf.subarray(take);
        if (need.length > 0) break;
        need = null;
        continue;
      }
      if (buf.length < need.length) break;
      const block = Buffer.from(buf.subarray(0, need.length));
      buf = buf.subarray(need.length);
      yield { headers: need.headers, block };
      need = null;
    }
  }
  if ((need && need.length > 0) || (!need && buf.includes('WARC/'))) onSkip('WARC file ends inside a record (truncated)');
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd === -1) break;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decompress(body: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      return body;
  }
}

/** An HTTP response inside a `response` record: its status, headers and decoded body. */
export function httpResponse(block: Buffer): { status: number; headers: Map<string, string>; body: Buffer } | null {
  const end = block.indexOf(CRLF2);
  if (end === -1 || !block.subarray(0, 5).toString('latin1').startsWith('HTTP/')) return null;
  const head = block.subarray(0, end).toString('latin1');
  const status = Number(/^HTTP\/\S+\s+(\d{3})/.exec(head)?.[1] ?? 0);
  const headers = parseHeaders(head);
  let body = block.subarray(end + 4);
  // Common Crawl stores bodies already de-chunked and decoded, renaming the headers to X-Crawler-*.
  if ((headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked')) body = dechunk(body);
  body = decompress(body, headers.get('content-encoding'));
  return { status, headers, body };
}

const HTML_TYPE = /text\/html|application\/xhtml\+xml/i;

/** HTML pages in a WARC stream as article records (url from WARC-Target-URI; crawl date kept in `extra`). */
export async function* warcEntries(chunks: AsyncIterable<Buffer>, source: string, baseId: string, maxBlockBytes: number): AsyncGenerator<Entry> {
  const skipped: string[] = [];
  let n = 0;
  for await (const rec of warcRecords(chunks, maxBlockBytes, (r) => skipped.push(r))) {
    while (skipped.length) yield { ok: false, source, reason: skipped.shift()! };
    const type = rec.headers.get('warc-type');
    if (type !== 'response' && type !== 'resource') continue;
    n += 1;
    const where = `${source}#${n}`;
    const url = rec.headers.get('warc-target-uri') ?? null;
    let body: Buffer = rec.block;
    let contentType = rec.headers.get('content-type') ?? '';
    if (type === 'response') {
      let http;
      try {
        http = httpResponse(rec.block);
      } catch (error) {
        yield { ok: false, source: where, reason: `undecodable HTTP body (${(error as Error).message})` };
        continue;
      }
      if (!http || http.status !== 200) continue;
      body = http.body;
      contentType = http.headers.get('content-type') ?? rec.headers.get('warc-identified-payload-type') ?? '';
    }
    if (!HTML_TYPE.test(contentType) || body.length === 0) continue;
    const record = { url, html: decodeBytes(body, 'html').text, crawled: rec.headers.get('warc-date') ?? null };
    yield { ok: true, input: { source: where, format: 'record', record, fallbackId: `${baseId}-${n}` } };
  }
  while (skipped.length) yield { ok: false, source, reason: skipped.shift()! };
}

import { createReadStream } from 'node:fs';
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { decodeBytes } from '../text/encoding.js';
import { InputError, binaryReason, formatBytes, gunzip, isGzip, sha256 } from './bytes.js';
import { idFromName, kindFromName, sniffKind, type FileKind } from './formats.js';
import { feedEntries } from './feed.js';
import { jsonEntries, jsonlEntries, type Entry } from './records.js';
import { warcEntries } from './warc.js';

export type { Entry } from './records.js';

export interface ReadOptions {
  /** Files larger than this (before or after gunzip) are reported and skipped. */
  maxBytes: number;
  stdin?: Readable;
  signal?: AbortSignal;
}

/** A file read whole: its identity (for resuming) and the article entries it yielded. */
export interface InputFile {
  source: string;
  hash: string;
  /** Read lazily for streamed formats (WARC): consume once. */
  entries: Iterable<Entry> | AsyncIterable<Entry>;
}

export type ReadEvent =
  | { kind: 'file'; file: InputFile }
  | { kind: 'error'; source: string; reason: string }
  | { kind: 'skipped'; source: string; reason: string };

/** 64 MB: far above any article or daily feed dump, well below what strains memory. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

async function* expand(path: string, explicit: boolean): AsyncGenerator<{ path: string; explicit: boolean } | ReadEvent> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { kind: 'error', source: path, reason: `cannot read path (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      yield { kind: 'error', source: path, reason: `cannot list folder (${(error as NodeJS.ErrnoException).code})` };
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      yield* expand(join(path, name), false);
    }
    return;
  }
  if (!info.isFile()) {
    yield { kind: 'error', source: path, reason: 'not a regular file' };
    return;
  }
  if (!explicit && kindFromName(path) === null) {
    yield { kind: 'skipped', source: path, reason: 'not a supported file type (.txt, .html, .json, .jsonl, .rss/.atom/.xml feeds, .warc, and .gz of these)' };
    return;
  }
  yield { path, explicit };
}

async function readStdin(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** Turns one file's bytes into article entries, or throws an InputError saying why it can't. */
export function entriesFromBytes(source: string, raw: Uint8Array, maxBytes: number): Entry[] {
  const bytes = isGzip(raw) ? gunzip(raw, maxBytes) : raw;
  if (bytes.length === 0) throw new InputError('empty file');
  const binary = binaryReason(bytes);
  if (binary) throw new InputError(binary);
  const baseId = source === '-' ? 'stdin' : idFromName(source);
  let kind: FileKind | null = source === '-' ? null : kindFromName(source);
  const decoded = kind === 'json' || kind === 'jsonl' || kind === null ? decodeBytes(bytes, 'text') : null;
  if (decoded && decoded.text.trim() === '') throw new InputError('empty file');
  kind ??= sniffKind(decoded?.text ?? '');
  if (kind === 'jsonl') return jsonlEntries(decoded?.text ?? decodeBytes(bytes, 'text').text, source, baseId);
  if (kind === 'json') return jsonEntries(decoded?.text ?? decodeBytes(bytes, 'text').text, source, baseId);
  if (kind === 'feed') return feedEntries(decodeBytes(bytes, 'xml').text, source, baseId);
  if (kind === 'warc') return [{ ok: false, source, reason: 'WARC content must be read from a file (.warc, .warc.gz)' }];
  return [{ ok: true, input: { source, format: kind, bytes, fallbackId: baseId } }];
}

/**
 * Reads files, folders (recursively, in name order) and `-` (stdin) into article entries.
 * A bad input becomes an `error` event with its path and reason; reading goes on.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<ReadEvent> {
  for (const top of paths) {
    if (top === '-') {
      if (!options.stdin) {
        yield { kind: 'error', source: '-', reason: 'no standard input available' };
        continue;
      }
      yield* readOne('-', await readStdin(options.stdin), options.maxBytes);
      continue;
    }
    for await (const item of expand(top, true)) {
      if (options.signal?.aborted) return;
      if ('kind' in item) {
        yield item;
        continue;
      }
      if (kindFromName(item.path) === 'warc') {
        yield await readWarc(item.path, options.maxBytes);
        continue;
      }
      let info;
      try {
        info = await stat(item.path);
      } catch (error) {
        yield { kind: 'error', source: item.path, reason: `cannot read file (${(error as NodeJS.ErrnoException).code})` };
        continue;
      }
      if (info.size > options.maxBytes) {
        yield { kind: 'error', source: item.path, reason: `file too large (${formatBytes(info.size)} > ${formatBytes(options.maxBytes)} limit; raise --max-bytes)` };
        continue;
      }
      let raw: Uint8Array;
      try {
        raw = await readFile(item.path);
      } catch (error) {
        yield { kind: 'error', source: item.path, reason: `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
        continue;
      }
      yield* readOne(item.path, raw, options.maxBytes);
    }
  }
}

function* readOne(source: string, raw: Uint8Array, maxBytes: number): Generator<ReadEvent> {
  try {
    yield { kind: 'file', file: { source, hash: sha256(raw), entries: entriesFromBytes(source, raw, maxBytes) } };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { kind: 'error', source, reason: error.message };
  }
}

/** Bytes of a WARC's head that, with its size and modification time, identify it without reading it all. */
const WARC_ID_BYTES = 1 << 16;

/** WARC files are streamed record by record (they run to gigabytes); `maxBytes` caps one record. */
async function readWarc(path: string, maxBytes: number): Promise<ReadEvent> {
  try {
    const info = await stat(path);
    const handle = await open(path);
    const head = Buffer.alloc(Math.min(WARC_ID_BYTES, info.size));
    await handle.read(head, 0, head.length, 0);
    await handle.close();
    const hash = sha256(Buffer.concat([Buffer.from(`${info.size}:${info.mtimeMs}:`), head]));
    const file = createReadStream(path);
    const chunks = isGzip(head) ? file.pipe(createGunzip()) : file;
    return { kind: 'file', file: { source: path, hash, entries: warcEntries(chunks, path, idFromName(path), maxBytes) } };
  } catch (error) {
    return { kind: 'error', source: path, reason: `cannot read WARC (${(error as Error).message})` };
  }
}

import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { decodeBytes } from '../text/encoding.js';
import { InputError, binaryReason, formatBytes, gunzip, isGzip, sha256 } from './bytes.js';
import { idFromName, kindFromName, sniffKind, type FileKind } from './formats.js';
import { jsonEntries, jsonlEntries, type Entry } from './records.js';

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
  entries: Entry[];
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
    yield { kind: 'skipped', source: path, reason: 'not a supported file type (.txt, .html, .htm, .json, .jsonl, and .gz of these)' };
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

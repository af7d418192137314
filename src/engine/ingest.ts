import { ArticleDoc } from '../core/document.js';
import { runStages } from '../core/runner.js';
import type { Stage } from '../core/stage.js';
import { toStored } from '../core/to-stored.js';
import { DEFAULT_MAX_BYTES, readInputs, type InputFile, type ReadEvent } from '../ingest/read.js';
import { fetchInputs, type FetchInputsOptions } from '../fetch/index.js';
import type { Store, StoredArticle } from '../store/store.js';
import type { Readable } from 'node:stream';

/** Articles written per transaction: big enough to amortise commits, small enough to lose little on a kill. */
export const BATCH_SIZE = 200;

export interface IngestProblem {
  source: string;
  reason: string;
}

export interface IngestReport {
  /** Input files read (including ones that failed). */
  files: number;
  /** Files skipped because the same bytes were stored by an earlier run. */
  unchanged: number;
  articles: number;
  inserted: number;
  updated: number;
  /** Inputs (files, records) that could not be read or processed, with why. */
  failed: IngestProblem[];
  /** Files passed over on purpose (unsupported type inside a folder). */
  skipped: IngestProblem[];
  /** Articles flagged as not articles (index pages, stubs). */
  notArticles: number;
  /** What each corpus stage did, e.g. `{ events: '2 events' }`. */
  corpus: Record<string, string>;
}

export interface IngestProgress {
  files: number;
  articles: number;
  failed: number;
  current: string;
}

export interface IngestOptions {
  signal?: AbortSignal;
  stdin?: Readable;
  /** Largest input file accepted (bytes). */
  maxBytes?: number;
  /** Re-process files even when the same bytes were stored before. */
  force?: boolean;
  onProgress?: (p: IngestProgress) => void;
  /** Called with each stored article, e.g. to print what was found. */
  onArticle?: (a: StoredArticle) => void;
  /** How http(s) inputs are fetched (politeness, limits, private addresses). */
  fetch?: FetchInputsOptions;
}

const IS_URL = /^https?:\/\//i;

/** Files, folders and stdin through the readers, then URLs through the polite fetcher. */
async function* inputEvents(paths: readonly string[], options: IngestOptions): AsyncGenerator<ReadEvent> {
  const urls = paths.filter((p) => IS_URL.test(p));
  const local = paths.filter((p) => !IS_URL.test(p));
  if (local.length) yield* readInputs(local, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, stdin: options.stdin, signal: options.signal });
  if (urls.length) yield* fetchInputs(urls, { ...options.fetch, signal: options.signal });
}

export function emptyReport(): IngestReport {
  return { files: 0, unchanged: 0, articles: 0, inserted: 0, updated: 0, failed: [], skipped: [], notArticles: 0, corpus: {} };
}

async function ingestFile(file: InputFile, store: Store, stages: readonly Stage[], report: IngestReport, options: IngestOptions): Promise<void> {
  let batch: StoredArticle[] = [];
  let entries = 0;
  const flush = async (done: boolean) => {
    const mark = done && file.source !== '-' ? [{ source: file.source, hash: file.hash, articles: entries }] : [];
    if (batch.length === 0 && mark.length === 0) return;
    const r = await store.putBatch(batch, mark);
    report.inserted += r.inserted;
    report.updated += r.updated;
    batch = [];
  };
  for await (const entry of file.entries) {
    entries += 1;
    if (!entry.ok) {
      report.failed.push({ source: entry.source, reason: entry.reason });
      continue;
    }
    const doc = await runStages(stages, new ArticleDoc(entry.input), { signal: options.signal });
    const fatal = doc.fatal;
    if (fatal) {
      if (options.signal?.aborted) return;
      report.failed.push({ source: doc.source, reason: `${fatal.stage}: ${fatal.reason}` });
      continue;
    }
    const stored = toStored(doc);
    if (stored.notArticle) report.notArticles += 1;
    report.articles += 1;
    options.onArticle?.(stored);
    batch.push(stored);
    if (batch.length >= BATCH_SIZE) await flush(false);
  }
  await flush(true);
}

/**
 * Reads the inputs, runs the per-article stages and stores the results in batches.
 * A bad input is reported and skipped; a file already stored with the same bytes is skipped,
 * so a re-run after a crash completes the work without duplicates.
 */
export async function ingest(paths: readonly string[], store: Store, stages: readonly Stage[], options: IngestOptions = {}): Promise<IngestReport> {
  return ingestEvents(inputEvents(paths, options), store, stages, options);
}

/** The ingest loop over any stream of read events (files, fetched URLs, a feed watcher). */
export async function ingestEvents(events: AsyncIterable<ReadEvent>, store: Store, stages: readonly Stage[], options: IngestOptions = {}): Promise<IngestReport> {
  const report = emptyReport();
  const progress = (current: string) =>
    options.onProgress?.({ files: report.files, articles: report.articles, failed: report.failed.length, current });
  for await (const event of events) {
    if (options.signal?.aborted) break;
    if (event.kind === 'skipped') {
      report.skipped.push({ source: event.source, reason: event.reason });
      continue;
    }
    report.files += 1;
    if (event.kind === 'error') {
      report.failed.push({ source: event.source, reason: event.reason });
    } else if (!options.force && event.file.source !== '-' && (await store.isInputDone(event.file.source, event.file.hash))) {
      report.unchanged += 1;
    } else {
      await ingestFile(event.file, store, stages, report, options);
    }
    progress(event.kind === 'file' ? event.file.source : event.source);
  }
  return report;
}

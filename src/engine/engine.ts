import type { Writable } from 'node:stream';
import { articleStages, corpusStages } from '../pipeline.js';
import { exportCorpus, type ExportFormat } from '../export/export.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';
import { watchFeeds, type WatchOptions } from '../fetch/index.js';
import type { ReadEvent } from '../ingest/read.js';
import { ingest, ingestEvents, type IngestOptions, type IngestReport } from './ingest.js';

export interface EngineOptions {
  /**
   * Where to store: a `postgres://` or `postgresql://` URL opens PostgreSQL (`?schema=name` picks the
   * schema), anything else is a SQLite file (default `./corroborate.db`). Ignored when `store` is given.
   */
  db?: string;
  /** An open store of any backend. */
  store?: Store;
}

export interface Engine {
  readonly store: Store;
  ingest(paths: readonly string[], options?: IngestOptions): Promise<IngestReport>;
  /**
   * Polls feeds until `signal` aborts, storing new items as they appear; `onReport` hears each
   * round's result per feed.
   */
  watch(urls: readonly string[], options: Omit<WatchOptions, 'onEvent'> & { onReport?: (r: IngestReport) => void }): Promise<void>;
  export(format: ExportFormat, out: Writable): Promise<number>;
  close(): Promise<void>;
}

export const DEFAULT_DB = './corroborate.db';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** Opens the backend `db` names; the PostgreSQL driver is loaded only when a server URL is given. */
async function openStore(db: string): Promise<Store> {
  if (!POSTGRES_URL.test(db)) return openSqliteStore({ path: db });
  const { openPostgresStore } = await import('../store/postgres/index.js');
  return openPostgresStore({ url: db });
}

/**
 * The library's entry point; the CLI and HTTP API are thin shells over it.
 *
 * @example
 *   const engine = await createEngine({ db: 'news.db' });
 *   const report = await engine.ingest(['./articles']);
 *   await engine.export('json', createWriteStream('corpus.json'));
 *   await engine.close();
 */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const store = options.store ?? (await openStore(options.db ?? DEFAULT_DB));
  const stages = articleStages();
  const corpus = corpusStages();
  // Set before any article is stored and cleared once the corpus stages finish, so a run killed in
  // between has them redone by the next run, even when that run finds nothing new.
  const owed = 'corpus-stages-owed';
  const ingestThenCorpus = async (run: () => Promise<IngestReport>, signal?: AbortSignal) => {
    const wasOwed = (await store.getMeta(owed)) !== null;
    await store.setMeta(owed, new Date().toISOString());
    const report = await run();
    if (signal?.aborted) return report;
    if (report.articles > 0 || wasOwed) {
      for (const stage of corpus) report.corpus[stage.name] = `${await stage.run(store, { signal })} ${stage.counts}`;
    }
    if (!signal?.aborted) await store.setMeta(owed, null);
    return report;
  };
  return {
    store,
    async ingest(paths, o = {}) {
      return ingestThenCorpus(() => ingest(paths, store, stages, o), o.signal);
    },
    async watch(urls, { onReport, ...o }) {
      await watchFeeds(urls, {
        ...o,
        onEvent: async (event: ReadEvent) => {
          const one = (async function* () {
            yield event;
          })();
          onReport?.(await ingestThenCorpus(() => ingestEvents(one, store, stages, { signal: o.signal }), o.signal));
        },
      });
    },
    export: (format, out) => exportCorpus(store, format, out),
    close: () => store.close(),
  };
}

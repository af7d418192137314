import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, DEFAULT_DB } from '../engine/engine.js';
import { compareEvent } from '../claims/compare.js';
import { renderComparison } from '../claims/render.js';
import type { ExportFormat } from '../export/export.js';
import type { StoredArticle } from '../store/store.js';
import { DEFAULT_HOST, DEFAULT_PORT } from '../server/defaults.js';
import { countInputs } from './count.js';
import { progressView } from './progress.js';
import { describeArticle, describeEvents, describeReport } from './summary.js';

/** Exit codes: the run worked; some inputs failed (the rest were stored); the command was wrong; the run could not work (store unavailable). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, failed: 3 } as const;

/** Articles listed one by one after an ingest when there are at most this many (else use --list). */
const LIST_LIMIT = 20;

const USAGE = `corroborate: news-intelligence engine

  corroborate ingest <path|folder|url|-> ... [--db FILE] [--max-bytes N] [--force] [--list] [--quiet]
      Read .txt, .html, .json/.jsonl, RSS/Atom feeds, .warc (and .gz of these), folders recursively,
      - for stdin, and http(s) URLs of pages, feeds and sitemaps (fetched politely: robots.txt,
      per-host rate limit, size and time limits; private addresses refused unless --allow-private);
      clean and store them. A bad input is reported and skipped; exit code 1 if any failed.
      URL options: --follow-items (fetch the page behind a short feed item), --max-urls N (per sitemap)
  corroborate watch <feed-url|sources.txt> ... [--interval SECONDS] [--db FILE]
      Poll feeds (a sources file lists one URL per line, # for comments) with conditional requests,
      storing new items, until interrupted.
  corroborate export [--db FILE] [--format json|jsonl] [--out FILE]
      Write the stored corpus (to stdout without --out).
  corroborate compare <event-id> [--db FILE] [--top N]
      Compare an event's articles claim by claim: claims by independent sources, a source-by-claim
      matrix (● carried, · omitted) and conflicting figures side by side. An id prefix is enough.
  corroborate serve [--db FILE] [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--token TOKEN]
      Serve the web UI and the JSON API (described at /api/openapi.json) until interrupted. Read-only
      unless a token is set (--token or CORROBORATE_TOKEN): then POST /api/articles with
      "Authorization: Bearer TOKEN" stores articles.

  --db FILE|URL   SQLite file (default ${DEFAULT_DB}) or postgres://user@host:port/database

  Exit codes: 0 ok, 1 some inputs failed (the rest are stored), 2 usage error, 3 could not run.
`;

/** Flags as plain data: one schema for all commands. */
const OPTIONS = {
  db: { type: 'string', default: DEFAULT_DB },
  'max-bytes': { type: 'string' },
  force: { type: 'boolean', default: false },
  list: { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  format: { type: 'string', default: 'json' },
  'allow-private': { type: 'boolean', default: false },
  'follow-items': { type: 'boolean', default: false },
  'max-urls': { type: 'string' },
  interval: { type: 'string', default: '300' },
  out: { type: 'string' },
  port: { type: 'string', default: String(DEFAULT_PORT) },
  host: { type: 'string', default: DEFAULT_HOST },
  token: { type: 'string' },
  top: { type: 'string', default: '12' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

async function runIngest(paths: string[], values: Record<string, unknown>): Promise<number> {
  if (paths.length === 0) throw new UsageError('ingest needs at least one path (or - for stdin)');
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(maxBytes > 0)) throw new UsageError('--max-bytes must be a positive number');
  const quiet = values['quiet'] === true;
  const engine = await createEngine({ db: String(values['db']) });
  const ac = new AbortController();
  const onSignal = () => ac.abort();
  process.once('SIGINT', onSignal);
  const view = quiet ? null : progressView(process.stderr, await countInputs(paths));
  const found: StoredArticle[] = [];
  try {
    const report = await engine.ingest(paths, {
      signal: ac.signal,
      stdin: process.stdin,
      maxBytes,
      force: values['force'] === true,
      fetch: fetchOptions(values),
      onProgress: (p) => view?.update(p),
      onArticle: (a) => void (found.length <= LIST_LIMIT || values['list'] ? found.push(a) : undefined),
    });
    view?.done();
    if (!quiet && (values['list'] === true || found.length <= LIST_LIMIT)) {
      for (const a of found) process.stdout.write(`${describeArticle(a)}\n`);
      const events = await engine.store.eventSet();
      if (events.events.length) process.stdout.write(`${describeEvents(events)}\n`);
    }
    process.stdout.write(`${describeReport(report)}\n`);
    if (ac.signal.aborted) process.stderr.write('interrupted: what was stored stays stored; run again to finish\n');
    return report.failed.length > 0 || ac.signal.aborted ? EXIT.someFailed : EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    await engine.close();
  }
}

function fetchOptions(values: Record<string, unknown>) {
  const maxUrls = values['max-urls'] === undefined ? undefined : Number(values['max-urls']);
  if (maxUrls !== undefined && !(maxUrls > 0)) throw new UsageError('--max-urls must be a positive number');
  return { allowPrivate: values['allow-private'] === true, followItems: values['follow-items'] === true, maxUrls };
}

/** URLs from the arguments; a file argument lists URLs one per line (# starts a comment). */
async function watchList(args: readonly string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const a of args) {
    if (/^https?:\/\//i.test(a)) urls.push(a);
    else urls.push(...(await readFile(a, 'utf8')).split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
  }
  return urls;
}

async function runWatch(args: string[], values: Record<string, unknown>): Promise<number> {
  const intervalSeconds = Number(values['interval']);
  if (!(intervalSeconds > 0)) throw new UsageError('--interval must be a positive number of seconds');
  const urls = await watchList(args);
  if (urls.length === 0) throw new UsageError('watch needs feed URLs or a file listing them');
  const engine = await createEngine({ db: String(values['db']) });
  const ac = new AbortController();
  const onSignal = () => ac.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.stderr.write(`watching ${urls.length} feeds every ${intervalSeconds} s; Ctrl-C stops\n`);
  try {
    const { maxUrls: _unused, ...fetch } = fetchOptions(values);
    await engine.watch(urls, {
      ...fetch, intervalSeconds, signal: ac.signal,
      onReport: (r) => {
        if (r.files || r.failed.length) process.stdout.write(`${new Date().toISOString()} ${describeReport(r)}\n`);
      },
    });
    return EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await engine.close();
  }
}

async function runExport(values: Record<string, unknown>): Promise<number> {
  const format = String(values['format']);
  if (format !== 'json' && format !== 'jsonl') throw new UsageError(`unknown --format ${format} (json or jsonl)`);
  const engine = await createEngine({ db: String(values['db']) });
  try {
    const outPath = values['out'] === undefined ? null : String(values['out']);
    if (outPath) await mkdir(dirname(outPath), { recursive: true });
    const out = outPath ? createWriteStream(outPath) : process.stdout;
    const n = await engine.export(format as ExportFormat, out);
    if (outPath) {
      await new Promise<void>((resolve, reject) => out.end(() => resolve()).once('error', reject));
      process.stderr.write(`exported ${n} articles to ${outPath}\n`);
    }
    return EXIT.ok;
  } finally {
    await engine.close();
  }
}

async function runCompare(args: string[], values: Record<string, unknown>): Promise<number> {
  const [eventId, ...extra] = args;
  if (eventId === undefined || extra.length) throw new UsageError('compare needs one event id');
  const top = Number(values['top']);
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--top must be a positive whole number');
  const engine = await createEngine({ db: String(values['db']) });
  try {
    const view = await compareEvent(engine.store, eventId, top);
    if (!view) {
      process.stderr.write(`corroborate: no event "${eventId}" (or the prefix matches several)\n`);
      return EXIT.failed;
    }
    process.stdout.write(renderComparison(view, process.stdout.columns ?? 100));
    return EXIT.ok;
  } finally {
    await engine.close();
  }
}

async function runServe(values: Record<string, unknown>): Promise<number> {
  const port = Number(values['port']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a whole number from 0 to 65535');
  const token = values['token'] === undefined ? (process.env['CORROBORATE_TOKEN'] ?? null) : String(values['token']);
  if (token !== null && token.length < 16) throw new UsageError('a token must be at least 16 characters');
  const engine = await createEngine({ db: String(values['db']) });
  try {
    // Imported here so other commands do not load the HTTP stack.
    const { serve } = await import('../server/serve.js');
    const server = await serve({ engine, port, host: String(values['host']), token });
    process.stderr.write(`serving ${String(values['db'])} at ${server.url} (${token ? 'POST /api/articles enabled' : 'read-only'}); Ctrl-C stops\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    return EXIT.ok;
  } finally {
    await engine.close();
  }
}

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      process.stdout.write(USAGE);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    if (command === 'ingest') return await runIngest(rest, values);
    if (command === 'export') return await runExport(values);
    if (command === 'watch') return await runWatch(rest, values);
    if (command === 'serve') return await runServe(values);
    if (command === 'compare') return await runCompare(rest, values);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`corroborate: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    process.stderr.write(`corroborate: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

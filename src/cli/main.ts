import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, DEFAULT_DB } from '../engine/engine.js';
import type { ExportFormat } from '../export/export.js';
import type { StoredArticle } from '../store/store.js';
import { countInputs } from './count.js';
import { progressView } from './progress.js';
import { describeArticle, describeReport } from './summary.js';

/** Exit codes: the run worked; some inputs failed (the rest were stored); the command was wrong; the run could not work (store unavailable). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, failed: 3 } as const;

/** Articles listed one by one after an ingest when there are at most this many (else use --list). */
const LIST_LIMIT = 20;

const USAGE = `corroborate: news-intelligence engine

  corroborate ingest <path|folder|-> ... [--db FILE] [--max-bytes N] [--force] [--list] [--quiet]
      Read .txt, .html/.htm, .json/.jsonl (and .gz of these), folders recursively, - for stdin;
      clean and store them. A bad input is reported and skipped; exit code 1 if any failed.
  corroborate export [--db FILE] [--format json|jsonl] [--out FILE]
      Write the stored corpus (to stdout without --out).

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
  out: { type: 'string' },
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
      onProgress: (p) => view?.update(p),
      onArticle: (a) => void (found.length <= LIST_LIMIT || values['list'] ? found.push(a) : undefined),
    });
    view?.done();
    if (!quiet && (values['list'] === true || found.length <= LIST_LIMIT)) {
      for (const a of found) process.stdout.write(`${describeArticle(a)}\n`);
    }
    process.stdout.write(`${describeReport(report)}\n`);
    if (ac.signal.aborted) process.stderr.write('interrupted: what was stored stays stored; run again to finish\n');
    return report.failed.length > 0 || ac.signal.aborted ? EXIT.someFailed : EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
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

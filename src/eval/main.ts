/**
 * `npm run eval`: run the eval suites over `../shared/eval` and print a table.
 *
 *   node dist/eval/main.js [--only trafilatura,htmldate] [--json out.json] [--check]
 *                          [--worst N] [--show file-substring] [--readability auto|always|never]
 *
 * `--check` compares every figure named in `eval-floors.json` (repo root) with its floor and exits 1
 * when one falls below (or, for costs, above) it. Suites are listed in SUITES; add new ones there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, findSharedEval } from './data.js';
import { htmldateSuite, readabilityMetaSuite, trafilaturaSuite } from './extraction.js';
import { plaintextSuite } from './plaintext.js';
import { suiteFromMetrics } from './adapt.js';
import { evalTime } from './time.js';
import { quotesSuite } from './quotes.js';
import { eventsSuite } from './events.js';
import { evalNer } from './ner.js';
import type { EvalArgs, EvalSuite, Row } from './suite.js';

/** Every eval suite, in run order. Future suites (events, quotes, ner, time) are added here. */
export const SUITES: EvalSuite[] = [
  trafilaturaSuite,
  htmldateSuite,
  readabilityMetaSuite,
  plaintextSuite,
  quotesSuite,
  eventsSuite,
  suiteFromMetrics('time', 'time expressions, TempEval-3: DATE value accuracy', evalTime, { valueAccuracy: 'HeidelTime 0.776 (TE-3 test)' }),
  suiteFromMetrics('ner', 'named entities: strict F1 on held-out WikiGold + GMB news, GUM Wikinews', (shared) => evalNer(shared), { f1_wikigold: 'compromise 0.419 (all WikiGold)' }),
];

interface Cli extends EvalArgs {
  json: string | null;
  check: boolean;
}

function parseArgs(argv: string[]): Cli {
  const cli: Cli = { only: [], worst: 0, show: null, json: null, check: false, readability: 'auto' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') cli.json = next();
    else if (a === '--check') cli.check = true;
    else if (a === '--only') cli.only = next().split(',').filter(Boolean);
    else if (a === '--worst') cli.worst = Number(next());
    else if (a === '--show') cli.show = next();
    else if (a === '--readability') {
      const v = next();
      if (v !== 'auto' && v !== 'always' && v !== 'never') throw new Error('--readability takes auto, always or never');
      cli.readability = v;
    }
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node dist/eval/main.js [--only a,b] [--json out.json] [--check] [--worst N] [--show file] [--readability auto|always|never]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return cli;
}

function fmt(v: number | null, kind: Row['kind']): string {
  if (v === null || Number.isNaN(v)) return '-';
  return kind === 'ratio' ? v.toFixed(3) : v.toFixed(1);
}

function printTable(results: { suite: string; rows: Row[] }[]): void {
  const lines: string[][] = [['suite', 'metric', 'tune', 'holdout', 'all', 'reference']];
  for (const r of results) for (const row of r.rows) lines.push([r.suite, row.metric, fmt(row.tune, row.kind), fmt(row.holdout, row.kind), fmt(row.all, row.kind), row.reference ?? '']);
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  for (const [n, l] of lines.entries()) {
    process.stdout.write(l.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd() + '\n');
    if (n === 0) process.stdout.write(widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  }
}

/** Flatten rows into `suite.metric.slice` -> value. */
function figuresOf(results: { suite: string; rows: Row[] }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results)
    for (const row of r.rows)
      for (const slice of ['tune', 'holdout', 'all'] as const) {
        const v = row[slice];
        if (v !== null) out[`${r.suite}.${row.metric}.${slice}`] = Number(v.toFixed(4));
      }
  return out;
}

function checkFloors(figures: Record<string, number>, rows: Map<string, Row>): boolean {
  const path = join(REPO_ROOT, 'eval-floors.json');
  if (!existsSync(path)) {
    process.stdout.write(`check: ${path} not found\n`);
    return false;
  }
  const floors = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number | string>;
  let ok = true;
  for (const [key, floor] of Object.entries(floors)) {
    if (typeof floor !== 'number') continue; // comments
    const v = figures[key];
    const suite = key.split('.')[0] ?? '';
    if (v === undefined) {
      process.stdout.write(`check: ${key}: not measured (suite ${suite} skipped or not run)\n`);
      continue;
    }
    const higher = rows.get(key)?.higherIsBetter ?? true;
    const fails = higher ? v < floor : v > floor;
    if (fails) ok = false;
    process.stdout.write(`check: ${fails ? 'FAIL' : 'ok  '} ${key} = ${v} (${higher ? 'floor' : 'ceiling'} ${floor})\n`);
  }
  return ok;
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  const shared = findSharedEval();
  if (!shared) {
    process.stdout.write('skipped: ../shared/eval not found (set CORROBORATE_SHARED to point elsewhere)\n');
    return;
  }
  const log = (line: string): void => void process.stderr.write(line + '\n');
  const results: { suite: string; rows: Row[] }[] = [];
  const rowIndex = new Map<string, Row>();
  for (const suite of SUITES) {
    if (cli.only.length && !cli.only.includes(suite.name)) continue;
    const t0 = performance.now();
    const res = await suite.run({ shared, args: cli, log });
    if (!res) continue;
    results.push({ suite: suite.name, rows: res.rows });
    for (const row of res.rows) for (const s of ['tune', 'holdout', 'all']) rowIndex.set(`${suite.name}.${row.metric}.${s}`, row);
    for (const n of res.notes) log(`${suite.name}: ${n}`);
    log(`${suite.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  printTable(results);
  const figures = figuresOf(results);
  if (cli.json) writeFileSync(cli.json, JSON.stringify(figures, null, 2) + '\n');
  if (cli.check && !checkFloors(figures, rowIndex)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`eval failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});

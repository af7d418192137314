/**
 * Time-expression eval on TempEval-3 (TimeBank + AQUAINT, TimeML): value accuracy over gold DATEs
 * (the predicted expression overlapping the gold span must carry the same value; a miss counts as
 * wrong), and span-overlap extraction precision/recall over all types. About a fifth of the files
 * (by a hash of the file name) are held out and never looked at while tuning.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TimeSpan } from '../core/document.js';
import { tagTimes } from '../time/tag.js';

/** One file in five is holdout: the first byte of the SHA-1 of its name, below 256 / 5. */
const HOLDOUT_SHARE = 0.2;

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDoc {
  name: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** The `<TEXT>` of a TimeML file as plain text, with every TIMEX3 inside it as offsets into that text. */
export function parseTimeML(name: string, xml: string): TimeMLDoc {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; tag: string } | null = null;
  const re = /<[^>]+>|&(\w+);|[^<&]+|&/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const tok = m[0];
    if (tok.startsWith('<TIMEX3')) open = { start: text.length, tag: tok };
    else if (tok === '</TIMEX3>' && open) {
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: attr(open.tag, 'type') ?? '', value: attr(open.tag, 'value') ?? '' });
      open = null;
    } else if (tok.startsWith('<')) continue;
    else text += m[1] ? (ENTITIES[m[1]] ?? tok) : tok;
  }
  return { name, dct: attr(dctTag, 'value'), text, timexes };
}

export const isHoldout = (name: string): boolean => createHash('sha1').update(name).digest()[0]! < 256 * HOLDOUT_SHARE;

interface Tally {
  dates: number;
  dateCorrect: number;
  dateFound: number;
  gold: number;
  goldFound: number;
  predicted: number;
  predictedRight: number;
  docs: number;
  ms: number;
}

const emptyTally = (): Tally => ({ dates: 0, dateCorrect: 0, dateFound: 0, gold: 0, goldFound: 0, predicted: 0, predictedRight: 0, docs: 0, ms: 0 });

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** One document's comparison; `misses` collects wrong DATE values for debugging. */
export function scoreDoc(doc: TimeMLDoc, predicted: TimeSpan[], t: Tally, misses?: string[]): void {
  t.docs++;
  t.gold += doc.timexes.length;
  t.predicted += predicted.length;
  for (const p of predicted) if (doc.timexes.some((g) => overlaps(g, p))) t.predictedRight++;
  for (const g of doc.timexes) {
    const hit = predicted.find((p) => overlaps(g, p));
    if (hit) t.goldFound++;
    if (g.type !== 'DATE') continue;
    t.dates++;
    if (hit) t.dateFound++;
    if (hit && hit.value === g.value) t.dateCorrect++;
    else misses?.push(`${doc.name}\tdct=${doc.dct}\t"${g.text}"\tgold=${g.value}\tgot=${hit ? `"${hit.text}" ${hit.value}` : '-'}`);
  }
}

function readDocs(dir: string): TimeMLDoc[] {
  const docs: TimeMLDoc[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(join(dir, sub.name)).sort())
      if (f.endsWith('.tml')) docs.push(parseTimeML(f, readFileSync(join(dir, sub.name, f), 'utf8')));
  }
  return docs;
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);

function metricsOf(t: Tally): Record<string, number> {
  const precision = ratio(t.predictedRight, t.predicted);
  const recall = ratio(t.goldFound, t.gold);
  return {
    valueAccuracy: ratio(t.dateCorrect, t.dates),
    valueAccuracyFound: ratio(t.dateCorrect, t.dateFound),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    docsPerSecond: ratio(t.docs * 1000, t.ms),
  };
}

/** Where TempEval-3 sits under the shared folder (`shared/` or `shared/eval/`), or null. */
function dataDir(sharedDir: string): string | null {
  for (const d of [join(sharedDir, 'eval', 'time', 'tempeval3'), join(sharedDir, 'time', 'tempeval3')]) if (existsSync(d)) return d;
  return null;
}

export interface TimeEvalResult {
  name: 'time';
  metrics: Record<string, number>;
  lines: string[];
  /** Wrong or missed gold DATE values on the tune slice (never holdout), for tuning. */
  tuneMisses: string[];
}

/** Runs the tagger over TempEval-3; `metrics` keys are `<metric>.<tune|holdout|all>`. Skips (empty) when the data is absent. */
export async function evalTime(sharedDir: string): Promise<TimeEvalResult> {
  const dir = dataDir(sharedDir);
  if (!dir) return { name: 'time', metrics: {}, lines: ['time: skipped (no eval/time/tempeval3 under the shared folder)'], tuneMisses: [] };
  const slices = { tune: emptyTally(), holdout: emptyTally(), all: emptyTally() };
  const tuneMisses: string[] = [];
  for (const doc of readDocs(dir)) {
    const t0 = performance.now();
    const predicted = tagTimes(doc.text, { dct: doc.dct });
    const ms = performance.now() - t0;
    const slice = isHoldout(doc.name) ? slices.holdout : slices.tune;
    for (const t of [slice, slices.all]) {
      t.ms += ms;
      scoreDoc(doc, predicted, t, t === slices.tune ? tuneMisses : undefined);
    }
  }
  const metrics: Record<string, number> = {};
  const lines = [`${'metric'.padEnd(20)} ${'tune'.padStart(7)} ${'holdout'.padStart(7)} ${'all'.padStart(7)}  reference`];
  const per = { tune: metricsOf(slices.tune), holdout: metricsOf(slices.holdout), all: metricsOf(slices.all) };
  const reference: Record<string, string> = { valueAccuracy: 'HeidelTime 0.776 (TE3 test, value F1)' };
  for (const key of Object.keys(per.all)) {
    for (const [slice, m] of Object.entries(per)) metrics[`${key}.${slice}`] = Number(m[key]!.toFixed(4));
    const fmt = (v: number): string => (key === 'docsPerSecond' ? v.toFixed(0) : v.toFixed(3)).padStart(7);
    lines.push(`${key.padEnd(20)} ${fmt(per.tune[key]!)} ${fmt(per.holdout[key]!)} ${fmt(per.all[key]!)}  ${reference[key] ?? ''}`.trimEnd());
  }
  lines.push(`gold DATEs: tune ${slices.tune.dates}, holdout ${slices.holdout.dates}; documents: tune ${slices.tune.docs}, holdout ${slices.holdout.docs}`);
  return { name: 'time', metrics, lines, tuneMisses };
}

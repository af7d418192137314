/**
 * Event clustering quality on `events/dev.jsonl` (ECB+ and the Gun Violence Corpus dev split).
 *
 * Stream order: dated articles (GVC) by `published`; undated ones (ECB+) keep their file order, which
 * groups each topic's articles by event (the headline figures). The `interleaved` figures feed undated
 * articles in id order instead, which interleaves the two same-kind events of each ECB+ topic: a
 * harder stream, reported beside. Undated articles come first; the two sets share no event.
 *
 * Slices: ~25% of ECB+ topics and GVC incidents (by SHA-256 of the topic or incident) are held out
 * and never tuned on; a whole topic goes to one slice, so no event is split across slices.
 * Each slice is streamed through its own clusterer; `all` streams everything through one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEventClusterer, type EventClustererOptions } from '../events/clusterer.js';
import { clusterScores, type ClusterScores } from '../events/metrics.js';
import type { EventArticle } from '../events/types.js';
import type { EvalSuite, Row } from './suite.js';

/** Share of ECB+ topics and GVC incidents kept aside as the held-out slice. */
export const EVENTS_HOLDOUT_SHARE = 0.25;

export interface DevArticle extends EventArticle {
  event: string;
  /** ECB+ topic, or the incident for GVC: the unit that goes whole into one slice. */
  group: string;
  set: string;
}

export type EventSlice = 'tune' | 'holdout';

/** The dev file under `sharedDir` (either `shared/` or `shared/eval/`), or null. */
export function devPath(sharedDir: string): string | null {
  for (const p of [join(sharedDir, 'events', 'dev.jsonl'), join(sharedDir, 'eval', 'events', 'dev.jsonl')]) if (existsSync(p)) return p;
  return null;
}

export function loadDev(path: string): DevArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      const str = (k: string): string | null => (typeof r[k] === 'string' ? (r[k] as string) : null);
      const event = str('event') ?? '';
      return {
        id: str('id') ?? '',
        title: str('title'),
        text: str('text') ?? '',
        published: str('published'),
        outlet: str('outlet'),
        url: str('url'),
        event,
        group: str('topic') ?? event,
        set: str('set') ?? '',
      };
    });
}

export function sliceOfGroup(group: string): EventSlice {
  const n = createHash('sha256').update(`events:${group}`).digest().readUInt32BE(0) / 0x1_0000_0000;
  return n < EVENTS_HOLDOUT_SHARE ? 'holdout' : 'tune';
}

/** How undated articles are ordered among themselves: as in the file, or by id. */
export type UndatedOrder = 'file' | 'id';

/** Published order; undated articles first, in file order (the sort is stable) or id order. */
export function streamOrder<T extends EventArticle>(rows: readonly T[], undated: UndatedOrder = 'file'): T[] {
  return [...rows].sort((a, b) => {
    const pa = a.published ?? '';
    const pb = b.published ?? '';
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (undated === 'file') return 0;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export interface StreamRun {
  scores: ClusterScores;
  events: number;
  articlesPerSecond: number;
  predicted: Map<string, string>;
}

/** Streams `rows` through a fresh clusterer and scores the result against their gold events. */
export function runStream(rows: readonly DevArticle[], options: Partial<EventClustererOptions> = {}, undated: UndatedOrder = 'file'): StreamRun {
  const clusterer = createEventClusterer(options);
  const predicted = new Map<string, string>();
  const ordered = streamOrder(rows, undated);
  const t0 = performance.now();
  for (const a of ordered) predicted.set(a.id, clusterer.add(a).eventId);
  const seconds = (performance.now() - t0) / 1000;
  const gold = new Map(rows.map((a) => [a.id, a.event]));
  return { scores: clusterScores(gold, predicted), events: new Set(predicted.values()).size, articlesPerSecond: rows.length / (seconds || 1e-9), predicted };
}

const METRIC_NAMES: (keyof ClusterScores)[] = ['bcubedP', 'bcubedR', 'bcubedF1', 'pairP', 'pairR', 'pairF1'];

/**
 * Measures the event clusterer on the dev set. Metrics are `<metric>.<slice>` for slices
 * `tune`, `holdout`, `all`, plus `articlesPerSecond`; `lines` is a printable report.
 * Returns empty metrics and a "skipped" line when the data is absent.
 */
export function evalEvents(sharedDir: string, options: Partial<EventClustererOptions> = {}): { name: 'events'; metrics: Record<string, number>; lines: string[] } {
  const path = devPath(sharedDir);
  if (!path) return { name: 'events', metrics: {}, lines: [`events: skipped (no events/dev.jsonl under ${sharedDir})`] };
  const rows = loadDev(path);
  const slices: Record<EventSlice | 'all', DevArticle[]> = {
    tune: rows.filter((r) => sliceOfGroup(r.group) === 'tune'),
    holdout: rows.filter((r) => sliceOfGroup(r.group) === 'holdout'),
    all: rows,
  };
  const metrics: Record<string, number> = {};
  const lines: string[] = [];
  const runs = [...Object.entries(slices).map(([slice, items]) => ['', slice, items] as const), ['interleaved.', 'tune', slices.tune] as const, ['interleaved.', 'holdout', slices.holdout] as const];
  for (const [prefix, slice, items] of runs) {
    const run = runStream(items, options, prefix ? 'id' : 'file');
    for (const m of METRIC_NAMES) metrics[`${prefix}${m}.${slice}`] = run.scores[m];
    if (slice === 'all') metrics['articlesPerSecond'] = run.articlesPerSecond;
    const goldEvents = new Set(items.map((r) => r.event)).size;
    const s = run.scores;
    lines.push(
      `events ${(prefix + slice).padEnd(19)} n=${String(items.length).padStart(4)} gold=${goldEvents} predicted=${run.events}  ` +
        `B3 P/R/F1 ${s.bcubedP.toFixed(3)}/${s.bcubedR.toFixed(3)}/${s.bcubedF1.toFixed(3)}  ` +
        `pairwise P/R/F1 ${s.pairP.toFixed(3)}/${s.pairR.toFixed(3)}/${s.pairF1.toFixed(3)}  ${run.articlesPerSecond.toFixed(0)} articles/s`,
    );
  }
  return { name: 'events', metrics, lines };
}

const REFERENCE: Partial<Record<keyof ClusterScores, string>> = { bcubedF1: 'batch TF-IDF+average-link 0.879' };

/** The same measurement as an `EvalSuite` row set, for `src/eval/main.ts`'s SUITES list. */
export const eventsSuite: EvalSuite = {
  name: 'events',
  description: 'streaming event clustering, B-cubed and pairwise F1 on ECB+ and GVC dev',
  run(ctx) {
    const r = evalEvents(ctx.shared);
    for (const l of r.lines) ctx.log(l);
    if (!Object.keys(r.metrics).length) return Promise.resolve(null);
    const rows: Row[] = METRIC_NAMES.map((m) => ({
      metric: m,
      tune: r.metrics[`${m}.tune`] ?? null,
      holdout: r.metrics[`${m}.holdout`] ?? null,
      all: r.metrics[`${m}.all`] ?? null,
      kind: 'ratio',
      higherIsBetter: true,
      ...(REFERENCE[m] ? { reference: REFERENCE[m] } : {}),
    }));
    rows.push({ metric: 'articlesPerSecond', tune: null, holdout: null, all: r.metrics['articlesPerSecond'] ?? null, kind: 'number', higherIsBetter: true });
    return Promise.resolve({ rows, notes: [] });
  },
};

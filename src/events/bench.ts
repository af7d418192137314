/**
 * Scaling check for the event clusterer on SYNTHETIC articles (not a quality measure):
 *
 *   npm run build && node --expose-gc dist/events/bench.js [path/to/shared/eval] [--sizes 10000,100000]
 *
 * Synthetic events recombine sentences of one dev event's articles with fresh made-up names and
 * advancing publication days, so vocabulary, event sizes and index load grow as in a long feed.
 * For each size it streams a fresh clusterer and prints articles/s overall and over the last
 * 10,000 articles (the steady-state per-article cost), and the heap after the run.
 */
import { fileURLToPath } from 'node:url';
import { createEventClusterer } from './clusterer.js';
import type { EventArticle } from './types.js';
import { devPath, loadDev, type DevArticle } from '../eval/events.js';

const WINDOW = 10_000;
const SYLLABLES = ['ka', 'ro', 'mi', 'den', 'sa', 'lu', 'vor', 'tan', 'el', 'bri', 'og', 'nes', 'ha', 'zu', 'pel', 'qui'];

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function madeUpName(r: () => number): string {
  let s = '';
  const n = 2 + Math.floor(r() * 2);
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)] ?? 'x';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Synthetic articles, event after event: sentences of one dev event with its names replaced. */
function* synthetic(rows: readonly DevArticle[], count: number): Generator<EventArticle> {
  const byEvent = new Map<string, string[]>();
  for (const a of rows) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), ...a.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20)]);
  const templates = [...byEvent.values()].filter((s) => s.length >= 8);
  const r = rng(7);
  let made = 0;
  for (let k = 0; made < count; k++) {
    const sentences = templates[k % templates.length] ?? [];
    const names = new Map<string, string>();
    const rename = (s: string): string => s.replace(/\b\p{Lu}\p{Ll}{2,}\b/gu, (w) => names.get(w) ?? (names.set(w, madeUpName(r)), names.get(w) ?? w));
    const size = 1 + Math.floor(r() * r() * 15);
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(k / 40) * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < size && made < count; i++, made++) {
      const body: string[] = [];
      for (let j = 0; j < 6 + Math.floor(r() * 8); j++) body.push(rename(sentences[Math.floor(r() * sentences.length)] ?? ''));
      yield { id: `s${made}`, title: body[0]?.slice(0, 80) ?? null, text: body.join(' '), published: day, outlet: null };
    }
  }
}

function run(rows: readonly DevArticle[], size: number): string {
  (globalThis as { gc?: () => void }).gc?.();
  const clusterer = createEventClusterer();
  let total = 0;
  let tail = 0;
  let n = 0;
  for (const a of synthetic(rows, size)) {
    const t0 = performance.now();
    clusterer.add(a);
    const dt = performance.now() - t0;
    total += dt;
    if (++n > size - WINDOW) tail += dt;
  }
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  const events = clusterer.events().length;
  return `synthetic ${String(size).padStart(7)} articles: ${(size / (total / 1000)).toFixed(0)} articles/s overall, ${(Math.min(size, WINDOW) / (tail / 1000)).toFixed(0)} articles/s over the last ${Math.min(size, WINDOW)}, ${events} events, heap ${heap.toFixed(0)} MB`;
}

function main(): void {
  const args = process.argv.slice(2);
  const shared = args.find((a) => !a.startsWith('--') && !/^\d/.test(a)) ?? fileURLToPath(new URL('../../../shared/eval', import.meta.url));
  const path = devPath(shared);
  if (!path) throw new Error(`no events/dev.jsonl under ${shared}`);
  const at = args.indexOf('--sizes');
  const sizes = (at >= 0 ? (args[at + 1] ?? '') : '10000,100000').split(',').map(Number).filter((n) => n > 0);
  const rows = loadDev(path);
  for (const size of sizes) process.stdout.write(`${run(rows, size)}\n`);
}

main();

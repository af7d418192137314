import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleDoc } from '../core/document.js';
import { runStages } from '../core/runner.js';
import { createEngine } from '../engine/engine.js';
import { articleStages } from '../pipeline.js';
import { cleanText } from '../clean/clean.js';
import { bbcArticles, sharedDir, type TextSample } from './corpora.js';
import { medianSeconds, peakRssMb } from './stats.js';
import { htmlPages } from './html-pages.js';
import { eventClaims } from '../claims/claims.js';
import { eventOf, syntheticEvent } from '../claims/synthetic.js';

/** Timed runs per figure; the median is reported because the machines are shared and noisy. */
const RUNS = 5;

async function pipelineRate(samples: readonly TextSample[], format: 'text' | 'html'): Promise<number> {
  const stages = articleStages();
  const seconds = await medianSeconds(RUNS, async () => {
    for (const s of samples) await runStages(stages, new ArticleDoc({ source: s.name, format, bytes: s.bytes, fallbackId: s.name }), {});
  });
  return samples.length / seconds;
}

/** Share of pipeline time each stage takes, over one pass of the samples. */
async function stageProfile(samples: readonly TextSample[], format: 'text' | 'html'): Promise<string> {
  const spent = new Map<string, number>();
  const timed = articleStages().map((stage) => ({
    name: stage.name,
    async run(doc: ArticleDoc, ctx: object) {
      const t = process.hrtime.bigint();
      await stage.run(doc, ctx);
      spent.set(stage.name, (spent.get(stage.name) ?? 0) + Number(process.hrtime.bigint() - t) / 1e6);
    },
  }));
  for (const s of samples) await runStages(timed, new ArticleDoc({ source: s.name, format, bytes: s.bytes, fallbackId: s.name }), {});
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  return [...spent].map(([n, ms]) => `${n} ${((100 * ms) / total).toFixed(0)}%`).join(', ');
}

/** End-to-end ingest (read files, stages, SQLite) at growing sizes: the per-article cost should stay flat. */
async function scaling(samples: readonly TextSample[], sizes: readonly number[]): Promise<{ n: number; perSecond: number }[]> {
  const rows: { n: number; perSecond: number }[] = [];
  for (const n of sizes) {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const dir = mkdtempSync(join(tmpdir(), 'corr-bench-'));
      mkdirSync(join(dir, 'in'));
      for (let i = 0; i < n; i++) {
        const s = samples[i % samples.length]!;
        // Replicas get a distinct first line so they are distinct articles: a synthetic load.
        writeFileSync(join(dir, 'in', `${i}.txt`), Buffer.concat([Buffer.from(`Copy ${i}: `), s.bytes]));
      }
      const engine = await createEngine({ db: join(dir, 'bench.db') });
      const t = process.hrtime.bigint();
      await engine.ingest([join(dir, 'in')]);
      times.push(Number(process.hrtime.bigint() - t) / 1e9);
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
    times.sort((a, b) => a - b);
    rows.push({ n, perSecond: n / times[1]! });
  }
  return rows;
}

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    console.log('bench skipped: ../shared not found (set CORROBORATE_SHARED)');
    return;
  }
  const bbc = bbcArticles(shared);
  console.log(`corpus: BBC full text, ${bbc.length} articles (median of ${RUNS} runs each; machine is shared, expect noise)`);
  const decoded = bbc.map((s) => new TextDecoder('latin1').decode(s.bytes));
  const cleanOnly = await medianSeconds(RUNS, () => decoded.forEach((t) => cleanText(t, { mode: 'scraped' })));
  console.log(`plain-text cleaner alone:        ${(bbc.length / cleanOnly).toFixed(0)} articles/s`);
  console.log(`text pipeline (all stages):      ${(await pipelineRate(bbc, 'text')).toFixed(0)} articles/s`);
  console.log(`  time by stage: ${await stageProfile(bbc.slice(0, 500), 'text')}`);
  const pages = htmlPages(shared);
  if (pages.length) {
    console.log(`HTML pipeline (${pages.length} trafilatura-set pages): ${(await pipelineRate(pages, 'html')).toFixed(0)} pages/s`);
    console.log(`  time by stage: ${await stageProfile(pages.slice(0, 300), 'html')}`);
  }
  else console.log('HTML pipeline: skipped (trafilatura set not found)');
  const event = syntheticEvent(50, 30);
  const compareMs = 1000 * (await medianSeconds(RUNS, () => eventClaims(eventOf(event), event, [])));
  console.log(`comparing one event of 50 articles (claims, sources, conflicts; synthetic): ${compareMs.toFixed(0)} ms (goal < 200)`);
  console.log('ingest into SQLite, end to end (synthetic load: BBC articles replicated with distinct first lines):');
  const rows = await scaling(bbc, [1000, 2000, 4000]);
  for (const r of rows) console.log(`  ${String(r.n).padStart(5)} articles: ${r.perSecond.toFixed(0)} articles/s`);
  const first = rows[0]!;
  const last = rows.at(-1)!;
  console.log(`  cost per article at ${last.n} vs ${first.n}: x${(first.perSecond / last.perSecond).toFixed(2)} (1.00 = linear growth)`);
  console.log(`peak memory (RSS): ${peakRssMb().toFixed(0)} MB`);
}

await main();

/**
 * Rebuilds the pair model (`model.ts`) from the tune slice of the events dev set:
 *
 *   npm run build && node dist/events/train.js [path/to/shared/eval] [--write]
 *
 * 1. Streams the tune slice in published order (undated articles in file order, then in id order) through a clusterer that follows the gold events,
 *    recording every candidate's pair features with whether it was the right event.
 * 2. Fits a logistic model to those pairs.
 * 3. Picks the join threshold that maximises B-cubed F1 of the real (unforced) stream on the tune slice,
 *    averaged over both stream orders.
 * The held-out slice is never read here. `--write` rewrites `src/events/model.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEventClusterer } from './clusterer.js';
import { fitLogistic, type Sample } from './logistic.js';
import { FEATURES, type PairModel } from './score.js';
import { devPath, loadDev, runStream, sliceOfGroup, streamOrder, type DevArticle, type UndatedOrder } from '../eval/events.js';

/** Candidates per article used for training: the closest by term cosine (all 40 beat the closest 3 on tune when both orders count). */
const TRAIN_CLOSEST = Number(process.env['TRAIN_CLOSEST'] ?? 40);
/** L2 penalty on the weights (0.3 beat 1 and 10 on tune). */
const TRAIN_L2 = Number(process.env['TRAIN_L2'] ?? 0.3);

const ORDERS: UndatedOrder[] = ['file', 'id'];

function goldPairs(rows: readonly DevArticle[], undated: UndatedOrder): { samples: Sample[]; missed: number; joins: number } {
  const eventOfGold = new Map<string, string>();
  const samples: Sample[] = [];
  let missed = 0;
  let joins = 0;
  const clusterer = createEventClusterer({
    decide(article, candidates) {
      const gold = (article as DevArticle).event;
      const want = eventOfGold.get(gold) ?? null;
      // Decisions hinge on the closest few events; the many far candidates would only teach the easy cases.
      const closest = [...candidates].sort((x, y) => y.features.cosTerms - x.features.cosTerms).slice(0, TRAIN_CLOSEST);
      for (const c of closest) samples.push({ x: FEATURES.map((k) => c.features[k]), y: c.eventId === want ? 1 : 0 });
      if (want) {
        joins++;
        if (!candidates.some((c) => c.eventId === want)) missed++;
      }
      return want;
    },
  });
  for (const a of streamOrder(rows, undated)) {
    const r = clusterer.add(a);
    if (!eventOfGold.has(a.event)) eventOfGold.set(a.event, r.eventId);
  }
  return { samples, missed, joins };
}

function main(): void {
  const args = process.argv.slice(2);
  const shared = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../../shared/eval', import.meta.url));
  const path = devPath(shared);
  if (!path) throw new Error(`no events/dev.jsonl under ${shared}`);
  const tune = loadDev(path).filter((r) => sliceOfGroup(r.group) === 'tune');
  // Both stream orders: undated articles grouped by event (file order) and interleaved (id order),
  // so the model does not learn one order's habits.
  const runs = ORDERS.map((o) => goldPairs(tune, o));
  const samples = runs.flatMap((r) => r.samples);
  const missed = runs.reduce((n, r) => n + r.missed, 0);
  const joins = runs.reduce((n, r) => n + r.joins, 0);
  const positives = samples.filter((s) => s.y).length;
  process.stdout.write(`pairs ${samples.length} (${positives} right), gold event not among candidates ${missed}/${joins}\n`);
  const w = fitLogistic(samples, TRAIN_L2, (samples.length - positives) / Math.max(1, positives) / 4);
  const model: PairModel = {
    weights: Object.fromEntries(FEATURES.map((k, i) => [k, Number((w[i] ?? 0).toFixed(3))])) as PairModel['weights'],
    bias: Number((w[FEATURES.length] ?? 0).toFixed(3)),
  };
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t <= 0.9001; t += 0.05) {
    const f1 = ORDERS.reduce((sum, o) => sum + runStream(tune, { model, joinThreshold: t }, o).scores.bcubedF1, 0) / ORDERS.length;
    process.stdout.write(`threshold ${t.toFixed(2)} B3 F1 ${f1.toFixed(4)}\n`);
    if (f1 > best.f1) best = { threshold: Number(t.toFixed(2)), f1 };
  }
  process.stdout.write(`model ${JSON.stringify(model)}\nbest threshold ${best.threshold} tune B3 F1 ${best.f1.toFixed(4)}\n`);
  if (args.includes('--write')) {
    const target = fileURLToPath(new URL('../../src/events/model.ts', import.meta.url));
    writeFileSync(target, modelSource(model, best.threshold, best.f1));
    process.stdout.write(`wrote ${target}\n`);
  }
}

function modelSource(model: PairModel, threshold: number, f1: number): string {
  const weights = FEATURES.map((k) => `    ${k}: ${model.weights[k]},`).join('\n');
  return `import type { PairModel } from './score.js';

/**
 * The pair model: logistic regression over \`FEATURES\`, trained by \`train.ts\` on the tune slice of
 * the events dev set (never the held-out slice); tune-slice B-cubed F1 ${f1.toFixed(4)} at join threshold ${threshold}.
 * Rebuild with \`npm run build && node dist/events/train.js --write\`.
 */
export const PAIR_MODEL: PairModel = {
  weights: {
${weights}
  },
  bias: ${model.bias},
};

/** The join threshold chosen with this model (B-cubed F1 on the tune slice). */
export const PAIR_MODEL_THRESHOLD = ${threshold};
`;
}

main();

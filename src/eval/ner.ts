/**
 * Named entities: strict entity-level F1 (exact span and type) of the shipped tagger, tagging
 * document by document (with document-level consistency), on the tune split (settings were chosen on
 * it) and on the split it never trained on or tuned on (every fourth WikiGold document + the last
 * GMB news sentences, silver), per type, on GUM Wikinews (PER/ORG/LOC; never trained on), tagging
 * speed, and entity identity (alias precision/recall over name pairs). See models/ner/README.md.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel, taggingSpeed } from '../nlp/ner/evaluate.js';
import { scoreAliases } from './aliases.js';
import type { NerScore } from '../nlp/ner/score.js';
import { DEFAULT_MODEL_PATH, loadNerModel } from '../nlp/ner/tagger.js';
import { ENTITY_TYPES } from '../nlp/ner/tags.js';
import { loadSplit } from '../nlp/ner/train/split.js';
import type { MetricsResult } from './adapt.js';

/** Milliseconds of tagging to time for the speed figure. */
const SPEED_MS = 2000;

const line = (name: string, s: NerScore): string =>
  `${name}: F1 ${s.overall.f1.toFixed(3)} (P ${s.overall.precision.toFixed(3)} R ${s.overall.recall.toFixed(3)}, ${s.overall.gold} gold) ` +
  ENTITY_TYPES.map((t) => `${t} ${s.byType[t].f1.toFixed(3)}`).join(' ');

/**
 * Runs the held-out NER evaluation. `sharedEval` is the `shared/eval` folder (the training sets are
 * read from its sibling `train/`). Metrics: `f1`, `f1_<TYPE>`, `f1_wikigold`, `f1_gmb_news` on the
 * `tune` and `holdout` slices, `f1_gum` (holdout), `sentencesPerSecond`, `loadMs`, and
 * `alias_precision` / `alias_recall`.
 */
export function evalNer(sharedEval: string, modelPath = DEFAULT_MODEL_PATH): Promise<MetricsResult> {
  const shared = join(sharedEval, '..');
  if (!existsSync(join(shared, 'train', 'ner')) || !existsSync(join(sharedEval, 'ner'))) {
    return Promise.resolve({ name: 'ner', metrics: {}, lines: [`ner: skipped (no train/ner or eval/ner under ${shared})`] });
  }
  if (!existsSync(modelPath)) return Promise.resolve({ name: 'ner', metrics: {}, lines: [`ner: skipped (no model at ${modelPath})`] });
  const t0 = performance.now();
  const model = loadNerModel(modelPath);
  const loadMs = performance.now() - t0;
  const split = loadSplit(shared, { gmb: false });
  const held = [...split.heldWikigold, ...split.heldGmb];
  const all = evaluateModel(model, held);
  const wikigold = evaluateModel(model, split.heldWikigold);
  const gmb = evaluateModel(model, split.heldGmb);
  const gum = evaluateModel(model, split.gum, ['PER', 'ORG', 'LOC']);
  const tune = evaluateModel(model, [...split.tuneWikigold, ...split.tuneGmb]);
  const tuneWikigold = evaluateModel(model, split.tuneWikigold);
  const tuneGmb = evaluateModel(model, split.tuneGmb);
  const speed = taggingSpeed(model, held, SPEED_MS);
  const aliases = scoreAliases();
  const metrics: Record<string, number> = {
    'f1.holdout': all.overall.f1,
    'f1_wikigold.holdout': wikigold.overall.f1,
    'f1_gmb_news.holdout': gmb.overall.f1,
    'f1_gum.holdout': gum.overall.f1,
    'f1.tune': tune.overall.f1,
    'f1_wikigold.tune': tuneWikigold.overall.f1,
    'f1_gmb_news.tune': tuneGmb.overall.f1,
    alias_precision: aliases.precision,
    alias_recall: aliases.recall,
    sentencesPerSecond: speed,
    loadMs,
  };
  for (const t of ENTITY_TYPES) {
    metrics[`f1_${t}.holdout`] = all.byType[t].f1;
    metrics[`f1_${t}.tune`] = tune.byType[t].f1;
  }
  const lines = [
    line('tune (WikiGold + GMB)', tune),
    line('held out (WikiGold + GMB)', all),
    line('held-out WikiGold', wikigold),
    line('held-out GMB (silver)', gmb),
    line('GUM Wikinews (PER/ORG/LOC)', gum),
    `aliases: P ${aliases.precision.toFixed(3)} R ${aliases.recall.toFixed(3)} over ${aliases.pairs} pairs; wrong: ${aliases.wrong.join('; ') || 'none'}`,
  ];
  lines.push(`${speed.toFixed(0)} sentences/s, model loaded in ${loadMs.toFixed(0)} ms`);
  return Promise.resolve({ name: 'ner', metrics, lines });
}

/**
 * Quotes suite on PolNeAR (`quotes/polnear-{train,dev}.jsonl`, evaluation and training only):
 *
 * - direct-quote P/R/F1: a predicted direct quote is right when it overlaps some gold direct content
 *   by at least half of the shorter of the two; a gold direct content is found when some prediction
 *   overlaps it so (several predictions may find one gold content split by its attribution);
 * - speaker accuracy: over found gold direct contents that have a source, the share where some
 *   overlapping prediction has a resolved speaker naming the same speaker (`sameSpeaker`: same
 *   surname or head noun, given names agreeing when both have one) as the gold source. A gold pronoun
 *   is first resolved (`resolveGoldSource`): "I"/"we" stay as written; "he"/"she" take the nearest
 *   earlier gold source naming one person of a fitting gender (never a group or organisation);
 *   "they"/"it" the nearest earlier gold source. An unresolvable gold pronoun is left out. A gold
 *   description ("the Florida senator") also accepts the person the article itself links it to by
 *   title or apposition before it ("Florida Sen. Marco Rubio", `describedPerson`), and only that
 *   person. `speaker_accuracy_named` is the same over gold sources that are not pronouns (no
 *   resolution involved);
 * - the quotes stage runs as in the pipeline, after the entity stage (its PER names); the `no_ner.*`
 *   figures run it alone, on its capitalised-name heuristics;
 * - indirect P/R/F1: the same overlap rule against gold contents without quotation marks.
 *
 * The dev set is split by the SHA-256 of the article id (`sliceOf`): ~20% holdout, never looked at
 * while tuning. Train is reported as its own figure (the rules were tuned on it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleDoc } from '../core/document.js';
import { entitiesStage } from '../stages/entities.js';
import { quotesStage } from '../stages/quotes.js';
import { describedPerson, isPronoun, overlaps, resolveGoldSource, sameSpeaker, type Spans } from '../quotes/scoring.js';
import type { QuoteSpan } from '../core/document.js';
import { type Counts, prf, sliceOf } from './metrics.js';
import type { EvalSuite, Row, SuiteContext, SuiteResult } from './suite.js';

interface GoldPart {
  spans: [number, number][];
  text: string;
}

interface GoldAttribution {
  source: GoldPart | null;
  cue: GoldPart | null;
  content: GoldPart;
  direct: boolean;
}

interface GoldArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

export interface QuoteCounts {
  direct: Counts;
  indirect: Counts;
  speakerRight: number;
  speakerTotal: number;
  /** The same, over gold sources that are not pronouns. */
  namedRight: number;
  namedTotal: number;
  articles: number;
  /** Time in the quotes stage alone (the entity tagger's time is not counted). */
  ms: number;
}

const empty = (): QuoteCounts => ({ direct: { tp: 0, fp: 0, fn: 0 }, indirect: { tp: 0, fp: 0, fn: 0 }, speakerRight: 0, speakerTotal: 0, namedRight: 0, namedTotal: 0, articles: 0, ms: 0 });

function readJsonl(path: string): GoldArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldArticle);
}

const span = (q: QuoteSpan): [number, number] => [q.start, q.end];
const nonEmpty = (p: GoldPart | null): p is GoldPart => !!p && p.spans.length > 0;

/** Scores one article's predictions into `c`. */
export function scoreArticle(article: GoldArticle, predicted: readonly QuoteSpan[], c: QuoteCounts, onMiss?: (line: string) => void): void {
  const gold = article.attributions;
  const sources = gold.filter((g) => nonEmpty(g.source)).map((g) => ({ text: g.source!.text, start: g.source!.spans[0]![0] }));
  for (const direct of [true, false]) {
    const golds = gold.filter((g) => g.direct === direct).map((g) => g.content.spans as Spans);
    const preds = predicted.filter((q) => q.direct === direct);
    const counts = direct ? c.direct : c.indirect;
    for (const q of preds) {
      if (golds.some((g) => overlaps(span(q), g))) counts.tp++;
      else {
        counts.fp++;
        if (direct) onMiss?.(`FP ${article.id}: "${q.text.slice(0, 80)}"`);
      }
    }
    for (const g of golds) if (!preds.some((q) => overlaps(span(q), g))) counts.fn++;
  }
  for (const g of gold) {
    if (!g.direct || !nonEmpty(g.source)) continue;
    const matches = predicted.filter((q) => q.direct && overlaps(span(q), g.content.spans));
    if (!matches.length) continue;
    const at = g.source.spans[0]![0];
    const want = resolveGoldSource({ text: g.source.text, start: at }, sources);
    if (!want) continue;
    const wants = [want, describedPerson(want, article.text, at)].filter((w): w is string => !!w);
    const got = matches.map((q) => q.speakerResolved ?? q.speaker ?? '');
    const named = !isPronoun(g.source.text);
    const right = got.some((s) => s && wants.some((w) => sameSpeaker(s, w)));
    c.speakerTotal++;
    if (named) c.namedTotal++;
    if (right) {
      c.speakerRight++;
      if (named) c.namedRight++;
    } else onMiss?.(`SPK ${article.id}: want "${want}" (${g.source.text}) got ${JSON.stringify(got)}${wants[1] ? ` (= ${wants[1]})` : ''} for "${g.content.text.slice(0, 50)}"`);
  }
}

/**
 * Runs the quotes stage over a PolNeAR file, split into tune/holdout slices by id. With `ner`, the
 * entity stage tags the text first and the quotes stage takes its PER mentions as it does in the
 * pipeline; without, the quotes stage finds names by its own heuristics.
 */
export function runFile(path: string, ner: boolean, onMiss?: (line: string) => void): Record<'tune' | 'holdout' | 'all', QuoteCounts> {
  const out = { tune: empty(), holdout: empty(), all: empty() };
  const entities = entitiesStage();
  const quotes = quotesStage();
  for (const a of readJsonl(path)) {
    const doc = new ArticleDoc({ source: a.id, format: 'text', fallbackId: a.id });
    doc.data.text = a.text;
    if (ner) void entities.run(doc, {});
    const t0 = performance.now();
    void quotes.run(doc, {});
    const ms = performance.now() - t0;
    const predicted = doc.data.quotes ?? [];
    const slice = sliceOf(a.id);
    for (const c of [out[slice], out.all]) {
      scoreArticle(a, predicted, c, slice === 'tune' && c === out.tune ? onMiss : undefined);
      c.articles++;
      c.ms += ms;
    }
  }
  return out;
}

function figures(c: QuoteCounts): Record<string, number> {
  const d = prf(c.direct);
  const i = prf(c.indirect);
  return {
    direct_precision: d.precision,
    direct_recall: d.recall,
    direct_f1: d.f1,
    speaker_accuracy: c.speakerTotal ? c.speakerRight / c.speakerTotal : 0,
    speaker_accuracy_named: c.namedTotal ? c.namedRight / c.namedTotal : 0,
    indirect_precision: i.precision,
    indirect_recall: i.recall,
    indirect_f1: i.f1,
    articles_per_second: c.ms ? (c.articles * 1000) / c.ms : 0,
  };
}

function dataDir(sharedDir: string): string | null {
  for (const d of [join(sharedDir, 'quotes'), join(sharedDir, 'eval', 'quotes')]) if (existsSync(join(d, 'polnear-dev.jsonl'))) return d;
  return null;
}

/**
 * Scores the quote finder on PolNeAR dev (tune and holdout slices) and train. `sharedDir` is the
 * `shared/` or `shared/eval/` folder; without the data it returns no metrics and a line saying why.
 */
export function evalQuotes(sharedDir: string, onMiss?: (line: string) => void): { name: 'quotes'; metrics: Record<string, number>; lines: string[] } {
  const dir = dataDir(sharedDir);
  if (!dir) return { name: 'quotes', metrics: {}, lines: [`quotes: skipped: no quotes/polnear-dev.jsonl under ${sharedDir}`] };
  const metrics: Record<string, number> = {};
  const lines: string[] = [];
  // the shipped configuration (entity tagger's names) first, then the quotes stage's own name heuristics
  for (const [prefix, ner] of [['', true], ['no_ner.', false]] as const) {
    const dev = runFile(join(dir, 'polnear-dev.jsonl'), ner, ner ? onMiss : undefined);
    const train = existsSync(join(dir, 'polnear-train.jsonl')) ? runFile(join(dir, 'polnear-train.jsonl'), ner, ner ? onMiss : undefined) : null;
    const sets: [string, QuoteCounts][] = [
      ['dev_tune', dev.tune],
      ['dev_holdout', dev.holdout],
      ['dev', dev.all],
      ...(train ? ([['train', train.all]] as [string, QuoteCounts][]) : []),
    ];
    for (const [name, c] of sets) {
      const f = figures(c);
      for (const [k, v] of Object.entries(f)) metrics[`${prefix}${name}.${k}`] = Number(v.toFixed(4));
      lines.push(
        `${(ner ? 'ner ' : 'no-ner ') + name}`.padEnd(18) +
          ` ${String(c.articles).padStart(4)} articles  direct P ${f.direct_precision!.toFixed(3)} R ${f.direct_recall!.toFixed(3)} F1 ${f.direct_f1!.toFixed(3)}  speaker ${f.speaker_accuracy!.toFixed(3)} (${c.speakerRight}/${c.speakerTotal}) named ${f.speaker_accuracy_named!.toFixed(3)}  indirect P ${f.indirect_precision!.toFixed(3)} R ${f.indirect_recall!.toFixed(3)} F1 ${f.indirect_f1!.toFixed(3)}  ${f.articles_per_second!.toFixed(0)} articles/s`,
      );
    }
  }
  return { name: 'quotes', metrics, lines };
}

const ROWS = ['direct_f1', 'direct_precision', 'direct_recall', 'speaker_accuracy', 'speaker_accuracy_named', 'indirect_f1', 'indirect_precision', 'indirect_recall'];

/** The same figures as an `EvalSuite` for `src/eval/main.ts` (tune/holdout/all are dev slices). */
export const quotesSuite: EvalSuite = {
  name: 'quotes',
  description: 'quotes and speakers, PolNeAR dev: direct-quote F1, speaker accuracy, indirect F1',
  async run(ctx: SuiteContext): Promise<SuiteResult | null> {
    const r = evalQuotes(ctx.shared, ctx.args.worst ? ctx.log : undefined);
    if (!Object.keys(r.metrics).length) {
      for (const l of r.lines) ctx.log(l);
      return null;
    }
    const m = r.metrics;
    const rows: Row[] = ROWS.map((k) => ({
      metric: k,
      tune: m[`dev_tune.${k}`] ?? null,
      holdout: m[`dev_holdout.${k}`] ?? null,
      all: m[`dev.${k}`] ?? null,
      kind: 'ratio',
      higherIsBetter: true,
      reference: k === 'direct_f1' ? 'goal >= 0.90; rules+coref on other news 0.837' : k === 'speaker_accuracy' ? `goal >= 0.90; rules+coref 0.865; without NER ${m['no_ner.dev.speaker_accuracy']?.toFixed(3)}` : undefined,
    }));
    rows.push({ metric: 'articles_per_second', tune: null, holdout: null, all: m['train.articles_per_second'] ?? null, kind: 'number', higherIsBetter: true, reference: 'goal >= 500 (quotes stage alone, over train: dev is too short to warm up)' });
    return { rows, notes: r.lines };
  },
};

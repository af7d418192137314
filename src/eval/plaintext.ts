/**
 * The plain-text cleaner on scraped-like text: trafilatura's eval pages with every tag stripped
 * (navigation, footers, comments and all), cleaned, then scored with the same snippets.
 * Also scores the stripped text uncleaned, so the cleaner's gain is visible.
 */
import { readFileSync } from 'node:fs';
import { cleanText } from '../clean/clean.js';
import { repairText } from '../text/mojibake.js';
import { decodeBytes } from '../text/encoding.js';
import { trafilaturaPages } from './data.js';
import { type Counts, addCounts, prf, sliceOf, snippetCounts, type Slice } from './metrics.js';
import { stripTags } from './strip-tags.js';
import type { EvalSuite, Row, SuiteContext, SuiteResult } from './suite.js';

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export const plaintextSuite: EvalSuite = {
  name: 'plaintext',
  description: 'plain-text cleaner on tag-stripped trafilatura pages: snippet F1',
  async run(ctx: SuiteContext): Promise<SuiteResult | null> {
    const pages = trafilaturaPages(ctx.shared);
    if (!pages) {
      ctx.log('plaintext: skipped: trafilatura-eval.tgz not found');
      return null;
    }
    const cleaned: Record<Slice | 'all', Counts> = { tune: ZERO, holdout: ZERO, all: ZERO };
    const raw: Record<Slice | 'all', Counts> = { tune: ZERO, holdout: ZERO, all: ZERO };
    let done = 0;
    let ms = 0;
    const worst: { file: string; c: Counts; missed: string[]; leaked: string[] }[] = [];
    for (const e of pages) {
      const { url, path } = e;
      if (!path) continue;
      const text = repairText(stripTags(decodeBytes(new Uint8Array(readFileSync(path)), 'html').text)).text;
      const t0 = performance.now();
      const out = cleanText(text, { mode: 'scraped' });
      ms += performance.now() - t0;
      done++;
      const c = snippetCounts(out.text, e.with, e.without);
      const r = snippetCounts(text, e.with, e.without);
      const slice = sliceOf(url);
      cleaned[slice] = addCounts(cleaned[slice], c);
      cleaned.all = addCounts(cleaned.all, c);
      raw[slice] = addCounts(raw[slice], r);
      raw.all = addCounts(raw.all, r);
      if (slice === 'tune' && ctx.args.worst > 0) {
        const t = out.text.replace(/\s+/g, ' ');
        worst.push({
          file: e.file, c,
          missed: e.with.filter((s) => !t.includes(s.replace(/\s+/g, ' ').trim())),
          leaked: e.without.filter((s) => t.includes(s.replace(/\s+/g, ' ').trim())),
        });
      }
    }
    for (const w of worst.sort((a, b) => b.c.fp + b.c.fn - (a.c.fp + a.c.fn)).slice(0, ctx.args.worst)) {
      ctx.log(`WORST ${w.file} fn=${w.c.fn} fp=${w.c.fp}`);
      for (const s of w.missed) ctx.log(`   missed: ${s.slice(0, 100)}`);
      for (const s of w.leaked) ctx.log(`   leaked: ${s.slice(0, 100)}`);
    }
    const rowOf = (metric: string, sums: typeof cleaned, key: 'f1' | 'precision' | 'recall', reference?: string): Row => ({
      metric, tune: prf(sums.tune)[key], holdout: prf(sums.holdout)[key], all: prf(sums.all)[key], kind: 'ratio', higherIsBetter: true, reference,
    });
    return {
      rows: [
        rowOf('f1', cleaned, 'f1', 'C4 line rules 0.841 (scrapinghub metric)'),
        rowOf('precision', cleaned, 'precision'),
        rowOf('recall', cleaned, 'recall'),
        rowOf('uncleaned_f1', raw, 'f1', 'all stripped text kept'),
        { metric: 'pages_per_second', tune: null, holdout: null, all: done / (ms / 1000), kind: 'number', higherIsBetter: true },
      ],
      notes: [`${done} pages stripped of tags, then cleaned`],
    };
  },
};

import type { EvalSuite, Row, SuiteResult } from './suite.js';

/** What suites written as plain functions return: `metrics` keyed `<metric>.<tune|holdout|all>`. */
export interface MetricsResult {
  name: string;
  metrics: Record<string, number>;
  lines: string[];
}

/** Metrics that are costs (lower is better) or plain numbers rather than ratios. */
const COST = /(_ms|ms_|Ms|latency|seconds|bytes|mb)$/i;
const NUMBER = /(per_?second|perSecond|_ms|Ms|count|articles|docs|pages|size|mb)$/i;

/** Wraps a `(shared) => MetricsResult` function as an EvalSuite with tune/holdout/all rows. */
export function suiteFromMetrics(
  name: string,
  description: string,
  run: (shared: string) => Promise<MetricsResult>,
  references: Record<string, string> = {},
): EvalSuite {
  return {
    name,
    description,
    async run(ctx): Promise<SuiteResult | null> {
      const r = await run(ctx.shared);
      if (Object.keys(r.metrics).length === 0) {
        for (const l of r.lines) ctx.log(l);
        return null;
      }
      const rows = new Map<string, Row>();
      for (const [key, value] of Object.entries(r.metrics)) {
        const dot = key.lastIndexOf('.');
        const slice = key.slice(dot + 1);
        const known = slice === 'tune' || slice === 'holdout' || slice === 'all';
        const metric = known ? key.slice(0, dot) : key;
        const row = rows.get(metric) ?? {
          metric, tune: null, holdout: null, all: null,
          kind: NUMBER.test(metric) ? 'number' : 'ratio',
          higherIsBetter: !COST.test(metric),
          reference: references[metric],
        };
        row[known ? (slice as 'tune' | 'holdout' | 'all') : 'all'] = value;
        rows.set(metric, row);
      }
      return { rows: [...rows.values()], notes: r.lines };
    },
  };
}

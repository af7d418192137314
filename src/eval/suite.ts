/** The shape every eval suite has; suites are listed in `main.ts`. */

export interface EvalArgs {
  /** Suite names to run (empty: all). */
  only: string[];
  /** Print this many worst tune-slice items per suite (debugging; holdout items are never shown). */
  worst: number;
  /** Print the output for items whose file name contains this (debugging, tune slice only). */
  show: string | null;
  /** Extractor mode for Readability (`auto`, `always`, `never`). */
  readability: 'auto' | 'always' | 'never';
}

export interface SuiteContext {
  /** The `shared/eval` folder. */
  shared: string;
  args: EvalArgs;
  /** Progress and debugging output (stderr). */
  log: (line: string) => void;
}

/** One table row: a metric on the tune slice, the holdout slice and everything. */
export interface Row {
  metric: string;
  tune: number | null;
  holdout: number | null;
  all: number | null;
  /** `ratio` prints 3 decimals; `number` prints as is (rounded to 1 decimal). */
  kind: 'ratio' | 'number';
  /** Higher is better (floors are minimums); false for costs such as ms/page. */
  higherIsBetter: boolean;
  /** Published reference figure, for the table. */
  reference?: string;
}

export interface SuiteResult {
  rows: Row[];
  notes: string[];
}

export interface EvalSuite {
  name: string;
  description: string;
  /** Returns null (with a printed reason) when the suite's data is missing. */
  run(ctx: SuiteContext): Promise<SuiteResult | null>;
}

import type { IngestProgress } from '../engine/ingest.js';

/** Seconds between plain progress lines when output is not a terminal. */
const PLAIN_INTERVAL_MS = 2000;
const BAR_WIDTH = 24;

export interface ProgressView {
  update(p: IngestProgress): void;
  done(): void;
}

/** A redrawn bar on a terminal; occasional plain lines otherwise (logs, CI). */
export function progressView(stream: NodeJS.WriteStream, total: number | null): ProgressView {
  const started = Date.now();
  let lastPlain = 0;
  let drawn = false;
  const rate = (n: number) => (n / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  return {
    update(p) {
      const count = total ? `${p.files}/${total} files` : `${p.files} files`;
      const tail = `${p.articles} articles, ${rate(p.articles)}/s${p.failed ? `, ${p.failed} failed` : ''}`;
      if (stream.isTTY) {
        const share = total ? Math.min(p.files / total, 1) : 0;
        const fill = Math.round(share * BAR_WIDTH);
        const bar = total ? `[${'#'.repeat(fill)}${'.'.repeat(BAR_WIDTH - fill)}] ` : '';
        const line = `${bar}${count}, ${tail}`;
        stream.write(`\r${line.slice(0, (stream.columns || 100) - 1)}\x1b[K`);
        drawn = true;
      } else if (Date.now() - lastPlain >= PLAIN_INTERVAL_MS) {
        lastPlain = Date.now();
        stream.write(`progress: ${count}, ${tail}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
